import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { parseClusters, serialiseClusters } from '../../src/annotate/entities/clusters.js';
import { buildClusters, clusterVectors, normaliseRows, type ClusterOptions } from './clusters.js';

test('clusters: words in the same contexts share coarse clusters; build is deterministic and round-trips', () => {
  const days = ['Monday', 'Tuesday', 'Friday'];
  const names = ['Smith', 'Jones', 'Brown'];
  const texts: string[] = [];
  for (let r = 0; r < 30; r++) {
    for (const d of days) texts.push(`The meeting is on ${d} morning . It ended on ${d} evening .`);
    for (const n of names) texts.push(`Mr. ${n} said he would resign . Mr. ${n} told reporters .`);
  }
  const opt: ClusterOptions = { minCount: 2, contextWords: 50, window: 2, dims: 6, powerIterations: 2, depth: 6, prefixes: [1, 3, 6], flatSizes: [4], kmeansIterations: 4, seed: 3 };
  const a = buildClusters(texts, [], opt);
  const b = buildClusters(texts, [], opt);
  assert.deepEqual(a.words, b.words);
  assert.deepEqual(Array.from(a.paths), Array.from(b.paths));
  const fine = (w: string): number => a.prefixId(a.row(w), 2);
  assert.equal(fine('Monday'), fine('Friday'));
  assert.equal(fine('Smith'), fine('Jones'));
  assert.notEqual(fine('Monday'), fine('Smith'));
  const back = parseClusters(gzipSync(serialiseClusters(a)));
  assert.equal(back.size, a.size);
  assert.deepEqual(back.sizes, a.sizes);
  assert.deepEqual(back.flatSizes, a.flatSizes);
  for (const w of a.words) {
    const [r, q] = [a.row(w), back.row(w)];
    assert.equal(back.paths[q], a.paths[r], w);
    assert.deepEqual([back.flatId(q, 0), back.prefixId(q, 2)], [a.flatId(r, 0), a.prefixId(r, 2)], w);
  }
  assert.equal(back.row('never-seen'), -1);
});

test('clusters: given vectors (as from GloVe) cluster by direction, not by length', () => {
  // Two tight directions; lengths differ by 10x, which unit-normalising removes.
  const rows: Record<string, number[]> = {
    paris: [1, 0.1, 0],
    london: [10, 0.5, 0.2],
    berlin: [2, 0.1, 0.1],
    smith: [0, 0.1, 1],
    jones: [0.1, 0, 9],
    brown: [0.2, 0.1, 3],
  };
  const words = Object.keys(rows);
  const vec = Float32Array.from(words.flatMap((w) => rows[w]!));
  normaliseRows(vec, words.length, 3);
  const t = clusterVectors(words, vec, 3, { depth: 3, prefixes: [1, 3], flatSizes: [2], kmeansIterations: 5, seed: 1 });
  const coarse = (w: string): number => t.prefixId(t.row(w), 0);
  const flat = (w: string): number => t.flatId(t.row(w), 0);
  for (const [a, b] of [['paris', 'london'], ['london', 'berlin'], ['smith', 'jones'], ['jones', 'brown']] as const) {
    assert.equal(coarse(a), coarse(b), `${a} ~ ${b}`);
    assert.equal(flat(a), flat(b), `${a} ~ ${b} (k-means)`);
  }
  assert.notEqual(coarse('paris'), coarse('smith'));
  assert.notEqual(flat('paris'), flat('smith'));
});
