/**
 * The one date normaliser: publication dates from HTML metadata, feeds, HTTP headers, plain-text
 * headers and users all pass through parseDate, so the same date written anywhere gives the same
 * string. Output is ISO 8601 in one of four forms:
 *   "2024-01-22"                  a calendar date (no time was stated)
 *   "2024-01-22T18:30:00"         a wall-clock time with no zone stated
 *   "2024-01-22T09:30:00Z"        UTC (stated as UTC, GMT or Z, or a Unix timestamp)
 *   "2024-01-22T18:30:00+09:00"   the stated offset, kept
 * A stated offset is kept, never converted to UTC: the local calendar date is what "on Sunday" in the
 * text means, so a Seoul report of Monday 08:00 KST must stay on Monday.
 * Anything unparseable, impossible, out of range or too far in the future is null: callers store
 * "unknown", never "now".
 */
import { createRequire } from 'node:module';
import { WiretraceError } from '../errors.js';

type Chrono = typeof import('chrono-node');
let chronoModule: Chrono | undefined;
/** chrono-node, loaded on first use: most dates never need it, and it costs ~140 ms of startup. */
function chrono(): Chrono {
  chronoModule ??= createRequire(import.meta.url)('chrono-node') as Chrono;
  return chronoModule;
}

export interface DateOptions {
  /** earliest year accepted (default 1800) */
  readonly minYear?: number;
  /**
   * latest instant accepted, in ms since the epoch (default: no limit). A calendar date counts from
   * its UTC midnight, a wall-clock time as if it were UTC.
   */
  readonly notAfter?: number;
  /**
   * accept a natural-language date found inside a longer string ("Updated Nov. 19, 2019 10:04 AM ET
   * by Staff"), as metadata values need; by default the date must be the whole input
   */
  readonly lenient?: boolean;
}

const MAX_YEAR = 2200;

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

/** Zone abbreviations news sites and feeds write, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0, west: 60, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  ist: 330, sgt: 480, hkt: 480, awst: 480, jst: 540, kst: 540, acst: 570, aest: 600, aedt: 660, nzst: 720,
  nzdt: 780, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

/** Extended or basic ISO 8601: 2024-01-22, 20240122, 2024-01-22T18:30, 2024-01-22 18:30:00.5+0900. */
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const ZONE = String.raw`([a-z]{1,5}|[+-]\d{2}:?\d{2})`;
/** "Monday, January 22, 2024", "Jan. 22, 2024 3:15 PM EST" */
const MONTH_FIRST = new RegExp(
  String.raw`^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*${ZONE}?)?$`,
  'i',
);
/**
 * "22 January 2024", and RFC 2822 as feeds and HTTP write it: "Mon, 22 Jan 2024 10:00:00 GMT",
 * "01 Oct 24 09:30 +0900" (a two-digit year only with a time). The weekday is ignored, so a wrong one
 * does not lose the date.
 */
const DAY_FIRST = new RegExp(
  String.raw`^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4}|\d{2})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*${ZONE}?)?$`,
  'i',
);

/**
 * The one check of a publication date a caller gives (CLI --published, the library's `published`,
 * the HTTP body's "published"): absent (null or undefined) is unknown, anything given must be a date,
 * an empty string included (often an unset shell variable), so that a typo fails before any work or
 * write instead of leaving relative times unanchored. Returns the normalised ISO 8601 form.
 */
export function validatePublished(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const iso = parseDate(value);
  if (iso === null) {
    throw new WiretraceError(
      'E_DATE_INVALID',
      `published date ${JSON.stringify(value)} is not a date: give ISO 8601 (e.g. 2024-06-16 or 2024-06-16T09:30:00Z) or leave it out`,
    );
  }
  return iso;
}

export function parseDate(input: string | null | undefined, opts: DateOptions = {}): string | null {
  if (!input) return null;
  const s = input.trim().replace(/\s+/g, ' ');
  if (s.length === 0 || s.length > (opts.lenient ? 200 : 80)) return null;
  let m: RegExpMatchArray | null;
  if ((m = s.match(ISO))) {
    const [, y, mo, d, hh, mm, ss, tz] = m;
    if (hh === undefined) return calendarDate(+y!, +mo!, +d!, opts);
    return dateTime(+y!, +mo!, +d!, +hh, +mm!, ss ? +ss : 0, tz ? offsetMinutes(tz) : undefined, opts);
  }
  // Unix time in seconds or milliseconds (after ISO: eight digits are a basic-format date).
  if (/^\d{10}$|^\d{13}$/.test(s)) return fromEpoch(s.length === 10 ? Number(s) * 1000 : Number(s), opts);
  if ((m = s.match(SLASHED))) return calendarDate(+m[1]!, +m[2]!, +m[3]!, opts);
  if ((m = s.match(MONTH_FIRST))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (month) {
      if (m[4] === undefined) return calendarDate(+m[3]!, month, +m[2]!, opts);
      const hour = twelveHour(+m[4], m[7]);
      return hour === null ? null : dateTime(+m[3]!, month, +m[2]!, hour, +m[5]!, m[6] ? +m[6] : 0, zoneOf(m[8]), opts);
    }
  }
  if ((m = s.match(DAY_FIRST))) {
    const month = MONTHS[m[2]!.toLowerCase()];
    const twoDigitYear = m[3]!.length === 2;
    if (month && !(twoDigitYear && m[4] === undefined)) {
      const year = twoDigitYear ? (+m[3]! < 70 ? 2000 : 1900) + +m[3]! : +m[3]!;
      if (m[4] === undefined) return calendarDate(year, month, +m[1]!, opts);
      return dateTime(year, month, +m[1]!, +m[4], +m[5]!, m[6] ? +m[6] : 0, zoneOf(m[7]), opts);
    }
  }
  return naturalDate(s, opts);
}

/** An ISO string from parseDate as milliseconds since the epoch (a zone-less one read as UTC), or NaN. */
export function instantOf(iso: string): number {
  const m = iso.match(ISO);
  if (!m) return NaN;
  const [, y, mo, d, hh, mm, ss, tz] = m;
  const utc = Date.UTC(+y!, +mo! - 1, +d!, hh ? +hh : 0, mm ? +mm : 0, ss ? +ss : 0);
  return utc - (tz ? offsetMinutes(tz) ?? 0 : 0) * 60_000;
}

/** The calendar date part of an ISO date or datetime. */
export function datePart(iso: string): string {
  return iso.slice(0, 10);
}

/** Natural-language dates through chrono's strict mode: no "today", no missing year, month or day. */
function naturalDate(s: string, opts: DateOptions): string | null {
  const r = chrono().strict.parse(s)[0];
  if (!r) return null;
  if (!opts.lenient && (r.index !== 0 || r.text.length < s.replace(/[.,;]$/, '').length)) return null;
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  const y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  if (!c.isCertain('hour')) return calendarDate(y, mo, d, opts);
  const offset = c.isCertain('timezoneOffset') ? (c.get('timezoneOffset') ?? undefined) : undefined;
  return dateTime(y, mo, d, c.get('hour')!, c.get('minute') ?? 0, c.get('second') ?? 0, offset, opts);
}

function twelveHour(hour: number, ampm: string | undefined): number | null {
  if (!ampm) return hour;
  if (hour < 1 || hour > 12) return null;
  const pm = /^p/i.test(ampm);
  return hour === 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
}

/** Minutes east of UTC of a zone name or numeric offset; undefined when unknown. */
function offsetMinutes(tz: string): number | undefined {
  const z = ZONES[tz.toLowerCase()];
  if (z !== undefined) return z;
  const m = tz.match(/^([+-])(\d{2}):?(\d{2})?$/);
  if (!m) return undefined;
  const minutes = +m[2]! * 60 + (m[3] ? +m[3] : 0);
  return minutes > 14 * 60 ? undefined : (m[1] === '-' ? -1 : 1) * minutes;
}

function zoneOf(tz: string | undefined): number | undefined {
  return tz ? offsetMinutes(tz) : undefined;
}

function validDay(y: number, mo: number, d: number, opts: DateOptions): boolean {
  if (y < (opts.minYear ?? 1800) || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

function calendarDate(y: number, mo: number, d: number, opts: DateOptions): string | null {
  if (!validDay(y, mo, d, opts)) return null;
  if (opts.notAfter !== undefined && Date.UTC(y, mo - 1, d) > opts.notAfter) return null;
  return `${String(y).padStart(4, '0')}-${p2(mo)}-${p2(d)}`;
}

function dateTime(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  /** minutes east of UTC; undefined = no zone stated */
  offset: number | undefined,
  opts: DateOptions,
): string | null {
  if (!validDay(y, mo, d, opts) || h > 23 || mi > 59 || s > 60) return null;
  const sec = Math.min(s, 59); // a leap second is read as :59
  if (opts.notAfter !== undefined && Date.UTC(y, mo - 1, d, h, mi, sec) - (offset ?? 0) * 60_000 > opts.notAfter) return null;
  const local = `${String(y).padStart(4, '0')}-${p2(mo)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(sec)}`;
  if (offset === undefined) return local;
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
}

function fromEpoch(ms: number, opts: DateOptions): string | null {
  const dt = new Date(ms);
  return dateTime(
    dt.getUTCFullYear(),
    dt.getUTCMonth() + 1,
    dt.getUTCDate(),
    dt.getUTCHours(),
    dt.getUTCMinutes(),
    dt.getUTCSeconds(),
    0,
    opts,
  );
}
