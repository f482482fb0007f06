import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packText, TEXT_BROTLI_V1, unpackText } from './text-codec.js';
import { coded } from './contract/fixtures.js';

const long = 'The minister said on Tuesday that talks would resume. '.repeat(20);

test('text-codec: every text reads back exactly; long ones are packed, short ones kept as text', () => {
  const cases: Array<{ name: string; text: string; packed: boolean }> = [
    { name: 'empty', text: '', packed: false },
    { name: 'short', text: 'Short note.', packed: false },
    { name: 'long', text: long, packed: true },
    { name: 'unicode', text: `Zürich — “quoted” ✓ 東京 ${long}`, packed: true },
    { name: 'under the threshold, however repetitive', text: 'a'.repeat(63), packed: false },
    { name: 'at the threshold', text: 'a'.repeat(64), packed: true },
  ];
  for (const c of cases) {
    const stored = packText(c.text);
    assert.equal(typeof stored !== 'string', c.packed, c.name);
    if (typeof stored !== 'string') assert.equal(stored[0], TEXT_BROTLI_V1, c.name);
    assert.equal(unpackText(stored), c.text, c.name);
  }
});

test('text-codec: damaged or unknown stored bytes are E_STORE', () => {
  const packed = packText(long) as Buffer;
  const bad: Array<{ name: string; bytes: Uint8Array }> = [
    { name: 'unknown format', bytes: Buffer.from([0x09, 1, 2, 3]) },
    { name: 'empty', bytes: Buffer.alloc(0) },
    { name: 'cut short', bytes: packed.subarray(0, 10) },
  ];
  for (const c of bad) assert.throws(() => unpackText(c.bytes), coded('E_STORE'), c.name);
});
