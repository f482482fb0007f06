/** "Bloomberg is reportedly considering a run": a hearsay adverb is a cue with no named source. */
import type { AttributionCandidate } from '../candidate.js';
import { CUE_MODIFIERS, CUE_VERBS } from '../lexicon.js';
import { CLAUSE_PUNCT, PASSIVE_AUX, trimRange } from '../tokens.js';
import type { TokenView } from '../../text/token-view.js';
import type { CueParser } from './index.js';

/** Adverbs that mark a claim as hearsay without naming its source; PolNeAR marks them alone as the cue. */
// "allegedly" is marked in under a fifth of its uses on train, "supposedly" in 1 of 7.
const HEARSAY_ADVERBS = new Set(['reportedly', 'purportedly']);

function hearsayCue(v: TokenView, i: number, ss: number, se: number): AttributionCandidate | null {
  // "reportedly said": the adverb joins the verb's own cue.
  let k = i + 1;
  while (k <= se && (CUE_MODIFIERS.has(v.low[k]!) || PASSIVE_AUX.has(v.low[k]!))) k++;
  if (CUE_VERBS.has(v.low[k] ?? '')) return null;
  let first = i - 1;
  while (first >= ss && !CLAUSE_PUNCT.has(v.low[first]!) && v.quote[first] === -1) first--;
  const before = trimRange(v, { s: first + 1, e: i - 1 });
  const after = trimRange(v, { s: i + 1, e: se });
  if (!after) return null;
  const content = before ? [before, after] : [after];
  return { cue: { s: i, e: i }, source: null, antecedent: null, content, stance: 'hedged', rule: 'hearsay', participle: false };
}

export const hearsay: CueParser = {
  name: 'hearsay',
  opens: HEARSAY_ADVERBS,
  claims: (v, i) => HEARSAY_ADVERBS.has(v.low[i]!),
  propose: (v, i, u) => hearsayCue(v, i, u.first, u.last),
};
