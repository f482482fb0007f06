/**
 * Estimates and valuations: "officials valued the deal at $2bn", "the agency put the death toll at 40",
 * "13 agreements that officials valued at about $1.5bn", "the deal, valued at $2bn by analysts". Whoever
 * sets the figure is the source and the verb the cue; the thing measured, its figure and the rest of the clause
 * are the content. (PolNeAR puts "the figure at" in the cue, but a cue is a speech act to the events layer:
 * "agreements" inside "put the number of agreements at" would take the speaker as its source.) ("estimated/reckons X at N" are reporting verbs already: reporting-verb.ts reads them.)
 */
import type { AttributionCandidate, TokRange } from '../candidate.js';
import { DETERMINERS } from '../lexicon.js';
import { CLAUSE_PUNCT, END_PUNCT, PASSIVE_AUX, trimRange } from '../tokens.js';
import type { TokenView } from '../../text/token-view.js';
import { sourceBefore } from './verb-sources.js';
import type { CueParser } from './index.js';
import { STARTS_UPPER } from '../../../util/letter-tests.js';

/** Verbs that state an amount only with "at" and a figure: "valued at $2bn", "pegged the rate at 7%". */
const AMOUNT_VERBS = new Set('value values valued valuing peg pegs pegged pegging'.split(' '));
/** Verbs that state an amount only when what they set is a measure: "put the toll at 40", not "put the book on". */
const MEASURE_VERBS = new Set('put puts putting place places placed placing'.split(' '));
/** Heads of a measure that "put/place X at N" sets. */
const MEASURE_NOUNS = new Set(
  `number numbers toll figure figures count tally total totals cost costs value worth size price prices bill damage
   damages loss losses crowd turnout casualties dead death deaths rate rates share chance chances odds probability
   likelihood growth inflation deficit debt budget amount sum estimate income revenue revenues sales output population`.split(/\s+/),
);
/** Words between "at" and the figure: "at about $1.5bn", "at more than 3,000", "at an estimated 40". */
const HEDGES = new Set('about around roughly some nearly almost approximately over under more less than up to least just only an estimated a'.split(' '));
const NUMBER_WORDS = new Set('one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions trillion dozen dozens half'.split(' '));
/** After a figure, these make it a clock time or a street number, not an amount ("at 3 p.m.", "at 10 Downing Street"). */
const NOT_AMOUNT_AFTER = /^(?:p\.?m\.?|a\.?m\.?|o'clock|gmt|utc|:)$/;
/** An object never opens with these: "the tax value of deductions … at 28 percent" is the noun "value". */
const NOUN_READING_NEXT = new Set('of for in on to with from and or as'.split(' '));
/** The furthest "at" may sit after the verb ("put the number of agreements signed during the visit at 14"). */
const MAX_MEASURED = 10;
/** The longest agent read after "by". */
const MAX_AGENT = 8;

/** The last token of the figure the "at" at k introduces, or -1 when no figure follows it. */
function figureAfter(v: TokenView, k: number, se: number): number {
  let j = k + 1;
  while (j <= se && HEDGES.has(v.low[j]!)) j++;
  if (j > se) return -1;
  const w = v.low[j]!;
  const isFigure = /^[$€£¥]/.test(w) || /^\d/.test(w) || NUMBER_WORDS.has(w);
  if (!isFigure) return -1;
  const next = j + 1 <= se ? v.text.slice(v.start[j + 1]!, v.end[j + 1]!) : '';
  if (NOT_AMOUNT_AFTER.test(next.toLowerCase()) || (/^\d/.test(w) && STARTS_UPPER.test(next))) return -1;
  // the figure runs on through its number words, unit and currency ("$ 1.5 billion", "40 percent")
  while (j + 1 <= se && !CLAUSE_PUNCT.has(v.low[j + 1]!) && !END_PUNCT.has(v.low[j + 1]!) && v.low[j + 1] !== 'by' && v.quote[j + 1] === -1) j++;
  return j;
}

/** The "at" after the cue at i, before any clause boundary, or -1. */
function atAfter(v: TokenView, i: number, se: number): number {
  for (let k = i + 1; k <= se && k - i <= MAX_MEASURED + 1; k++) {
    const w = v.low[k]!;
    if (w === 'at') return k;
    if (CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || v.quote[k] !== -1 || w === 'that') return -1;
  }
  return -1;
}

/** "valued at $2bn by analysts": the agent after the figure, up to the clause's end. */
function agentAfter(v: TokenView, fig: number, se: number): TokRange | null {
  if (v.low[fig + 1] !== 'by') return null;
  let e = fig + 2;
  while (e + 1 <= se && e + 1 - fig <= MAX_AGENT && !CLAUSE_PUNCT.has(v.low[e + 1]!) && !END_PUNCT.has(v.low[e + 1]!)) e++;
  return e <= se ? { s: fig + 2, e } : null;
}

function valuation(v: TokenView, i: number, ss: number, se: number, earlier: readonly AttributionCandidate[]): AttributionCandidate | null {
  const at = atAfter(v, i, se);
  if (at === -1) return null;
  const fig = figureAfter(v, at, se);
  if (fig === -1) return null;
  const measured: TokRange | null = at > i + 1 ? { s: i + 1, e: at - 1 } : null;
  if (DETERMINERS.has(v.low[i - 1] ?? '') || (measured && NOUN_READING_NEXT.has(v.low[measured.s]!))) return null;
  if (MEASURE_VERBS.has(v.low[i]!)) {
    let isMeasure = false;
    for (let k = measured?.s ?? 0; measured && k <= measured.e; k++) isMeasure ||= MEASURE_NOUNS.has(v.low[k]!);
    if (!isMeasure) return null;
  }
  const base = { antecedent: null, stance: 'neutral' as const, rule: 'valuation', participle: false };
  const prev = v.low[i - 1] ?? '';
  // Passive or reduced ("was valued at $2bn by analysts", "the deal, valued at …"): only an agent makes it a claim.
  if (!measured && (PASSIVE_AUX.has(prev) || prev === ',' || i === ss)) {
    const agent = agentAfter(v, fig, se);
    const cueStart = PASSIVE_AUX.has(prev) ? i - 1 : i;
    return agent ? { ...base, cue: { s: cueStart, e: i }, source: agent, content: [{ s: at, e: fig }] } : null;
  }
  const speaker = sourceBefore(v, i, ss, earlier, false);
  // In a relative clause ("13 agreements that officials valued at …") the speaker stands between pronoun and verb.
  if (!speaker.source) return null;
  const content = trimRange(v, { s: measured?.s ?? at, e: se });
  return content ? { ...base, cue: { s: i, e: i }, source: speaker.source, antecedent: speaker.antecedent, content: [content] } : null;
}

export const valuationCue: CueParser = {
  name: 'valuation',
  opens: [...AMOUNT_VERBS, ...MEASURE_VERBS],
  // Only the figure makes these verbs claims: any other use ("put it on hold", "the values") stays with the other parsers.
  claims: (v, i, u) => (AMOUNT_VERBS.has(v.low[i]!) || MEASURE_VERBS.has(v.low[i]!)) && valuation(v, i, u.first, u.last, []) !== null,
  propose: (v, i, u, earlier) => valuation(v, i, u.first, u.last, earlier),
};
