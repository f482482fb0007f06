import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate } from './dates.js';

const cases: Array<[string, string | null]> = [
  ['2024-01-22', '2024-01-22'],
  ['2024-01-22T09:30:00Z', '2024-01-22T09:30:00Z'],
  ['2024-01-22T18:30:00+09:00', '2024-01-22T18:30:00+09:00'],
  ['2024-01-22T18:30:00+0900', '2024-01-22T18:30:00+09:00'],
  ['2024/01/22', '2024-01-22'],
  ['January 22, 2024', '2024-01-22'],
  ['Jan. 22, 2024', '2024-01-22'],
  ['Monday, January 22, 2024', '2024-01-22'],
  ['22 January 2024', '2024-01-22'],
  ['Mon, 22 Jan 2024 10:00:00 GMT', '2024-01-22T10:00:00Z'],
  ['January 22, 2024 3:15 PM EST', '2024-01-22T15:15:00-05:00'],
  // negatives: garbage and impossible dates are null, never "now"
  ['', null],
  ['yesterday', null],
  ['2024-02-30', null],
  ['2024-13-01', null],
  ['Smarch 3, 2024', null],
  ['99999-01-01', null],
];

for (const [input, want] of cases) {
  test(`parseDate: ${JSON.stringify(input)}`, () => assert.equal(parseDate(input), want));
}
