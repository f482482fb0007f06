/**
 * Windows for vague and relative expressions: {from, to, confidence}. One table, documented row by row in
 * docs/time-windows.md; keep the two in step. Offsets are ISO 8601 durations from the DCT (or from the
 * resolved date for signals such as "not before"); null = open-ended.
 */
import { addDays, addMonths, fmtDate, type Ymd } from './calendar.js';
import type { Candidate, VagueKey } from './candidate.js';
import type { Interval, Resolved } from './resolve.js';
import type { TimeWindow } from '../../doc/schemas/time.js';
import type { Tense } from './tense.js';

/** How far a DCT-relative bound lies: a signed count of days or months. */
interface Offset {
  readonly days?: number;
  readonly months?: number;
}

interface DctRow {
  readonly kind: 'dct';
  readonly from: Offset | null;
  readonly to: Offset | null;
  readonly confidence: number;
}

/** Bounds taken from the resolved date itself ("later this year": DCT to the end of the year). */
interface DateRow {
  readonly kind: 'date';
  readonly from: 'start' | 'end' | 'dct' | 'day-after' | null;
  readonly to: 'start' | 'end' | 'dct' | 'day-before' | null;
  readonly confidence: number;
}

export const WINDOW_TABLE: Readonly<Record<VagueKey, DctRow | DateRow>> = {
  'shortly': { kind: 'dct', from: { days: 0 }, to: { days: 14 }, confidence: 0.7 },
  'asap': { kind: 'dct', from: { days: 0 }, to: { months: 1 }, confidence: 0.5 },
  'soon': { kind: 'dct', from: { days: 0 }, to: { months: 3 }, confidence: 0.6 },
  'early-date': { kind: 'dct', from: { days: 0 }, to: { months: 6 }, confidence: 0.5 },
  'near-future': { kind: 'dct', from: { days: 0 }, to: { months: 6 }, confidence: 0.6 },
  'near-term': { kind: 'dct', from: { days: 0 }, to: { months: 12 }, confidence: 0.6 },
  'foreseeable-future': { kind: 'dct', from: { days: 0 }, to: { months: 24 }, confidence: 0.5 },
  'long-term': { kind: 'dct', from: { months: 12 }, to: null, confidence: 0.5 },
  'future': { kind: 'dct', from: { days: 0 }, to: null, confidence: 0.9 },
  'coming-days': { kind: 'dct', from: { days: 0 }, to: { days: 14 }, confidence: 0.75 },
  'coming-weeks': { kind: 'dct', from: { days: 0 }, to: { days: 56 }, confidence: 0.7 },
  'coming-months': { kind: 'dct', from: { days: 0 }, to: { months: 12 }, confidence: 0.7 },
  'coming-years': { kind: 'dct', from: { days: 0 }, to: { months: 120 }, confidence: 0.6 },
  'recently': { kind: 'dct', from: { months: -3 }, to: { days: 0 }, confidence: 0.6 },
  'recent-period': { kind: 'dct', from: { months: -60 }, to: { days: 0 }, confidence: 0.6 },
  'past': { kind: 'dct', from: null, to: { days: 0 }, confidence: 0.9 },
  'present': { kind: 'dct', from: { days: 0 }, to: { days: 0 }, confidence: 0.8 },
  'later-this': { kind: 'date', from: 'dct', to: 'end', confidence: 0.85 },
  'earlier-this': { kind: 'date', from: 'start', to: 'dct', confidence: 0.9 },
  'not-before': { kind: 'date', from: 'start', to: null, confidence: 0.8 },
  'not-until': { kind: 'date', from: 'start', to: null, confidence: 0.8 },
  'before': { kind: 'date', from: null, to: 'day-before', confidence: 0.8 },
  'after': { kind: 'date', from: 'day-after', to: null, confidence: 0.8 },
  'by': { kind: 'date', from: null, to: 'end', confidence: 0.8 },
  'since': { kind: 'date', from: 'start', to: 'dct', confidence: 0.9 },
};

/** "in recent months" is shorter than "in recent years": the recent-period row scales with its unit. */
const RECENT_SPAN_MONTHS: Readonly<Record<string, number>> = { days: 0.5, weeks: 2, months: 6, times: 12, history: 60, years: 60, decades: 240 };

function shift(d: Ymd, o: Offset): Ymd {
  const m = o.months ? addMonths(d, Math.trunc(o.months)) : d;
  const frac = o.months && !Number.isInteger(o.months) ? Math.round((o.months % 1) * 30) : 0;
  return addDays(m, (o.days ?? 0) + frac);
}

function relative(o: Offset | null): string | null {
  if (!o) return null;
  if (o.months) return `DCT${o.months < 0 ? '-' : '+'}P${Math.abs(o.months)}M`;
  if (o.days) return `DCT${o.days < 0 ? '-' : '+'}P${Math.abs(o.days)}D`;
  return 'DCT';
}

/** Where an event-anchored phrase with no date points, by tense: after the summit (future) is after now. */
function eventWindow(key: VagueKey, dct: Ymd | null, tense: Tense): TimeWindow {
  const now = dct ? fmtDate(dct) : 'DCT';
  const forward = key === 'after' || key === 'not-before' || key === 'not-until' || key === 'since';
  if (tense === 'future') return forward ? { from: now, to: null, confidence: 0.6 } : { from: now, to: null, confidence: 0.4 };
  if (tense === 'past') return forward ? { from: null, to: now, confidence: 0.4 } : { from: null, to: now, confidence: 0.6 };
  return { from: null, to: null, confidence: 0.2 };
}

const EDGE_FRACTION = 1 / 3;

/** The part of an interval a START/MID/END mod points at: its first, middle or last third. */
function edge(i: Interval, mod: string | undefined): Interval {
  if (mod !== 'START' && mod !== 'END' && mod !== 'MID') return i;
  const from = Date.UTC(i.from.year, i.from.month - 1, i.from.day) / 86_400_000;
  const to = Date.UTC(i.to.year, i.to.month - 1, i.to.day) / 86_400_000;
  const len = to - from + 1;
  const part = Math.max(1, Math.round(len * EDGE_FRACTION));
  if (mod === 'START') return { from: i.from, to: addDays(i.from, part - 1) };
  if (mod === 'END') return { from: addDays(i.to, -(part - 1)), to: i.to };
  const mid = Math.floor((len - part) / 2);
  return { from: addDays(i.from, mid), to: addDays(i.from, mid + part - 1) };
}

function dctRowWindow(row: DctRow, dct: Ymd | null): TimeWindow {
  if (!dct) return { from: relative(row.from), to: relative(row.to), confidence: row.confidence };
  return { from: row.from ? fmtDate(shift(dct, row.from)) : null, to: row.to ? fmtDate(shift(dct, row.to)) : null, confidence: row.confidence };
}

/** The window of a vague phrase counted from the DCT ("soon", "the coming days"); undefined for other keys. */
export function dctWindow(key: VagueKey, dct: Ymd | null): TimeWindow | undefined {
  const row = WINDOW_TABLE[key];
  return row.kind === 'dct' ? dctRowWindow(row, dct) : undefined;
}

/**
 * The window of a resolved expression: from the table for vague ones, else the calendar interval of
 * the value (narrowed by a START/MID/END mod). Durations and sets have none.
 */
export function windowFor(c: Candidate, r: Resolved, dct: Ymd | null, tense: Tense, text: string): TimeWindow | undefined {
  if (c.vague) {
    const row = WINDOW_TABLE[c.vague];
    if (row.kind === 'dct') {
      let from = row.from;
      if (c.vague === 'recent-period') {
        const unit = /(\w+)\s*$/.exec(text.slice(c.start, c.end))?.[1]?.toLowerCase() ?? 'years';
        from = { months: -(RECENT_SPAN_MONTHS[unit] ?? 60) };
      }
      return dctRowWindow({ ...row, from }, dct);
    }
    if (!r.interval) return eventWindow(c.vague, dct, tense);
    // a bound on an edge of a period counts from that edge ("not before the end of March": from late March); "before the
    // end of the year" is by the year's end, as readers take it, not before its last third starts
    const whole = r.interval;
    const i = edge(whole, c.mod);
    const now = dct ? fmtDate(dct) : 'DCT';
    const bound = (b: DateRow['from'] | DateRow['to']): string | null => {
      switch (b) {
        case 'start': return fmtDate(i.from);
        case 'end': return fmtDate(i.to);
        case 'dct': return now;
        case 'day-after': return fmtDate(addDays(i.to, 1));
        case 'day-before': return c.mod === 'END' ? fmtDate(whole.to) : fmtDate(addDays(i.from, -1));
        default: return null;
      }
    };
    return { from: bound(row.from), to: bound(row.to), confidence: Math.round((r.byTense ? row.confidence * 0.9 : row.confidence) * 100) / 100 };
  }
  if (!r.interval || c.type === 'DURATION' || c.type === 'SET') return undefined;
  const i = edge(r.interval, c.mod);
  const confidence = (r.byTense ? 0.85 : 1) * (c.mod === 'START' || c.mod === 'END' || c.mod === 'MID' ? 0.8 : 1);
  return { from: fmtDate(i.from), to: fmtDate(i.to), confidence: Math.round(confidence * 100) / 100 };
}
