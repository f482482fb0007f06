import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanIndex } from './span-index.js';

interface S {
  start: number;
  end: number;
  id: number;
}

/** Deterministic pseudo-random spans, some nested, some overlapping, some equal starts. */
function spans(n: number, seed: number): S[] {
  let x = seed;
  const rnd = (k: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % k;
  };
  return Array.from({ length: n }, (_, id) => {
    const start = rnd(500);
    return { start, end: start + 1 + rnd(rnd(3) === 0 ? 80 : 8), id };
  });
}

const ids = (xs: readonly S[]): number[] => xs.map((s) => s.id).sort((a, b) => a - b);

test('span index: within / overlapping / containing agree with a full scan', () => {
  for (const seed of [1, 2, 3]) {
    const all = spans(300, seed);
    const idx = new SpanIndex(all);
    for (let q = 0; q < 200; q++) {
      const start = (q * 37) % 520;
      const end = start + 1 + ((q * 13) % 40);
      assert.deepEqual(ids(idx.within(start, end)), ids(all.filter((s) => s.start >= start && s.end <= end)), `within ${start}-${end}`);
      assert.deepEqual(ids(idx.overlapping(start, end)), ids(all.filter((s) => s.start < end && s.end > start)), `overlapping ${start}-${end}`);
      assert.deepEqual(ids(idx.containing(start, end)), ids(all.filter((s) => s.start <= start && s.end >= end)), `containing ${start}-${end}`);
    }
  }
});

test('span index: input order is kept for ties and reported by order()/firstInInput()', () => {
  const a = { start: 5, end: 9, id: 0 };
  const b = { start: 5, end: 7, id: 1 };
  const c = { start: 1, end: 20, id: 2 };
  const idx = new SpanIndex([a, b, c]);
  assert.deepEqual(idx.within(0, 30).map((s) => s.id), [2, 0, 1], 'start order, ties in input order');
  assert.equal(idx.order(b), 1);
  assert.equal(idx.firstInInput(idx.containing(6, 7))?.id, 0, 'a comes before b and c in the input');
  assert.deepEqual(new SpanIndex<S>([]).within(0, 10), []);
  assert.deepEqual(idx.within(30, 40), [], 'nothing past the end');
});
