/**
 * How an article's content hash is kept (SQLite migration 14, PostgreSQL 13). Ingest's hashes are
 * `sha256:` and 64 lower-case hex digits (src/ingest/dedupe/content-hash.ts): 71 bytes in the row and
 * 71 again in the unique index that finds an article by it. Their 32 digest bytes keep the same value
 * in 32. Any other spelling (a caller may give any non-empty string) is kept as it came.
 */
import { WiretraceError } from '../errors.js';

const PREFIX = 'sha256:';
const SHA256 = /^sha256:[0-9a-f]{64}$/;
const DIGEST_BYTES = 32;

/** The digest bytes of an ingest hash, else null (the hash is kept as its text). */
function digestOf(hash: string): Buffer | null {
  return SHA256.test(hash) ? Buffer.from(hash.slice(PREFIX.length), 'hex') : null;
}

function hashOfDigest(bytes: Uint8Array): string {
  return PREFIX + Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/** SQLite's content_hash column: the digest as a BLOB, or the text as it came (a BLOB and a TEXT never compare equal). */
export function hashColumn(hash: string): Buffer | string {
  return digestOf(hash) ?? hash;
}

/** The hash of SQLite's stored value. */
export function hashFromColumn(stored: Uint8Array | string): string {
  return typeof stored === 'string' ? stored : hashOfDigest(stored);
}

/**
 * PostgreSQL keeps it in one BYTEA column: the digest (exactly 32 bytes), or a zero byte and the text's
 * UTF-8 (two zero bytes where that would make 32). A text cannot hold a zero byte, as PostgreSQL's TEXT
 * could not before, so the marks cannot be mistaken for text.
 */
export function hashToBytea(hash: string): Buffer {
  const digest = digestOf(hash);
  if (digest) return digest;
  if (hash.includes('\0')) throw new WiretraceError('E_VALIDATION', 'a content hash may not contain a zero character');
  return markedText(hash, DIGEST_BYTES);
}

export function hashFromBytea(stored: Uint8Array): string {
  return stored.length === DIGEST_BYTES ? hashOfDigest(stored) : unmarkedText(stored);
}

/**
 * A text (with no zero character) in a BYTEA column whose other values are binary of one length:
 * a zero byte and its UTF-8, two zero bytes where that would make `binary` bytes.
 */
export function markedText(text: string, binary: number): Buffer {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.alloc(bytes.length + 1 === binary ? 2 : 1), bytes]);
}

/** The text of a markedText value. */
export function unmarkedText(stored: Uint8Array): string {
  let start = 0;
  while (start < stored.length && stored[start] === 0) start++;
  return Buffer.from(stored.buffer, stored.byteOffset + start, stored.byteLength - start).toString('utf8');
}
