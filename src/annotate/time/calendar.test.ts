import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addMonths, isoWeek, isoWeekday, nthWeekdayOfMonth, parseIsoDate, weekBounds } from './calendar.js';
import { durationValue } from './parsers.js';
import { parseNumber } from './lexicon.js';

const WEEKS: ReadonlyArray<[string, number, number]> = [
  ['2024-01-22', 2024, 4], ['2024-01-01', 2024, 1], ['2021-01-03', 2020, 53], ['2019-12-30', 2020, 1], ['1998-08-07', 1998, 32],
];
for (const [d, y, w] of WEEKS) {
  test(`time/calendar: ISO week of ${d} is ${y}-W${w}`, () => assert.deepEqual(isoWeek(parseIsoDate(d)!), { year: y, week: w }));
}

test('time/calendar: weekday, month arithmetic, nth weekday, week bounds, bad dates', () => {
  assert.equal(isoWeekday(parseIsoDate('2024-01-22')!), 1);
  assert.deepEqual(addMonths({ year: 2024, month: 1, day: 31 }, 1), { year: 2024, month: 2, day: 29 });
  assert.deepEqual(addMonths({ year: 2024, month: 1, day: 15 }, -13), { year: 2022, month: 12, day: 15 });
  assert.deepEqual(nthWeekdayOfMonth(2023, 11, 4, 4), { year: 2023, month: 11, day: 23 });
  assert.deepEqual(weekBounds({ year: 2024, week: 3 }), { from: { year: 2024, month: 1, day: 15 }, to: { year: 2024, month: 1, day: 21 } });
  assert.equal(parseIsoDate('2024-02-30'), null);
  assert.equal(parseIsoDate('yesterday'), null);
});

const DURATIONS: ReadonlyArray<[number | null, Parameters<typeof durationValue>[1], string]> = [
  [20, 'year', 'P20Y'], [2, 'decade', 'P20Y'], [2.5, 'year', 'P2Y6M'], [1.5, 'minute', 'PT1M30S'], [null, 'year', 'PXY'],
  [5, 'hour', 'PT5H'], [3, 'quarter', 'P9M'], [0.5, 'hour', 'PT30M'],
];
for (const [n, u, v] of DURATIONS) {
  test(`time/duration: ${n} ${u} → ${v}`, () => assert.equal(durationValue(n, u), v));
}

test('time/lexicon: number words', () => {
  assert.equal(parseNumber('twenty-four'), 24);
  assert.equal(parseNumber('a'), 1);
  assert.equal(parseNumber('several'), null);
  assert.equal(parseNumber('5 1/2'), 5.5);
  assert.equal(parseNumber('1,500'), 1500);
});
