/**
 * An article's creation time as the stores keep it (SQLite migration 15, PostgreSQL 18): the store
 * stamps it with toISOString, 24 bytes of text; six bytes of milliseconds since the epoch (signed,
 * big-endian) read back as the same string. Only a stamp of that form that names a real date before
 * the year 6000 (six bytes reach 6429) takes this form; any other spelling is kept as it came.
 */
import { markedText, unmarkedText } from './hash-codec.js';

export const STAMP_BYTES = 6;
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The six bytes of a time in milliseconds. */
export function stampBytes(ms: number): Buffer {
  const b = Buffer.alloc(STAMP_BYTES);
  b.writeIntBE(ms, 0, STAMP_BYTES);
  return b;
}

/** The ISO string six stored bytes give back. */
export function stampOfBytes(stored: Uint8Array): string {
  return new Date(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).readIntBE(0, STAMP_BYTES)).toISOString();
}

/** The six bytes of a stamp that they give back exactly, else null (it is kept as its text). */
export function bytesOfStamp(iso: string): Buffer | null {
  if (!STAMP.test(iso) || iso >= '6000') return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) && new Date(ms).toISOString() === iso ? stampBytes(ms) : null;
}

/** PostgreSQL's BYTEA column (migration 18): the six bytes, or the text as hash-codec marks it. */
export function createdAtToBytea(iso: string): Buffer {
  return bytesOfStamp(iso) ?? markedText(iso, STAMP_BYTES);
}

export function createdAtFromBytea(stored: Uint8Array): string {
  return stored.length === STAMP_BYTES ? stampOfBytes(stored) : unmarkedText(stored);
}
