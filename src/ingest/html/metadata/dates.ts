/**
 * Date normalisation to ISO 8601. A date with a stated time and zone becomes a UTC instant
 * ("2019-11-19T15:04:00Z"); a stated time without zone keeps its wall-clock form; a bare date stays
 * a calendar date ("2019-11-19"). Anything without a certain year, month and day is null: the
 * extractor never substitutes "now".
 */
import * as chrono from 'chrono-node';

/** Earliest year we accept: older "dates" on news pages are almost always parse accidents. */
const MIN_YEAR = 1900;
/** Dates this far past the present are typos or event dates, not publication dates. */
const MAX_FUTURE_MS = 2 * 24 * 3600 * 1000;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validYmd(y: number, m: number, d: number): boolean {
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getTime() <= Date.now() + MAX_FUTURE_MS;
}

function instant(ms: number): string | null {
  if (!Number.isFinite(ms) || ms > Date.now() + MAX_FUTURE_MS) return null;
  const d = new Date(ms);
  if (d.getUTCFullYear() < MIN_YEAR) return null;
  return d.toISOString().replace('.000Z', 'Z');
}

const ISO_RE = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

export function normalizeDate(input: string | null | undefined): string | null {
  if (!input) return null;
  const s = input.trim();
  if (!s) return null;
  const iso = ISO_RE.exec(s);
  if (iso) {
    const [, y, mo, d, h, mi, sec, zone] = iso;
    if (!validYmd(Number(y), Number(mo), Number(d))) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    if (Number(h) > 23 || Number(mi) > 59) return null;
    const wall = `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}`;
    if (!zone) return wall;
    const z = zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return instant(Date.parse(wall + z));
  }
  // Unix time in seconds or milliseconds.
  if (/^\d{10}$/.test(s)) return instant(Number(s) * 1000);
  if (/^\d{13}$/.test(s)) return instant(Number(s));
  return parseNatural(s);
}

/** Natural-language dates ("Nov. 19, 2019 10:04 AM ET"), strict: no "today", no missing year. */
export function parseNatural(s: string): string | null {
  const results = chrono.strict.parse(s.slice(0, 200));
  const r = results[0];
  if (!r) return null;
  const c = r.start;
  if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) return null;
  const y = c.get('year') as number;
  const m = c.get('month') as number;
  const d = c.get('day') as number;
  if (!validYmd(y, m, d)) return null;
  if (!c.isCertain('hour')) return `${y}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('timezoneOffset')) return instant(c.date().getTime());
  return `${y}-${pad(m)}-${pad(d)}T${pad(c.get('hour') as number)}:${pad((c.get('minute') as number) ?? 0)}:${pad((c.get('second') as number) ?? 0)}`;
}

/** A date written into the URL path: /2019/11/19/, /2019-11-19/, /20191119/. Month-only paths give no day: null. */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /(?:^|\/)((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=\/|[_-]|\.|$)/.exec(path);
  if (!m) return null;
  const [, y, mo, d] = m;
  return validYmd(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : null;
}
