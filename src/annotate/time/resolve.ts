/**
 * The resolver: turns what a candidate states into a TIMEX3 value by filling the implied parts from an
 * anchor (the DCT, or the last date mentioned for "the next day"), using the clause's tense to pick which
 * Sunday or which September. Without an anchor it keeps the value relative ("XXXX-09", "DCT-P1W").
 */
import {
  addDays, addMonths, daysInMonth, fmtDate, fmtMonth, fmtWeek, fmtYear, isoWeek, isoWeekday, nthWeekdayOfMonth,
  pad, quarterOf, weekBounds, type Ymd,
} from './calendar.js';
import { clockDayShift, type DctClock } from './clock.js';
import type { CalendarSem, Candidate, Dir, Sem, ShiftSem } from './candidate.js';
import { UNIT_DURATION } from './lexicon.js';
import type { Tense } from './tense.js';

export interface Interval {
  readonly from: Ymd;
  readonly to: Ymd;
}

/** A date mentioned earlier that anaphoric expressions ("that day", "a year earlier") resolve against. */
export interface RefTime {
  readonly id: string;
  readonly date: Ymd;
  readonly quarter?: number;
  /** A bare year ("in 2008"): it anchors only year-sized steps ("three years later", "that year"). */
  readonly yearOnly?: boolean;
  /** A month ("in October"): it names no day, so "that day" after it is a day of that month, not its first. */
  readonly monthOnly?: boolean;
}

export interface ResolveContext {
  readonly dct: Ymd | null;
  readonly ref: RefTime | null;
  readonly tense: Tense;
  /** The sentence talks about fiscal quarters: "a year ago" then means the same quarter a year before. */
  readonly quarterContext: boolean;
  /** The report's time of day when the DCT states one (and anchors the expression): it places a bare clock time. */
  readonly dctClock?: DctClock | null;
}

export interface Resolved {
  readonly value: string;
  /** 'dct', 'unknown' (needed an anchor, none known), 'none' (absolute or a duration) or 'ref'. */
  readonly anchor: 'dct' | 'unknown' | 'none' | 'ref';
  readonly interval: Interval | null;
  /** True when tense or direction chose among several candidate dates (less certain). */
  readonly byTense: boolean;
}

const SEASON_ORDER: Readonly<Record<string, number>> = { SP: 1, SU: 2, FA: 3, WI: 4 };
const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const monthInterval = (y: number, m: number): Interval => ({ from: { year: y, month: m, day: 1 }, to: { year: y, month: m, day: daysInMonth(y, m) } });
const yearInterval = (y: number): Interval => ({ from: { year: y, month: 1, day: 1 }, to: { year: y, month: 12, day: 31 } });
const monthsInterval = (y: number, m: number, count: number): Interval => {
  const end = addMonths({ year: y, month: m, day: 1 }, count - 1);
  return { from: { year: y, month: m, day: 1 }, to: { ...end, day: daysInMonth(end.year, end.month) } };
};
const dayInterval = (d: Ymd): Interval => ({ from: d, to: d });

/**
 * Picks the year for a yearless month/day/quarter/season. An explicit direction ("last", "next") decides;
 * otherwise tense picks the past or future occurrence if that one lies within TENSE_REACH of the DCT, and
 * without a usable tense the nearest occurrence wins (a deadline "by Jan. 14" written on Jan. 6 is this
 * January, even in a past-tense sentence). `dist` gives the distance in the key's units from DCT to the
 * occurrence in a given year (negative = before).
 */
function pickYear(dct: Ymd, key: number, dctKey: number, dir: Dir, tense: Tense, period = 12, tieFuture = false, reachShare = TENSE_REACH, aheadShare = reachShare): { year: number; byTense: boolean } {
  const y = dct.year;
  if (dir === 'last') return { year: key < dctKey ? y : y - 1, byTense: false };
  if (dir === 'next') return { year: key > dctKey ? y : y + 1, byTense: false };
  if (dir === 'this') return { year: y, byTense: false };
  const pastYear = key <= dctKey ? y : y - 1;
  const futureYear = key >= dctKey ? y : y + 1;
  const pastDist = key <= dctKey ? dctKey - key : dctKey + period - key;
  const futureDist = key >= dctKey ? key - dctKey : key + period - dctKey;
  const reach = period * reachShare;
  if (tense === 'past' && pastDist <= reach) return { year: pastYear, byTense: true };
  if (tense === 'future' && futureDist <= period * aheadShare) return { year: futureYear, byTense: true };
  return { year: pastDist < futureDist || (pastDist === futureDist && !tieFuture) ? pastYear : futureYear, byTense: true };
}

/**
 * How far (as a share of a year) tense may push a yearless date from the DCT. Nine months: "in March",
 * said in November, is last March; a deadline "by Jan. 14" in a past-tense sentence dated Jan. 6 is
 * still this January. Tuned on TBAQ (half a year and a full year both scored lower).
 */
const TENSE_REACH = 0.75;
/**
 * A month alone may go ten months back by tense ("a study published in May" said in March is last May): a deadline
 * month ("by February", "through January") is the nearest whatever the tense (signalTense), so the reach guards
 * less here than for a day. Eleven months moved dates whose tense was misread (TBAQ value F1 82.43 → 82.21). Ahead it
 * goes nine months, as a day does: a month ten months on is written with its year or "next", and a future verb of
 * another clause misreads a past month ("the manager charged over the collapse in June, will open on October 20",
 * in August, is this June).
 */
const MONTH_REACH = 10 / 12;

/** Day-of-year style key for month/day comparisons: months count 31 days so the arithmetic stays simple. */
const mdKey = (month: number, day: number): number => (month - 1) * 31 + day;
const MD_PERIOD = 12 * 31;

function pickWeekday(dct: Ymd, wd: number, dir: Dir, tense: Tense): { date: Ymd; byTense: boolean } {
  const dw = isoWeekday(dct);
  const back = (dw - wd + 7) % 7;
  const fwd = (wd - dw + 7) % 7;
  // "last Tuesday": the most recent Tuesday before the DCT (on a Thursday, two days back, as TimeBank and
  // HeidelTime read it; a week back on a Tuesday); "next Tuesday": that weekday in the following ISO week
  if (dir === 'last') return { date: addDays(dct, -(back || 7)), byTense: false };
  if (dir === 'next') return { date: addDays(dct, wd - dw + 7), byTense: false };
  if (dir === 'this') return { date: addDays(dct, wd - dw), byTense: false };
  if (tense === 'past') return { date: addDays(dct, -back), byTense: true };
  if (tense === 'future') return { date: addDays(dct, fwd), byTense: true };
  // no tense cue: the nearer one, the past on a tie (news mostly reports what happened)
  return { date: back <= fwd ? addDays(dct, -back) : addDays(dct, fwd), byTense: true };
}

function holidayDate(name: string, year: number): Ymd | null {
  const fixed: Record<string, [number, number]> = {
    'christmas': [12, 25], 'christmas day': [12, 25], 'christmas eve': [12, 24], "new year's": [1, 1],
    "new year's day": [1, 1], "new year's eve": [12, 31], 'independence day': [7, 4], 'july fourth': [7, 4],
    'fourth of july': [7, 4], 'halloween': [10, 31], "valentine's day": [2, 14], 'boxing day': [12, 26],
    'veterans day': [11, 11],
  };
  const f = fixed[name];
  if (f) return { year, month: f[0], day: f[1] };
  if (name.startsWith('thanksgiving')) return nthWeekdayOfMonth(year, 11, 4, 4);
  if (name === 'labor day') return nthWeekdayOfMonth(year, 9, 1, 1);
  if (name === 'memorial day') return nthWeekdayOfMonth(year, 5, 1, -1);
  if (name === 'election day') return addDays(nthWeekdayOfMonth(year, 11, 1, 1), 1);
  if (name.startsWith('easter') || name === 'good friday') {
    const e = easter(year);
    return name === 'good friday' ? addDays(e, -2) : name === 'easter monday' ? addDays(e, 1) : e;
  }
  return null;
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year: y, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

// module-level, not closures in resolveCal: tsx (esbuild's keepNames) names each inner arrow on every call
const none = (value: string, interval: Interval | null): Resolved => ({ value, anchor: 'none', interval, byTense: false });
const unknown = (value: string): Resolved => ({ value, anchor: 'unknown', interval: null, byTense: false });
const viaDct = (value: string, interval: Interval | null, byTense: boolean): Resolved => ({ value, anchor: 'dct', interval, byTense });

function resolveCal(s: CalendarSem, ctx: ResolveContext, day: Sem | undefined): Resolved {
  const dct = ctx.dct;

  if (s.hour !== undefined) {
    const t = `T${pad(s.hour)}:${pad(s.minute ?? 0)}${s.tz ?? ''}`;
    // "posted after midnight" in a morning report was the night before; "will resume at 9 a.m." at noon is tomorrow
    const shift = !day && dct && ctx.dctClock ? clockDayShift(s.hour, s.minute ?? 0, s.tz, ctx.dctClock, ctx.tense) : 0;
    const onDay = dct && shift ? addDays(dct, shift) : dct;
    const base = day ? resolveSem(day, ctx, undefined) : onDay ? viaDct(fmtDate(onDay), dayInterval(onDay), shift !== 0) : unknown('XXXX-XX-XX');
    const datePart = /^\d{4}-\d{2}-\d{2}/.exec(base.value)?.[0] ?? (base.anchor === 'unknown' ? base.value.replace(/T.*$/, '') : 'XXXX-XX-XX');
    return { ...base, value: `${datePart}${t}` };
  }
  if (s.holiday) {
    if (s.year !== undefined) {
      const d = holidayDate(s.holiday, s.year);
      return d ? none(fmtDate(d), dayInterval(d)) : none(fmtYear(s.year), yearInterval(s.year));
    }
    if (!dct) return unknown('XXXX-XX-XX');
    const inYear = holidayDate(s.holiday, dct.year);
    if (!inYear) return unknown('XXXX-XX-XX');
    const { year, byTense } = pickYear(dct, mdKey(inYear.month, inYear.day), mdKey(dct.month, dct.day), s.dir ?? null, ctx.tense, MD_PERIOD);
    const d = holidayDate(s.holiday, year)!;
    return viaDct(fmtDate(d), dayInterval(d), byTense);
  }
  if (s.decade !== undefined) return none(String(s.decade), { from: { year: s.decade * 10, month: 1, day: 1 }, to: { year: s.decade * 10 + 9, month: 12, day: 31 } });
  if (s.century !== undefined) return none(pad(s.century), { from: { year: s.century * 100, month: 1, day: 1 }, to: { year: s.century * 100 + 99, month: 12, day: 31 } });

  if (s.month !== undefined && s.day !== undefined) {
    // a day, or the week holding it
    const of = (d: Ymd, byTense: boolean | null): Resolved => {
      const value = s.weekOf ? fmtWeek(isoWeek(d)) : fmtDate(d);
      const interval = s.weekOf ? weekBounds(isoWeek(d)) : dayInterval(d);
      return byTense === null ? none(value, interval) : viaDct(value, interval, byTense);
    };
    if (s.year !== undefined) return of({ year: s.year, month: s.month, day: Math.min(s.day, daysInMonth(s.year, s.month)) }, null);
    if (!dct) return unknown(s.weekOf ? 'XXXX-WXX' : `XXXX-${pad(s.month)}-${pad(s.day)}`);
    const { year, byTense } = pickYear(dct, mdKey(s.month, s.day), mdKey(dct.month, dct.day), s.dir ?? null, ctx.tense, MD_PERIOD);
    const d = { year, month: s.month, day: Math.min(s.day, daysInMonth(year, s.month)) };
    return of(d, byTense);
  }
  if (s.month !== undefined && s.yearShift !== undefined && s.day === undefined) {
    if (!dct) return unknown(`DCT${s.yearShift < 0 ? '-' : '+'}P${Math.abs(s.yearShift)}Y-${pad(s.month)}`);
    const y = dct.year + s.yearShift;
    return viaDct(fmtMonth(y, s.month), monthInterval(y, s.month), false);
  }
  if (s.month !== undefined) {
    if (s.year !== undefined) return none(fmtMonth(s.year, s.month), monthInterval(s.year, s.month));
    if (!dct) return unknown(`XXXX-${pad(s.month)}`);
    // six months each way ("funded through September" on March 21): the nearer by days, so the later half of the
    // DCT's month looks ahead
    const picked = pickYear(dct, s.month, dct.month, s.dir ?? null, ctx.tense, 12, dct.day > 15, MONTH_REACH, TENSE_REACH);
    // "crashed last February" on March 1: the month just ended is "last month" (or "in February"), so "last
    // February" is the one a year before it
    const year = s.dir === 'last' && s.month === (dct.month === 1 ? 12 : dct.month - 1) ? picked.year - 1 : picked.year;
    return viaDct(fmtMonth(year, s.month), monthInterval(year, s.month), picked.byTense);
  }
  if (s.weekend) {
    if (!dct) return unknown('XXXX-WXX-WE');
    const { date, byTense } = pickWeekday(dct, 6, s.dir ?? null, ctx.tense);
    const b = weekBounds(isoWeek(date));
    return viaDct(`${fmtWeek(isoWeek(date))}-WE`, { from: addDays(b.from, 5), to: b.to }, byTense);
  }
  if (s.weekday !== undefined) {
    const pod = s.pod ? `T${s.pod}` : '';
    // "the previous Friday": the one before the day last mentioned (a day, not a month or a year), else before the report
    const dayRef = s.refDir && ctx.ref && ctx.ref.quarter === undefined && !ctx.ref.yearOnly ? ctx.ref.date : null;
    const from = dayRef ?? dct;
    if (s.refDir && from) {
      const dw = isoWeekday(from);
      const d = addDays(from, s.refDir === 'before' ? -((dw - s.weekday + 6) % 7 + 1) : (s.weekday - dw + 6) % 7 + 1);
      return { value: `${fmtDate(d)}${pod}`, anchor: dayRef ? 'ref' : 'dct', interval: dayInterval(d), byTense: false };
    }
    if (!dct) return unknown(`XXXX-WXX-${s.weekday}${pod}`);
    const { date, byTense } = pickWeekday(dct, s.weekday, s.dir ?? null, ctx.tense);
    return viaDct(`${fmtDate(date)}${pod}`, dayInterval(date), byTense);
  }
  if (s.latestPeriod && !(s.resultsPeriod && !ctx.quarterContext)) {
    if (!dct) return unknown(s.year !== undefined ? `${fmtYear(s.year)}-QX` : 'XXXX-QX');
    const latest = lastCompletedQuarter(dct);
    // "the 1988 quarter" is the quarter under report, in the year it names
    const y = s.year ?? (s.dir === 'last' ? latest.year - 1 : latest.year);
    return viaDct(`${fmtYear(y)}-Q${latest.quarter}`, monthsInterval(y, (latest.quarter - 1) * 3 + 1, 3), false);
  }
  if (s.quarter !== undefined) {
    if (s.year !== undefined) return none(`${fmtYear(s.year)}-Q${s.quarter}`, monthsInterval(s.year, (s.quarter - 1) * 3 + 1, 3));
    if (!dct) return unknown(`XXXX-Q${s.quarter}`);
    // a direction on a quarter names its year ("last year's third quarter"); without one the nearest
    // quarter, whatever the tense: "expects to report a third-quarter loss" in October is this year's
    const year = s.dir === 'last' ? dct.year - 1 : s.dir === 'next' ? dct.year + 1 : s.dir === 'this' ? dct.year
      : pickYear(dct, s.quarter, quarterOf(dct), null, ctx.tense === 'past' ? 'past' : 'unknown', 4).year;
    return viaDct(`${fmtYear(year)}-Q${s.quarter}`, monthsInterval(year, (s.quarter - 1) * 3 + 1, 3), s.dir === null || s.dir === undefined);
  }
  if (s.half !== undefined) {
    const y = s.year ?? (dct ? dct.year + (s.dir === 'last' ? -1 : s.dir === 'next' ? 1 : 0) : undefined);
    if (y === undefined) return unknown(`XXXX-H${s.half}`);
    return (s.year !== undefined ? none : (v: string, i: Interval) => viaDct(v, i, false))(`${fmtYear(y)}-H${s.half}`, monthsInterval(y, s.half === 1 ? 1 : 7, 6));
  }
  if (s.season) {
    const start = SEASON_START[s.season]!;
    if (s.year !== undefined) return none(`${fmtYear(s.year)}-${s.season}`, monthsInterval(s.year, start, 3));
    if (!dct) return unknown(`XXXX-${s.season}`);
    if (s.yearShift !== undefined) {
      const y = dct.year + s.yearShift;
      return viaDct(`${fmtYear(y)}-${s.season}`, monthsInterval(y, start, 3), false);
    }
    // January and February belong to the winter that began the December before
    const dctSeason = dct.month === 12 || dct.month <= 2 ? 4 : dct.month <= 5 ? 1 : dct.month <= 8 ? 2 : 3;
    const seasonYear = dct.month <= 2 ? { ...dct, year: dct.year - 1 } : dct;
    const { year, byTense } = pickYear(seasonYear, SEASON_ORDER[s.season]!, dctSeason, s.dir ?? null, ctx.tense, 4);
    return viaDct(`${fmtYear(year)}-${s.season}`, monthsInterval(year, start, 3), byTense);
  }
  if (s.year !== undefined) return none(fmtYear(s.year), yearInterval(s.year));
  return unknown('XXXX-XX-XX');
}

const SHIFT_LETTER: Readonly<Record<string, string>> = { weekend: 'W', quarter: 'Q' };

function resolveShift(s: ShiftSem, ctx: ResolveContext): Resolved {
  const useRef = s.from === 'ref' && ctx.ref !== null;
  const base = useRef ? ctx.ref!.date : ctx.dct;
  const anchor = useRef ? 'ref' : 'dct';
  if (!base) {
    const u = s.unit === 'weekend' ? 'weekend' : s.unit;
    const letter = SHIFT_LETTER[u] ?? UNIT_DURATION[s.unit as keyof typeof UNIT_DURATION].letter;
    const n = s.n ?? 0;
    const t = s.unit === 'hour' || s.unit === 'minute' || s.unit === 'second' ? 'T' : '';
    const amount = s.unit === 'decade' ? Math.abs(n) * 10 : s.unit === 'century' ? Math.abs(n) * 100 : Math.abs(n);
    return { value: `${s.from === 'ref' ? 'REF' : 'DCT'}${n < 0 ? '-' : '+'}P${t}${amount}${letter}${s.pod ? `T${s.pod}` : ''}`, anchor: 'unknown', interval: null, byTense: false };
  }
  const n = Math.round(s.n ?? 0);
  const pod = s.pod ? `T${s.pod}` : '';
  const done = (value: string, interval: Interval | null): Resolved => ({ value, anchor, interval, byTense: false });
  switch (s.unit) {
    case 'second': case 'minute': case 'hour':
      return done(fmtDate(base), dayInterval(base));
    case 'day': {
      // "attacked in October ... crossed out that same day": a day of the month told, which the text does not name
      if (useRef && ctx.ref!.monthOnly) return done(`${fmtMonth(base.year, base.month)}-XX${pod}`, monthInterval(base.year, base.month));
      const d = addDays(base, n);
      return done(`${fmtDate(d)}${pod}`, dayInterval(d));
    }
    case 'week': case 'weekend': {
      const w = isoWeek(addDays(base, (s.unit === 'week' && !useRef ? newsWeekShift(base, n, ctx.tense) : n) * 7));
      const b = weekBounds(w);
      return s.unit === 'weekend' ? done(`${fmtWeek(w)}-WE`, { from: addDays(b.from, 5), to: b.to }) : done(fmtWeek(w), b);
    }
    case 'month': {
      const d = addMonths(base, n);
      return done(fmtMonth(d.year, d.month), monthInterval(d.year, d.month));
    }
    case 'quarter': {
      const idx = base.year * 4 + quarterOf(base) - 1 + n;
      const y = Math.floor(idx / 4);
      const q = idx - y * 4 + 1;
      return done(`${fmtYear(y)}-Q${q}`, monthsInterval(y, (q - 1) * 3 + 1, 3));
    }
    case 'year': {
      const y = base.year + n;
      // only a look back compares quarters: "a turnaround next year" is the year
      if (ctx.quarterContext && n === -1 && !(useRef && ctx.ref!.yearOnly)) {
        // "profit rose from $3 million a year ago": the same fiscal quarter a year before
        // from the DCT, a quarter mentioned before counts only if it is not itself older than the latest
        // completed one (the year-ago quarter of "a year earlier" must not push "last year" back again)
        const latest = lastCompletedQuarter(base);
        // a day ("the quarter ended Sept. 30 ... a year earlier") stands for the quarter it falls in
        const known = useRef ? { ...ctx.ref!, quarter: ctx.ref!.quarter ?? quarterOf(base) } : ctx.ref?.quarter && ctx.ref.date.year >= latest.year ? ctx.ref : null;
        const q = known ? known.quarter! : latest.quarter;
        const qy = (known ? known.date.year : latest.year) + n;
        return done(`${fmtYear(qy)}-Q${q}`, monthsInterval(qy, (q - 1) * 3 + 1, 3));
      }
      return done(fmtYear(y), yearInterval(y));
    }
    case 'decade': {
      const dec = Math.floor(base.year / 10) + n;
      return done(String(dec), { from: { year: dec * 10, month: 1, day: 1 }, to: { year: dec * 10 + 9, month: 12, day: 31 } });
    }
    case 'century': {
      const c = Math.floor(base.year / 100) + n;
      return done(pad(c), { from: { year: c * 100, month: 1, day: 1 }, to: { year: c * 100 + 99, month: 12, day: 31 } });
    }
  }
  return done(fmtDate(base), dayInterval(base));
}

/**
 * Week words follow news usage, not the ISO calendar, on a Sunday: a Sunday paper's "last week" is the
 * week ending that day (Monday to Sunday, the DCT's own ISO week), and its "this week" in the future
 * tense is the week starting the next day; "next week" is that coming week too. On a Monday the ISO
 * reading already is the news reading ("last week" ended the day before, "this week" began today), and
 * on other days nothing changes. See docs/time-windows.md.
 */
export function newsWeekShift(dct: Ymd, n: number, tense: Tense): number {
  if (isoWeekday(dct) !== 7) return n;
  if (n === -1) return 0;
  if (n === 0 && tense === 'future') return 1;
  return n;
}

function lastCompletedQuarter(d: Ymd): { year: number; quarter: number } {
  const q = quarterOf(d) - 1;
  return q === 0 ? { year: d.year - 1, quarter: 4 } : { year: d.year, quarter: q };
}

export function resolveSem(sem: Sem, ctx: ResolveContext, day: Sem | undefined): Resolved {
  switch (sem.kind) {
    case 'cal':
      return resolveCal(sem, ctx, day);
    case 'shift':
      return resolveShift(sem, ctx);
    case 'ref':
      return { value: sem.value, anchor: ctx.dct ? 'dct' : 'unknown', interval: null, byTense: false };
    case 'literal':
      return { value: sem.value, anchor: 'none', interval: null, byTense: false };
  }
}

export function resolveCandidate(c: Candidate, ctx: ResolveContext): Resolved {
  const r = resolveSem(c.sem, ctx, c.day);
  // "the day before last Tuesday": a step from the day named, once that day is known
  if (!c.dayShift || !r.interval || !/^\d{4}-\d{2}-\d{2}$/.test(r.value)) return r;
  const d = addDays(r.interval.from, c.dayShift);
  return { ...r, value: fmtDate(d), interval: dayInterval(d) };
}
