import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { buildClusters, parseClusters, prefixIds, serialiseClusters, type ClusterOptions } from './clusters.js';

test('clusters: path prefixes are distinct per length and nest', () => {
  const ids = prefixIds(0b1011_0110, 8, [2, 4, 8]);
  assert.deepEqual(Array.from(ids), [0b110, 0b11011, 0b110110110]);
  // a different path sharing the first 4 bits shares the 2- and 4-bit ids only
  const other = prefixIds(0b1011_1001, 8, [2, 4, 8]);
  assert.equal(other[0], ids[0]);
  assert.equal(other[1], ids[1]);
  assert.notEqual(other[2], ids[2]);
});

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
  assert.deepEqual([...a.paths.entries()], [...b.paths.entries()]);
  const fine = (w: string): number => a.ids.get(w)![2]!;
  assert.equal(fine('Monday'), fine('Friday'));
  assert.equal(fine('Smith'), fine('Jones'));
  assert.notEqual(fine('Monday'), fine('Smith'));
  const back = parseClusters(gzipSync(serialiseClusters(a)));
  assert.deepEqual([...back.paths.entries()].sort(), [...a.paths.entries()].sort());
  assert.deepEqual(back.sizes, a.sizes);
  assert.deepEqual([...back.flat.entries()].sort(), [...a.flat.entries()].sort());
});
