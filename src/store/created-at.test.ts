/** Creation times: six bytes where they give the stamp back exactly, any other spelling kept as it came. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bytesOfStamp, createdAtFromBytea, createdAtToBytea, STAMP_BYTES } from './created-at.js';

test('created-at: stamps of toISOString form take six bytes; other spellings are marked text; every value reads back the same', () => {
  const cases: Array<{ in: string; six: boolean; bytes: number }> = [
    { in: '2026-12-05T03:20:00.123Z', six: true, bytes: 6 },
    { in: '1969-12-31T23:59:59.999Z', six: true, bytes: 6 },
    { in: '5999-12-31T23:59:59.999Z', six: true, bytes: 6 },
    { in: '6000-01-01T00:00:00.000Z', six: false, bytes: 25 },
    { in: '2024-02-30T00:00:00.000Z', six: false, bytes: 25 },
    { in: '2024-01-01T00:00:00Z', six: false, bytes: 21 },
    { in: '2024-01-01 00:00:00.000Z', six: false, bytes: 25 },
    { in: 'abcde', six: false, bytes: STAMP_BYTES + 1 },
    { in: 'now', six: false, bytes: 4 },
    { in: '', six: false, bytes: 1 },
  ];
  for (const c of cases) {
    assert.equal(bytesOfStamp(c.in) !== null, c.six, c.in);
    const stored = createdAtToBytea(c.in);
    assert.equal(stored.length, c.bytes, c.in);
    assert.equal(createdAtFromBytea(stored), c.in, c.in);
  }
});
