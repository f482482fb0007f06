/**
 * The attribution parsers: each rule family proposes at most one candidate per cue, tagged with its rule.
 * A token belongs to the first parser in CUE_PARSERS that claims it, and that parser alone decides whether
 * the token is a cue: a form that is both a reporting verb and a cue noun ("claims", "support") is the
 * verb parser's, unless a determiner makes it a noun ("his claim that", "her support for"), when it yields.
 */
import type { AttributionCandidate, ClauseUnit } from '../candidate.js';
import type { TokenView } from '../../text/token-view.js';
import { hearsay } from './hearsay.js';
import { nounIntention, nounPrep, nounThat } from './noun.js';
import { inPoll } from './poll.js';
import { learnedCue } from './learned-verb.js';
import { accordingTo, asPer, asReportedBy } from './prepositional.js';
import { receptionCue } from './reception.js';
import { reportingVerb } from './reporting-verb.js';
import { dashCredit, headlineColon } from './speaker-labels.js';
import { valuationCue } from './valuation.js';

export { speakerTurn } from './speaker-labels.js';

export interface CueParser {
  readonly name: string;
  /** Every word (lower-cased) a cue of this kind opens with: the parser is asked about no other token. */
  readonly opens: Iterable<string>;
  /** Whether the token at i opens this parser's kind of cue. */
  claims(v: TokenView, i: number, unit: ClauseUnit): boolean;
  /** The candidate for the cue at i, or null; `earlier` holds the unit's candidates so far. */
  propose(v: TokenView, i: number, unit: ClauseUnit, earlier: readonly AttributionCandidate[]): AttributionCandidate | null;
  /** The token it claims is read as another kind here: the next parser that claims it decides ("his claim that"). */
  yields?(v: TokenView, i: number, unit: ClauseUnit): boolean;
}

/** The parsers, in the order they claim tokens. */
export const CUE_PARSERS: readonly CueParser[] = [
  accordingTo,
  asReportedBy,
  asPer,
  headlineColon,
  dashCredit,
  inPoll,
  hearsay,
  valuationCue,
  receptionCue,
  reportingVerb,
  nounThat,
  nounPrep,
  nounIntention,
  learnedCue,
];

/** For each opening word, the parsers that may claim it, in CUE_PARSERS order: most tokens open no cue at all. */
const PARSERS_BY_WORD: ReadonlyMap<string, readonly CueParser[]> = (() => {
  const m = new Map<string, CueParser[]>();
  for (const p of CUE_PARSERS) {
    for (const w of new Set(p.opens)) {
      const list = m.get(w);
      if (list) list.push(p);
      else m.set(w, [p]);
    }
  }
  return m;
})();

/** The candidate the token at i opens, from the first parser that claims it. */
export function proposeAt(v: TokenView, i: number, unit: ClauseUnit, earlier: readonly AttributionCandidate[]): AttributionCandidate | null {
  // most words have no parser: no empty list or iterator for them
  const parsers = PARSERS_BY_WORD.get(v.low[i]!);
  if (parsers === undefined) return null;
  for (let k = 0; k < parsers.length; k++) {
    const p = parsers[k]!;
    if (p.claims(v, i, unit) && !p.yields?.(v, i, unit)) return p.propose(v, i, unit, earlier);
  }
  return null;
}
