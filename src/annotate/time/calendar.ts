/**
 * Calendar arithmetic on plain {year, month, day} records (proleptic Gregorian, no time zones):
 * enough to resolve TIMEX3 values without pulling in a date library.
 */

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;

export function toEpochDay(d: Ymd): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
}

export function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { year: dt.getUTCFullYear(), month: dt.getUTCMonth() + 1, day: dt.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(d) + n);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(d: Ymd, n: number): Ymd {
  const idx = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(idx / 12);
  const month = idx - year * 12 + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO weekday: Monday = 1 … Sunday = 7. */
export function isoWeekday(d: Ymd): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

export function isoWeek(d: Ymd): IsoWeek {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = toEpochDay({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

export function quarterOf(d: Ymd): number {
  return Math.floor((d.month - 1) / 3) + 1;
}

const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

export function fmtDate(d: Ymd): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}
export function fmtMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}
export function fmtWeek(w: IsoWeek): string {
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}
export function fmtYear(year: number): string {
  return pad(year, 4);
}
export { pad };

/** Parses an ISO date or datetime prefix (YYYY-MM-DD…); null when it is not one. */
export function parseIsoDate(s: string | null | undefined): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > daysInMonth(d.year, d.month)) return null;
  return d;
}

/** The date of the n-th (1-based; -1 = last) given weekday of a month: Thanksgiving is the 4th Thursday of November. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { year, month, day: 1 };
    const delta = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, delta + (n - 1) * 7);
  }
  const last = { year, month, day: daysInMonth(year, month) };
  const delta = (isoWeekday(last) - weekday + 7) % 7;
  return addDays(last, -delta);
}

/** First and last day of an ISO week. */
export function weekBounds(w: IsoWeek): { readonly from: Ymd; readonly to: Ymd } {
  const jan4 = { year: w.year, month: 1, day: 4 };
  const monday = addDays(jan4, 1 - isoWeekday(jan4) + (w.week - 1) * 7);
  return { from: monday, to: addDays(monday, 6) };
}
