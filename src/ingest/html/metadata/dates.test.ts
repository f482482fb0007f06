import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, normalizeDate } from './dates.js';

test('dates: normalizeDate to ISO 8601', () => {
  const cases: [string | null, string | null][] = [
    ['2019-11-19', '2019-11-19'],
    ['2019-11-19T10:04:00Z', '2019-11-19T10:04:00Z'],
    ['2019-11-19T10:04:00+01:00', '2019-11-19T10:04:00+01:00'], // the stated offset is kept
    ['2019-11-19T10:04:00-0500', '2019-11-19T10:04:00-05:00'],
    ['2019-11-19T10:04:00.123+00:00', '2019-11-19T10:04:00Z'],
    ['2019-11-19 10:04', '2019-11-19T10:04:00'],
    ['20191119', '2019-11-19'],
    ['1574157840', '2019-11-19T10:04:00Z'],
    ['Nov. 19, 2019', '2019-11-19'],
    ['19 November 2019', '2019-11-19'],
    ['November 19, 2019 10:04 AM', '2019-11-19T10:04:00'],
    // Negative cases: no year, nonsense, impossible dates, far future, relative words: null, never "now".
    ['November 19', null],
    ['today', null],
    ['now', null],
    ['yesterday at noon', null],
    ['2019-02-30', null],
    ['2019-13-01', null],
    ['9999-01-01', null],
    ['not a date', null],
    ['', null],
    [null, null],
  ];
  for (const [input, want] of cases) assert.equal(normalizeDate(input), want, String(input));
});

test('dates: dateFromUrl', () => {
  const cases: [string, string | null][] = [
    ['https://x.example/2019/11/19/story', '2019-11-19'],
    ['https://x.example/news/2019-11-19-story.html', '2019-11-19'],
    ['https://x.example/20191119/story', '2019-11-19'],
    ['https://x.example/2019/11/story', null],
    ['https://x.example/article/123456789', null],
    ['https://x.example/2019/13/45/story', null],
    ['not a url', null],
  ];
  for (const [url, want] of cases) assert.equal(dateFromUrl(url), want, url);
});
