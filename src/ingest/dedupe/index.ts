/** Deduplication: exact (canonical URL, content hash) and near-duplicate wire copies (MinHash, LSH buckets in the store). */
export { canonicalUrl, TRACKING_PARAMS, TRACKING_PREFIXES } from './url.js';
export { contentHash, normaliseForHash } from './content-hash.js';
export {
  minhashSignature,
  shingleHashes,
  estimateJaccard,
  estimateContainment,
  lshBandKeys,
  signatureToBytes,
  signatureFromBytes,
  signatureToHex,
  signatureFromHex,
  SHINGLE_WORDS,
  NUM_HASHES,
  MIN_SHINGLES,
  LSH_BANDS,
  LSH_ROWS,
} from './minhash.js';
export type { MinHashSignature } from './minhash.js';
export {
  findNearDuplicate,
  findNearDuplicates,
  insertWithNearDup,
  isNearDuplicate,
  NEAR_DUP_JACCARD,
  NEAR_DUP_CONTAINMENT,
  MIN_SHINGLES_FOR_CONTAINMENT,
} from './near-dup.js';
export type { NearDupMatch, NearDupLookup } from './near-dup.js';
