/**
 * The store's side of near-duplicate lookup, shared by every engine: which LSH buckets an article's
 * signature falls in, and how many articles of one bucket are worth checking. The Jaccard and
 * containment checks stay in src/ingest/dedupe; engines only keep and query the buckets.
 */
import { WiretraceError } from '../errors.js';
import { lshBandKeys, signatureFromHex } from '../ingest/dedupe/minhash.js';

/**
 * Articles read from one bucket, oldest first. Buckets stay small because a copy is not added to
 * buckets its group already holds; this cap bounds the worst case (boilerplate shared by many texts).
 */
export const NEAR_DUP_BUCKET_SCAN = 256;

/** Bucket keys of a stored signature (none for texts too short to compare); E_VALIDATION for a non-signature. */
export function nearDupBands(signature: string): number[] {
  const sig = signatureFromHex(signature);
  if (!sig) throw new WiretraceError('E_VALIDATION', `signature is not a MinHash signature in hex (${signature.slice(0, 16)}…)`);
  return lshBandKeys(sig);
}

/**
 * A signature as a binary column keeps it: its bytes (512, half the hex) when the hex is the form
 * signatureToHex writes (lower case), else null: any other spelling is kept as the text it came as,
 * so a read gives back exactly what was written.
 */
export function signatureBytes(hex: string): Buffer | null {
  const bytes = Buffer.from(hex, 'hex');
  return bytes.length > 0 && bytes.toString('hex') === hex ? bytes : null;
}

/** The hex of a stored signature: bytes (signatureBytes) or the text kept as it came. */
export function signatureHex(stored: Uint8Array | string | null): string | null {
  if (stored === null || typeof stored === 'string') return stored;
  return Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).toString('hex');
}

/**
 * PostgreSQL keeps signatures in one BYTEA column: the bytes, or, for a spelling signatureBytes does not
 * take (or bytes that start with a zero byte, which a signature's, starting with its magic 'M', never
 * do), a zero byte and the text's UTF-8.
 */
const TEXT_MARK = 0x00;

export function signatureToBytea(hex: string | null): Buffer | null {
  if (hex === null) return null;
  const bytes = signatureBytes(hex);
  // bytes that start with the mark would read as text: keep those as text too
  return bytes && bytes[0] !== TEXT_MARK ? bytes : Buffer.concat([Buffer.from([TEXT_MARK]), Buffer.from(hex, 'utf8')]);
}

export function signatureFromBytea(stored: Uint8Array | null): string | null {
  if (stored === null) return null;
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  return bytes.length > 0 && bytes[0] === TEXT_MARK ? bytes.subarray(1).toString('utf8') : bytes.toString('hex');
}
