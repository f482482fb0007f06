/**
 * Section 2 of the real-wire issue: a visit's status from the right words, as the story layer reads it
 * (the reader's statuses: expected, expected-not-before, preparing, dates-announced, under-way, happened,
 * denied, …). Gold names the event by its lemma.
 */
import type { WireCheck, WireExample, WirePattern } from '../types.js';
import { eventFor, readReport, sameEvent } from '../report-reading.js';

/** Gold `{lemma, status}`: the reader's status of that event (null: none). */
function statusCheck(ex: WireExample): WireCheck {
  const want = ex.expect as { lemma: string; status: string | null };
  const e = eventFor(readReport(ex), want.lemma);
  const got = e ? e.status : 'no such event';
  return { ok: e !== undefined && e.status === want.status, want: `${want.lemma}: ${want.status ?? 'none'}`, got: `${want.lemma}: ${got ?? 'none'}` };
}

/** Certainty at or below this, or a denial, is what a reader takes as "not happening". */
const DOUBTFUL = 0.4;

export const patterns: WirePattern[] = [
  {
    name: 'status-preparing',
    family: 'status',
    description: '"preparations are under way" is preparing, not under way',
    check: statusCheck,
  },
  {
    name: 'status-under-way',
    family: 'status',
    description: '"arrived for a visit" is under way, not over; a visit still ahead or already ended is not',
    check: statusCheck,
  },
  {
    name: 'status-expected-vs-scheduled',
    family: 'status',
    description: '"set to visit … soon" is expected; dates announced need a date; "not before X" is expected-not-before',
    check: statusCheck,
  },
  {
    name: 'status-negated',
    family: 'status',
    description: '"unlikely", "not planned yet", "no such plans" deny or lower certainty; plain plans do not',
    check(ex) {
      const want = ex.expect as { lemma: string; negated: boolean };
      const e = eventFor(readReport(ex), want.lemma);
      const negated = e ? e.status === 'denied' || e.certainty <= DOUBTFUL : null;
      return {
        ok: negated === want.negated,
        want: `${want.lemma}: ${want.negated ? 'denied or doubtful' : 'not denied'}`,
        got: e ? `${e.lemma}: ${e.status ?? 'none'}, certainty ${e.certainty}` : 'no such event',
      };
    },
  },
  {
    name: 'status-past-visit',
    family: 'status',
    description: 'a past visit named in the same report ("his last visit, eleven years ago") is a different event from the planned one',
    check(ex) {
      const want = ex.expect as { lemma: string; statuses: string[] };
      const got = readReport(ex).events.filter((e) => sameEvent(want.lemma, e.lemma)).map((e) => e.status ?? 'none').sort();
      const w = want.statuses.slice().sort();
      return { ok: JSON.stringify(w) === JSON.stringify(got), want: w.join(', '), got: got.join(', ') || 'none' };
    },
  },
];
