import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWiretraceError } from '../errors.js';
import { instantOf, parseDate, validatePublished, type DateOptions } from './dates.js';

const cases: Array<[string, string | null]> = [
  ['2024-01-22', '2024-01-22'],
  ['20240122', '2024-01-22'],
  ['2024-01-22T09:30:00Z', '2024-01-22T09:30:00Z'],
  ['2024-01-22T18:30:00+09:00', '2024-01-22T18:30:00+09:00'],
  ['2024-01-22T18:30:00+0900', '2024-01-22T18:30:00+09:00'],
  ['2024-01-22T18:30:00.123+05:30', '2024-01-22T18:30:00+05:30'],
  ['2024-01-22T18:30:00+00:00', '2024-01-22T18:30:00Z'],
  // no zone stated: a wall-clock time, not silently UTC
  ['2024-01-22 18:30', '2024-01-22T18:30:00'],
  ['2024/01/22', '2024-01-22'],
  ['January 22, 2024', '2024-01-22'],
  ['Jan. 22, 2024', '2024-01-22'],
  ['Monday, January 22, 2024', '2024-01-22'],
  ['22 January 2024', '2024-01-22'],
  ['January 22, 2024 3:15 PM EST', '2024-01-22T15:15:00-05:00'],
  ['January 22, 2024 12:05 am', '2024-01-22T00:05:00'],
  // RFC 2822 (feeds, HTTP): offsets kept, two-digit years, a wrong weekday ignored
  ['Mon, 22 Jan 2024 10:00:00 GMT', '2024-01-22T10:00:00Z'],
  ['Mon, 22 Jan 2024 08:00:00 +0900', '2024-01-22T08:00:00+09:00'],
  ['Tue, 01 Oct 24 09:30:00 EDT', '2024-10-01T09:30:00-04:00'],
  ['Mon, 01 Oct 2024 09:30:00 CEST', '2024-10-01T09:30:00+02:00'],
  ['Mon, 22 Jan 2024 10:00 XYZ', '2024-01-22T10:00:00'], // unknown zone: wall clock, never a guessed UTC
  // Unix time
  ['1574157840', '2019-11-19T10:04:00Z'],
  ['1574157840000', '2019-11-19T10:04:00Z'],
  // natural language, as the whole input
  ['Nov 19th 2019', '2019-11-19'],
  // negatives: garbage and impossible dates are null, never "now"
  ['', null],
  ['yesterday', null],
  ['today', null],
  ['November 19', null],
  ['2024-02-30', null],
  ['2024-13-01', null],
  ['2024-01-22T24:00', null],
  ['January 22, 2024 13:15 PM', null],
  ['Smarch 3, 2024', null],
  ['99999-01-01', null],
  ['22 Jan 24', '2024-01-22'], // a short British date (chrono's reading)
  ['2024-01-22T10:00+15:00', '2024-01-22T10:00:00'], // no such offset: the zone is dropped, not trusted
  ['The deal was signed on January 5, 2024.', null], // a date inside a sentence is not a date line
];

for (const [input, want] of cases) {
  test(`parseDate: ${JSON.stringify(input)}`, () => assert.equal(parseDate(input), want));
}

test('parseDate: options bound the year, the future and where a date may sit', () => {
  const now = Date.UTC(2024, 0, 22, 12, 0, 0);
  const table: Array<{ input: string; opts: DateOptions; want: string | null }> = [
    { input: '1850-06-01', opts: {}, want: '1850-06-01' },
    { input: '1850-06-01', opts: { minYear: 1900 }, want: null },
    { input: 'Thu, 01 Jan 1970 00:00:00 GMT', opts: { minYear: 1990 }, want: null },
    { input: '2024-01-24', opts: { notAfter: now }, want: null },
    { input: '2024-01-22', opts: { notAfter: now }, want: '2024-01-22' },
    // 20:00 in Seoul is 11:00 UTC: not after noon UTC
    { input: '2024-01-22T20:00:00+09:00', opts: { notAfter: now }, want: '2024-01-22T20:00:00+09:00' },
    { input: '2024-01-22T13:00:00Z', opts: { notAfter: now }, want: null },
    { input: 'Updated Nov. 19, 2019 10:04 AM by Staff', opts: {}, want: null },
    { input: 'Updated Nov. 19, 2019 10:04 AM by Staff', opts: { lenient: true }, want: '2019-11-19T10:04:00' },
  ];
  for (const { input, opts, want } of table) assert.equal(parseDate(input, opts), want, `${input} ${JSON.stringify(opts)}`);
});

test('parseDate: its own output parses to itself', () => {
  for (const [input, want] of cases) if (want) assert.equal(parseDate(want), want, input);
});

test('validatePublished: absent is unknown, anything given must be a date, with one message', () => {
  const table: Array<{ value: string | null | undefined; want: string | null | 'E_DATE_INVALID' }> = [
    { value: undefined, want: null },
    { value: null, want: null },
    { value: '2024-06-16', want: '2024-06-16' },
    { value: ' 2024-06-16T09:30:00Z ', want: '2024-06-16T09:30:00Z' },
    { value: 'January 22, 2024', want: '2024-01-22' },
    { value: '', want: 'E_DATE_INVALID' }, // an unset shell variable: refused, not read as "no date"
    { value: '   ', want: 'E_DATE_INVALID' },
    { value: 'yesterday-ish', want: 'E_DATE_INVALID' },
    { value: '2025-02-30', want: 'E_DATE_INVALID' },
    { value: '2024-13-01', want: 'E_DATE_INVALID' },
  ];
  for (const { value, want } of table) {
    if (want !== 'E_DATE_INVALID') {
      assert.equal(validatePublished(value), want, JSON.stringify(value));
      continue;
    }
    assert.throws(
      () => validatePublished(value),
      (e: unknown) =>
        isWiretraceError(e) &&
        e.code === 'E_DATE_INVALID' &&
        e.message === `published date ${JSON.stringify(value)} is not a date: give ISO 8601 (e.g. 2024-06-16 or 2024-06-16T09:30:00Z) or leave it out`,
      JSON.stringify(value),
    );
  }
});

test('instantOf: offsets count, zone-less times read as UTC', () => {
  assert.equal(instantOf('2024-01-22T08:00:00+09:00'), Date.UTC(2024, 0, 21, 23, 0, 0));
  assert.equal(instantOf('2024-01-22T08:00:00Z'), Date.UTC(2024, 0, 22, 8, 0, 0));
  assert.equal(instantOf('2024-01-22T08:00:00'), Date.UTC(2024, 0, 22, 8, 0, 0));
  assert.equal(instantOf('2024-01-22'), Date.UTC(2024, 0, 22));
  assert.ok(Number.isNaN(instantOf('not a date')));
});
