/**
 * tagTimes: the time annotator's core, usable without a Doc (eval, CLI). Parsers propose, refiners filter
 * and merge, then one pass in document order resolves each expression against the DCT or the last date
 * mentioned, with the clause's tense deciding past/future readings.
 */
import { fmtDate, parseIsoDate, quarterOf, toEpochDay, type Ymd } from './calendar.js';
import type { Candidate } from './candidate.js';
import { parseDctClock } from './clock.js';
import { eventNounTense } from './event-noun.js';
import { generateCandidates } from './parsers.js';
import { REFINERS } from './refiners.js';
import { resolveCandidate, type RefTime } from './resolve.js';
import type { Timex } from '../../doc/schemas/time.js';
import { rangeEnd } from './range.js';
import { isStatementNoun, isStatementTime } from './statement.js';
import { tenseAt, tenseCues, type Tense } from './tense.js';
import { windowFor } from './windows.js';

/** The date of a statement: the reported speech in its sentence is relative to it. */
interface SpeechAnchor {
  /** The statement's candidate, to find its timex id once it has one. */
  readonly cand: Candidate;
  readonly date: Ymd;
}

/**
 * Statement dates per sentence index: the first date in a sentence that dates a saying ("said on
 * Saturday") and lies before the DCT. Only those re-anchor: a statement made on the day of the report
 * changes nothing.
 */
function speechAnchors(text: string, cands: readonly Candidate[], sentences: readonly SentenceSpan[], dct: Ymd | null): Map<number, SpeechAnchor> {
  const out = new Map<number, SpeechAnchor>();
  if (!dct) return out;
  let si = 0;
  for (const c of cands) {
    while (si < sentences.length - 1 && sentences[si]!.end <= c.start) si++;
    if (out.has(si) || !c.timex3 || c.type === 'DURATION' || c.type === 'SET' || c.sem.kind === 'ref' || c.sem.kind === 'literal') continue;
    const sent = sentences[si] ?? { start: 0, end: text.length };
    if (!isStatementTime(text, sent.start, c.start, c.end)) continue;
    const r = resolveCandidate(c, { dct, ref: null, tense: 'past', quarterContext: false });
    // only a day dates a statement closely enough to anchor what it reports ("it reported last year" does not)
    if (r.interval && toEpochDay(r.interval.from) === toEpochDay(r.interval.to) && toEpochDay(r.interval.from) < toEpochDay(dct)) out.set(si, { cand: c, date: r.interval.from });
  }
  return out;
}

/** A decision with its infinitive before a "from" date, in the sentence: "voted 41-22 on Monday to ban … from". */
const DECIDED_TO = /\b(?:voted|decided|agreed|approved|announced|ordered|moved|chose|resolved)\b[^.;]{0,60}?\bto\s+[a-z]+\b[^.;]{0,80}$/;

/**
 * A signal right before a date that decides its direction whatever the verbs say: "effective Feb. 1",
 * "postponed until Tuesday morning" point ahead; a deadline ("by February", "through January") is the
 * nearest such date, so the clause's tense is set aside (null: no such signal).
 */
function signalTense(text: string, sentStart: number, sentEnd: number, c: Candidate, clauseTense: Tense): Tense | null {
  const start = c.start;
  const before = text.slice(Math.max(sentStart, start - 24), start);
  // "Wednesday's ruling", "before Friday's purchases": a day named for what happened on it, unless the
  // sentence plainly looks ahead
  if (c.rule === 'weekday' && /^'s\b/.test(text.slice(c.end, c.end + 3)) &&
    !/\b(?:will|shall|next|upcoming|tomorrow)\b|'ll\b/i.test(text.slice(sentStart, sentEnd))) return 'past';
  // but "Until Thursday, they had not...", "up until Thursday" look back from the report
  // "ahead of the weekend", "in the run-up to Sunday's vote": what is awaited
  if (/\b(?:ahead\s+of|run-up\s+to)\s+$/i.test(before)) return 'future';
  if (/\beffective\s+(?:on\s+)?$/i.test(before) || (/\b(?:until|till)\s+$/i.test(before) && !/(?:^\W*|\bup\s+)(?:until|till)\s+$/i.test(text.slice(sentStart, start)))) return 'future';
  // "voted on Monday to ban the bikes from July 1", "agreed to raise prices from October": the start of what was
  // decided lies ahead of the decision (not a range, "from May 1 to May 3", nor a start told without a decision)
  if (/\bfrom\s+$/i.test(before) && DECIDED_TO.test(text.slice(sentStart, start)) && !/^\s*(?:to|until|till|through|-|–)\s/i.test(text.slice(c.end, c.end + 10))) return 'future';
  // a deadline: the nearest date ("by Jan. 14" in a past-tense report of Jan. 6), unless the clause looks ahead
  if (/\b(?:by|through)\s+$/i.test(before)) return clauseTense === 'future' ? 'future' : 'unknown';
  // "on patrol since March", "ever since Monday": a start already behind the report
  if (/\bsince\s+$/i.test(before)) return 'past';
  return null;
}

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Tags time expressions in `text`; `dct` is an ISO date (or datetime) or null when the publication date
 * is unknown. `sentences` is the text annotator's sentences layer: a match never crosses a sentence,
 * and the sentence's verbs decide the tense.
 */
export function tagTimes(text: string, dct: string | null, sentences: readonly SentenceSpan[]): Timex[] {
  const dctDate: Ymd | null = parseIsoDate(dct);
  const dctClock = parseDctClock(dct);
  let cands: Candidate[] = generateCandidates(text, sentences);
  for (const refine of REFINERS) cands = refine(text, cands);
  cands.sort((a, b) => a.start - b.start);

  const out: Timex[] = [];
  let si = 0;
  let cuesFor = -1;
  let cues: ReturnType<typeof tenseCues> = [];
  let ref: RefTime | null = null;
  // the last year mentioned, a bare one ("in 2008") included: "three years later", "that year" count from it
  let yearRef: RefTime | null = null;
  const speech = speechAnchors(text, cands, sentences, dctDate);
  // the opening (headline and lead) of a quarterly results report
  // (a named quarter: not "the French Quarter", "three-quarters of voters")
  const reportsQuarter = /\b(?:first|second|third|fourth|latest|fiscal)[\s-]+quarter\b|\bquarterly\b/i.test(text.slice(0, sentences[1]?.end ?? text.length));
  // timex ids follow candidate order, so a statement's id is known before its sentence is resolved
  const idOf = new Map<Candidate, string>(cands.map((c, i) => [c, `t${i + 1}`]));
  let n = 0;
  for (const c of cands) {
    while (si < sentences.length - 1 && sentences[si]!.end <= c.start) si++;
    const sent = sentences[si] ?? { start: 0, end: text.length };
    if (cuesFor !== si) {
      cues = tenseCues(text, sent.start, sent.end);
      cuesFor = si;
    }
    // "said on Saturday": a statement's date is in the past; what it reports may not be
    const statement = c.timex3 && c.type !== 'DURATION' && c.type !== 'SET' && isStatementTime(text, sent.start, c.start, c.end);
    // a statement through a noun may be scheduled ("has scheduled a news conference Thursday"): the
    // verb before it decides, not what the statement reports ("wrote in a post on Tuesday that he will")
    const scheduled = statement && isStatementNoun(text, sent.start, c.start) && cues.findLast((q) => q.pos < c.start)?.tense === 'future';
    const clauseTense = statement && !scheduled ? 'past' : tenseAt(cues, c.start, c.end, text);
    // "unlikely before the summer", "not until March": a denied earlier date points forward
    // "Thursday's march ... and the march will now go ahead": an event noun's own verb dates the day that names it
    const nounTense = eventNounTense(text, sent.end, c, cues);
    const tense: Tense = clauseTense === 'unknown' && (c.vague === 'not-before' || c.vague === 'not-until') ? 'future' : nounTense ?? signalTense(text, sent.start, sent.end, c, clauseTense) ?? clauseTense;
    // earnings prose names the quarter once and compares in the next sentence ("... a year earlier");
    // "last year" there is a quarter only beside the quarter's own mention
    const comparedFrom = c.rule === 'relative-unit' ? sent.start : (sentences[si - 1]?.start ?? sent.start);
    // a report that opens on a quarter compares quarters ("from $93 million a year earlier"), unless the
    // sentence names another period first ("For the nine months, ... a year earlier")
    const before = text.slice(sent.start, c.start);
    const otherPeriod = c.rule === 'ago' && /\b(?:months|half|year)\b/i.test(before) && !/\bquarter/i.test(before);
    const quarterContext = !otherPeriod && (/\bquarter/i.test(text.slice(comparedFrom, sent.end)) || (c.rule === 'ago' && reportsQuarter));
    // reported speech around a dated statement is anchored to the statement, not to the report
    const said = speech.get(si);
    const spoken = said && said.cand !== c && !statement ? said : null;
    const anchorDate = spoken ? spoken.date : dctDate;
    // (not "the year-ago results": that adjective compares with the period being reported)
    const yearStep = c.sem.kind === 'shift' && c.sem.from === 'ref' && (c.sem.unit === 'year' || c.sem.unit === 'decade') && c.rule !== 'year-earlier';
    const resolved = resolveCandidate(c, { dct: anchorDate, ref: yearStep && yearRef ? yearRef : ref, tense, quarterContext, dctClock: spoken ? null : dctClock });
    const r = c.until && resolved.interval ? { ...resolved, interval: { from: resolved.interval.from, to: rangeEnd(c.until, resolved.interval.from) } } : resolved;
    const id = `t${++n}`;
    const window = windowFor(c, r, anchorDate, tense, text);
    out.push({
      id,
      start: c.start,
      end: c.end,
      type: c.type,
      value: r.value,
      ...(c.mod ? { mod: c.mod } : {}),
      anchor: r.anchor === 'ref' ? (ref?.id ?? 'dct') : r.anchor === 'dct' && spoken ? (idOf.get(spoken.cand) ?? 'dct') : r.anchor,
      ...(window ? { window } : {}),
      ...(c.until && r.interval ? { range: { begin: fmtDate(r.interval.from), end: fmtDate(r.interval.to) } } : {}),
      rule: c.rule,
      ...(c.phrase ? { phrase: c.phrase } : {}),
      timex3: c.timex3,
    });
    // a specific date becomes the reference time for "the next day", "a year earlier"
    // but not a year-ago comparison point ("from $4 million a year earlier"): the story stays where it was
    const comparison = c.sem.kind === 'shift' && (c.sem.unit === 'year' || c.sem.unit === 'quarter') && (c.sem.n ?? 0) < 0;
    // "last year" is a year told, whatever it compares ("... $450 million the year before")
    if (r.interval && c.timex3 && (!comparison || c.rule === 'relative-unit') && c.type === 'DATE' && /^\d{4}$/.test(r.value)) yearRef = { id, date: r.interval.from, yearOnly: true };
    if (r.interval && c.timex3 && !comparison && (c.type === 'DATE' || c.type === 'TIME') && /^\d{4}-(?:\d{2}|Q\d)/.test(r.value)) {
      const q = /^\d{4}-Q(\d)/.exec(r.value);
      ref = { id, date: r.interval.from, quarter: q ? Number(q[1]) : r.value.length === 10 ? undefined : quarterOf(r.interval.from) };
      if (!q && r.value.length >= 10) ref = { id, date: r.interval.from };
      else if (!q && /^\d{4}-\d{2}$/.test(r.value)) ref = { ...ref, monthOnly: true };
      yearRef = ref;
    }
  }
  return out;
}
