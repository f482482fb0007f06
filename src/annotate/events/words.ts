/**
 * Nouns of the event lexicon that no event of the report holds (the `eventWords` layer): "This deal shows …" where no
 * party is near, "the charges" with no legal word. The story layer reads them as mentions of a tracked event of their
 * family that the story already follows (link/digest.ts); here they are only found, never typed or given a status.
 */
import type { EventWord } from '../../doc/schemas/events.js';
import { SpanIndex } from '../../doc/span-index.js';
import { formLemmas } from './lexicon.js';

/** A word: letters with inner hyphens or apostrophes. */
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/**
 * Lower-case noun forms of the lexicon outside every trigger. Verb forms are left out: they keep too many senses
 * outside their context ("held talks", "left their homes", "kept"); a capitalised word is a name or a sentence's
 * first word, which the events layer reads already.
 */
export function eventWords(text: string, triggers: readonly { readonly start: number; readonly end: number }[]): EventWord[] {
  const held = new SpanIndex(triggers);
  const out: EventWord[] = [];
  for (const m of text.matchAll(WORD)) {
    const form = m[0];
    if (form[0] !== form[0]!.toLowerCase()) continue;
    const lemmas = formLemmas(form, true);
    if (!lemmas.length || held.overlaps(m.index, m.index + form.length)) continue;
    out.push({ start: m.index, end: m.index + form.length, lemmas });
  }
  return out;
}
