/** "In a CBS News poll, …" and "… leads in the latest CNN poll": "in" with a poll noun is the cue, the poll the source. */
import type { AttributionCandidate } from '../candidate.js';
import type { Stance } from '../../../doc/schemas/attribution.js';
import { CLAUSE_PUNCT, END_PUNCT, LEADING_JUNK, trimRange } from '../tokens.js';
import type { TokenView } from '../../text/token-view.js';
import type { CueParser } from './index.js';

/** Heads after "in" that make it a cue: PolNeAR marks "in" with the poll (or "X's words") as source. */
const POLL_NOUNS = new Set('poll polls survey surveys words'.split(' '));
const POLL_PHRASE_STOP = new Set('that where who which were was is are when while before after'.split(' '));
/** "slid in the polls", "far behind him in the polls": standing, not a claim the poll makes. */
const POLL_MOVES = new Set('slid slipped dropped drop fell rose rise surged surge climbed gains gained behind ahead mired'.split(' '));
/** Longest "in" phrase we scan for a poll noun. */
const MAX_POLL_PHRASE = 14;

function pollCue(v: TokenView, i: number, ss: number, se: number): AttributionCandidate | null {
  let head = -1;
  let k = i + 1;
  for (; k <= se && k - i <= MAX_POLL_PHRASE; k++) {
    const w = v.low[k]!;
    if (v.quote[k] !== -1 || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || POLL_PHRASE_STOP.has(w)) break;
    if (POLL_NOUNS.has(w)) head = k;
  }
  // "In other words" is a connective; "exit polls were conducted" a clause, not a source.
  if (head === -1 || (v.low[i + 1] === 'other' && v.low[i + 2] === 'words')) return null;
  if (noPollClaim(v, i, head)) return null;
  let first = ss;
  while (first < i && LEADING_JUNK.has(v.low[first]!)) first++;
  const base = { cue: { s: i, e: i }, antecedent: null, stance: 'neutral' as Stance, rule: 'in-poll', participle: false };
  if (first === i && v.low[k] === ',') {
    // Fronted: "In an NBC News poll released Monday, 50 percent …": the whole phrase is the source.
    const content = trimRange(v, { s: k + 1, e: se });
    return content ? { ...base, source: { s: i + 1, e: k - 1 }, content: [content] } : null;
  }
  // Trailing: "Trump has a decisive lead in the latest CNN poll": the claim before "in" is the content.
  if (i - first < 3 || head !== k - 1 || !(END_PUNCT.has(v.low[k] ?? '.') || v.low[k] === ',' || k > se)) return null;
  if (POLL_MOVES.has(v.low[i - 1]!)) return null;
  const content = trimRange(v, { s: first, e: i - 1 });
  return content ? { ...base, source: { s: i + 1, e: head }, content: [content] } : null;
}

/**
 * "voters head to the polls in …", "Despite his low standing in the polls, …", "doing better than in other polls": a
 * phrase with "to" before the poll noun, the polls in general ("in the polls", "in polls") and a comparison ("than
 * in") name no poll that says anything.
 */
function noPollClaim(v: TokenView, i: number, head: number): boolean {
  if (v.low[i - 1] === 'than') return true;
  for (let k = i + 1; k < head; k++) if (v.low[k] === 'to') return true;
  return v.low[head] === 'polls' && (head === i + 1 || (head === i + 2 && v.low[i + 1] === 'the'));
}

export const inPoll: CueParser = {
  name: 'in-poll',
  opens: ['in'],
  claims: (v, i) => v.low[i] === 'in',
  propose: (v, i, u) => pollCue(v, i, u.first, u.last),
};
