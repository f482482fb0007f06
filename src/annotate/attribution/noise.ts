/**
 * Page text that is never a source nor part of what was said:
 *  - datelines opening a paragraph: "ASTANA, March 3 (Meridian) --", "OSLO (Nordwire) -", "Ankara:";
 *  - page furniture lines: "Written: …", "Posted 12:30 GMT", "Photo: …", "Reporting by …".
 * A dateline is a run of capitalised words (all capitals, or a known place before a colon), then an
 * optional date and an optional agency in brackets, then a dash or colon.
 */
import { capitalCountry, countryFor } from '../entities/gazetteer.js';
import type { ClauseUnit } from './candidate.js';
import type { TokenView } from '../text/token-view.js';
import { STARTS_UPPER } from '../../util/letter-tests.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const UPPER_WORD = /^\p{Lu}[\p{Lu}.'’-]+$/u;

const DASHES = new Set(['--', '—', '–', '-', '―']);
const MONTHS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep
   sept oct nov dec`.split(/\s+/).flatMap((m) => [m, `${m}.`]),
);
/** The longest place name read in a dateline ("NEW YORK", "RIO DE JANEIRO"). */
const MAX_PLACE = 4;
/** Longest bracketed agency credit: "(Meridian)", "(AP Photo/ Nordwire)". */
const MAX_CREDIT = 6;

/** Labels of page furniture, when a colon, a time or date, or "by" follows them. */
const FURNITURE = new Set(
  `written posted photo photos photograph picture image images video updated published filed edited credit
   caption graphic copyright reporting editing writing produced source`.split(/\s+/),
);

/** Whether the token is a word in capitals only ("ASTANA", "U.S."), at least two letters long. */
function allCaps(v: TokenView, k: number): boolean {
  const w = v.text.slice(v.start[k]!, v.end[k]!);
  return UPPER_WORD.test(w);
}

function capitalised(v: TokenView, k: number): boolean {
  return STARTS_UPPER.test(v.text.slice(v.start[k]!, v.end[k]!));
}

/** A place the gazetteer or the entity layer knows. */
export type PlaceTest = (start: number, end: number) => boolean;

/** The index of the first token after a dateline opening the unit, or -1 when there is none. */
export function datelineEnd(v: TokenView, unit: ClauseUnit, isPlace: PlaceTest): number {
  const first = unit.first;
  if (first > 0 && !v.lineBreakBefore[first] && v.paragraphOf(first - 1) === v.paragraphOf(first)) return -1;
  let k = first;
  const caps = allCaps(v, k);
  while (k <= unit.last && k - first < MAX_PLACE && (caps ? allCaps(v, k) : capitalised(v, k))) k++;
  if (k === first) return -1;
  const placeEnd = k - 1;
  let marked = false;
  // ", March 3" or ", March 3, 2026"
  if (v.low[k] === ',' && MONTHS.has(v.low[k + 1] ?? '') && /^\d{1,2}$/.test(v.low[k + 2] ?? '')) {
    k += 3;
    if (v.low[k] === ',' && /^\d{4}$/.test(v.low[k + 1] ?? '')) k += 2;
    marked = true;
  }
  if (v.low[k] === '(') {
    let c = k + 1;
    while (c <= unit.last && c - k <= MAX_CREDIT && v.low[c] !== ')') c++;
    if (v.low[c] !== ')') return -1;
    k = c + 1;
    marked = true;
  }
  const sep = v.low[k];
  const dash = sep !== undefined && DASHES.has(sep);
  if (dash || sep === ':') k++;
  else if (!marked || !caps) return -1;
  // "OSLO -" and anything dated or credited are datelines; otherwise only a known place is
  // ("Mayor: Budget cuts …" is a headline's speaker, "Anna Berg - the mayor -" a name)
  if (!marked && !(caps && dash) && !isPlace(v.start[first]!, v.end[placeEnd]!)) return -1;
  return k <= unit.last && capitalised(v, k) ? k : -1;
}

/** Whether the unit is a furniture line ("Posted 12:30 GMT", "Photo: Lena Dahl"). */
export function isFurniture(v: TokenView, unit: ClauseUnit): boolean {
  if (!FURNITURE.has(v.low[unit.first]!)) return false;
  const next = v.low[unit.first + 1] ?? '';
  return next === ':' || next === 'by' || next === 'on' || next === 'at' || /^\d/.test(next) || MONTHS.has(next);
}

/** The place test from the gazetteer alone: a country or a capital. */
export function gazetteerPlace(text: string): PlaceTest {
  return (start, end) => {
    const name = text.slice(start, end);
    return !!countryFor(name) || !!capitalCountry(name);
  };
}
