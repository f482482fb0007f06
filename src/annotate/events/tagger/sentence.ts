/**
 * The learned tagger's reading of a sentence's words, decided lazily: the sentence is tokenised for the tagger on
 * the first ask only, and each word is decided when asked (many sentences are settled without one).
 */
import type { SentenceView } from '../../text/token-view.js';
import { loadEventTagger } from './model.js';
import type { LazyTagging, TaggedEvent } from './tagger.js';

/** Word index → the tagger's reading of that word, or null (no token starts there, or no event above `minMargin`). */
export type WordTagging = (wi: number) => TaggedEvent | null;

export function lazySentenceTagging(view: SentenceView, text: string, minMargin: number): WordTagging {
  const words = view.words;
  let tagging: LazyTagging | undefined;
  let tokenOf: number[] = [];
  return (at) => {
    if (!tagging) {
      tagging = loadEventTagger().lazy(text.slice(view.start, view.end), minMargin);
      // word index → the tagger's token that starts where the word does, or -1: one merge, both lists run in text order
      const toks = tagging.tokens;
      // (a plain array: a typed array per sentence cost more to allocate than its few reads save)
      tokenOf = new Array<number>(words.length).fill(-1);
      for (let wi = 0, j = 0; wi < words.length; wi++) {
        const from = words[wi]!.start - view.start;
        while (j < toks.length && toks[j]!.start < from) j++;
        if (j < toks.length && toks[j]!.start === from) tokenOf[wi] = j;
      }
    }
    const j = tokenOf[at] ?? -1;
    return j < 0 ? null : tagging.at(j);
  };
}
