/** Signatures as binary columns keep them: every string reads back exactly as it was written. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { signatureOf, WIRE } from './contract/fixtures.js';
import { signatureBytes, signatureFromBytea, signatureHex, signatureToBytea } from './near-dup.js';

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
  ];
  for (const c of cases) {
    const b = signatureBytes(c.hex);
    assert.equal(b?.length ?? null, c.bytes, `${c.name}: bytes`);
    assert.equal(signatureHex(b ?? c.hex), c.hex, `${c.name}: SQLite column`);
    assert.equal(signatureFromBytea(signatureToBytea(c.hex)), c.hex, `${c.name}: PostgreSQL column`);
  }
  assert.equal(signatureHex(null), null);
  assert.equal(signatureToBytea(null), null);
  assert.equal(signatureFromBytea(null), null);
});
