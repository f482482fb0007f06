/**
 * Inherited triggers: a noun that names a happening only by reference ("the deal", "the purchase", "the
 * campaign") is an event where the report has already named one it can refer back to ("agreed a price
 * floor … the deal", "acquisition … the purchase", "a vaccination campaign … the campaign"). It takes that
 * event's lemma and type, so coreference and linking treat it as another mention of the same kind. Without
 * an earlier event of a kind it can name, the noun is no event ("a good deal of rain", "an election campaign").
 */
import type { Context } from './domains.js';
import type { SentenceView } from '../text/token-view.js';
import { contextHolds, type TriggerHit } from './triggers.js';

/** How a referring noun (or verb) names an earlier event of the report. */
interface Referral {
  /** Lemmas of the events it can name; "lemma/subtype" names one sense only ("cut/rate-cut", not a layoff). */
  readonly names: ReadonlySet<string>;
  /**
   * An earlier sentence's verb is enough ("freed the traders. … the release"); otherwise only a noun, the same
   * sentence's included, is. A sentence alone never names its own event so.
   */
  readonly verbs?: boolean;
  /** The words around it that make it a reference (a determiner before: "the order", not "in order to"). */
  readonly when?: Context;
}

const set = (s: string): ReadonlySet<string> => new Set(s.split(' '));
const DETERMINERS = set("the this that its their 's '");
/** Words after a bare noun that start its clause or end its phrase: "the order covers", "a cut in August". */
const CLAUSE_NEXT = set('was is were are had has have will would could might may came comes covers covered took in since this at , . ;');
/** After a rate cut named again, only a clause told as fact or a date: a hedged "a cut could come" is left to the status of its first naming. */
const CUT_NEXT = set('was is were had has came took in since this at , . ;');
const MONTHS = set('january february march april may june july august september october november december');

/**
 * Referring nouns and the lemmas (lexicon or domain table) of the events each can name. "The deal" names an
 * agreement only: after an acquisition it is as often the price or the financing, and reading it as the
 * acquisition cost the ECB+ story clustering its floor. People let go, an evacuation ordered and a policy
 * rate cut are often named by a verb first ("freed the 14 traders", "ordered residents to evacuate", "will cut
 * its policy rate"), so a verb is enough for them; "lifted" names a tariff only beside the tariffs' own word.
 */
const REFERS_TO: ReadonlyMap<string, Referral> = new Map<string, Referral>([
  ['deal', { names: set('agree sign treaty') }],
  ['purchase', { names: set('acquire deal') }],
  ['sale', { names: set('acquire deal') }],
  ['campaign', { names: set('vaccinate') }],
  // "the release was a welcome gesture", "the traders' release", "reported the release" (not "in a press release")
  ['release', { names: set('release'), verbs: true, when: { prev: DETERMINERS, nextNot: set('of') } }],
  // "The order covers three villages", "The order was the first since 2005" (not "in order to", "the order of events")
  ['order', { names: set('evacuate'), verbs: true, when: { prev: set('the this that its'), next: CLAUSE_NEXT } }],
  // "A cut in August could be appropriate", "the first cut since October", "a reduction could come"
  ['cut', { names: set('cut/rate-cut'), verbs: true, when: { prev: new Set([...set('a an the first'), ...MONTHS]), next: CUT_NEXT } }],
  ['reduction', { names: set('cut/rate-cut'), verbs: true, when: { prev: set('a an the first'), next: CUT_NEXT } }],
  // "Those tariffs were lifted in 2020", "lifted the 20% tariffs": the tariffs' end, beside their word
  ['lifted', { names: set('tariff'), verbs: true, when: { near: { words: set('tariff tariffs duties'), before: 3, after: 4 } } }],
]);

export const INHERITED_RULE = 'trigger:inherited';

const names = (r: Referral, h: TriggerHit): boolean => r.names.has(h.entry.lemma) || r.names.has(`${h.entry.lemma}/${h.entry.subtype}`);

/**
 * Per sentence (in text order, `lexical[k]` the hits found in `views[k]`), the referring nouns that name an
 * event of an earlier sentence of the report, each as a hit with the nearest such event's entry.
 */
export function inheritedTriggers(views: readonly SentenceView[], lexical: readonly (readonly TriggerHit[])[]): TriggerHit[][] {
  // the latest noun hit of each lemma (and sense) so far, and the latest hit of any kind before this sentence
  const latestNoun = new Map<string, TriggerHit>();
  const latestBefore = new Map<string, TriggerHit>();
  return views.map((view, k) => {
    const hits = lexical[k] ?? [];
    const taken = new Set(hits.map((h) => h.wi));
    const byWord = new Map(hits.map((h) => [h.wi, h]));
    const out: TriggerHit[] = [];
    view.words.forEach((w, i) => {
      const own = byWord.get(i);
      if (own) {
        const key = `${own.entry.lemma}/${own.entry.subtype}`;
        if (own.entry.noun) latestNoun.set(key, own);
        return;
      }
      const r = REFERS_TO.get(w.lower);
      if (!r || taken.has(i) || (r.when && !contextHolds(view, i, r.when))) return;
      // the latest event it can name: "the deal" names "the acquisition" or "the agreement", not the light
      // verb of "agreed to buy"
      let source: TriggerHit | undefined;
      for (const h of (r.verbs ? latestBefore : latestNoun).values()) if (names(r, h)) source = h;
      if (!source) return;
      out.push({ wi: i, entry: { ...source.entry, noun: true }, rule: `${INHERITED_RULE}:${source.entry.lemma}` });
    });
    for (const h of hits) latestBefore.set(`${h.entry.lemma}/${h.entry.subtype}`, h);
    return out;
  });
}
