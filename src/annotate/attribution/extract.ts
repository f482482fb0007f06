/**
 * Attribution candidates for a document (parser/refiner split, as in chrono and time/): the text is cut
 * into clause units; in each, the parsers (parsers/) propose one candidate per cue and the unit refiners
 * cut contents at sibling clauses and run open quotes on; then the document refiners order the
 * candidates and append quote-only sentences that continue a direct quote. Everything works on token
 * indices; offsets are made when candidates become records (resolve.ts).
 */
import type { AttributionCandidate, ClauseUnit } from './candidate.js';
import { proposeAt, speakerTurn } from './parsers/index.js';
import { DOCUMENT_REFINERS, UNIT_REFINERS } from './refiners.js';
import { datelineEnd, gazetteerPlace, isFurniture, type PlaceTest } from './noise.js';
import type { TokenView } from '../text/token-view.js';

/** Each sentence, split further at line breaks inside it (headers, lists, headlines end there). */
export function clauseUnits(v: TokenView): ClauseUnit[] {
  const units: ClauseUnit[] = [];
  for (const sent of v.sentences) {
    const last = Math.min(sent.tokenEnd, v.n) - 1;
    for (let first = sent.tokenStart; first <= last; ) {
      let end = first;
      while (end < last && !v.lineBreakBefore[end + 1]) end++;
      units.push({ first, last: end });
      first = end + 1;
    }
  }
  return units;
}

/** The parsers' candidates in one unit, in the order they were proposed. */
export function parseUnit(v: TokenView, unit: ClauseUnit): AttributionCandidate[] {
  const found: AttributionCandidate[] = [];
  // A transcript turn opens inside its quote ("\"WALLACE: Let's start …"), where the loop below does not look.
  const turn = speakerTurn(v, unit.first, unit.last);
  if (turn) found.push(turn);
  for (let i = turn ? turn.cue.e + 1 : unit.first; i <= unit.last; i++) {
    if (v.quote[i] !== -1) continue;
    const c = proposeAt(v, i, unit, found);
    if (c) {
      found.push(c);
      i = Math.max(i, c.cue.e);
    }
  }
  return found;
}

/**
 * `isPlace` tells a dateline's place ("Ankara:") from a headline's speaker ("Mayor:"); furniture lines
 * are skipped and datelines cut off the unit they open (noise.ts).
 */
export function extract(v: TokenView, isPlace: PlaceTest = gazetteerPlace(v.text)): AttributionCandidate[] {
  let all: AttributionCandidate[] = [];
  for (const whole of clauseUnits(v)) {
    if (isFurniture(v, whole)) continue;
    const body = datelineEnd(v, whole, isPlace);
    const unit = body > 0 ? { first: body, last: whole.last } : whole;
    let cands = parseUnit(v, unit);
    for (const refine of UNIT_REFINERS) cands = refine(v, cands);
    for (const c of cands) all.push(c);
  }
  for (const refine of DOCUMENT_REFINERS) all = refine(v, all);
  return all;
}
