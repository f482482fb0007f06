import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockDayShift, offsetMinutes, parseDctClock } from './clock.js';
import { tagTimesInText } from './index.js';

const valueOf = (text: string, dct: string, expr: string): string | undefined =>
  tagTimesInText(text, dct).find((t) => text.slice(t.start, t.end) === expr)?.value;

test('time/clock: the DCT clock is read with its zone; a bare date or a midnight stamp has none', () => {
  const cases: [string | null, ReturnType<typeof parseDctClock>][] = [
    ['2025-03-14T11:30:00+02:00', { minutes: 690, offset: 120 }],
    ['2026-03-13T08:30:00-03:00', { minutes: 510, offset: -180 }],
    ['2025-04-08T09:55:00Z', { minutes: 595, offset: 0 }],
    ['1998-02-12T01:58:00', { minutes: 118, offset: null }],
    ['2025-03-14T05:30+0530', { minutes: 330, offset: 330 }],
    // negatives: no clock
    ['2025-03-14', null],
    ['2025-03-14T00:00:00Z', null],
    [null, null],
    ['not a date', null],
  ];
  for (const [dct, want] of cases) assert.deepEqual(parseDctClock(dct), want, String(dct));
  assert.equal(offsetMinutes('-05'), -300);
  assert.equal(offsetMinutes('+05:30'), 330);
  assert.equal(offsetMinutes(undefined), null);
});

test('time/clock: a clock time moves off the DCT day only where the tense rules it out', () => {
  const local = { minutes: 690, offset: 120 };
  const cases: [number, number, string | undefined, typeof local | { minutes: number; offset: number | null }, 'past' | 'future' | 'unknown', number][] = [
    [24, 0, undefined, local, 'past', -1], // "posted after midnight" in a late-morning report
    [16, 0, undefined, local, 'past', -1],
    [9, 0, undefined, local, 'future', 1], // "will resume at 9 a.m." at 11:30
    [10, 30, 'Z', local, 'past', -1], // 10:30 GMT is 12:30 at +02:00
    // negatives: consistent with the tense, no tense, or no frame in common with the copy
    [4, 12, undefined, local, 'past', 0],
    [24, 0, undefined, local, 'future', 0],
    [16, 0, undefined, local, 'unknown', 0],
    [10, 30, 'Z', local, 'future', 0], // 12:30 there: still ahead
    [10, 0, undefined, { minutes: 595, offset: 0 }, 'past', 0], // a UTC wire stamp says nothing of local time
    [19, 15, undefined, { minutes: 118, offset: null }, 'past', 0], // nor a stamp with no zone
    [10, 0, '+08', { minutes: 595, offset: 0 }, 'past', 0], // 10:00 +08 is 02:00 UTC, before 09:55 UTC
  ];
  for (const [h, m, tz, dct, tense, want] of cases) assert.equal(clockDayShift(h, m, tz, dct, tense), want, JSON.stringify([h, m, tz, dct, tense]));
});

test('time/clock: clock times and days of wire copy against the report time (table, with negatives)', () => {
  // DCT Friday 2025-03-14 11:30 at +02:00
  const fri = '2025-03-14T11:30:00+02:00';
  const cases: [string, string, string, string][] = [
    // a past act at a time of day named with its day: the past day (the -ing clause after it is no schedule)
    [fri, 'The cyclone made landfall shortly before midnight on Thursday, tearing roofs off houses.', 'midnight on Thursday', '2025-03-13T24:00'],
    [fri, 'The statement was posted after midnight.', 'midnight', '2025-03-13T24:00'],
    // the time of a statement, whatever the nearer verb of what it reports says
    ['2026-03-13T08:30:00-03:00', 'The launch was pushed back to Sunday, the director said in a statement posted after midnight.', 'midnight', '2026-03-12T24:00'],
    [fri, 'The plane landed at 4 p.m.', '4 p.m.', '2025-03-13T16:00'],
    [fri, 'The quake struck at 4:12 a.m.', '4:12 a.m.', '2025-03-14T04:12'],
    // a future act at a time already gone today: tomorrow; one still ahead stays today
    [fri, 'Talks will resume at 9 a.m.', '9 a.m.', '2025-03-15T09:00'],
    [fri, 'The ceasefire will take effect at midnight.', 'midnight', '2025-03-14T24:00'],
    // negatives: a day named in a past sentence stays past; a schedule after a noun subject stays ahead
    [fri, 'The march passed off peacefully on Thursday.', 'Thursday', '2025-03-13'],
    [fri, 'The meeting takes place on Monday.', 'Monday', '2025-03-17'],
    // negatives: a UTC wire stamp or a stamp with no zone leaves the copy's clock on the DCT day
    ['2025-04-08T09:55:00Z', 'Temirov arrived in the capital shortly after 10 a.m.', '10 a.m.', '2025-04-08T10:00'],
    ['1998-02-12T01:58:00', 'The victim was shot around 7:15 p.m.', '7:15 p.m.', '1998-02-12T19:15'],
  ];
  for (const [dct, text, expr, want] of cases) assert.equal(valueOf(text, dct, expr), want, text);
});
