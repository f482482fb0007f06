/**
 * Turns the top candidate into the article: append siblings that carry related prose, then clean
 * the result conditionally (Readability's rules: drop blocks that are mostly links, images or
 * headings, lists that outnumber paragraphs, and anything with a negative class weight).
 */
import { classAndId, elements, isElement, textOf, type Element } from './dom.js';
import { linkDensity, measure, type TextStats } from './measure.js';
import { classWeight, hasBlockChild, type Candidate, type ScoreOptions } from './score.js';
import { walkDetaching } from './prepare.js';
import { CAPTION_BLOCK, CAPTION_MAX_CHARS, EMBEDDED_POST, HEADING_TAGS, LINK_PARAGRAPH_DENSITY, META_BLOCK, META_BLOCK_MAX_CHARS } from './patterns.js';

/** A sibling joins when it scores this share of the top candidate (floored at SIBLING_MIN_SCORE). */
const SIBLING_SHARE = 0.2;
const SIBLING_MIN_SCORE = 10;
/** Sibling paragraphs longer than this join when their link density is below SIBLING_MAX_LINK_DENSITY. */
const SIBLING_LONG_P = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** Blocks with at least this many commas are prose and never cleaned away. */
const CLEAN_MIN_COMMAS = 10;
/** Link density above which a weakly weighted block is navigation. */
const CLEAN_LINK_DENSITY = 0.2;
/** Link density above which even a positively weighted block is navigation. */
const CLEAN_LINK_DENSITY_POSITIVE = 0.5;
/** An article part with this much text is a long page: its linked headings are section headings. */
const LONG_PAGE_CHARS = 3000;
/** Text share of list items above which a block is treated as a list. */
const LIST_SHARE = 0.9;

export interface AssembleOptions extends ScoreOptions {
  cleanConditionally: boolean;
}

export function assembleArticle(top: Candidate, scores: Map<Element, number>, stats: Map<Element, TextStats>): Element[] {
  const parent = top.el.parent;
  if (!isElement(parent)) return [top.el];
  const threshold = Math.max(SIBLING_MIN_SCORE, top.score * SIBLING_SHARE);
  const topClass = top.el.attribs.class ?? '';
  const out: Element[] = [];
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top.el) {
      out.push(sib);
      continue;
    }
    const bonus = topClass && sib.attribs.class === topClass ? top.score * SIBLING_SHARE : 0;
    const score = scores.get(sib);
    if (score !== undefined && score + bonus >= threshold) {
      out.push(sib);
      continue;
    }
    // A block-free <div> is a paragraph in all but name (Readability converts it before this step).
    if (sib.name === 'p' || (sib.name === 'div' && !hasBlockChild(sib))) {
      const s = stats.get(sib);
      const len = s?.text ?? 0;
      const ld = linkDensity(s);
      if (len > SIBLING_LONG_P && ld < SIBLING_MAX_LINK_DENSITY) out.push(sib);
      else if (len > 0 && len <= SIBLING_LONG_P && ld === 0 && /\.( |$)/.test(textOf(sib))) out.push(sib);
    }
  }
  return out;
}

interface BlockCounts {
  p: number;
  img: number;
  li: number;
  headingText: number;
  listText: number;
}

function countInside(el: Element, stats: Map<Element, TextStats>): BlockCounts {
  const c: BlockCounts = { p: 0, img: 0, li: 0, headingText: 0, listText: 0 };
  for (const d of elements(el)) {
    if (d.name === 'p') c.p++;
    else if (d.name === 'img') c.img++;
    else if (d.name === 'li') {
      c.li++;
      c.listText += stats.get(d)?.text ?? 0;
    } else if (HEADING_TAGS.has(d.name)) c.headingText += stats.get(d)?.text ?? 0;
  }
  return c;
}

function hasAncestorTag(el: Element, tag: string, stop: Element): boolean {
  let p = el.parent;
  while (isElement(p) && p !== stop) {
    if (p.name === tag) return true;
    p = p.parent;
  }
  return false;
}

const CONDITIONAL = new Set(['form', 'fieldset', 'table', 'ul', 'ol', 'div', 'section', 'aside', 'dl']);

function shouldRemove(el: Element, root: Element, stats: Map<Element, TextStats>, opts: AssembleOptions): boolean {
  if (EMBEDDED_POST.test(classAndId(el))) return false;
  if (el.name === 'table' && isDataTable(el)) return false;
  const weight = classWeight(el, opts);
  if (weight < 0) return true;
  const s = stats.get(el);
  if (!s) return false;
  if (s.commas >= CLEAN_MIN_COMMAS) return false;
  const c = countInside(el, stats);
  const isList = el.name === 'ul' || el.name === 'ol' || (s.text > 0 && c.listText / s.text > LIST_SHARE);
  const li = c.li - 100;
  const ld = linkDensity(s);
  const inFigure = hasAncestorTag(el, 'figure', root);
  const headingDensity = s.text > 0 ? c.headingText / s.text : 0;
  const remove =
    (c.img > 1 && c.p / c.img < 0.5 && !inFigure) ||
    (!isList && li > c.p) ||
    (!isList && headingDensity < 0.9 && s.text < 25 && (c.img === 0 || c.img > 2) && !inFigure) ||
    (!isList && weight < 25 && ld > CLEAN_LINK_DENSITY) ||
    (weight >= 25 && ld > CLEAN_LINK_DENSITY_POSITIVE) ||
    (c.img === 0 && s.text === 0);
  if (remove && isList) {
    // A list of images (a gallery) stays.
    const items = el.children.filter(isElement);
    if (items.length > 0 && items.every((li) => li.children.filter(isElement).length <= 1) && c.img === items.length) return false;
  }
  return remove;
}

/** A byline or "posted on" line: a metadata class on a short block (a long one is prose that carries such a class). */
function isMetaLine(el: Element): boolean {
  return META_BLOCK.test(classAndId(el)) && textOf(el).length <= META_BLOCK_MAX_CHARS;
}

/** Cleans inside each assembled element; returns the elements that still exist. */
export function cleanArticle(parts: Element[], opts: AssembleOptions, titles: readonly string[]): Element[] {
  const root = parts[0]?.parent;
  if (!root) return parts;
  // On a long page a linked heading is a section heading (a link to the section's source or anchor), not a pointer away.
  let chars = 0;
  for (const part of parts) chars += textOf(part).length;
  const longPage = chars >= LONG_PAGE_CHARS;
  // A byline or "posted on" line assembled as a sibling of the article body is such a line too, not a paragraph of it
  const kept = parts.filter((part) => !isMetaLine(part));
  for (const part of kept) {
    // Headings with a negative weight, or repeating the title, are not body text.
    walkDetaching(part, (el) => HEADING_TAGS.has(el.name) && (classWeight(el, opts) < 0 || titles.some((t) => sameText(textOf(el), t))));
    // Bylines and "posted on" lines, whatever the surrounding container is called.
    walkDetaching(part, isMetaLine);
    // Captions and figures: pictures and their descriptions, not running text.
    walkDetaching(part, (el) => isCaption(el));
    if (!opts.cleanConditionally) continue;
    const stats = measure(part);
    // Paragraphs that are one link ("Related: ...", "READ MORE ON ...") point away from the article.
    const linkOnly = (el: Element): boolean => el.name === 'p' || (HEADING_TAGS.has(el.name) && !longPage);
    walkDetaching(part, (el) => linkOnly(el) && linkDensity(stats.get(el)) >= LINK_PARAGRAPH_DENSITY && !insideEmbed(el, part));
    walkDetaching(part, (el) => CONDITIONAL.has(el.name) && shouldRemove(el, part, stats, opts));
  }
  return kept;
}

/** A table of this many cells or more, with no table inside it, holds data rather than layout. */
const DATA_TABLE_MIN_CELLS = 10;

/**
 * Data tables (figures a report cites) are kept whatever their link density; layout tables are not.
 * Header cells, a caption, column groups or a grid of enough cells mark data; role="presentation" marks layout.
 */
function isDataTable(table: Element): boolean {
  if (table.attribs.role === 'presentation') return false;
  let rows = 0;
  let cells = 0;
  for (const d of elements(table)) {
    if (d.name === 'table') return false;
    if (d.name === 'caption' || d.name === 'th' || d.name === 'thead' || d.name === 'colgroup') return true;
    if (d.name === 'tr') rows++;
    else if (d.name === 'td') cells++;
  }
  return rows >= 2 && cells >= DATA_TABLE_MIN_CELLS;
}

function insideEmbed(el: Element, stop: Element): boolean {
  for (let p = el.parent; isElement(p) && p !== stop; p = p.parent) if (p.name === 'blockquote' || EMBEDDED_POST.test(classAndId(p))) return true;
  return false;
}

function isCaption(el: Element): boolean {
  if (el.name === 'figcaption') return true;
  if (el.name === 'figure') return !hasProse(el);
  const ci = classAndId(el);
  return ci !== '' && CAPTION_BLOCK.test(ci) && !EMBEDDED_POST.test(ci) && textOf(el).length <= CAPTION_MAX_CHARS;
}

/** True when the element holds paragraphs of running text (some sites wrap whole passages in <figure>). */
function hasProse(el: Element): boolean {
  let chars = 0;
  for (const d of elements(el)) if (d.name === 'p') chars += textOf(d).length;
  return chars > CAPTION_MAX_CHARS;
}

export function sameText(a: string, b: string): boolean {
  const norm = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}
