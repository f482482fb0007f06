/**
 * How SQLite keeps an article's created_at (migration 15): the store stamps it with toISOString, 24
 * bytes of text; as six bytes (milliseconds since the epoch, signed, big-endian) it reads back as the
 * same string. A BLOB, since the column's TEXT affinity would turn an integer into its digits. A value
 * in any other spelling stays text.
 */
const BYTES = 6;

/** The stored form of a time stamped now. */
export function createdAtColumn(ms: number): Buffer {
  const b = Buffer.alloc(BYTES);
  b.writeIntBE(ms, 0, BYTES);
  return b;
}

/** The ISO string of a stored value: six bytes, or text kept as it came. */
export function createdAtFromColumn(stored: Uint8Array | string): string {
  if (typeof stored === 'string') return stored;
  return new Date(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).readIntBE(0, BYTES)).toISOString();
}
