/**
 * The last day of a range. "June 18-19" and "30 June-2 July" state their last day; the month and year
 * it leaves out are the first day's, rolling into the next year when the range crosses New Year
 * ("December 30-January 2"). "from Monday to Wednesday" ends on the first Wednesday after the Monday.
 */
import { addDays, daysInMonth, isoWeekday, toEpochDay, type Ymd } from './calendar.js';
import type { CalendarSem } from './candidate.js';

export function rangeEnd(until: CalendarSem, begin: Ymd): Ymd {
  if (until.weekday !== undefined) {
    const gap = (until.weekday - isoWeekday(begin) + 7) % 7;
    return addDays(begin, gap === 0 ? 7 : gap);
  }
  const month = until.month ?? begin.month;
  const at = (year: number): Ymd => ({ year, month, day: Math.min(until.day ?? begin.day, daysInMonth(year, month)) });
  const end = at(until.year ?? begin.year);
  return until.year === undefined && toEpochDay(end) < toEpochDay(begin) ? at(begin.year + 1) : end;
}
