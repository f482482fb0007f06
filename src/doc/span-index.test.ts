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

test('span index: within / overlapping / overlaps / containing agree with a full scan', () => {
  for (const seed of [1, 2, 3]) {
    const all = spans(300, seed);
    const idx = new SpanIndex(all);
    for (let q = 0; q < 200; q++) {
      const start = (q * 37) % 520;
      const end = start + 1 + ((q * 13) % 40);
      assert.deepEqual(ids(idx.within(start, end)), ids(all.filter((s) => s.start >= start && s.end <= end)), `within ${start}-${end}`);
      assert.deepEqual(ids(idx.overlapping(start, end)), ids(all.filter((s) => s.start < end && s.end > start)), `overlapping ${start}-${end}`);
      assert.equal(idx.overlaps(start, end), all.some((s) => s.start < end && s.end > start), `overlaps ${start}-${end}`);
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
  assert.equal(idx.overlaps(9, 20), true, 'c runs to 20');
  assert.equal(idx.overlaps(20, 30), false, 'no span past 20 (negative)');
  assert.equal(new SpanIndex<S>([]).overlaps(0, 10), false, 'an empty index overlaps nothing (negative)');
});

test('span index: sorted and unsorted input answer alike; order() follows the input, not later edits of it', () => {
  const a = { start: 1, end: 4, id: 0 };
  const b = { start: 1, end: 2, id: 1 };
  const c = { start: 3, end: 9, id: 2 };
  const d = { start: 8, end: 9, id: 3 };
  /** within: ids of within(0, 10); orders: order() of a, b, c, d */
  const cases: { name: string; input: S[]; sorted: boolean; within: number[]; orders: number[] }[] = [
    { name: 'already in start order (ties in input order)', input: [a, b, c, d], sorted: true, within: [0, 1, 2, 3], orders: [0, 1, 2, 3] },
    { name: 'reversed', input: [d, c, b, a], sorted: false, within: [1, 0, 2, 3], orders: [3, 2, 1, 0] },
    { name: 'one out of place', input: [a, c, b, d], sorted: false, within: [0, 1, 2, 3], orders: [0, 2, 1, 3] },
    { name: 'empty', input: [], sorted: true, within: [], orders: [-1, -1, -1, -1] },
  ];
  for (const t of cases) {
    const input = t.input.slice();
    const idx = new SpanIndex(input);
    assert.equal(idx.inputSorted, t.sorted, t.name);
    // the index keeps its own copy: emptying the caller's array later changes nothing
    input.length = 0;
    assert.deepEqual(idx.within(0, 10).map((s) => s.id), t.within, t.name);
    assert.deepEqual([a, b, c, d].map((s) => idx.order(s)), t.orders, `${t.name}: each span's place in the input`);
    assert.equal(idx.order({ start: 1, end: 4, id: 9 }), -1, `${t.name}: a span not in the input`);
  }
});
