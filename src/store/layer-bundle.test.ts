/**
 * Layer bundles: an article's layers read back as the per-layer rows gave them (records as their JSON
 * text, annotator, version, time, the rows' order), a rewrite replaces only the layers it names, a
 * large layer keeps a stream of its own, and damaged bundles are refused with E_STORE.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWiretraceError } from '../errors.js';
import { createHash } from 'node:crypto';
import { BUNDLE_V1, BUNDLE_V2, BUNDLE_V3, BUNDLE_V4, bundleLayerSizes, bundleOfRows, mergeBundle, packBundle, rebuildFromText, SEPARATE_CHARS, unpackBundle } from './layer-bundle.js';
import { packLayerData } from './layer-codec.js';
import type { LayerWrite, StoredLayer } from './types.js';
import { TEXT_LAYERS } from './derived-layers.js';
import { BUNDLE_SKELETON_V4 } from './bundle-skeleton.js';

const storeError = (e: unknown): boolean => isWiretraceError(e) && e.code === 'E_STORE';
const T1 = '2024-01-01T00:00:00.000Z';
const T2 = '2024-02-01T00:00:00.000Z';

const tokens: LayerWrite = { name: 'tokens', annotator: 'text', version: '1.0.0', data: Array.from({ length: 300 }, (_, i) => ({ start: i * 6, end: i * 6 + 4, kind: 'word' })) };
const entities: LayerWrite = { name: 'entities', annotator: 'ner', version: '2.0.0', data: [{ key: 'per:x', mentions: [1, 2], score: 0.5 }] };
const empty: LayerWrite = { name: 'claims', annotator: 'claims', version: '1.1.0', data: [] };
/** A layer whose column form is past SEPARATE_CHARS: it gets a stream of its own. */
const big: LayerWrite = { name: 'big', annotator: 'x', version: '0.1.0', data: [{ text: 'y'.repeat(SEPARATE_CHARS + 10) }] };

const view = (ls: readonly StoredLayer[]): unknown[] => ls.map((l) => [l.articleId, l.name, l.annotator, l.version, l.createdAt, JSON.stringify(l.data)]);
const want = (id: number, at: string, ...ls: readonly LayerWrite[]): unknown[] => ls.map((l) => [id, l.name, l.annotator, l.version, at, JSON.stringify(l.data)]);

test('layer bundle: layers read back as written, all or only the named ones, in the order written', () => {
  const cases: Array<{ name: string; layers: LayerWrite[]; names?: string[]; expect: LayerWrite[] }> = [
    { name: 'none', layers: [], expect: [] },
    { name: 'all', layers: [tokens, entities, empty], expect: [tokens, entities, empty] },
    { name: 'named, in written order whatever the order asked', layers: [tokens, entities, empty], names: ['claims', 'tokens'], expect: [tokens, empty] },
    { name: 'a name not there', layers: [tokens], names: ['nope'], expect: [] },
    { name: 'a large layer beside small ones', layers: [tokens, big, entities], expect: [tokens, big, entities] },
    { name: 'only the large one', layers: [tokens, big, entities], names: ['big'], expect: [big] },
  ];
  for (const c of cases) {
    const b = packBundle(c.layers, T1);
    assert.equal(b[0], BUNDLE_V1, c.name);
    assert.deepEqual(view(unpackBundle(b, 7, c.names)), c.expect.map((l) => want(7, T1, l)[0]), c.name);
  }
});

test('layer bundle: a large layer is a stream of its own; small ones share one', () => {
  const small = packBundle([tokens, entities], T1);
  const withBig = packBundle([tokens, big, entities], T1);
  assert.equal(small[1], 0, 'no separate stream');
  assert.equal(withBig[1], 1, 'one separate stream');
  assert.deepEqual(bundleLayerSizes(withBig).map((s) => s.name), ['tokens', 'big', 'entities']);
  assert.ok(bundleLayerSizes(withBig).every((s) => s.bytes > 0));
});

test('layer bundle: a rewrite replaces the named layers (newest last) and keeps the rest, large streams included', () => {
  const start = packBundle([tokens, big, entities], T1);
  const newer: LayerWrite = { ...entities, version: '2.1.0', data: [] };
  const cases: Array<{ name: string; stored: Buffer | null; write: LayerWrite[]; expect: unknown[] }> = [
    { name: 'into nothing', stored: null, write: [tokens], expect: want(1, T2, tokens) },
    { name: 'replace one', stored: start, write: [newer], expect: [...want(1, T1, tokens, big), ...want(1, T2, newer)] },
    { name: 'add one', stored: start, write: [empty], expect: [...want(1, T1, tokens, big, entities), ...want(1, T2, empty)] },
    { name: 'replace the large one', stored: start, write: [{ ...big, data: [] }], expect: [...want(1, T1, tokens, entities), ...want(1, T2, { ...big, data: [] })] },
    { name: 'a name twice in one write: the last wins', stored: null, write: [entities, tokens, newer], expect: want(1, T2, tokens, newer) },
    { name: 'nothing written', stored: start, write: [], expect: want(1, T1, tokens, big, entities) },
  ];
  for (const c of cases) assert.deepEqual(view(unpackBundle(mergeBundle(c.stored, c.write, T2), 1)), c.expect, c.name);
});

test('layer bundle: rows of the per-layer table (packed or JSON text) become a bundle in the rows\' order', () => {
  const rows = [
    { name: 'claims', annotator: 'claims', version: '1.0.0', createdAt: T2, position: 0, data: packLayerData([]) },
    { name: 'tokens', annotator: 'text', version: '1.0.0', createdAt: T1, position: 0, data: packLayerData(tokens.data) },
    { name: 'entities', annotator: 'ner', version: '2.0.0', createdAt: T1, position: 1, data: JSON.stringify(entities.data) },
    { name: 'alpha', annotator: 'x', version: '0.1.0', createdAt: T1, position: 1, data: Buffer.from('[{"a":1}]') },
  ];
  assert.deepEqual(unpackBundle(bundleOfRows(rows), 3).map((l) => [l.name, l.createdAt]), [['tokens', T1], ['alpha', T1], ['entities', T1], ['claims', T2]]);
  assert.throws(() => bundleOfRows([{ ...rows[0]!, data: Buffer.from([0x07, 1]) }]), storeError, 'a row in an unknown format is refused');
});

test('layer bundle: damaged or unknown bundles are refused with E_STORE', () => {
  const good = packBundle([tokens, big], T1);
  const cases: Array<{ name: string; bytes: Buffer }> = [
    { name: 'empty', bytes: Buffer.alloc(0) },
    { name: 'a packed layer, not a bundle', bytes: packLayerData([]) },
    { name: 'cut short', bytes: good.subarray(0, 20) },
    { name: 'a stream length past the end', bytes: Buffer.from([BUNDLE_V1, 1, 0xff, 0x7f]) },
    { name: 'a length that never ends', bytes: Buffer.from([BUNDLE_V1, 0xff, 0xff]) },
    { name: 'not deflate', bytes: Buffer.from([BUNDLE_V1, 0, 1, 2, 3]) },
  ];
  for (const c of cases) assert.throws(() => unpackBundle(c.bytes, 1), storeError, c.name);
});

test('layer bundle: the text layers the running text annotator gives back are rebuilt from the text, not kept', () => {
  const text = 'Officials said on Monday that 40 people were hurt.\n\nThe strike goes on. "It will end," one said.';
  const made = TEXT_LAYERS.derive(text);
  const textLayers: LayerWrite[] = TEXT_LAYERS.names.map((name) => ({ name, annotator: TEXT_LAYERS.annotator, version: TEXT_LAYERS.version, data: made.get(name)! }));
  const edited: LayerWrite = { ...textLayers[1]!, data: textLayers[1]!.data.slice(1) };
  const older: LayerWrite = { ...textLayers[1]!, version: '0.0.1' };
  const cases: Array<{ name: string; write: LayerWrite[]; rebuilt: number }> = [
    { name: 'all three, exactly as the annotator makes them', write: [...textLayers, entities], rebuilt: 3 },
    { name: 'a token layer edited: kept', write: [edited], rebuilt: 0 },
    { name: 'another version of the annotator: kept', write: [older], rebuilt: 0 },
    { name: 'another annotator: kept', write: [tokens], rebuilt: 0 },
  ];
  for (const c of cases) {
    for (const bytes of [packBundle(c.write, T1, text), mergeBundle(null, c.write, T1, text)]) {
      assert.equal(bytes[0], BUNDLE_V4, `${c.name}: written with the text`);
      assert.equal(bundleLayerSizes(bytes, text).filter((s) => s.bytes === 0).length, c.rebuilt, c.name);
      assert.deepEqual(view(unpackBundle(bytes, 5, undefined, text)), c.write.flatMap((l) => want(5, T1, l)), c.name);
    }
  }
  const bundle = packBundle([...textLayers, entities], T1, text);
  assert.ok(bundle.length < packBundle([...textLayers, entities], T1).length, 'smaller than the bundle that keeps them');
  assert.deepEqual(view(unpackBundle(mergeBundle(bundle, [empty], T2, text), 5, undefined, text)), [...[...textLayers, entities].flatMap((l) => want(5, T1, l)), ...want(5, T2, empty)], 'a rewrite keeps them rebuilt');
  assert.throws(() => unpackBundle(bundle, 5, ['entities']), storeError, 'a V4 bundle is not read without its text');
  // a bundle that lists rebuilt layers without the text in its dictionary (V2, as migration 10 writes them)
  const v2 = rebuildFromText(packBundle([...textLayers, entities], T1), text)!;
  assert.equal(v2[0], BUNDLE_V2);
  assert.deepEqual(view(unpackBundle(v2, 5, undefined, text)), [...textLayers, entities].flatMap((l) => want(5, T1, l)));
  assert.deepEqual(view(unpackBundle(v2, 5, ['entities'])), want(5, T1, entities), 'V2: other layers read without the text');
  assert.throws(() => unpackBundle(v2, 5, ['tokens']), storeError, 'a rebuilt layer without the text is refused');
  assert.throws(() => unpackBundle(Buffer.from([BUNDLE_V1, ...v2.subarray(1)]), 5, undefined, text), storeError, 'V1 lists no rebuilt layers');
  assert.throws(() => unpackBundle(bundle, 5, undefined, `${text} `), storeError, 'V4 read against another text is refused');
});

test('layer bundle: V3 bundles written before still read; a rewrite makes them V4, which is smaller', () => {
  const text = 'Officials said on Monday that 40 people were hurt.\n\nThe strike goes on. "It will end," one said.';
  // entities and empty at T1 as BUNDLE_V3 wrote them (stream 0 deflated against the layer names and the text)
  const v3 = Buffer.from(
    'CQCrVsoBxw9SiOSBE7WRnoGeAYg2MDLRNTDUNTAMMTCwAiM9AwODKCVIykHyD5xhqGdIQKuhjgEogaSAE0iekpUhepbALD6Lk/OLUpUwsgokjYESKCgzWlUowZO2ESxZQ/MOIikb6JnG1sbWgvlI+REkFVtbG1sLAA==',
    'base64',
  );
  assert.equal(v3[0], BUNDLE_V3);
  assert.deepEqual(view(unpackBundle(v3, 4, undefined, text)), [...want(4, T1, entities), ...want(4, T1, empty)]);
  assert.throws(() => unpackBundle(v3, 4, undefined, `${text}.`), storeError, 'V3 read against another text is refused');
  const rewritten = mergeBundle(v3, [tokens], T2, text);
  assert.equal(rewritten[0], BUNDLE_V4);
  assert.deepEqual(view(unpackBundle(rewritten, 4, undefined, text)), [...want(4, T1, entities), ...want(4, T1, empty), ...want(4, T2, tokens)]);
  const v4 = packBundle([entities, empty], T1, text);
  assert.ok(v4.length < v3.length, `V4 ${v4.length} bytes, V3 ${v3.length}`);
  // the skeleton is part of the format: bundles written with it read only with these exact bytes
  assert.equal(createHash('sha256').update(BUNDLE_SKELETON_V4).digest('hex'), '01f3f86448a1aeade1343e35d46a5ac731eb2654463038e3d45c038e6b1eaf1d');
  const wrongSkeleton = Buffer.from(v4);
  wrongSkeleton[0] = BUNDLE_V3;
  assert.throws(() => unpackBundle(wrongSkeleton, 4, undefined, text), storeError, 'V4 stream read as V3 is refused');
});
