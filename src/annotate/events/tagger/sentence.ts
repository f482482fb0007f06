/**
 * The learned tagger's reading of a sentence's words, decided lazily: the sentence is tokenised for the tagger on
 * the first ask only, and each word is decided when asked (many sentences are settled without one). The counted
 * events and the happenings of a sentence ask one tagging (parse.ts), so a word both ask about is decided once. A class, not a
 * closure: under tsx, esbuild's keepNames wraps a named inner function in a `__name` call each time it is made.
 */
import type { SentenceView } from '../../text/token-view.js';
import { loadEventTagger } from './model.js';
import { tokenize } from './tokens.js';
import type { LazyTagging, TaggedEvent } from './tagger.js';

export class LazySentenceTagging {
  private tagging: LazyTagging | undefined;
  private tokenOf: number[] = [];

  constructor(
    private readonly view: SentenceView,
    private readonly text: string,
  ) {}

  /**
   * The tagger's reading of word `wi` where its lead over O beats `margin`, or null (no token starts there, or no
   * event above `margin`). A word's class stage runs only on an ask whose margin its lead beats (LazyTagging.at).
   */
  at(wi: number, margin: number): TaggedEvent | null {
    if (!this.tagging) {
      const { view } = this;
      const words = view.words;
      const toks = tokenize(this.text.slice(view.start, view.end));
      // word index → the tagger's token that starts where the word does, or -1: one merge, both lists run in text order
      // (a plain array: a typed array per sentence cost more to allocate than its few reads save)
      const tokenOf = (this.tokenOf = new Array<number>(words.length).fill(-1));
      for (let i = 0, j = 0; i < words.length; i++) {
        const w = words[i]!;
        const from = w.start - view.start;
        while (j < toks.length && toks[j]!.start < from) j++;
        if (j >= toks.length || toks[j]!.start !== from) continue;
        tokenOf[i] = j;
        // a token that is its word in lower case takes the word's own string: the same text, whose hash the
        // trigger look-ups have already computed, so the tagger's word look-up does not hash it again
        const t = toks[j]!;
        if (t.end === w.end - view.start && t.text === w.lower) toks[j] = { start: t.start, end: t.end, text: w.lower };
      }
      this.tagging = loadEventTagger().lazyTokens(toks);
    }
    const j = this.tokenOf[wi] ?? -1;
    return j < 0 ? null : this.tagging.at(j, margin);
  }
}
