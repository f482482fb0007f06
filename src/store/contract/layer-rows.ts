/**
 * The check both engines' bundle migrations (SQLite 9, PostgreSQL 8) are held to: layer rows as the
 * per-layer table kept them, and what the store must read back from their bundles afterwards.
 */
import assert from 'node:assert/strict';
import { packLayerData } from '../layer-codec.js';
import type { LayerRowData } from '../layer-bundle.js';
import type { Store } from '../types.js';

const T1 = '2024-01-01T00:00:00.000Z';
const T2 = '2024-02-01T00:00:00.000Z';

/** Rows of two writes to the first article (a packed one, one JSON text from before packing, positions out of name order) and one to the third. */
export function oldLayerRows(): Array<{ article: 0 | 2; row: LayerRowData }> {
  const row = (name: string, version: string, data: Buffer | string, position: number, createdAt: string): LayerRowData => ({ name, annotator: 'a', version, data, position, createdAt });
  return [
    { article: 0, row: row('tokens', '1.0.0', packLayerData([{ start: 0, end: 5, kind: 'word' }]), 0, T1) },
    { article: 0, row: row('entities', '2.1.0', '[{"key":"per:x","mentions":[1,2]}]', 1, T1) },
    { article: 0, row: row('claims', '1.0.0', packLayerData([]), 0, T2) },
    { article: 0, row: row('alpha', '0.1.0', packLayerData([{ v: 1.5 }]), 1, T1) },
    { article: 2, row: row('tokens', '1.0.0', packLayerData([{ start: 0, end: 5 }]), 0, T1) },
  ];
}

/** What a store migrated from oldLayerRows reads back, and that a rewrite keeps the other layers. */
export async function checkBundledRows(s: Store, [a, b, c]: readonly [number, number, number]): Promise<void> {
  assert.deepEqual((await s.getLayers(a)).map((l) => [l.articleId, l.name, l.version, l.createdAt, JSON.stringify(l.data)]), [
    [a, 'tokens', '1.0.0', T1, '[{"start":0,"end":5,"kind":"word"}]'],
    [a, 'alpha', '0.1.0', T1, '[{"v":1.5}]'],
    [a, 'entities', '2.1.0', T1, '[{"key":"per:x","mentions":[1,2]}]'],
    [a, 'claims', '1.0.0', T2, '[]'],
  ], 'time, then position, then name, as the rows were read');
  assert.deepEqual((await s.getLayers(a, ['claims', 'entities'])).map((l) => l.name), ['entities', 'claims']);
  assert.deepEqual(await s.getLayers(b), [], 'an article without layers has none');
  assert.deepEqual((await s.getLayers(c))[0]?.data, [{ start: 0, end: 5 }]);
  await s.putLayers(a, [{ name: 'entities', annotator: 'a', version: '2.2.0', data: [] }]);
  assert.deepEqual((await s.getLayers(a)).map((l) => [l.name, l.version]), [['tokens', '1.0.0'], ['alpha', '0.1.0'], ['claims', '1.0.0'], ['entities', '2.2.0']], 'a rewritten layer is the newest; the others keep theirs');
}
