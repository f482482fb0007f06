import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { WiretraceError } from '../../errors.js';
import { ClusterTable, parseClusters, pathPrefix, serialiseClusters } from './clusters.js';

test('clusters: path prefixes are distinct per length and nest', () => {
  const prefixIds = (path: number): number[] => [2, 4, 8].map((bits) => pathPrefix(path, 8, bits));
  const ids = prefixIds(0b1011_0110);
  assert.deepEqual(ids, [0b110, 0b11011, 0b110110110]);
  // a different path sharing the first 4 bits shares the 2- and 4-bit ids only
  const other = prefixIds(0b1011_1001);
  assert.equal(other[0], ids[0]);
  assert.equal(other[1], ids[1]);
  assert.notEqual(other[2], ids[2]);
});

test('clusters: a table round-trips through its file format; an unknown word has no row', () => {
  const words = ['Monday', 'Friday', 'Smith', 'Jones'];
  const t = new ClusterTable(4, [1, 2, 4], [3], words, Int32Array.from([0b0001, 0b0011, 0b1100, 0b1110]), Int32Array.from([0, 0, 2, 1]));
  const back = parseClusters(gzipSync(serialiseClusters(t)));
  assert.deepEqual([back.depth, back.sizes, back.flatSizes, back.size], [4, [1, 2, 4], [3], 4]);
  for (const w of words) {
    const [r, q] = [t.row(w), back.row(w)];
    assert.equal(back.paths[q], t.paths[r], w);
    assert.deepEqual([back.flatId(q, 0), back.prefixId(q, 1)], [t.flatId(r, 0), t.prefixId(r, 1)], w);
  }
  assert.equal(back.row('never-seen'), -1);
});

test('clusters: a malformed table is a coded error', () => {
  const cases = [
    { name: 'no header', text: 'paris\t1\n' },
    { name: 'missing flat column', text: '#tree\t4\t2 4\t8 16\nparis\t1\t2\n' },
  ];
  for (const c of cases) {
    assert.throws(() => parseClusters(gzipSync(c.text)), (e: unknown) => e instanceof WiretraceError && e.code === 'E_MODEL', c.name);
  }
});
