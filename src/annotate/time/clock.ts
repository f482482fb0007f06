/**
 * A clock time against the report's own time of day. The DCT is a datetime on wire copy ("2025-03-13T08:30:00-03:00"),
 * and a bare clock time takes the DCT's day; that day is wrong when the tense rules the time out: a past act at a time
 * the report has not reached yet ("posted after midnight" in a morning report) was the day before, a plan at a time
 * already gone ("will resume at 9 a.m." in a noon report) is the day after.
 */
import type { Tense } from './tense.js';

/** The report's time of day: minutes after its local midnight, and its UTC offset in minutes when stated. */
export interface DctClock {
  readonly minutes: number;
  readonly offset: number | null;
}

/** "Z", "-05", "+05:30", "+0200" → minutes east of UTC; undefined/unknown → null. */
export function offsetMinutes(tz: string | undefined): number | null {
  if (!tz) return null;
  if (tz === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(tz);
  if (!m) return null;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

/**
 * The clock of an ISO datetime, or null for a bare date. Midnight exactly is read as no clock: feeds write a
 * date as "T00:00:00", which would put every past clock time on the day before.
 */
export function parseDctClock(dct: string | null | undefined): DctClock | null {
  const m = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?/.exec(dct?.trim() ?? '');
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes === 0 ? null : { minutes, offset: offsetMinutes(m[3]) };
}

/**
 * Days to move a bare clock time from the DCT's day: -1 for a past one later than the report, +1 for a future one
 * earlier than it, else 0. "midnight" is 24:00, the end of the day. The two are compared only in one known frame:
 * both state a zone, or the DCT states a local one (a local outlet's stamp; its copy keeps local time). A UTC
 * stamp on wire copy ("09:55Z" over "arrived shortly after 10 a.m." in Ulaanbaatar) or a stamp with no zone
 * (TimeBank's "01:58" over that evening's "7:15 p.m.") says nothing of the copy's clock.
 */
export function clockDayShift(hour: number, minute: number, tz: string | undefined, dct: DctClock, tense: Tense): -1 | 0 | 1 {
  const own = offsetMinutes(tz);
  if (dct.offset === null || (own === null && dct.offset === 0)) return 0;
  // a stated zone is compared in the DCT's zone ("10 a.m. GMT" against a +02:00 report is noon there)
  const at = hour * 60 + minute + (own !== null && dct.offset !== null ? dct.offset - own : 0);
  if (tense === 'past' && at > dct.minutes) return -1;
  if (tense === 'future' && at < dct.minutes) return 1;
  return 0;
}
