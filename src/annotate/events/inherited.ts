/**
 * Inherited triggers: a noun that names a happening only by reference ("the deal", "the purchase", "the
 * campaign") is an event where the report has already named one it can refer back to ("agreed a price
 * floor … the deal", "acquisition … the purchase", "a vaccination campaign … the campaign"). It takes that
 * event's lemma and type, so coreference and linking treat it as another mention of the same kind. Without
 * an earlier event of a kind it can name, the noun is no event ("a good deal of rain", "an election campaign").
 */
import type { SentenceView } from '../text/token-view.js';
import type { TriggerHit } from './triggers.js';
import type { TriggerEntry } from './lexicon.js';
import type { EventRefiner } from './candidate.js';

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

/** An entry a decision can be: a rate decision, an approval or its refusal, a court's ruling, a ban, a sanction. */
function decisionLike(e: TriggerEntry): boolean {
  if (e.family === 'rate' || e.family === 'approval') return true;
  if (e.type === 'LEGAL') return e.subtype === 'ruling' || e.subtype === 'verdict' || e.subtype === 'decide-claim';
  return (e.type === 'COERCE' && e.subtype === 'ban') || e.type === 'SANCTION';
}

/** An entry an authority's move or step can be: what it decides and does at once (a court's ruling or verdict is no "move"). */
function actionLike(e: TriggerEntry): boolean {
  return decisionLike(e) && e.type !== 'LEGAL';
}

/**
 * General nouns that refer back to the report's own event whatever word named it ("the central bank cut its rate … The
 * decision was unanimous"; "the ministry banned … The move drew criticism"), verb or noun, and the kinds each can name.
 * Any report names its event once with its own word and then by such a noun: the noun adds no kind of its own.
 */
const GENERAL_REFERRERS: ReadonlyMap<string, (e: TriggerEntry) => boolean> = new Map([
  ['decision', decisionLike],
  ['move', actionLike],
  ['step', actionLike],
  ['measure', actionLike],
]);

/**
 * Words right before a general noun that make it refer back: a definite or demonstrative determiner or a possessive
 * ("the decision", "this move", "its decision", "Tuesday's decision"). "A decision on rates is expected", "a first
 * step", "the next move" name another one, or none yet.
 */
const REFERRING: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'their', "'s", "'"]);
/** Words right after a general noun that make it name its own content ("the decision to raise", "the move towards"). */
const OWN_CONTENT: ReadonlySet<string> = new Set(['to', 'towards', 'toward', 'whether', 'about', 'makers', 'maker', 'by']);

/**
 * Per sentence (in text order, `lexical[k]` the hits found in `views[k]`), the referring nouns that name an
 * earlier event of the report, each as a hit with the nearest such event's entry.
 */
export function inheritedTriggers(views: readonly SentenceView[], lexical: readonly (readonly TriggerHit[])[]): TriggerHit[][] {
  // the latest noun hit of each lemma seen so far, in text order
  const latest = new Map<string, TriggerHit>();
  // every hit so far, noun or verb, in text order (general nouns take the nearest one of a kind they can name)
  const seen: TriggerHit[] = [];
  const sentenceOf = new Map<TriggerHit, number>();
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
        seen.push(own);
        sentenceOf.set(own, k);
        return;
      }
      const general = GENERAL_REFERRERS.get(w.lower);
      if (general) {
        const prev = view.words[i - 1]?.lower ?? '';
        const next = view.words[i + 1]?.lower ?? '';
        if (!REFERRING.has(prev) || OWN_CONTENT.has(next)) return;
        // the first such event of the latest sentence that names one: a sentence's own event comes before the
        // nouns it governs ("upheld the ban … The decision" is the ruling; "kept its rate …, but said it could begin
        // lowering … The decision" the hold)
        const last = seen.findLast((h) => general(h.entry));
        if (!last) return;
        const source = seen.find((h) => sentenceOf.get(h) === sentenceOf.get(last) && general(h.entry))!;
        out.push({ wi: i, entry: { ...source.entry, noun: true }, rule: `${INHERITED_RULE}:${w.lower}:${source.entry.lemma}`, source });
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

/**
 * A general noun that refers back ("the decision", "the move") is a mention of its antecedent only: it says nothing of
 * the event's status, time, phase or participants of its own ("welcomed the decision", "the decision is expected to be
 * challenged", "the council's decision"), so what its sentence says cannot move the event's status or make a finding.
 * Its status, cues, phase, time and arguments are dropped before coreference; it joins its antecedent's cluster by
 * `refersTo` alone.
 */
export const mentionOnlyReferrers: EventRefiner = (_ctx, items) =>
  items.map((x) => {
    if (!x.candidate.hit.source) return x;
    const { status: _s, statusCue: _sc, modalityCue: _mc, phase: _p, phaseCue: _pc, time: _t, source: _src, target: _tg, place: _pl, ...rest } = x.event;
    return { candidate: x.candidate, event: { ...rest, modality: 'asserted' as const } };
  });
