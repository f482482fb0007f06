/**
 * Article metadata from the page head and markup. Each field reads its sources in a fixed order
 * of trust: JSON-LD (the publisher's structured statement), then OpenGraph / meta tags, then
 * microdata and visible markup, then the URL.
 */
import type { Document } from 'domhandler';
import { attr, classAndId, elements, hasAncestor, isElement, textOf, type Element } from '../dom.js';
import { articleNode, isObject, names, readJsonLd, str, typesOf, type JsonObject } from './jsonld.js';
import { dateFromUrl, normalizeDate } from './dates.js';
import { cleanByline } from './byline.js';
import { leadImage, type LeadImage } from './image.js';

export interface PageMetadata {
  title: string | null;
  /** Every title variant seen (og, headline, <title> parts, h1): headings equal to one are not body text. */
  titleVariants: string[];
  byline: string[];
  published: string | null;
  modified: string | null;
  image: LeadImage;
  siteName: string | null;
  language: string | null;
  canonicalUrl: string | null;
  description: string | null;
  jsonLdBody: string | null;
  jsonLdTimeRequired: string | null;
}

/** Everything gathered in one walk over the tree. */
interface Gathered {
  meta: Map<string, string>;
  jsonLd: JsonObject[];
  titleTag: string | null;
  h1: string[];
  htmlLang: string | null;
  links: Element[];
  times: Element[];
  itemprops: Element[];
  bylineEls: Element[];
  dateEls: Element[];
  figures: Element[];
  firstImgs: Element[];
}

const BYLINE_CLASS = /\b(?:byline|by-line|author(?:s|-name|name)?|writer|contributor)\b/i;
const DATE_CLASS = /\b(?:date|dateline|time|timestamp|published|pubdate|posted|post-date|entry-date|article-date)\b/i;
/** Visible date/byline elements are short labels; longer ones are paragraphs that mention a date. */
const MAX_LABEL_CHARS = 120;

function gather(doc: Document): Gathered {
  const g: Gathered = {
    meta: new Map(), jsonLd: [], titleTag: null, h1: [], htmlLang: null, links: [], times: [], itemprops: [],
    bylineEls: [], dateEls: [], figures: [], firstImgs: [],
  };
  const ldScripts: Element[] = [];
  for (const el of elements(doc)) {
    switch (el.name) {
      case 'html':
        g.htmlLang ??= attr(el, 'lang') ?? attr(el, 'xml:lang') ?? null;
        break;
      case 'meta': {
        const key = (attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv'))?.toLowerCase().trim();
        const content = attr(el, 'content');
        if (key && content !== undefined && content.trim() && !g.meta.has(key)) g.meta.set(key, content.trim());
        if (attr(el, 'itemprop')) g.itemprops.push(el);
        break;
      }
      case 'title':
        if (g.titleTag === null && !hasAncestor(el, (a) => a.name === 'svg')) g.titleTag = textOf(el) || null;
        break;
      case 'script':
        if ((attr(el, 'type') ?? '').toLowerCase().includes('ld+json')) ldScripts.push(el);
        break;
      case 'link':
        g.links.push(el);
        break;
      case 'h1':
        if (g.h1.length < 5) g.h1.push(textOf(el));
        break;
      case 'time':
        g.times.push(el);
        break;
      case 'figure':
        g.figures.push(el);
        break;
      case 'img':
        if (g.firstImgs.length < 50) g.firstImgs.push(el);
        break;
    }
    if (el.name !== 'meta' && attr(el, 'itemprop')) g.itemprops.push(el);
    const ci = classAndId(el);
    if (ci) {
      if (BYLINE_CLASS.test(ci) && g.bylineEls.length < 10) g.bylineEls.push(el);
      if (DATE_CLASS.test(ci) && g.dateEls.length < 20) g.dateEls.push(el);
    }
    if (attr(el, 'rel')?.toLowerCase() === 'author' && el.name === 'a') g.bylineEls.unshift(el);
  }
  g.jsonLd = readJsonLd(ldScripts);
  return g;
}

function metaFirst(g: Gathered, ...keys: string[]): string | null {
  for (const k of keys) {
    const v = g.meta.get(k);
    if (v) return v;
  }
  return null;
}

function itempropValue(g: Gathered, prop: string): string | null {
  for (const el of g.itemprops) {
    if (!(attr(el, 'itemprop') ?? '').split(/\s+/).includes(prop)) continue;
    const v = attr(el, 'content') ?? attr(el, 'datetime') ?? (el.name === 'meta' ? undefined : textOf(el));
    if (v && v.trim()) return v.trim();
  }
  return null;
}

function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (!href) return null;
  const h = href.trim();
  if (!h || h.startsWith('data:') || h.startsWith('javascript:')) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(h) ? h : null;
  }
}

const TITLE_SEPARATORS = /\s+[|–—\-:»«·•]\s+|\s+::\s+/;

/** Drops " | Site Name" style suffixes and prefixes from a <title>. */
export function cleanTitle(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return title.trim();
  const site = siteName?.toLowerCase();
  const kept = parts.filter((p) => !site || (p.toLowerCase() !== site && !site.includes(p.toLowerCase())));
  if (kept.length && kept.length < parts.length) return kept.join(' - ');
  // Unknown site: the longest part is the headline when the others are short brand names.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return parts.every((p) => p === longest || p.split(' ').length <= 4) ? longest : title.trim();
}

function normalizeLanguage(v: string | null): string | null {
  if (!v) return null;
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}|\d{3}|[a-z]{4}))?/i.exec(v.trim());
  if (!m) return null;
  const lang = (m[1] as string).toLowerCase();
  const region = m[2];
  if (!region) return lang;
  return `${lang}-${region.length === 4 ? region[0]!.toUpperCase() + region.slice(1).toLowerCase() : region.toUpperCase()}`;
}

function bylineFromPage(g: Gathered, article: JsonObject | null, siteName: string | null): string[] {
  const sources: { values: string[]; markup: boolean }[] = [];
  if (article) sources.push({ values: names(article.author).concat(names(article.creator)), markup: false });
  const metaAuthor = metaFirst(g, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl');
  if (metaAuthor && !/^https?:/i.test(metaAuthor)) sources.push({ values: [metaAuthor], markup: false });
  const ip = itempropValue(g, 'author');
  if (ip) sources.push({ values: [ip], markup: true });
  sources.push({ values: g.bylineEls.map((el) => textOf(el)).filter((t) => t.length > 0 && t.length <= MAX_LABEL_CHARS), markup: true });
  for (const s of sources) {
    const people = cleanByline(s.values, { fullNamesOnly: s.markup, siteName });
    if (people.length) return people;
  }
  return [];
}

function timeElementDate(g: Gathered, kind: 'published' | 'modified'): string | null {
  const wantModified = kind === 'modified';
  for (const t of g.times) {
    const dt = attr(t, 'datetime') ?? textOf(t);
    const hint = `${classAndId(t)} ${attr(t, 'itemprop') ?? ''} ${classAndId(t.parent && isElement(t.parent) ? t.parent : t)}`.toLowerCase();
    const isModified = /updat|modif|edited|revised/.test(hint);
    if (isModified !== wantModified) continue;
    const d = normalizeDate(dt);
    if (d) return d;
  }
  return null;
}

function visibleDate(g: Gathered): string | null {
  for (const el of g.dateEls) {
    if (/updat|modif/i.test(classAndId(el))) continue;
    const text = textOf(el);
    if (!text || text.length > MAX_LABEL_CHARS) continue;
    const d = normalizeDate(text);
    if (d) return d;
  }
  return null;
}

export function readMetadata(doc: Document, url: string | null): PageMetadata {
  const g = gather(doc);
  const article = articleNode(g.jsonLd);
  const publisher = article && isObject(article.publisher) ? article.publisher : null;
  const siteName =
    metaFirst(g, 'og:site_name', 'application-name', 'al:ios:app_name') ??
    (publisher ? str(publisher.name) : null) ??
    str(g.jsonLd.find((n) => typesOf(n).some((t) => t === 'WebSite'))?.name) ??
    null;

  const rawTitles = [
    article ? str(article.headline) : null,
    metaFirst(g, 'og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'headline'),
    ...g.h1.filter((h) => h.length >= 10),
    g.titleTag ? cleanTitle(g.titleTag, siteName) : null,
  ].filter((t): t is string => !!t);
  const title = rawTitles[0] ? cleanTitle(rawTitles[0], siteName) : null;
  const titleVariants = [...new Set([...rawTitles, ...rawTitles.map((t) => cleanTitle(t, siteName)), g.titleTag ?? ''])].filter(Boolean);

  const canonicalLink = g.links.find((l) => (attr(l, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'));
  const canonicalUrl =
    resolveUrl(canonicalLink ? attr(canonicalLink, 'href') : null, url) ??
    resolveUrl(metaFirst(g, 'og:url'), url) ??
    resolveUrl(article ? str(article.url) ?? (isObject(article.mainEntityOfPage) ? str(article.mainEntityOfPage['@id']) : str(article.mainEntityOfPage)) : null, url);
  const base = url ?? canonicalUrl;

  const published =
    normalizeDate(article ? str(article.datePublished) ?? str(article.dateCreated) : null) ??
    normalizeDate(metaFirst(g, 'article:published_time', 'og:published_time', 'published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'article.published', 'original-publish-date', 'og:article:published_time', 'cxenseparse:recs:publishtime')) ??
    normalizeDate(itempropValue(g, 'datePublished')) ??
    timeElementDate(g, 'published') ??
    dateFromUrl(canonicalUrl ?? url) ??
    visibleDate(g);
  const modified =
    normalizeDate(article ? str(article.dateModified) : null) ??
    normalizeDate(metaFirst(g, 'article:modified_time', 'og:updated_time', 'modified_time', 'datemodified', 'dcterms.modified', 'article.updated', 'lastmod', 'last-modified-date')) ??
    normalizeDate(itempropValue(g, 'dateModified')) ??
    timeElementDate(g, 'modified');

  const language = normalizeLanguage(
    g.htmlLang ?? metaFirst(g, 'content-language', 'language', 'dc.language', 'og:locale') ?? (article ? str(article.inLanguage) : null),
  );
  const description =
    metaFirst(g, 'description', 'og:description', 'twitter:description', 'dc.description') ?? (article ? str(article.description) : null);

  const body = article ? str(article.articleBody) : null;
  return {
    title,
    titleVariants,
    byline: bylineFromPage(g, article, siteName),
    published,
    modified,
    image: leadImage({
      metaImage: metaFirst(g, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src', 'thumbnailurl'),
      linkImage: imageSrcLink(g),
      jsonLdImage: article ? article.image : undefined,
      figures: g.figures,
      imgs: g.firstImgs,
      resolve: (href) => resolveUrl(href, base),
    }),
    siteName: siteName ? siteName.trim() : null,
    language,
    canonicalUrl,
    description: description ? description.replace(/\s+/g, ' ').trim() : null,
    jsonLdBody: body ? decodeEntitiesLoose(body) : null,
    jsonLdTimeRequired: article ? str(article.timeRequired) : null,
  };
}

function imageSrcLink(g: Gathered): string | null {
  const link = g.links.find((l) => attr(l, 'rel')?.toLowerCase() === 'image_src');
  return link ? attr(link, 'href') ?? null : null;
}

/** JSON-LD bodies are sometimes HTML-escaped twice; undo the common entities. */
function decodeEntitiesLoose(s: string): string {
  return s
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

