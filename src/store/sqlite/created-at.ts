/**
 * How SQLite keeps an article's created_at (migration 15): as six bytes (../created-at.ts), a BLOB,
 * since the column's TEXT affinity would turn an integer into its digits. A value in any other
 * spelling stays text.
 */
import { stampBytes, stampOfBytes } from '../created-at.js';

/** The stored form of a time stamped now. */
export function createdAtColumn(ms: number): Buffer {
  return stampBytes(ms);
}

/** The ISO string of a stored value: six bytes, or text kept as it came. */
export function createdAtFromColumn(stored: Uint8Array | string): string {
  return typeof stored === 'string' ? stored : stampOfBytes(stored);
}
