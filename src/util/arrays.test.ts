import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appendAll, lowerBound, maxOf, minOf } from './arrays.js';

test('appendAll appends in order and returns the target', () => {
  const cases: Array<{ target: number[]; items: Iterable<number>; want: number[] }> = [
    { target: [], items: [], want: [] },
    { target: [1], items: [], want: [1] },
    { target: [1], items: [2, 3], want: [1, 2, 3] },
    { target: [], items: new Set([4, 5]), want: [4, 5] },
  ];
  for (const c of cases) {
    const out = appendAll(c.target, c.items);
    assert.equal(out, c.target);
    assert.deepEqual(out, c.want);
  }
});

test('appendAll and maxOf/minOf take arrays far past the call-stack limit of a spread', () => {
  const big = Array.from({ length: 2_000_000 }, (_, i) => i);
  // the spread form these replace throws on an array this size
  // eslint-disable-next-line no-restricted-syntax -- the failure these helpers exist to avoid
  assert.throws(() => ([] as number[]).push(...big), RangeError);
  // eslint-disable-next-line no-restricted-syntax -- the failure these helpers exist to avoid
  assert.throws(() => Math.max(...big), RangeError);
  assert.equal(appendAll([], big).length, big.length);
  assert.equal(maxOf(big), big.length - 1);
  assert.equal(minOf(big), 0);
});

test('maxOf and minOf', () => {
  const cases: Array<{ xs: number[]; max: number; min: number }> = [
    { xs: [], max: -Infinity, min: Infinity },
    { xs: [3], max: 3, min: 3 },
    { xs: [2, -1, 7, 7], max: 7, min: -1 },
    { xs: [-5, -2], max: -2, min: -5 },
  ];
  for (const c of cases) {
    assert.equal(maxOf(c.xs), c.max);
    assert.equal(minOf(c.xs), c.min);
  }
  // a caller's default for the empty case; a non-empty input ignores it
  assert.equal(maxOf([], 0), 0);
  assert.equal(minOf([], 0), 0);
  assert.equal(maxOf([-3], 0), -3);
});

test('lowerBound finds the first value at least x, past duplicates, and the length when none is', () => {
  const a = [1, 3, 3, 3, 7];
  assert.deepEqual([0, 1, 2, 3, 4, 7, 8].map((x) => lowerBound(a, x)), [0, 0, 1, 1, 4, 4, 5]);
  assert.equal(lowerBound(Int32Array.from(a), 3), 1);
  assert.equal(lowerBound([], 5), 0);
});
