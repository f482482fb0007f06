/**
 * Where a timex value lies relative to the document date: before, after or around it, and how
 * precisely it names a day. Status uses this: a past date means the event happened, a future
 * day or week means it is scheduled, a vague future (FUTURE_REF, a month) means it is anticipated.
 */
import { isStatementTime } from '../time/statement.js';

export type Relation = 'past' | 'future' | 'present' | 'unknown';
export type Precision = 'day' | 'week' | 'month' | 'season' | 'year' | 'vague';

export interface TimeRelation {
  readonly relation: Relation;
  readonly precision: Precision;
  /** Inclusive ISO day bounds when the value names calendar time. */
  readonly from?: string;
  readonly to?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function isoWeekStart(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const dow = (jan4.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(year, 0, 4 - dow + (week - 1) * 7));
}

/** Calendar bounds of a TIMEX3 value, or null when it names no calendar time. */
export function valueBounds(value: string): { from: string; to: string; precision: Precision } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return { from: `${m[1]}-${m[2]}-${m[3]}`, to: `${m[1]}-${m[2]}-${m[3]}`, precision: 'day' };
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const s = isoWeekStart(Number(m[1]), Number(m[2]));
    const e = new Date(s.getTime() + 6 * 86400000);
    return { from: iso(s), to: iso(e), precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${pad(last)}`, precision: 'month' };
  }
  m = /^(\d{4})-(SP|SU|FA|AU|WI|Q[1-4]|H[12])$/.exec(value);
  if (m) {
    const y = m[1]!;
    const table: Record<string, [string, string]> = {
      SP: ['03-01', '05-31'], SU: ['06-01', '08-31'], FA: ['09-01', '11-30'], AU: ['09-01', '11-30'], WI: ['12-01', '12-31'],
      Q1: ['01-01', '03-31'], Q2: ['04-01', '06-30'], Q3: ['07-01', '09-30'], Q4: ['10-01', '12-31'], H1: ['01-01', '06-30'], H2: ['07-01', '12-31'],
    };
    const [a, b] = table[m[2]!]!;
    return { from: `${y}-${a}`, to: `${y}-${b}`, precision: 'season' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: `${m[1]}-01-01`, to: `${m[1]}-12-31`, precision: 'year' };
  return null;
}

export function relateToDct(value: string, dct: string | null, window?: { from: string | null; to: string | null } | null): TimeRelation {
  // "not before June 26", "by June": a bound, not a date, however precisely the bound is named
  if (window && (window.from === null) !== (window.to === null)) return boundRelation(window.from, window.to, dct);
  if (value === 'FUTURE_REF') return { relation: 'future', precision: 'vague' };
  if (value === 'PAST_REF') return { relation: 'past', precision: 'vague' };
  if (value === 'PRESENT_REF') return { relation: 'present', precision: 'vague' };
  const b = valueBounds(value) ?? (window?.from && window?.to ? { from: window.from.slice(0, 10), to: window.to.slice(0, 10), precision: 'vague' as Precision } : null);
  if (!b) return { relation: 'unknown', precision: 'vague' };
  if (!dct) return { relation: 'unknown', precision: b.precision, from: b.from, to: b.to };
  const d = dct.slice(0, 10);
  const relation: Relation = b.to < d ? 'past' : b.from > d ? 'future' : 'present';
  return { relation, precision: b.precision, from: b.from, to: b.to };
}

/** The day a bound names, or undefined where it names none. */
function boundDay(s: string | null): string | undefined {
  return s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined;
}

function boundRelation(from: string | null, to: string | null, dct: string | null): TimeRelation {
  const f = boundDay(from);
  const t = boundDay(to);
  const d = dct?.slice(0, 10);
  const relation: Relation = !d || (!f && !t) ? 'unknown' : f ? (f > d ? 'future' : 'present') : t! < d ? 'past' : 'present';
  return { relation, precision: 'vague', ...(f ? { from: f } : {}), ...(t ? { to: t } : {}) };
}

/** Two values can name the same event's time: their bounds overlap, or either is unknown. */
export function compatibleTimes(a: TimeRelation | undefined, b: TimeRelation | undefined): boolean {
  if (!a || !b) return true;
  if (a.from && a.to && b.from && b.to) return a.from <= b.to && b.from <= a.to;
  if (a.relation === 'unknown' || b.relation === 'unknown') return true;
  if (a.relation === 'present' || b.relation === 'present') return true;
  return a.relation === b.relation;
}

/**
 * The timex dates a statement ("the spokesman said on Monday", "in a statement on Friday"): it is the
 * time of the saying, never the time of an event the statement reports.
 */
export function isStatementTimex(text: string, sentenceStart: number, t: { readonly start: number; readonly end: number }): boolean {
  return isStatementTime(text, sentenceStart, t.start, t.end);
}
