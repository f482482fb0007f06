/**
 * Speaker labels: a headline colon ("Graham: Trump's rhetoric destroying GOP's chance"), a transcript turn
 * ('"PENCE: Well, look, …') and a quote credited by a dash after it ('“…” ― Sonya Herridge').
 */
import type { AttributionCandidate, TokRange } from '../candidate.js';
import { SOURCE_STOP } from '../lexicon.js';
import { CLAUSE_PUNCT, END_PUNCT, isCapitalized, isStrongVerb, trimRange } from '../tokens.js';
import { type TokenView } from '../../text/token-view.js';
import { isQuoteMark } from '../../text/quotes.js';
import type { CueParser } from './index.js';
import { STARTS_LETTER } from '../../../util/letter-tests.js';

/** Rubrics that precede a colon without being a speaker: "The Latest:", "Editor's Note:", "Update:". */
const COLON_LABELS = new Set(
  'latest note update question answer editor exclusive watch video photos photo breaking live analysis opinion review transcript warning correction related read more day week date time source sources credit'.split(' '),
);

/** Longest name before a colon cue. */
const MAX_COLON_SOURCE = 6;

/** Tokens ss..i-1 name a speaker: every word capitalized ("Graham", "NY Post"), not a rubric ("The Latest"). */
function speakerName(v: TokenView, ss: number, i: number, quoted: boolean): boolean {
  const len = i - ss;
  if (len < 1 || len > MAX_COLON_SOURCE || !isCapitalized(v, ss)) return false;
  for (let k = ss; k < i; k++) {
    const w = v.low[k]!;
    if (STARTS_LETTER.test(w) && !isCapitalized(v, k) && w !== "'s") return false;
    if (COLON_LABELS.has(w)) return false;
    if (SOURCE_STOP.has(w) || CLAUSE_PUNCT.has(w) || END_PUNCT.has(w) || (!quoted && v.quote[k] !== -1) || isStrongVerb(w)) return false;
  }
  return true;
}

function colonCue(v: TokenView, i: number, ss: number, se: number): AttributionCandidate | null {
  if (!speakerName(v, ss, i, false)) return null;
  let content: TokRange | null;
  const q = v.quote[i + 1];
  if (q !== undefined && q !== -1 && v.regions[q]!.open === i + 1) content = { s: i + 1, e: v.regions[q]!.close };
  else content = trimRange(v, { s: i + 1, e: se });
  if (!content || content.e - content.s < 2) return null;
  return { cue: { s: i, e: i }, source: { s: ss, e: i - 1 }, antecedent: null, content: [content], stance: 'neutral', rule: 'colon', participle: false };
}

/** Dashes that set a credited line apart from the rubric before it ("TOO EARLY - Mark Blumenthal: “…”"). */
const RUBRIC_DASHES = new Set(['-', '\u2013', '\u2014', '--']);

/** Single quote marks, which the text layer does not pair (an apostrophe looks the same). */
const SINGLE_OPEN = new Set(["'", '\u2018']);
const SINGLE_CLOSE = new Set(["'", '\u2019']);

/** The quote that opens right after the colon at i, to its closing mark within the unit (single marks paired here). */
function quoteAfterColon(v: TokenView, i: number, last: number): TokRange | null {
  const q = v.quote[i + 1];
  if (q !== undefined && q !== -1 && v.regions[q]!.open === i + 1 && isQuoteMark(v.low[i + 1]!)) return { s: i + 1, e: v.regions[q]!.close };
  if (!SINGLE_OPEN.has(v.low[i + 1] ?? '')) return null;
  for (let k = last; k > i + 2; k--) if (SINGLE_CLOSE.has(v.low[k]!)) return { s: i + 1, e: k };
  return null;
}

/**
 * A name set off by a dash (or after "from") right before a colon and a quote, mid-line: "POLLS NOT WRONG, JUST TOO
 * EARLY - Mark Blumenthal and Jon Cohen: “Although the polls …”", "A lesson from Loretta Lynch: 'Be the voice …'". The
 * name is capitalised words, "and" between them. The start of the name, or -1.
 */
function creditedNameStart(v: TokenView, i: number, first: number): number {
  let s = i;
  while (s - 1 >= first && i - (s - 1) <= MAX_COLON_SOURCE && v.quote[s - 1] === -1 && (isCapitalized(v, s - 1) || (v.low[s - 1] === 'and' && s < i))) s--;
  if (s === i || v.low[s] === 'and' || s - 1 < first) return -1;
  const before = v.low[s - 1]!;
  if (!RUBRIC_DASHES.has(before) && before !== 'from') return -1;
  for (let k = s; k < i; k++) if (COLON_LABELS.has(v.low[k]!) || isStrongVerb(v.low[k]!)) return -1;
  return s;
}

export const headlineColon: CueParser = {
  name: 'colon',
  opens: [':'],
  claims: (v, i) => v.low[i] === ':',
  propose: (v, i, u) => {
    const c = colonCue(v, i, u.first, u.last);
    if (c) return c;
    const quote = quoteAfterColon(v, i, u.last);
    const s = quote ? creditedNameStart(v, i, u.first) : -1;
    if (!quote || s < 0) return null;
    return { cue: { s: i, e: i }, source: { s, e: i - 1 }, antecedent: null, content: [quote], stance: 'neutral', rule: 'colon-quote', participle: false };
  },
};

/**
 * A transcript turn: a line that opens a quote with a speaker label, '"PENCE: Well, look, …'. The
 * speaker is the label and the turn is the content, up to the quote's end or the line's.
 */
export function speakerTurn(v: TokenView, ss: number, se: number): AttributionCandidate | null {
  const q = v.quote[ss];
  if (q === undefined || q === -1 || v.regions[q]!.open !== ss || !isQuoteMark(v.low[ss]!)) return null;
  let colon = -1;
  for (let k = ss + 2; k <= Math.min(se, ss + 1 + MAX_COLON_SOURCE); k++) {
    if (v.low[k] === ':') {
      colon = k;
      break;
    }
  }
  if (colon < 0 || !speakerName(v, ss + 1, colon, true)) return null;
  // The turn runs to its paragraph's end, over sentence ends and quotes inside it: a speaker's turn is one reply,
  // however many sentences (a quote mark inside the turn, '“Shark Tank.”', may have closed the turn's own quote).
  let end = Math.max(v.regions[q]!.close, se);
  while (end + 1 < v.n && v.paragraphOf(end + 1) === v.paragraphOf(ss) && !v.lineBreakBefore[end + 1]) end++;
  const content = trimRange(v, { s: colon + 1, e: end });
  if (!content || content.e - content.s < 2) return null;
  return { cue: { s: colon, e: colon }, source: { s: ss + 1, e: colon - 1 }, antecedent: null, content: [content], stance: 'neutral', rule: 'speaker-turn', participle: false };
}

/** Dashes that credit a quote to a name after it. */
const DASHES = new Set(['\u2015', '\u2014', '\u2013', '--']);
/** Longest name after a crediting dash ("― Sonya Herridge"). */
const MAX_DASH_SOURCE = 5;

/**
 * A quote credited by a dash after it: '“He represents our greatest shame.” ― Sonya Herridge'. The
 * dash must follow the closing quote mark, and a capitalised name of a few words must end the line
 * (a final period or comma aside).
 */
function dashAfterQuote(v: TokenView, i: number, se: number): AttributionCandidate | null {
  const q = v.quote[i - 1];
  if (q === undefined || q === -1 || v.regions[q]!.close !== i - 1 || !v.regions[q]!.closeMark) return null;
  let end = se;
  while (end > i && (v.low[end] === '.' || v.low[end] === ',')) end--;
  if (end <= i || end - i > MAX_DASH_SOURCE) return null;
  for (let k = i + 1; k <= end; k++) {
    const w = v.low[k]!;
    if (!STARTS_LETTER.test(w) || !isCapitalized(v, k) || SOURCE_STOP.has(w) || COLON_LABELS.has(w)) return null;
  }
  const region = v.regions[q]!;
  // A line that opens with a quote mark and ends in the credit is one quote, even when a mark inside it (or a
  // wrong-way opener, '”Fear. …”') paired otherwise.
  let lineStart = i - 1;
  while (lineStart > 0 && !v.lineBreakBefore[lineStart] && v.paragraphOf(lineStart - 1) === v.paragraphOf(i)) lineStart--;
  const content = { s: isQuoteMark(v.low[lineStart]!) && lineStart < region.open ? lineStart : region.open, e: region.close };
  if (content.e - content.s < 3) return null;
  return { cue: { s: i, e: i }, source: { s: i + 1, e: end }, antecedent: null, content: [content], stance: 'neutral', rule: 'dash-after-quote', participle: false };
}

export const dashCredit: CueParser = {
  name: 'dash-after-quote',
  opens: DASHES,
  claims: (v, i) => DASHES.has(v.low[i]!),
  propose: (v, i, u) => dashAfterQuote(v, i, u.last),
};
