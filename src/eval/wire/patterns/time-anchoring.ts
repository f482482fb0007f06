/**
 * Section 1 of the real-wire issue: time anchored the way reporters write. Future weekdays, ranges,
 * reported speech anchored to when it was said, a statement's time kept off the event it reports,
 * bounds from "before / not before / after X", and week words on Sunday and Monday publications.
 */
import type { WireCheck, WireExample, WirePattern } from '../types.js';
import { eventFor, readReport, timexFor } from '../report-reading.js';

const str = (v: unknown): string => (v === null || v === undefined ? 'none' : String(v));
const check = (want: unknown, got: unknown): WireCheck => ({ ok: JSON.stringify(want) === JSON.stringify(got), want: JSON.stringify(want), got: JSON.stringify(got) });

/** Gold `{expr, value}`: the value of the expression (the date part for times of day). */
function valueCheck(ex: WireExample): WireCheck {
  const want = ex.expect as { expr: string; value: string };
  const t = timexFor(readReport(ex), want.expr);
  return check({ expr: want.expr, value: want.value }, { expr: t?.text ?? null, value: t ? t.value.replace(/T.*$/, '') : null });
}

export const patterns: WirePattern[] = [
  {
    name: 'time-future-weekday',
    family: 'time',
    description: 'a weekday follows its clause\'s tense ("will visit … on Tuesday" is the coming Tuesday), not the reporting verb',
    check: valueCheck,
  },
  {
    name: 'time-range',
    family: 'time',
    description: 'ranges ("June 18-19", "18–19 June", "from Monday to Wednesday") give a begin and an end; a move between two dates is no range',
    check(ex) {
      const want = ex.expect as { expr: string; begin: string; end: string };
      const t = timexFor(readReport(ex), want.expr);
      const day = t ? t.value.slice(0, 10) : null;
      return check(want, { expr: t?.text ?? null, begin: t?.range?.begin ?? day, end: t?.range?.end ?? day });
    },
  },
  {
    name: 'time-reported-anchor',
    family: 'time',
    description: 'reported speech is relative to when it was said ("said on Saturday he would travel next month")',
    check: valueCheck,
  },
  {
    name: 'time-statement-vs-event',
    family: 'time',
    description: 'the time of a statement ("the spokesman said on Monday") never becomes the time of the event it reports',
    check(ex) {
      const want = ex.expect as { lemma: string; time: string | null };
      const e = eventFor(readReport(ex), want.lemma);
      return { ok: e !== undefined && e.time === want.time, want: `${want.lemma} @ ${str(want.time)}`, got: e ? `${e.lemma} @ ${str(e.time)}` : 'no such event' };
    },
  },
  {
    name: 'time-bound',
    family: 'time',
    description: '"before / not before / after X" bounds the window, with X\'s own date and negation ("unlikely before") respected',
    check(ex) {
      const want = ex.expect as { expr: string; from: string | null; to: string | null };
      const t = timexFor(readReport(ex), want.expr);
      return check({ from: want.from, to: want.to }, { from: t?.window?.from ?? null, to: t?.window?.to ?? null });
    },
  },
  {
    name: 'time-week-words',
    family: 'time',
    description: '"last week" / "this week" / "next week" on Sunday and Monday publications follow news usage',
    check: valueCheck,
  },
];
