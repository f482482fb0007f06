import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWiretraceError } from '../errors.js';
import { contentHash } from '../ingest/dedupe/content-hash.js';
import { hashColumn, hashFromBytea, hashFromColumn, hashToBytea } from './hash-codec.js';

const INGEST = contentHash('Talks resume in Geneva.');
const HEX = INGEST.slice('sha256:'.length);

test('content hashes: an ingest hash is kept as its 32 digest bytes, any other spelling as it came', () => {
  const cases: Array<{ name: string; hash: string; digest: boolean; byteaLength: number }> = [
    { name: 'ingest hash', hash: INGEST, digest: true, byteaLength: 32 },
    { name: 'upper-case hex', hash: `sha256:${HEX.toUpperCase()}`, digest: false, byteaLength: 72 },
    { name: 'one digit short', hash: INGEST.slice(0, -1), digest: false, byteaLength: 71 },
    { name: 'one digit more', hash: `${INGEST}0`, digest: false, byteaLength: 73 },
    { name: 'hex without its prefix', hash: HEX, digest: false, byteaLength: 65 },
    { name: 'another prefix', hash: `sha512:${HEX}`, digest: false, byteaLength: 72 },
    { name: 'short text', hash: 'h1', digest: false, byteaLength: 3 },
    { name: 'text whose marked form would be 32 bytes', hash: 'x'.repeat(31), digest: false, byteaLength: 33 },
    { name: 'text of 32 bytes', hash: 'y'.repeat(32), digest: false, byteaLength: 33 },
    { name: 'non-ASCII text', hash: 'Zürich#1', digest: false, byteaLength: 10 },
  ];
  for (const c of cases) {
    const column = hashColumn(c.hash);
    assert.equal(typeof column !== 'string', c.digest, `${c.name}: SQLite form`);
    if (c.digest) assert.equal((column as Buffer).length, 32, c.name);
    assert.equal(hashFromColumn(column), c.hash, `${c.name}: SQLite round trip`);
    const bytea = hashToBytea(c.hash);
    assert.equal(bytea.length, c.byteaLength, `${c.name}: PostgreSQL form`);
    assert.equal(hashFromBytea(bytea), c.hash, `${c.name}: PostgreSQL round trip`);
  }
});

test('content hashes: digests that start or end with zero bytes read back whole', () => {
  for (const hex of ['00'.repeat(32), `00${'ab'.repeat(31)}`, `${'ab'.repeat(31)}00`]) {
    const hash = `sha256:${hex}`;
    assert.equal(hashFromColumn(hashColumn(hash)), hash);
    assert.equal(hashFromBytea(hashToBytea(hash)), hash);
  }
});

test('content hashes: PostgreSQL refuses a zero character, as its TEXT column did', () => {
  assert.throws(() => hashToBytea('a\0b'), (e: unknown) => isWiretraceError(e) && e.code === 'E_VALIDATION');
  assert.equal(hashFromColumn(hashColumn('a\0b')), 'a\0b', 'SQLite keeps it as text');
});
