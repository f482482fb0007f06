/**
 * Refiners that once scanned the whole text or every event per candidate (quadratic on long texts) and
 * now look only nearby: their results, including far-apart and many-copies cases, stay what they were.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimesInText } from './index.js';

interface Seen {
  readonly text: string;
  readonly value: string | undefined;
  /** Where the event phrase the date was folded into starts, relative to the copy; null when not folded. */
  readonly phraseAt: number | null;
}

function seen(text: string): Seen[] {
  return tagTimesInText(text, '2024-01-22').map((t) => ({ text: text.slice(t.start, t.end), value: t.value, phraseAt: t.phrase ? t.phrase.start : null }));
}

test('time refiners: a date folds into the event phrase it belongs to, and only that one', () => {
  const cases: Array<{ name: string; text: string; want: Seen[] }> = [
    { name: 'date inside the phrase', text: 'Voting will not happen before the election on 12 April.', want: [{ text: '12 April', value: '2024-04-12', phraseAt: 23 }] },
    { name: 'joined by "which is scheduled for"', text: 'Prices rose before the summit, which is scheduled for June.', want: [{ text: 'June', value: '2024-06', phraseAt: 12 }] },
    { name: 'spaces between do not count against the link', text: `Voting will not happen before the election on${' '.repeat(100)}12 April.`, want: [{ text: '12 April', value: '2024-04-12', phraseAt: 23 }] },
    {
      name: 'negative: a date far from the event phrase stays apart',
      text: 'The talks stalled before the election. Officials in the capital, the region and the port towns met several delegations from abroad on 12 April.',
      want: [
        { text: 'before the election', value: 'XXXX-XX-XX', phraseAt: null },
        { text: '12 April', value: '2024-04-12', phraseAt: null },
      ],
    },
  ];
  for (const c of cases) assert.deepEqual(seen(c.text), c.want, c.name);
});

test('time refiners: in a long text each date folds into its own copy of the phrase', () => {
  const one = 'Voting will not happen before the election on 12 April. ';
  const copies = 300;
  const got = tagTimesInText(one.repeat(copies), '2024-01-22');
  assert.equal(got.length, copies);
  got.forEach((t, i) => assert.equal(t.phrase?.start, i * one.length + 23, `copy ${i}`));
});

test('time refiners: a number followed by an operator is not a year', () => {
  const cases: Array<{ text: string; years: string[] }> = [
    { text: 'The figure was 1990 in the table.', years: ['1990'] },
    { text: 'The figure was 1990  : 4 in the table.', years: [] },
    { text: 'The score was 2010 x 3 in the final.', years: [] },
    { text: 'The score was 2010 in the final.', years: ['2010'] },
  ];
  for (const c of cases) assert.deepEqual(seen(c.text).map((s) => s.text), c.years, c.text);
});
