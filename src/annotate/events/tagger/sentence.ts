/**
 * The learned tagger's reading of a sentence's words, decided lazily: the sentence is tokenised for the tagger on
 * the first ask only, and each word is decided when asked (many sentences are settled without one). A class, not a
 * closure: under tsx, esbuild's keepNames wraps a named inner function in a `__name` call each time it is made.
 */
import type { SentenceView } from '../../text/token-view.js';
import { loadEventTagger } from './model.js';
import type { LazyTagging, TaggedEvent } from './tagger.js';

export class LazySentenceTagging {
  private tagging: LazyTagging | undefined;
  private tokenOf: number[] = [];

  /** `minMargin`: the lowest lead over O any caller will ask about (a word below it is no event to any). */
  constructor(
    private readonly view: SentenceView,
    private readonly text: string,
    private readonly minMargin: number,
  ) {}

  /** The tagger's reading of word `wi`, or null (no token starts there, or no event above `minMargin`). */
  at(wi: number): TaggedEvent | null {
    if (!this.tagging) {
      const { view } = this;
      const words = view.words;
      this.tagging = loadEventTagger().lazy(this.text.slice(view.start, view.end), this.minMargin);
      // word index → the tagger's token that starts where the word does, or -1: one merge, both lists run in text order
      const toks = this.tagging.tokens;
      // (a plain array: a typed array per sentence cost more to allocate than its few reads save)
      const tokenOf = (this.tokenOf = new Array<number>(words.length).fill(-1));
      for (let i = 0, j = 0; i < words.length; i++) {
        const from = words[i]!.start - view.start;
        while (j < toks.length && toks[j]!.start < from) j++;
        if (j < toks.length && toks[j]!.start === from) tokenOf[i] = j;
      }
    }
    const j = this.tokenOf[wi] ?? -1;
    return j < 0 ? null : this.tagging.at(j);
  }
}
