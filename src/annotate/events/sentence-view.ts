/**
 * A per-sentence word view over the tokens layer: lower-cased words with their offsets, quote marks
 * dropped (so `was “willing” to` reads as `was willing to`). Every rule in this folder reads these.
 */
import type { Doc } from '../../doc/doc.js';
import { layer } from '../../doc/doc.js';

export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly punct: boolean;
}

export interface SentenceView {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly words: readonly Word[];
  /** The sentence ends in a question mark. */
  readonly question: boolean;
}

const QUOTES = /^["'“”‘’«»„‟]+$/;

export function sentenceViews(doc: Doc): SentenceView[] {
  const tokens = layer(doc, 'tokens');
  const sentences = layer(doc, 'sentences');
  const out: SentenceView[] = [];
  sentences.forEach((s, index) => {
    const words: Word[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd && t < tokens.length; t++) {
      const tok = tokens[t]!;
      const text = doc.text.slice(tok.start, tok.end);
      if (tok.kind === 'quote' || QUOTES.test(text)) continue;
      words.push({
        text,
        lower: text.toLowerCase().replace(/’/g, "'"),
        start: tok.start,
        end: tok.end,
        punct: tok.kind === 'punct' || tok.kind === 'symbol',
      });
    }
    const last = words[words.length - 1];
    out.push({ index, start: s.start, end: s.end, words, question: last?.lower === '?' });
  });
  return out;
}

/** Index of the word that contains (or first follows) a character offset, by binary search. */
export function wordAt(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
