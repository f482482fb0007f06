/** Deduplication: exact (canonical URL, content hash) and near-duplicate wire copies (MinHash + LSH). */
export { canonicalUrl, TRACKING_PARAMS, TRACKING_PREFIXES } from './url.js';
export { contentHash, normaliseForHash } from './content-hash.js';
export {
  minhashSignature,
  shingleHashes,
  estimateJaccard,
  estimateContainment,
  signatureToBytes,
  signatureFromBytes,
  signatureToHex,
  signatureFromHex,
  SHINGLE_WORDS,
  NUM_HASHES,
  MIN_SHINGLES,
} from './minhash.js';
export type { MinHashSignature } from './minhash.js';
export {
  NearDupIndex,
  isNearDuplicate,
  LSH_BANDS,
  LSH_ROWS,
  NEAR_DUP_JACCARD,
  NEAR_DUP_CONTAINMENT,
  MIN_SHINGLES_FOR_CONTAINMENT,
  MAX_BUCKET_SCAN,
} from './near-dup-index.js';
export type { NearDupMatch, NearDupResult } from './near-dup-index.js';
