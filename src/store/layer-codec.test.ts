/**
 * The layer codec: every value reads back as its JSON text would have (key order included), old JSON
 * rows still read, and damaged or unknown data is refused with E_STORE.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { isWiretraceError } from '../errors.js';
import { PACKED_V1, packJson, packLayerData, unpackJson, unpackLayerData } from './layer-codec.js';

const storeError = (e: unknown): boolean => isWiretraceError(e) && e.code === 'E_STORE';

/** What the store gave back when it kept JSON text: the reference every case is held to. */
const viaJson = (data: readonly unknown[]): string => JSON.stringify(data);

const tokens = Array.from({ length: 500 }, (_, i) => ({ start: i * 6, end: i * 6 + 4 + (i % 3), kind: i % 7 === 0 ? 'punct' : 'word' }));

test('layer codec: records read back as their JSON text, whatever their shape', () => {
  const withProto = JSON.parse('[{"__proto__":{"x":1},"a":1}]') as unknown[];
  const cases: Array<{ name: string; data: readonly unknown[] }> = [
    { name: 'empty', data: [] },
    { name: 'tokens (integer columns, a repeating string column)', data: tokens },
    { name: 'one record', data: [{ start: 3, end: 9 }] },
    { name: 'optional keys and a different key order per record', data: [{ id: 'a', start: 1 }, { start: 2, id: 'b', note: 'x' }, { id: 'c' }] },
    { name: 'nested records, arrays of records and of strings', data: [
      { id: 'a1', source: { start: 1, end: 4, entity: 'e2' }, content: [{ start: 5, end: 9 }, { start: 11, end: 20 }], mentions: ['m1', 'm9'] },
      { id: 'a2', source: { start: 30, end: 34 }, content: [], mentions: [] },
    ] },
    { name: 'arrays of arrays and mixed element types', data: [{ r: [[1, 2], [3]], m: [1, 'a', null, true, { x: 1 }] }, { r: [], m: [] }] },
    { name: 'floats, negatives, zero, minus zero, NaN and infinities', data: [{ v: 0.9, n: -5, z: 0, mz: -0, nan: NaN, inf: Infinity }, { v: 1e-9, n: -7, z: 0, mz: 0, nan: 1, inf: -Infinity }] },
    { name: 'integers past 2^53 and differences past it', data: [{ a: Number.MAX_SAFE_INTEGER, b: 2 ** 60 }, { a: -Number.MAX_SAFE_INTEGER, b: 1 }] },
    { name: 'undefined values (JSON drops the key) and functions', data: [{ a: 1, b: undefined }, { a: 2, b: 3, f: () => 1 }] },
    { name: 'undefined in an array (JSON writes null)', data: [{ a: [1, undefined, 3] }] },
    { name: 'non-plain objects (Date has toJSON)', data: [{ at: new Date(Date.UTC(2024, 0, 2)) }, { at: new Date(0) }] },
    { name: 'a key named __proto__', data: withProto },
    { name: 'null, booleans and bare values as records', data: [null, true, 3, 'x', [1], { a: 1 }] },
    { name: 'strings: unicode, quotes, a lone surrogate, empty', data: [{ t: 'Zürich «quoted» "x"' }, { t: '\ud800' }, { t: '' }, { t: 'Zürich «quoted» "x"' }] },
    { name: 'many distinct strings (no dictionary)', data: Array.from({ length: 50 }, (_, i) => ({ id: `m${i}` })) },
  ];
  for (const c of cases) {
    const packed = packLayerData(c.data);
    assert.equal(packed[0], PACKED_V1, `${c.name}: format byte`);
    const back = unpackLayerData(packed);
    assert.equal(JSON.stringify(back), viaJson(c.data), c.name);
    assert.deepEqual(back, JSON.parse(viaJson(c.data)), `${c.name}: same values`);
  }
});

test('layer codec: a tokens layer takes a small part of its JSON text', () => {
  const packed = packLayerData(tokens);
  assert.ok(packed.length * 10 < viaJson(tokens).length, `${packed.length} packed bytes against ${viaJson(tokens).length} of JSON`);
  // a token's end is kept as its length, not as a second offset
  assert.ok(packed.length < tokens.length, `${packed.length} bytes for ${tokens.length} tokens`);
});

test('layer codec: JSON text rows from before the packed format still read', () => {
  const cases: Array<{ name: string; stored: Uint8Array | string; want: unknown[] }> = [
    { name: 'SQLite JSON text', stored: '[{"start":0,"end":5}]', want: [{ start: 0, end: 5 }] },
    { name: 'PostgreSQL jsonb text, as bytes', stored: Buffer.from('[{"end": 5, "start": 0}]'), want: [{ end: 5, start: 0 }] },
    { name: 'bytes in a view of a larger buffer', stored: new Uint8Array(Buffer.from('xx[1,2]')).subarray(2), want: [1, 2] },
    { name: 'empty array', stored: '[]', want: [] },
  ];
  for (const c of cases) assert.deepEqual(unpackLayerData(c.stored), c.want, c.name);
});

test('layer codec: unknown formats and damaged data are refused with E_STORE', () => {
  const good = packLayerData(tokens);
  const cases: Array<{ name: string; stored: Uint8Array | string }> = [
    { name: 'empty bytes', stored: Buffer.alloc(0) },
    { name: 'an unknown format byte', stored: Buffer.from([0x02, 1, 2, 3]) },
    { name: 'JSON that is not an array', stored: '{"a":1}' },
    { name: 'JSON text cut short', stored: '[{"start":0' },
    { name: 'truncated deflate', stored: good.subarray(0, good.length >> 1) },
    { name: 'a column of the wrong length', stored: Buffer.concat([Buffer.from([PACKED_V1]), deflateRawSync(Buffer.from('{"n":3,"c":{"v":[1]}}'))]) },
  ];
  for (const c of cases) assert.throws(() => unpackLayerData(c.stored), storeError, c.name);
});

test('layer codec: any JSON value (a digest, a story state) packs and reads back as its JSON text', () => {
  const state = { reports: Array.from({ length: 40 }, (_, i) => ({ article: i + 1, day: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`, status: i % 2 ? 'occurred' : 'anticipated' })), title: 'Talks', counts: { a: 1 } };
  const cases: Array<{ name: string; value: unknown }> = [
    { name: 'a story state', value: state },
    { name: 'an array', value: [1, { b: 2 }] },
    { name: 'a string', value: 'plain' },
    { name: 'a number', value: 3.5 },
    { name: 'null', value: null },
    { name: 'an empty object', value: {} },
  ];
  for (const c of cases) assert.equal(JSON.stringify(unpackJson(packJson(c.value))), JSON.stringify(c.value), c.name);
  const old: Array<{ name: string; stored: Uint8Array | string; want: unknown }> = [
    { name: 'JSON text', stored: '{"a":1}', want: { a: 1 } },
    { name: 'JSON text bytes', stored: Buffer.from('{"b": [1]}'), want: { b: [1] } },
    { name: 'JSON text bytes after white space', stored: Buffer.from('\n "s"'), want: 's' },
  ];
  for (const c of old) assert.deepEqual(unpackJson(c.stored), c.want, c.name);
  const refused: Array<{ name: string; run: () => unknown }> = [
    { name: 'undefined', run: () => packJson(undefined) },
    { name: 'empty bytes', run: () => unpackJson(Buffer.alloc(0)) },
    { name: 'a control byte', run: () => unpackJson(Buffer.from([0x02, 0x7b, 0x7d])) },
    { name: 'text that is not JSON', run: () => unpackJson('{"a":') },
  ];
  for (const c of refused) assert.throws(c.run, storeError, c.name);
});
