import assert from 'node:assert/strict';
import { test } from 'node:test';
import { daylessTime, daysBetween } from './days.js';

const CASES: ReadonlyArray<{ from: string; to: string; want: number }> = [
  { from: '2025-03-01', to: '2025-03-08', want: 7 },
  { from: '2025-02-28', to: '2025-03-01', want: 1 },
  { from: '2024-02-28', to: '2024-03-01', want: 2 },
  { from: '2025-03-08', to: '2025-03-01', want: -7 },
  { from: '2025-03-01T23:59:00Z', to: '2025-03-02T00:01:00+02:00', want: 1 },
  { from: '2025-03-01', to: '2025-03-01', want: 0 },
];

for (const c of CASES) {
  test(`daysBetween ${c.from} → ${c.to}`, () => assert.equal(daysBetween(c.from, c.to), c.want));
}

test('daysBetween: a text that is no date gives NaN, which no bound compares true with', () => {
  assert.ok(Number.isNaN(daysBetween('soon', '2025-03-01')));
});

test('daylessTime: a clock time alone or "the same afternoon" names no day; a time with a day does', () => {
  const cases: ReadonlyArray<{ text: string; want: boolean }> = [
    { text: '22:14 local time', want: true },
    { text: 'at noon', want: true },
    { text: '10 a.m.', want: true },
    { text: 'the same afternoon', want: true },
    { text: 'the same day', want: true },
    // negatives: the day is named
    { text: '10 a.m. on Saturday', want: false },
    { text: 'this afternoon', want: false },
    { text: 'at 9 today', want: false },
    { text: 'Saturday, May 16', want: false },
    { text: 'tonight', want: false },
  ];
  for (const c of cases) assert.equal(daylessTime(c.text), c.want, c.text);
});
