/** "according to X", "as reported by X", "as per X": the source follows the cue, the content is on the other side. */
import type { AttributionCandidate, TokRange } from '../candidate.js';
import { CUE_VERBS } from '../lexicon.js';
import { CLAUSE_PUNCT, END_PUNCT, TIME_WORDS, trimRange } from '../tokens.js';
import type { TokenView } from '../../text/token-view.js';
import type { CueParser } from './index.js';

/** "according to early results of exit polls conducted by Edison Research for …": these run long. */
const MAX_PREP_SOURCE = 30;

function prepositional(v: TokenView, cs: number, ce: number, ss: number, se: number, rule: string): AttributionCandidate | null {
  const srcStart = ce + 1;
  let srcEnd = srcStart;
  while (srcEnd <= se && !CLAUSE_PUNCT.has(v.low[srcEnd]!) && !END_PUNCT.has(v.low[srcEnd]!) && v.quote[srcEnd] === -1 && v.low[srcEnd] !== 'that') {
    srcEnd++;
  }
  if (srcEnd === srcStart || srcEnd - srcStart > MAX_PREP_SOURCE) return null;
  // "as reported by KCNA on Sunday": the time phrase is not part of the source.
  let srcLast = srcEnd - 1;
  for (let k = srcStart + 1; k < srcEnd; k++) {
    if ((v.low[k] === 'on' || v.low[k] === 'last' || v.low[k] === 'this' || v.low[k] === 'earlier') && TIME_WORDS.has(v.low[k + 1]!)) {
      srcLast = k - 1;
      break;
    }
  }
  const source = { s: srcStart, e: srcLast };
  const content: TokRange[] = [];
  const before = trimRange(v, { s: ss, e: cs - 1 });
  if (before) content.push(before);
  let after: TokRange | null = null;
  if (v.low[srcEnd] === ',' || v.low[srcEnd] === 'that' || !before) after = trimRange(v, { s: srcEnd + (v.low[srcEnd] === ',' ? 1 : 0), e: se });
  if (after) content.push(after);
  if (!content.length) return null;
  return { cue: { s: cs, e: ce }, source, antecedent: null, content, stance: 'neutral', rule, participle: false };
}

export const accordingTo: CueParser = {
  name: 'according-to',
  opens: ['according'],
  claims: (v, i, u) => v.low[i] === 'according' && v.low[i + 1] === 'to' && i + 1 <= u.last,
  propose: (v, i, u) => prepositional(v, i, i + 1, u.first, u.last, 'according-to'),
};

export const asReportedBy: CueParser = {
  name: 'as-reported-by',
  opens: ['as'],
  claims: (v, i, u) => v.low[i] === 'as' && i + 2 <= u.last && v.low[i + 2] === 'by' && CUE_VERBS.has(v.low[i + 1]!),
  propose: (v, i, u) => prepositional(v, i, i + 2, u.first, u.last, 'as-reported-by'),
};

export const asPer: CueParser = {
  name: 'as-per',
  opens: ['as'],
  claims: (v, i, u) => v.low[i] === 'as' && v.low[i + 1] === 'per' && i + 1 <= u.last,
  propose: (v, i, u) => prepositional(v, i, i + 1, u.first, u.last, 'as-per'),
};
