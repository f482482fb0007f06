/**
 * Publication dates as they appear in metadata and headers, normalised to ISO 8601.
 * A date-only input stays date-only ("2024-01-22"); a datetime keeps its stated offset
 * ("2024-01-22T18:30:00+09:00"), because the local calendar date is what "on Sunday" in the text means.
 * Anything unparseable or out of range is null: callers store "unknown", never "now".
 */
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const MONTH_FIRST = /^(?:[a-z]+,?\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?\s*([a-z]{2,4}|[+-]\d{2}:?\d{2})?)?$/i;
const DAY_FIRST = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{2,4}|[+-]\d{2}:?\d{2})?)?$/i;

const ZONES: Record<string, number> = { utc: 0, gmt: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, pst: -480, pdt: -420, kst: 540, jst: 540, msk: 180, cet: 60, cest: 120, bst: 60 };

export function parseDate(input: string): string | null {
  const s = input.trim().replace(/\s+/g, ' ');
  if (s.length === 0 || s.length > 80) return null;
  let m: RegExpMatchArray | null;
  if ((m = s.match(ISO))) {
    const [, y, mo, d, hh, mm, ss, tz] = m;
    if (hh === undefined) return dateOnly(+y!, +mo!, +d!);
    return dateTime(+y!, +mo!, +d!, +hh, +mm!, ss ? +ss : 0, tz ? offsetMinutes(tz) : 0);
  }
  if ((m = s.match(SLASHED))) return dateOnly(+m[1]!, +m[2]!, +m[3]!);
  if ((m = s.match(MONTH_FIRST))) {
    const month = MONTHS[m[1]!.toLowerCase()];
    if (!month) return null;
    if (m[4] === undefined) return dateOnly(+m[3]!, month, +m[2]!);
    let hour = +m[4];
    const ampm = m[6]?.toLowerCase().replace(/\./g, '');
    if (ampm === 'pm' && hour < 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
    return dateTime(+m[3]!, month, +m[2]!, hour, +m[5]!, 0, m[7] ? offsetMinutes(m[7]) : 0);
  }
  if ((m = s.match(DAY_FIRST))) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (!month) return null;
    if (m[4] === undefined) return dateOnly(+m[3]!, month, +m[1]!);
    return dateTime(+m[3]!, month, +m[1]!, +m[4], +m[5]!, m[6] ? +m[6] : 0, m[7] ? offsetMinutes(m[7]) : 0);
  }
  // RFC 2822 (feeds, HTTP): "Mon, 22 Jan 2024 10:00:00 GMT"
  if (/^[a-z]{3}, \d{1,2} [a-z]{3} \d{4} \d{2}:\d{2}(:\d{2})? ([a-z]{2,4}|[+-]\d{4})$/i.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : new Date(t).toISOString().replace('.000Z', 'Z');
  }
  return null;
}

function offsetMinutes(tz: string): number {
  const z = ZONES[tz.toLowerCase()];
  if (z !== undefined) return z;
  const m = tz.match(/^([+-])(\d{2}):?(\d{2})$/);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (+m[2]! * 60 + +m[3]!);
}

function valid(y: number, mo: number, d: number): boolean {
  if (y < 1800 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function dateOnly(y: number, mo: number, d: number): string | null {
  if (!valid(y, mo, d)) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function dateTime(y: number, mo: number, d: number, h: number, mi: number, s: number, offset: number): string | null {
  if (!valid(y, mo, d) || h > 23 || mi > 59 || s > 60) return null;
  const p2 = (n: number): string => String(n).padStart(2, '0');
  const local = `${String(y).padStart(4, '0')}-${p2(mo)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(Math.min(s, 59))}`;
  if (offset === 0) return `${local}Z`;
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${p2(Math.floor(abs / 60))}:${p2(abs % 60)}`;
}

/** The calendar date part of an ISO date or datetime. */
export function datePart(iso: string): string {
  return iso.slice(0, 10);
}
