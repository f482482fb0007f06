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
