import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompactWeights } from './weights.js';

test('compact weights: lookups give the dense table (missing rows are zero rows)', () => {
  const labels = 5;
  const dense = new Float32Array(64 * labels);
  const rowsSet = [0, 3, 17, 40, 63];
  for (const r of rowsSet) for (let y = 0; y < labels; y++) dense[r * labels + y] = (r + 1) * (y - 2) * 0.5;
  const { rows, w, scale } = CompactWeights.quantise(dense, labels);
  const C = new CompactWeights(rows, w, labels, scale);
  for (let r = 0; r < 64; r++) {
    const o = C.lookup(r * labels);
    const stored = rowsSet.includes(r) && dense.subarray(r * labels, (r + 1) * labels).some((x) => x !== 0);
    assert.equal(o >= 0, stored, `row ${r}`);
    for (let y = 0; y < labels && o >= 0; y++) {
      assert.ok(Math.abs(C.table[o + y]! * scale - dense[r * labels + y]!) <= scale, `row ${r} label ${y}`);
    }
  }
});

test('compact weights: pruning drops rows whose largest weight is small (negative)', () => {
  const labels = 3;
  const dense = new Float32Array(4 * labels);
  dense.set([0.2, -0.1, 0], 0); // small: pruned at 0.5
  dense.set([2, 0, -1], 2 * labels); // kept
  const kept = CompactWeights.quantise(dense, labels, 0.5);
  assert.deepEqual(Array.from(kept.rows), [2 * labels]);
  const all = CompactWeights.quantise(dense, labels);
  assert.deepEqual(Array.from(all.rows), [0, 2 * labels]);
});
