/**
 * Class and id names as words, so vocabulary rules match whole words of a name and never
 * substrings: "comments-section" holds the word "comments", but "Review__Section--Ads" (a BEM
 * modifier: a section that carries ads), "card--has-ads" and "is-promoted" (state classes) say
 * nothing about what the element is, and "headline" does not contain the word "ad".
 */
import type { Element } from './dom.js';

/** A class that states a condition of the element ("is-promoted", "has-sidebar"), not what it is. */
const STATE_CLASS = /^(is|has|with|no|not)[-_]/i;
const CAMEL_BOUNDARY = /([\p{Ll}\p{N}])(\p{Lu})/gu;
const SEPARATORS = /[^\p{L}\p{N}]+/u;

const cache = new WeakMap<Element, readonly (readonly string[])[]>();

/** The words of one class or id name: modifier and state parts dropped, camelCase split, lower-cased. */
export function nameWords(name: string): string[] {
  if (STATE_CLASS.test(name)) return [];
  const block = name.split('--')[0] ?? '';
  return block
    .replace(CAMEL_BOUNDARY, '$1-$2')
    .toLowerCase()
    .split(SEPARATORS)
    .filter((w) => w !== '' && !/^\d+$/.test(w));
}

/** Words of each class name and of the id, one array per name (pairs are formed within a name only). */
export function classWords(el: Element): readonly (readonly string[])[] {
  const hit = cache.get(el);
  if (hit) return hit;
  const names: string[] = [];
  const c = el.attribs.class;
  if (c) for (const n of c.split(/\s+/)) if (n) names.push(n);
  const id = el.attribs.id;
  if (id) names.push(id);
  const out = names.map(nameWords).filter((ws) => ws.length > 0);
  cache.set(el, out);
  return out;
}

/** A set of words; multi-word entries ("most-popular") are stored joined ("mostpopular"). */
export type Vocabulary = ReadonlySet<string>;

export function vocabulary(entries: readonly string[]): Vocabulary {
  return new Set(entries.map((e) => e.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')));
}

/**
 * Generic nouns that name a block of a page. A vocabulary word followed by one of these, written
 * as one word ("relatedposts", "commentlist", "sharebar"), is still that vocabulary word.
 */
const BLOCK_NOUNS = new Set([
  'post', 'posts', 'article', 'articles', 'story', 'stories', 'link', 'links', 'item', 'items', 'box', 'bar', 'area',
  'wrap', 'wrapper', 'container', 'section', 'block', 'list', 'widget', 'module', 'panel', 'unit', 'slot', 'content', 'inner',
]);

function exact(vocab: Vocabulary, w: string): boolean {
  return vocab.has(w) || (w.length >= 3 && w.endsWith('s') && vocab.has(w.slice(0, -1)));
}

/** Verdicts per vocabulary and word: class names repeat within and across pages. Bounded for long-running servers. */
const memo = new WeakMap<Vocabulary, Map<string, boolean>>();
const MEMO_MAX = 20_000;

function known(vocab: Vocabulary, w: string): boolean {
  let m = memo.get(vocab);
  if (!m) memo.set(vocab, (m = new Map()));
  const hit = m.get(w);
  if (hit !== undefined) return hit;
  if (m.size >= MEMO_MAX) m.clear();
  const v = lookup(vocab, w);
  m.set(w, v);
  return v;
}

function lookup(vocab: Vocabulary, w: string): boolean {
  if (exact(vocab, w)) return true;
  // Compounds: a vocabulary word, then a block noun or another vocabulary word.
  for (let k = 2; k <= w.length - 2; k++) {
    if (!vocab.has(w.slice(0, k))) continue;
    const rest = w.slice(k);
    if (BLOCK_NOUNS.has(rest) || exact(vocab, rest)) return true;
  }
  return false;
}

/** The first vocabulary word found in a name (a word, or two adjacent words written together), or null. */
export function matchWords(words: readonly (readonly string[])[], vocab: Vocabulary): string | null {
  for (const ws of words) {
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i] as string;
      if (known(vocab, w)) return w;
      const next = ws[i + 1];
      if (next !== undefined && known(vocab, w + next)) return w + next;
    }
  }
  return null;
}

export function hasClassWord(el: Element, vocab: Vocabulary): boolean {
  return matchWords(classWords(el), vocab) !== null;
}
