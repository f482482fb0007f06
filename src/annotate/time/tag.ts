/**
 * tagTimes: the time annotator's core, usable without a Doc (eval, CLI). Parsers propose, refiners filter
 * and merge, then one pass in document order resolves each expression against the DCT or the last date
 * mentioned, with the clause's tense deciding past/future readings.
 */
import { parseIsoDate, quarterOf, type Ymd } from './calendar.js';
import type { Candidate } from './candidate.js';
import { generateCandidates } from './parsers.js';
import { REFINERS } from './refiners.js';
import { resolveCandidate, type RefTime } from './resolve.js';
import type { Timex } from '../../doc/schemas/time.js';
import { tenseAt, tenseCues, type Tense } from './tense.js';
import { windowFor } from './windows.js';

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
  let cands: Candidate[] = generateCandidates(text, sentences);
  for (const refine of REFINERS) cands = refine(text, cands);
  cands.sort((a, b) => a.start - b.start);

  const out: Timex[] = [];
  let si = 0;
  let cuesFor = -1;
  let cues: ReturnType<typeof tenseCues> = [];
  let ref: RefTime | null = null;
  let n = 0;
  for (const c of cands) {
    while (si < sentences.length - 1 && sentences[si]!.end <= c.start) si++;
    const sent = sentences[si] ?? { start: 0, end: text.length };
    if (cuesFor !== si) {
      cues = tenseCues(text, sent.start, sent.end);
      cuesFor = si;
    }
    const tense: Tense = tenseAt(cues, c.start, c.end);
    const quarterContext = /\bquarter/i.test(text.slice(sent.start, sent.end));
    const r = resolveCandidate(c, { dct: dctDate, ref, tense, quarterContext });
    const id = `t${++n}`;
    const window = windowFor(c, r, dctDate, tense, text);
    out.push({
      id,
      start: c.start,
      end: c.end,
      type: c.type,
      value: r.value,
      ...(c.mod ? { mod: c.mod } : {}),
      anchor: r.anchor === 'ref' ? (ref?.id ?? 'dct') : r.anchor,
      ...(window ? { window } : {}),
      rule: c.rule,
      ...(c.phrase ? { phrase: c.phrase } : {}),
      timex3: c.timex3,
    });
    // a specific date becomes the reference time for "the next day", "a year earlier"
    if (r.interval && c.timex3 && (c.type === 'DATE' || c.type === 'TIME') && /^\d{4}-(?:\d{2}|Q\d)/.test(r.value)) {
      const q = /^\d{4}-Q(\d)/.exec(r.value);
      ref = { id, date: r.interval.from, quarter: q ? Number(q[1]) : r.value.length === 10 ? undefined : quarterOf(r.interval.from) };
      if (!q && r.value.length >= 10) ref = { id, date: r.interval.from };
    }
  }
  return out;
}
