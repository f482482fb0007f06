/**
 * Signatures as binary columns keep them: every string reads back exactly as it was written, and the
 * MinHash of the article's own text is kept as a two-byte mark and computed again when read.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signatureOf, WIRE } from './contract/fixtures.js';
import { foldBandKey, nearDupBandHashes, nearDupBands, OF_TEXT, signatureBytes, signatureColumn, signatureFromBytea, signatureHex, signatureToBytea } from './near-dup.js';
import { isWiretraceError } from '../errors.js';
import { LSH_BANDS } from '../ingest/dedupe/minhash.js';

test('near-dup: signature columns give back each string as written; only lower-case hex becomes bytes', () => {
  const sig = signatureOf(WIRE.original);
  const cases: Array<{ name: string; hex: string; bytes: number | null }> = [
    { name: 'a signature as signatureToHex writes it', hex: sig, bytes: sig.length / 2 },
    { name: 'upper case', hex: sig.toUpperCase(), bytes: null },
    { name: 'odd length', hex: 'abc', bytes: null },
    { name: 'not hex', hex: 'not a signature', bytes: null },
    { name: 'hex then junk', hex: 'ab zz', bytes: null },
    { name: 'empty', hex: '', bytes: null },
    { name: 'short lower-case hex', hex: 'ff00', bytes: 2 },
    { name: 'hex whose bytes start with a zero byte', hex: '00ff', bytes: 2 },
    { name: 'hex whose bytes look like the mark', hex: '0101', bytes: null },
  ];
  const other = 'A text that is not the one signed, long enough to have some shingles of its own here.';
  for (const c of cases) {
    const b = signatureBytes(c.hex);
    assert.equal(b?.length ?? null, c.bytes, `${c.name}: bytes`);
    assert.equal(signatureHex(signatureColumn(c.hex, other), other), c.hex, `${c.name}: SQLite column`);
    assert.equal(signatureFromBytea(signatureToBytea(c.hex, other), other), c.hex, `${c.name}: PostgreSQL column`);
  }
  assert.equal(signatureHex(null, other), null);
  assert.equal(signatureToBytea(null, other), null);
  assert.equal(signatureFromBytea(null, other), null);
});

test('near-dup: the signature of the article\'s own text is kept as a two-byte mark', () => {
  const text = WIRE.original;
  const sig = signatureOf(text);
  const sqlite = signatureColumn(sig, text) as Buffer;
  const pg = signatureToBytea(sig, text)!;
  for (const [engine, stored, read] of [['SQLite', sqlite, signatureHex], ['PostgreSQL', pg, signatureFromBytea]] as const) {
    assert.equal(stored.length, 2, `${engine}: two bytes`);
    assert.equal(stored[0], OF_TEXT, engine);
    assert.equal(read(stored, text), sig, `${engine}: computed again from the text`);
    const changed = Buffer.from([OF_TEXT, stored[1]! + 1]);
    assert.throws(() => read(changed, text), (e: unknown) => isWiretraceError(e) && e.code === 'E_STORE', `${engine}: another MinHash format is refused`);
  }
  assert.equal((signatureColumn(sig, `${text} And one more sentence here for a change.`) as Buffer).length, sig.length / 2, 'another text: the bytes are kept');
});

test('near-dup: bucket keys are signed 32-bit integers, one per band, bands kept apart', () => {
  const keys = nearDupBands(signatureOf(WIRE.original));
  assert.equal(keys.length, LSH_BANDS);
  assert.ok(keys.every((k) => Number.isInteger(k) && k >= -(2 ** 31) && k < 2 ** 31), 'int32');
  assert.equal(new Set(keys).size, keys.length, 'distinct');
  const cases = [
    { name: 'band 0 keeps its hash', key: 0xdeadbeef, want: 0xdeadbeef | 0 },
    { name: 'the same hash in band 1 is another key', key: 2 ** 32 + 0xdeadbeef, want: (0x9e3779b1 ^ 0xdeadbeef) | 0 },
    { name: 'band 62, hash 0', key: 62 * 2 ** 32, want: Math.imul(62, 0x9e3779b1) },
  ];
  for (const c of cases) assert.equal(foldBandKey(c.key), c.want, c.name);
});

test('near-dup: PostgreSQL\'s band hashes are the folded keys\' hashes, one per band in band order; none for a short text', () => {
  const sig = signatureOf(WIRE.original);
  const hashes = nearDupBandHashes(sig);
  assert.equal(hashes.length, LSH_BANDS);
  assert.ok(hashes.every((h) => Number.isInteger(h) && h >= -(2 ** 31) && h < 2 ** 31), 'int32');
  assert.deepEqual(hashes.map((h, band) => foldBandKey(band * 2 ** 32 + (h >>> 0))), nearDupBands(sig), 'the same buckets as SQLite\'s keys');
  assert.deepEqual(nearDupBandHashes(signatureOf('Too short to compare.')), []);
  assert.throws(() => nearDupBandHashes('not a signature'), (e: unknown) => isWiretraceError(e) && e.code === 'E_VALIDATION');
});

test('near-dup: the text is asked for only when the stored signature is the mark', () => {
  const sig = signatureOf(WIRE.original);
  const cases: Array<{ name: string; stored: Uint8Array | string | null; asks: boolean; want: string | null }> = [
    { name: 'the mark', stored: signatureColumn(sig, WIRE.original) as Uint8Array, asks: true, want: sig },
    { name: 'bytes', stored: signatureBytes(sig), asks: false, want: sig },
    { name: 'text as it came', stored: 'not a signature', asks: false, want: 'not a signature' },
    { name: 'none', stored: null, asks: false, want: null },
  ];
  for (const c of cases) {
    let asked = 0;
    const hex = signatureHex(c.stored, () => (asked++, WIRE.original));
    assert.equal(hex, c.want, c.name);
    assert.equal(asked, c.asks ? 1 : 0, `${c.name}: text asked for`);
  }
});
