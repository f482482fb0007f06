/** Token classes and tests that every attribution rule shares. */
import { CUE_VERBS } from './lexicon.js';
import type { TokRange } from './candidate.js';
import type { TokenView } from '../text/token-view.js';

export const END_PUNCT = new Set(['.', '!', '?', '...', '\u2026']);
export const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '\u2014', '\u2013', '--', '-']);
export const LEADING_JUNK = new Set(['and', 'but', 'so', 'or', 'then', 'yet', ',', ';', ':', '\u2014', '\u2013', '--']);
/** Forms of "be" that make a participle cue passive ("was reported") and join the cue. */
export const PASSIVE_AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s"]);
/** Day and period words of time phrases that sit between a subject and its cue ("on Tuesday said"). */
export const TIME_WORDS = new Set('monday tuesday wednesday thursday friday saturday sunday today yesterday tonight week month year night morning'.split(' '));
export const COORDINATORS = new Set(['and', 'but', 'then', 'or']);

/**
 * A "." that closes an abbreviation the tokenizer split off ("Sen. Marco Rubio, R-Fla., said", "(D-N.Y.)"):
 * a sentence never ends right before a comma or a closing bracket.
 */
export function isAbbreviationStop(v: TokenView, k: number): boolean {
  const next = v.low[k + 1];
  return v.low[k] === '.' && (next === ',' || next === ')');
}

/** The ")" closing the "(" at k within `max` tokens and before `last` ("(D-N.Y.)"), or -1. */
export function closingBracket(v: TokenView, k: number, last: number, max = 6): number {
  for (let j = k + 1; j <= last && j - k <= max + 1; j++) {
    if (v.quote[j] !== -1 || v.low[j] === '(') return -1;
    if (v.low[j] === ')') return j;
  }
  return -1;
}

export function isCapitalized(v: TokenView, k: number): boolean {
  if (k < 0 || k >= v.n) return false;
  const c = v.text.charCodeAt(v.start[k]!);
  return c >= 65 && c <= 90;
}

/** Modals that are also names: "Theresa May", "Will". */
const NAME_MODALS = new Set(['may', 'will', 'can']);

/** The capitalised modal at k follows a capitalised word, so ends a name ("Prime Minister Theresa May"). */
export function isNameModal(v: TokenView, k: number, ss: number): boolean {
  return NAME_MODALS.has(v.low[k]!) && isCapitalized(v, k) && k - 1 >= ss && isCapitalized(v, k - 1);
}

/** "-ly" adverbs next to a cue are part of it ("similarly warned", "falsely suggesting"). */
export function isLyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !['only', 'family', 'italy', 'rally', 'ally', 'july', 'early', 'daily', 'weekly', 'monthly', 'reilly', 'kelly', 'bully'].includes(w);
}

export function isStrongVerb(w: string): boolean {
  const e = CUE_VERBS.get(w);
  return e !== undefined && !e.weak;
}

/** Trims leading conjunctions/commas and the sentence-final stop (kept when it sits inside a quote). */
export function trimRange(v: TokenView, r: TokRange): TokRange | null {
  let { s, e } = r;
  while (s <= e && LEADING_JUNK.has(v.low[s]!) && v.quote[s] === -1) s++;
  // A final "?" or "!" belongs to the reported question or exclamation; a period or comma does not.
  while (e >= s && (v.low[e] === '.' || v.low[e] === '...' || v.low[e] === '\u2026' || v.low[e] === ',' || v.low[e] === ';' || v.low[e] === ':') && v.quote[e] === -1) e--;
  if (e < s) return null;
  // An unbalanced trailing closing quote belongs with its opener; keep as is.
  return { s, e };
}
