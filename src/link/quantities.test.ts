import assert from 'node:assert/strict';
import { test } from 'node:test';
import { intervalsOverlap, statedQuantities } from './quantities.js';

const P = 'link/quantities:';

test(`${P} counts of things become intervals`, () => {
  const cases: ReadonlyArray<{ text: string; want: ReadonlyArray<{ low: number; high: number; unit: string }> }> = [
    { text: 'signed 13 agreements', want: [{ low: 13, high: 13, unit: 'agreement' }] },
    { text: 'more than 60 companies took part', want: [{ low: 61, high: Infinity, unit: 'company' }] },
    { text: 'about 40 companies', want: [{ low: 36, high: 44, unit: 'company' }] },
    { text: 'up to 50 firms', want: [{ low: 0, high: 50, unit: 'firm' }] },
    { text: 'at least 110 people were killed', want: [{ low: 110, high: Infinity, unit: 'people' }] },
    { text: 'fourteen agreements', want: [{ low: 14, high: 14, unit: 'agreement' }] },
    { text: '1,200 new homes', want: [{ low: 1200, high: 1200, unit: 'home' }] },
    { text: '3 million barrels', want: [{ low: 3e6, high: 3e6, unit: 'barrel' }] },
    // not counts
    { text: 'in 2019 talks broke down', want: [] },
    { text: 'rose 5 percent', want: [] },
    { text: 'for 3 days', want: [] },
    { text: 'at 10 a.m.', want: [] },
  ];
  for (const c of cases) {
    const got = statedQuantities(c.text).map((q) => ({ low: q.low, high: q.high, unit: q.unit }));
    assert.deepEqual(got, c.want, c.text);
  }
});

test(`${P} offsets point into the text`, () => {
  const text = 'Officials said 13 agreements were signed.';
  const [q] = statedQuantities(text.slice(15), 15);
  assert.equal(text.slice(q!.start, q!.end), '13 agreements');
});

test(`${P} interval overlap`, () => {
  assert.equal(intervalsOverlap({ low: 13, high: 13 }, { low: 14, high: 14 }), false);
  assert.equal(intervalsOverlap({ low: 61, high: Infinity }, { low: 36, high: 44 }), false);
  assert.equal(intervalsOverlap({ low: 36, high: 44 }, { low: 40, high: 40 }), true);
});
