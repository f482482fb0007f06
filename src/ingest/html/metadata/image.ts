/**
 * Lead image with caption and credit. The image comes from JSON-LD, OpenGraph/Twitter meta or
 * the first figure; the caption from JSON-LD or the <figcaption> of the figure showing that image;
 * the credit from a credit-like element inside the figure, JSON-LD, or a "Photo: ..." tail.
 */
import { attr, classAndId, elements, hasAncestor, textOf, type Element } from '../dom.js';
import { isObject, names, str } from './jsonld.js';

export interface LeadImage {
  url: string | null;
  caption: string | null;
  credit: string | null;
}

export interface ImageSources {
  metaImage: string | null;
  linkImage: string | null;
  jsonLdImage: unknown;
  figures: readonly Element[];
  imgs: readonly Element[];
  resolve: (href: string | null | undefined) => string | null;
}

const CREDIT_CLASS = /credit|copyright|photographer|source|attribution|byline/i;
/** "Photo: Jane Doe/Reuters", "(AP Photo/Jane Doe)", "Credit: ESA", "Foto: ..." at the end of a caption. */
const CREDIT_TAIL = /[\s(]*(?:(?:photo|image|picture|foto|photograph|credit|source|illustration)s?(?:\s+(?:by|credit))?\s*[:/]|\b(?:AP|AFP|Reuters|EPA|Getty)\s+(?:photo|images?)\s*\/|©|\(c\))\s*([^()]{2,120}?)\)?\s*$/i;

function jsonLdImage(v: unknown): { url: string | null; caption: string | null; credit: string | null } {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return { url: first, caption: null, credit: null };
  if (isObject(first)) {
    const credit = str(first.creditText) ?? str(first.copyrightHolder && names(first.copyrightHolder, false)) ?? (names(first.author, false)[0] ?? null);
    return { url: str(first.url) ?? str(first.contentUrl), caption: str(first.caption) ?? str(first.description), credit };
  }
  return { url: null, caption: null, credit: null };
}

function imgSrc(img: Element): string | null {
  return attr(img, 'src') ?? attr(img, 'data-src') ?? attr(img, 'data-original') ?? attr(img, 'data-lazy-src') ?? srcsetFirst(attr(img, 'srcset') ?? attr(img, 'data-srcset')) ?? null;
}

function srcsetFirst(srcset: string | undefined): string | null {
  if (!srcset) return null;
  const first = srcset.split(',')[0]?.trim().split(/\s+/)[0];
  return first || null;
}

/** File name without size suffixes, so "photo-1200x800.jpg" matches "photo.jpg". */
function stem(url: string): string {
  const last = url.split('?')[0]?.split('/').pop() ?? '';
  return last.replace(/[-_]\d{2,4}x\d{2,4}(?=\.)/, '').replace(/\.(jpe?g|png|webp|gif|avif)$/i, '').toLowerCase();
}

function figureParts(fig: Element): { img: Element | null; caption: string | null; credit: string | null } {
  let img: Element | null = null;
  let caption: string | null = null;
  let credit: string | null = null;
  for (const el of elements(fig)) {
    if (el.name === 'img' && !img) img = el;
    else if (el.name === 'figcaption' && caption === null) caption = textOf(el) || null;
    if (!credit && el.name !== 'figure' && CREDIT_CLASS.test(classAndId(el))) credit = textOf(el) || null;
  }
  if (caption && credit && caption.endsWith(credit)) caption = caption.slice(0, -credit.length).trim() || null;
  return { img, caption, credit };
}

export function splitCredit(caption: string): { caption: string; credit: string | null } {
  const m = CREDIT_TAIL.exec(caption);
  if (!m || m.index === 0) return { caption, credit: null };
  return { caption: caption.slice(0, m.index).trim(), credit: (m[1] as string).trim() };
}

export function leadImage(src: ImageSources): LeadImage {
  const ld = jsonLdImage(src.jsonLdImage);
  let url = src.resolve(src.metaImage) ?? src.resolve(ld.url) ?? src.resolve(src.linkImage);
  let caption = ld.caption;
  let credit = ld.credit;

  // The figure that shows the lead image, else the first figure inside the article.
  const figs = src.figures.map((f) => ({ f, ...figureParts(f) })).filter((x) => x.img);
  const wanted = url ? stem(url) : null;
  const match =
    (wanted ? figs.find((x) => x.img && stem(src.resolve(imgSrc(x.img)) ?? '') === wanted) : undefined) ??
    figs.find((x) => hasAncestor(x.f, (a) => a.name === 'article' || a.name === 'main'));
  if (match) {
    url ??= src.resolve(match.img ? imgSrc(match.img) : null);
    caption ??= match.caption;
    credit ??= match.credit;
  }
  if (!url) {
    const img = src.imgs.find((i) => hasAncestor(i, (a) => a.name === 'article' || a.name === 'main'));
    if (img) url = src.resolve(imgSrc(img));
  }
  if (caption && !credit) {
    const split = splitCredit(caption);
    caption = split.caption || null;
    credit = split.credit;
  }
  return { url, caption: caption ? caption.replace(/\s+/g, ' ').trim() : null, credit: credit ? cleanCredit(credit) : null };
}

/** "Photo: Ana Ruiz/Reuters" -> "Ana Ruiz/Reuters". */
function cleanCredit(credit: string): string | null {
  const c = credit.replace(/\s+/g, ' ').replace(/^[\s(]*(?:(?:photo|image|picture|foto|photograph|credit|source|illustration)s?(?:\s+(?:by|credit))?\s*[:/]?\s+|©\s*)/i, '').replace(/\)$/, '').trim();
  return c || null;
}
