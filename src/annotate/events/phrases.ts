/**
 * Multiword event expressions (events 1.112.0): a verb in any of its forms and the words that complete it ("gave way",
 * "came off the rails", "caught fire"), declared in domains.ts (PHRASE_LEMMAS) with the senses of their single-word
 * equivalents. One look-up per word, by the verb's form; most words start no phrase.
 */
import { PHRASE_LEMMAS, type PhraseLemma } from './domains.js';
import type { SentenceView } from '../text/token-view.js';

/** A phrase found at a verb: where its completing words stand. */
export interface PhraseMatch {
  readonly phrase: PhraseLemma;
  /** The verb's word index. */
  readonly wi: number;
  /** The word indices of the words after the verb that complete it (not those of an object between). */
  readonly rest: readonly number[];
}

/** Verb form → the phrases it starts, in table order. */
const BY_VERB: ReadonlyMap<string, readonly PhraseLemma[]> = (() => {
  const m = new Map<string, PhraseLemma[]>();
  for (const p of PHRASE_LEMMAS) for (const v of p.verbs) m.set(v, [...(m.get(v) ?? []), p]);
  return m;
})();

/** Words that end the short object a particle may follow ("called the strike off"): a clause or a phrase goes on past them. */
const GAP_STOPS: ReadonlySet<string> = new Set('and or but that which who to of in on at for with by from as than'.split(' '));

/** The indices of `p`'s rest after the verb at i with `skip` words between, or null where the words differ. */
function restAt(view: SentenceView, i: number, p: PhraseLemma, skip: number): number[] | null {
  const w = view.words;
  for (let k = 1; k <= skip; k++) {
    const g = w[i + k];
    if (!g || g.punct || GAP_STOPS.has(g.lower)) return null;
  }
  const at: number[] = [];
  for (const [k, alts] of p.rest.entries()) {
    const j = i + 1 + skip + k;
    if (!alts.has(w[j]?.lower ?? '')) return null;
    at.push(j);
  }
  const next = w[at[at.length - 1]! + 1]?.lower ?? '';
  return p.notAfter?.has(next) ? null : at;
}

/**
 * The phrases the verb at i starts, in table order, each with where its words stand (a phrase's senses and rejects are
 * its reader's to test: triggers.ts). An object of at most `gap` words may stand between the verb and the rest; the
 * closest reading is taken.
 */
export function phrasesAt(view: SentenceView, i: number): PhraseMatch[] {
  const list = BY_VERB.get(view.words[i]!.lower);
  if (!list) return [];
  const out: PhraseMatch[] = [];
  for (const phrase of list) {
    for (let skip = 0; skip <= phrase.gap; skip++) {
      const rest = restAt(view, i, phrase, skip);
      if (rest) {
        out.push({ phrase, wi: i, rest });
        break;
      }
    }
  }
  return out;
}

