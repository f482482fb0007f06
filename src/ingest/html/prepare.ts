/**
 * Pre-cleaning before scoring: drop non-content tags, hidden elements and page furniture
 * (navigation, sharing, comments, cookie banners, newsletter boxes) recognised by tag, role or
 * class/id vocabulary. A guard keeps any element that holds most of the page's paragraph prose,
 * because a wrapper named "has-sidebar" or "page-header-content" can hold the article itself.
 */
import { Text, type ChildNode, type ParentNode } from 'domhandler';
import { classAndId, detach, elements, isElement, type Element } from './dom.js';
import { linkDensity, measure, type TextStats } from './measure.js';
import { classWords, hasClassWord, matchWords } from './class-words.js';
import { COMMENT_WORDS, DROP_TAGS, EMBEDDED_POST, FURNITURE_ROLES, FURNITURE_TAGS, MAYBE_CONTENT, STRONG_UNLIKELY, UNLIKELY } from './patterns.js';

export interface PrepareOptions {
  /**
   * Which class/id furniture matches to drop: 'all', only 'strong' ones (comments, sharing,
   * related links: what the cascade's retries still drop), or 'none'.
   */
  stripUnlikely: 'all' | 'strong' | 'none';
}

/** Furniture matched only weakly is kept when it holds this share of the page's <p> text: it is likely the article. */
const WEAK_GUARD_SHARE = 0.3;
/** A block holding this share of the page's <p> text is dropped only with a second signal. */
const MAJORITY_SHARE = 0.5;
/** Link density above which a prose-heavy block is a link list whatever its size. */
const SECOND_SIGNAL_LINK_DENSITY = 0.5;
/** A comment thread has at least this many items named as comments. */
const MIN_COMMENT_ITEMS = 3;
/** Below this much <p> text the guard never applies: small furniture is removed whatever its share. */
const GUARD_MIN_CHARS = 400;

const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

export function isHidden(el: Element): boolean {
  const a = el.attribs;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && el.name !== 'img' && el.name !== 'figure') return true;
  const style = a.style;
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** Removes tags that never hold text, comments and hidden elements; <noscript> is kept only for the fallback stage. */
export function dropNonContent(root: ParentNode, keepNoscript = false): void {
  walkDetaching(root, (el) => (DROP_TAGS.has(el.name) && !(keepNoscript && el.name === 'noscript')) || isHidden(el));
  // Comment and processing-instruction nodes carry no visible text.
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const p = stack.pop() as ParentNode;
    p.children = p.children.filter((c) => c instanceof Text || isElement(c));
    for (const c of p.children) if (isElement(c)) stack.push(c);
  }
}

/** Removes furniture. Returns the number of elements removed. */
export function dropFurniture(root: ParentNode, opts: PrepareOptions): number {
  const stats = measure(root);
  const body = findBody(root);
  const total = (body && stats.get(body)?.ptext) ?? sumPtext(root, stats);
  let removed = 0;
  walkDetaching(root, (el) => {
    const verdict = furnitureVerdict(el, opts);
    if (verdict === 'keep') return false;
    const s = stats.get(el);
    if (s && s.ptext >= GUARD_MIN_CHARS && total > 0) {
      const share = s.ptext / total;
      // The block holding most of the page's prose is the article unless a second signal says otherwise.
      if (share >= MAJORITY_SHARE) {
        if (!secondSignal(el, s)) return false;
      } else if (verdict === 'weak' && share >= WEAK_GUARD_SHARE) return false;
    }
    removed++;
    return true;
  });
  return removed;
}

type Verdict = 'keep' | 'weak' | 'strong';

function furnitureVerdict(el: Element, opts: PrepareOptions): Verdict {
  const name = el.name;
  if (name === 'body' || name === 'html' || name === 'main') return 'keep';
  // Comment threads are often a list of <article> elements.
  if (name === 'article') return hasClassWord(el, COMMENT_WORDS) ? 'strong' : 'keep';
  if (FURNITURE_TAGS.has(name)) return 'weak';
  const role = el.attribs.role;
  if (role && FURNITURE_ROLES.test(role)) return 'weak';
  if (opts.stripUnlikely === 'none') return 'keep';
  const ci = classAndId(el);
  if (!ci || name === 'a' || name === 'p' || name === 'td' || name === 'tr' || name === 'tbody' || name === 'table') return 'keep';
  if (EMBEDDED_POST.test(ci)) return 'keep';
  const words = classWords(el);
  if (matchWords(words, STRONG_UNLIKELY)) return 'strong';
  if (opts.stripUnlikely === 'all' && matchWords(words, UNLIKELY) && !matchWords(words, MAYBE_CONTENT)) return 'weak';
  return 'keep';
}

/**
 * Evidence, beyond the one rule that matched, that a prose-heavy block is still furniture: it is
 * mostly links, it is furniture by both tag (or role) and class name, or it is a comment thread
 * (named so, and made of several items also named so).
 */
function secondSignal(el: Element, s: TextStats): boolean {
  if (linkDensity(s) > SECOND_SIGNAL_LINK_DENSITY) return true;
  const byTag = FURNITURE_TAGS.has(el.name) || (el.attribs.role !== undefined && FURNITURE_ROLES.test(el.attribs.role));
  const words = classWords(el);
  if (byTag && (matchWords(words, UNLIKELY) || matchWords(words, STRONG_UNLIKELY))) return true;
  if (!matchWords(words, COMMENT_WORDS)) return false;
  let items = 0;
  for (const d of elements(el)) if (d !== el && hasClassWord(d, COMMENT_WORDS) && ++items >= MIN_COMMENT_ITEMS) return true;
  return false;
}

function findBody(root: ParentNode): Element | null {
  for (const c of root.children) {
    if (!isElement(c)) continue;
    if (c.name === 'body') return c;
    if (c.name === 'html') for (const d of c.children) if (isElement(d) && d.name === 'body') return d;
  }
  return null;
}

function sumPtext(root: ParentNode, stats: Map<Element, TextStats>): number {
  let n = 0;
  for (const c of root.children) if (isElement(c)) n += stats.get(c)?.ptext ?? 0;
  return n;
}

/** Pre-order walk that detaches every element the predicate selects, skipping its subtree. */
export function walkDetaching(root: ParentNode, drop: (el: Element) => boolean): void {
  const stack: ChildNode[] = [...root.children].reverse();
  const doomed: ChildNode[] = [];
  while (stack.length) {
    const node = stack.pop() as ChildNode;
    if (!isElement(node)) continue;
    if (drop(node)) {
      doomed.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
  }
  for (const node of doomed) detach(node);
}
