import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classCorrect, detectCounts, fitClassBias, fitLabelMargins, tokenF1, type ClassRow, type DetectRow } from './calibrate.js';

const row = (scores: number[], gold: number): ClassRow & DetectRow => ({ scores: Float32Array.from(scores), gold });
const repeat = <T>(n: number, x: T): T[] => Array.from({ length: n }, () => x);

test('events/calibrate: class biases move only where enough rows gain', () => {
  const cases: { name: string; rows: ClassRow[]; want: (b: Float64Array) => boolean }[] = [
    {
      // ten class-1 tokens lose narrowly to class 0: a bias for class 1 (or against 0) wins them back
      name: 'a systematic lean is corrected',
      rows: [...repeat(10, row([1, 0.6, -1], 1)), ...repeat(10, row([2, 0, -1], 0))],
      want: (b) => b[1]! - b[0]! > 0.4 && b[1]! - b[0]! < 2,
    },
    {
      // negative: one token to gain is below minGain, so nothing moves
      name: 'one row is not evidence',
      rows: [row([1, 0.6, -1], 1), ...repeat(10, row([2, 0, -1], 0))],
      want: (b) => b.every((x) => x === 0),
    },
    {
      // negative: already right everywhere
      name: 'nothing to gain',
      rows: [...repeat(5, row([1, 0, 0], 0)), ...repeat(5, row([0, 1, 0], 1))],
      want: (b) => b.every((x) => x === 0),
    },
  ];
  for (const c of cases) {
    const b = fitClassBias(c.rows, 3);
    assert.ok(c.want(b), `${c.name}: ${[...b].join(',')}`);
    assert.ok(classCorrect(c.rows, b) >= classCorrect(c.rows, new Float64Array(3)), `${c.name}: never worse on its own rows`);
  }
});

test('events/calibrate: detection counts follow the margin and its per-class offsets', () => {
  // scores: O, class 1, class 2
  const rows: DetectRow[] = [row([0, 1, 0], 1), row([0, 0.2, 0], 0), row([0, 0, 0.4], 2), row([0, -1, -1], 2)];
  const cases: { margin: number; offsets: number[]; want: { tp: number; fp: number; fn: number } }[] = [
    { margin: 0, offsets: [0, 0], want: { tp: 2, fp: 1, fn: 1 } },
    { margin: 0, offsets: [0.5, 0], want: { tp: 2, fp: 0, fn: 1 } },
    { margin: 0, offsets: [0, 0.5], want: { tp: 1, fp: 1, fn: 2 } },
    { margin: 2, offsets: [0, 0], want: { tp: 0, fp: 0, fn: 3 } },
  ];
  for (const c of cases) assert.deepEqual(detectCounts(rows, c.margin, c.offsets), c.want, JSON.stringify(c));
  assert.equal(tokenF1({ tp: 0, fp: 3, fn: 3 }), 0);
});

test('events/calibrate: margin offsets raise F1 where a class over-fires, and stay 0 otherwise', () => {
  // class 1 fires on many O tokens with a small lead; its real events lead by 2
  const overFiring: DetectRow[] = [...repeat(20, row([0, 0.3, -1], 0)), ...repeat(20, row([0, 2, -1], 1)), ...repeat(10, row([0, -1, 2], 2))];
  const o = fitLabelMargins(overFiring, 0, 2);
  assert.ok(o[0]! >= 0.5 && o[0]! < 2, `class 1 offset ${o[0]}`);
  assert.equal(o[1], 0);
  // negative: a clean split needs no offset
  const clean: DetectRow[] = [...repeat(20, row([0, -1, -1], 0)), ...repeat(20, row([0, 2, -1], 1))];
  assert.deepEqual([...fitLabelMargins(clean, 0, 2)], [0, 0]);
});
