/**
 * chrono-node as an alternative tagger, so the eval can measure whether it earns a place as a building block.
 * Chrono finds dates and times (no durations, sets or PAST/FUTURE_REF); values come from its certain fields.
 */
import * as chrono from 'chrono-node';
import { pad } from '../../annotate/time/calendar.js';
import type { ScoredTimex } from './score.js';

export function chronoTag(text: string, dct: string | null): ScoredTimex[] {
  const ref = dct ? new Date(`${dct.slice(0, 10)}T12:00:00Z`) : new Date();
  return chrono.parse(text, { instant: ref, timezone: 'UTC' }).map((r) => {
    const s = r.start;
    const y = s.get('year');
    const mo = s.get('month');
    const d = s.get('day');
    const hasTime = s.isCertain('hour');
    let value: string;
    if (s.isCertain('day') || s.isCertain('weekday') || (!s.isCertain('month') && !s.isCertain('year'))) value = `${y}-${pad(mo ?? 1)}-${pad(d ?? 1)}`;
    else if (s.isCertain('month')) value = `${y}-${pad(mo ?? 1)}`;
    else value = String(y);
    if (hasTime) value += `T${pad(s.get('hour') ?? 0)}:${pad(s.get('minute') ?? 0)}`;
    return { start: r.index, end: r.index + r.text.length, type: hasTime ? 'TIME' : 'DATE', value };
  });
}
