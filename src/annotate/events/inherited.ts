/**
 * Inherited triggers: a noun that names a happening only by reference ("the deal", "the purchase", "the
 * campaign") is an event where the report has already named one it can refer back to ("agreed a price
 * floor … the deal", "acquisition … the purchase", "a vaccination campaign … the campaign"). It takes that
 * event's lemma and type, so coreference and linking treat it as another mention of the same kind. Without
 * an earlier event of a kind it can name, the noun is no event ("a good deal of rain", "an election campaign").
 */
import type { SentenceView } from '../text/token-view.js';
import type { TriggerHit } from './triggers.js';

/**
 * Referring nouns and the lemmas (lexicon or domain table) of the events each can name. "The deal" names an
 * agreement only: after an acquisition it is as often the price or the financing, and reading it as the
 * acquisition cost the ECB+ story clustering its floor.
 */
const REFERS_TO: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['deal', new Set(['agree', 'sign', 'treaty'])],
  ['purchase', new Set(['acquire', 'deal'])],
  ['sale', new Set(['acquire', 'deal'])],
  ['campaign', new Set(['vaccinate'])],
]);

export const INHERITED_RULE = 'trigger:inherited';

/**
 * Per sentence (in text order, `lexical[k]` the hits found in `views[k]`), the referring nouns that name an
 * earlier event of the report, each as a hit with the nearest such event's entry.
 */
export function inheritedTriggers(views: readonly SentenceView[], lexical: readonly (readonly TriggerHit[])[]): TriggerHit[][] {
  // the latest noun hit of each lemma seen so far, in text order
  const latest = new Map<string, TriggerHit>();
  return views.map((view, k) => {
    const hits = lexical[k] ?? [];
    // the sentence's hit at each word (the last one where two share a word): an array, not a map and a set per sentence
    const byWord = new Array<TriggerHit | undefined>(view.words.length);
    for (const h of hits) byWord[h.wi] = h;
    const out: TriggerHit[] = [];
    view.words.forEach((w, i) => {
      const own = byWord[i];
      if (own) {
        if (own.entry.noun) latest.set(own.entry.lemma, own);
        return;
      }
      // (a word with a hit returned above: no other word is taken)
      const lemmas = REFERS_TO.get(w.lower);
      if (!lemmas) return;
      // the latest event it can name, itself named by a noun: "the deal" names "the acquisition" or "the
      // agreement", not the light verb of "agreed to buy"
      let source: TriggerHit | undefined;
      for (const [lemma, h] of latest) if (lemmas.has(lemma) && h.entry.noun) source = h;
      if (!source) return;
      out.push({ wi: i, entry: { ...source.entry, noun: true }, rule: `${INHERITED_RULE}:${source.entry.lemma}` });
    });
    return out;
  });
}
