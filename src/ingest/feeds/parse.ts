/**
 * RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed into one typed shape. Real feeds are sloppy, so the
 * parser is lenient where it is safe (bare ampersands, HTML entities, any namespace prefix, missing
 * fields) and strict where guessing would invent content: broken XML structure is E_FEED_MALFORMED
 * with the line and column, never a crash and never a half-read feed.
 */
import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { WiretraceError } from '../../errors.js';
import { clip, htmlToText, parseFeedDate } from './text.js';
import type { FeedFormat, FeedItem, ParsedFeed } from './types.js';
import { appendAll } from '../../util/arrays.js';

/** Summaries are previews for listings; the article itself is fetched separately. */
export const SUMMARY_MAX_CHARS = 1000;

export interface ParseFeedOptions {
  /** The feed's own URL, to resolve relative links. */
  readonly url?: string;
  /** The Content-Type header, for its charset. */
  readonly contentType?: string | null;
}

type XmlNode = Record<string, unknown>;

const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  // Internal DTD entities are legal XML but only ever abused in feeds (billion laughs): keep them tiny.
  processEntities: { enabled: true, maxEntityCount: 50, maxTotalExpansions: 1000, maxExpandedLength: 100_000 },
});

export function parseFeed(input: Uint8Array | string, opts: ParseFeedOptions = {}): ParsedFeed {
  const text = typeof input === 'string' ? input.replace(/^\uFEFF/, '') : decodeFeedBytes(input, opts.contentType);
  const start = text.trimStart();
  if (!start) throw malformed('the document is empty');
  if (start.startsWith('{')) return parseJsonFeed(start, opts.url);
  return parseXmlFeed(start, opts.url);
}

// ---------- decoding ----------

/** BOM, then the XML declaration's encoding, then the HTTP charset, then UTF-8. */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  if (buf[0] === 0xff && buf[1] === 0xfe) return iconv.decode(buf.subarray(2), 'utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf-16be');
  const head = buf.subarray(0, 200).toString('latin1');
  const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  const fromHeader = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1] : undefined;
  for (const label of [declared, fromHeader]) {
    if (label && !/^utf-?8$/i.test(label) && iconv.encodingExists(label)) return iconv.decode(buf, label);
  }
  return buf.toString('utf8');
}

function malformed(why: string, details?: Record<string, unknown>): WiretraceError {
  return new WiretraceError('E_FEED_MALFORMED', `Feed could not be parsed: ${why}`, details);
}

// ---------- XML ----------

/** An `&` that does not start an entity or character reference is a common feed bug; escape it. */
function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?!#\d+;|#x[0-9a-fA-F]+;|[A-Za-z][\w.-]*;)/g, '&amp;');
}

/**
 * Atom type="xhtml" text constructs hold inline XHTML, whose mixed-content order the object parser
 * cannot keep; wrap them in CDATA first so they arrive as one HTML string.
 */
function wrapXhtmlConstructs(xml: string): string {
  if (!/type\s*=\s*["']xhtml["']/.test(xml)) return xml;
  return xml.replace(
    /<((?:[\w.-]+:)?(?:content|summary|title|subtitle|rights))(\s[^>]*?type\s*=\s*["']xhtml["'][^>]*)>([\s\S]*?)<\/\1\s*>/g,
    (_m, tag: string, attrs: string, inner: string) => `<${tag}${attrs}><![CDATA[${inner.split(']]>').join(']]]]><![CDATA[>')}]]></${tag}>`,
  );
}

function parseXmlFeed(raw: string, baseUrl: string | undefined): ParsedFeed {
  const xml = wrapXhtmlConstructs(escapeBareAmpersands(raw));
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    if (/^\s*<(!doctype\s+html|html)/i.test(raw)) throw malformed('this is an HTML page, not a feed');
    throw malformed(`${msg} (line ${line}, column ${col})`, { line, col });
  }
  let doc: XmlNode;
  try {
    doc = xmlParser.parse(xml) as XmlNode;
  } catch (err) {
    throw malformed((err as Error).message);
  }
  const rootKey = Object.keys(doc).find((k) => !k.startsWith('?') && !k.startsWith('#') && !k.startsWith('!'));
  const root = rootKey !== undefined ? asNode(doc[rootKey]) : null;
  const rootName = rootKey !== undefined ? localName(rootKey).toLowerCase() : '';
  if (!root) throw malformed('no root element');
  if (rootName === 'rss') return rssFeed(root, 'rss', baseUrl);
  if (rootName === 'rdf') return rssFeed(root, 'rdf', baseUrl);
  if (rootName === 'feed') return atomFeed(root, baseUrl);
  if (rootName === 'html') throw malformed('this is an HTML page, not a feed');
  throw malformed(`root element <${rootKey}> is not rss, RDF or an Atom feed`);
}

function rssFeed(root: XmlNode, format: FeedFormat, baseUrl: string | undefined): ParsedFeed {
  const channel = asNode(first(child(root, 'channel'))) ?? {};
  // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
  const itemNodes = [...all(child(channel, 'item')), ...all(child(root, 'item'))];
  const items = itemNodes.map(asNode).filter((n): n is XmlNode => n !== null).map((item) => rssItem(item, baseUrl));
  return {
    format,
    title: textOf(child(channel, 'title')),
    siteUrl: absoluteUrl(rssLink(channel), baseUrl),
    items: dedupeItems(items),
  };
}

function rssItem(item: XmlNode, baseUrl: string | undefined): FeedItem {
  const guidNode = first(child(item, 'guid'));
  const guidText = rawText(guidNode);
  const isPermaLink = asNode(guidNode)?.['@_isPermaLink'];
  // a permalink guid must itself be an absolute URL: "4" is an id, not a path on the feed's host
  const link = absoluteUrl(rssLink(item), baseUrl) ?? (isPermaLink !== 'false' ? absoluteUrl(guidText, undefined) : null);
  const title = textOf(child(item, 'title'));
  const published = parseFeedDate(rawText(first(child(item, 'pubDate'))) ?? rawText(first(child(item, 'date'))) ?? rawText(first(child(item, 'published'))));
  const summary = summaryOf(child(item, 'description'), child(item, 'encoded'), child(item, 'summary'));
  return { guid: guidText ?? str(item['@_rdf:about']) ?? link ?? contentGuid(title, published, summary), url: link, title, published, summary };
}

/** RSS <link> text; falls back to an atom:link href (some feeds only have those). */
function rssLink(node: XmlNode): string | null {
  for (const l of all(node['link'])) {
    const t = rawText(l);
    if (t) return t;
  }
  return atomLink(node);
}

function atomFeed(root: XmlNode, baseUrl: string | undefined): ParsedFeed {
  const entries = all(child(root, 'entry')).map(asNode).filter((n): n is XmlNode => n !== null);
  return {
    format: 'atom',
    title: textOf(child(root, 'title')),
    siteUrl: absoluteUrl(atomLink(root), baseUrl),
    items: dedupeItems(entries.map((e) => atomEntry(e, baseUrl))),
  };
}

function atomEntry(entry: XmlNode, baseUrl: string | undefined): FeedItem {
  const url = absoluteUrl(atomLink(entry), baseUrl);
  const title = textOf(child(entry, 'title'));
  const published = parseFeedDate(rawText(first(child(entry, 'published'))) ?? rawText(first(child(entry, 'updated'))) ?? rawText(first(child(entry, 'issued'))));
  const summary = summaryOf(child(entry, 'summary'), child(entry, 'content'));
  return { guid: rawText(first(child(entry, 'id'))) ?? url ?? contentGuid(title, published, summary), url, title, published, summary };
}

/** The rel="alternate" (or rel-less) link's href, as Atom defines the entry's web page. */
function atomLink(node: XmlNode): string | null {
  let fallback: string | null = null;
  for (const l of all(child(node, 'link', '@_href'))) {
    const n = asNode(l);
    const href = typeof n?.['@_href'] === 'string' ? (n['@_href'] as string).trim() : null;
    if (!href) continue;
    const rel = typeof n?.['@_rel'] === 'string' ? (n['@_rel'] as string) : 'alternate';
    if (rel === 'alternate') return href;
    if (rel !== 'self' && rel !== 'enclosure' && rel !== 'hub' && rel !== 'replies') fallback ??= href;
  }
  return fallback;
}

// ---------- JSON Feed ----------

function parseJsonFeed(raw: string, baseUrl: string | undefined): ParsedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch (err) {
    throw malformed(`invalid JSON: ${(err as Error).message}`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw malformed('a JSON Feed must be an object');
  const feed = doc as Record<string, unknown>;
  if (typeof feed['version'] !== 'string' || !feed['version'].includes('jsonfeed.org')) {
    throw malformed('JSON without a jsonfeed.org version is not a JSON Feed');
  }
  if (!Array.isArray(feed['items'])) throw malformed('a JSON Feed needs an items array');
  const items = (feed['items'] as unknown[])
    .filter((i): i is Record<string, unknown> => !!i && typeof i === 'object' && !Array.isArray(i))
    .map((i): FeedItem => {
      const url = absoluteUrl(str(i['url']) ?? str(i['external_url']), baseUrl);
      const title = str(i['title']) !== null ? htmlToText(str(i['title'])!) || null : null;
      const published = parseFeedDate(str(i['date_published']) ?? str(i['date_modified']));
      const rawSummary = str(i['summary']) ?? str(i['content_text']) ?? str(i['content_html']);
      const summary = rawSummary ? clip(htmlToText(rawSummary), SUMMARY_MAX_CHARS) || null : null;
      const id = i['id'];
      const guid = typeof id === 'string' && id ? id : typeof id === 'number' ? String(id) : (url ?? contentGuid(title, published, summary));
      return { guid, url, title, published, summary };
    });
  return {
    format: 'json',
    title: str(feed['title']),
    siteUrl: absoluteUrl(str(feed['home_page_url']), baseUrl),
    items: dedupeItems(items),
  };
}

// ---------- helpers ----------

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}

function localName(key: string): string {
  const colon = key.indexOf(':');
  return colon >= 0 ? key.slice(colon + 1) : key;
}

/**
 * A child by local name, whatever its namespace prefix. The unprefixed name wins; `need` picks among
 * prefixed ones (e.g. only an atom:link carrying href).
 */
function child(node: XmlNode, name: string, need?: string): unknown {
  if (node[name] !== undefined && (!need || all(node[name]).some((n) => asNode(n)?.[need] !== undefined))) return node[name];
  const found: unknown[] = [];
  for (const [k, v] of Object.entries(node)) {
    if (k.startsWith('@_') || localName(k) !== name || k === name) continue;
    if (!need || all(v).some((n) => asNode(n)?.[need] !== undefined)) appendAll(found, all(v));
  }
  return found.length ? found : undefined;
}

function all(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : v;
}

function asNode(v: unknown): XmlNode | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as XmlNode) : null;
}

/** Element text as written (entities decoded, CDATA merged), trimmed; null when empty. */
function rawText(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const n = asNode(v);
  if (n && n['#text'] !== undefined) return rawText(n['#text']);
  return null;
}

/** Element text as plain text: feeds escape HTML into titles and summaries. */
function textOf(v: unknown): string | null {
  const node = first(v);
  const raw = rawText(node) ?? xhtmlText(node);
  if (!raw) return null;
  // Atom type="text" is plain text already: a literal "<" in it is not markup.
  if (asNode(node)?.['@_type'] === 'text') return raw.replace(/\s+/g, ' ').trim() || null;
  return htmlToText(raw) || null;
}

/** Atom type="xhtml" content arrives as parsed elements; gather their text. */
function xhtmlText(v: unknown): string | null {
  const parts: string[] = [];
  const walk = (x: unknown): void => {
    if (typeof x === 'string') parts.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === 'object') for (const [k, val] of Object.entries(x)) if (!k.startsWith('@_')) walk(val);
  };
  walk(v);
  const joined = parts.join(' ').trim();
  return joined || null;
}

function summaryOf(...candidates: unknown[]): string | null {
  for (const c of candidates) {
    const t = textOf(c);
    if (t) return clip(t, SUMMARY_MAX_CHARS);
  }
  return null;
}

/** Resolves a link against the feed URL; only http(s) links are kept. */
function absoluteUrl(link: string | null, base: string | undefined): string | null {
  if (!link) return null;
  try {
    const u = new URL(link.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Items with neither id nor link still need a stable identity across polls. */
function contentGuid(title: string | null, published: string | null, summary: string | null): string {
  const h = createHash('sha256').update(`${title ?? ''}\n${published ?? ''}\n${summary ?? ''}`).digest('hex');
  return `sha256:${h.slice(0, 32)}`;
}

/** Some feeds repeat an item; keep the first of each guid. */
function dedupeItems(items: FeedItem[]): FeedItem[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.guid) ? false : (seen.add(i.guid), true)));
}
