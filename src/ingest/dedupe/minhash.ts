/**
 * MinHash signatures over word 5-gram shingles.
 *
 * Why MinHash rather than SimHash: wire copies are often *trimmed* (outlets cut a story from the
 * bottom) or *extended* (a local paragraph added). MinHash estimates Jaccard similarity, and with the
 * shingle counts kept beside it also containment (how much of the shorter text lies in the longer),
 * which catches a copy cut to a third of the story. A 64-bit SimHash only says "close to identical"
 * and its Hamming distance grows quickly with such edits. LSH banding over MinHash also gives
 * candidate lookup without comparing against every stored article.
 */

/** Word 5-grams: long enough that two independently written stories rarely share one, short enough that an edit spoils few. */
export const SHINGLE_WORDS = 5;
/** Hash functions per signature (the stored format's count). The Jaccard estimate's error is about ±0.045 at 0.5. */
export const NUM_HASHES = 126;
/** Texts with fewer shingles are left to exact hashing: 5-gram statistics over a dozen words mean nothing. */
export const MIN_SHINGLES = 8;
/**
 * 16 bands of 1 row (the signature's first 16 hashes; all 126 still serve the Jaccard estimate). Each
 * band is one bucket key an article keeps, so the key count is what a store's index pays per article
 * (PostgreSQL: a b-tree entry each; see src/store/postgres/near-dup.ts). A pair with Jaccard J shares at least
 * one bucket with probability 1 - (1 - J^rows)^bands. Against the 63 bands of 2 rows used before:
 *
 *   J      63 × 2 (before)       16 × 1 (now)
 *   0.8    1 - 1e-28             1 - 6.6e-12
 *   0.5    1 - 1.3e-8            1 - 1.5e-5
 *   0.33   0.9994                0.9985
 *   0.25   0.983                 0.990
 *   0.1    0.47                  0.81
 *   0.02   0.025                 0.28   (unrelated texts sharing a phrase or two: more candidates to verify)
 *
 * So copies above the Jaccard line (0.5) are still found with near certainty, and trimmed copies
 * (found by containment at Jaccard 0.2-0.35) slightly more often than before. The price is about three
 * times as many false candidates (on the 982 ECB+ reports: 945 candidate pairs against 314, all 109
 * near-duplicate pairs found against 106), each dropped by the Jaccard and containment checks.
 */
export const LSH_BANDS = 16;
export const LSH_ROWS = 1;

const SIGNATURE_FORMAT_VERSION = 1;
const MAGIC_0 = 0x4d; // 'M'
const MAGIC_1 = 0x48; // 'H'
const HEADER_BYTES = 8;

export interface MinHashSignature {
  /** Number of distinct shingles in the text (needed to estimate containment). */
  readonly shingleCount: number;
  /** NUM_HASHES minimum hash values. */
  readonly hashes: Uint32Array;
}

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers with good avalanche. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed per-function seeds (splitmix32 from a constant), so signatures are comparable across runs. */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let state = 0x2545f491;
  for (let i = 0; i < NUM_HASHES; i++) {
    state = (state + 0x9e3779b9) >>> 0;
    seeds[i] = fmix32(state);
  }
  return seeds;
})();

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Distinct 32-bit hashes of the text's word 5-grams (lower-cased, NFKC, punctuation ignored). */
export function shingleHashes(text: string): Set<number> {
  const words = text.normalize('NFKC').toLowerCase().match(WORD) ?? [];
  const out = new Set<number>();
  if (words.length === 0) return out;
  const tokens = words.map(fnv1a);
  const n = Math.max(1, tokens.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < n; i++) {
    let h = 0x9747b28c;
    const end = Math.min(tokens.length, i + SHINGLE_WORDS);
    for (let j = i; j < end; j++) h = fmix32((Math.imul(h, 31) + tokens[j]!) >>> 0);
    out.add(h);
  }
  return out;
}

export function minhashSignature(text: string): MinHashSignature {
  return signatureOfShingles(shingleHashes(text));
}

export function signatureOfShingles(shingles: ReadonlySet<number>): MinHashSignature {
  const xs = Int32Array.from(shingles);
  const hashes = new Uint32Array(NUM_HASHES);
  // Hot loop kept in int32 arithmetic (fmix32 inlined; flipping the top bit makes signed order equal
  // unsigned order), which V8 runs about 3x faster than the same code on uint32 doubles.
  for (let i = 0; i < NUM_HASHES; i++) {
    const seed = SEEDS[i]! | 0;
    let min = 0x7fffffff;
    for (let j = 0; j < xs.length; j++) {
      let h = xs[j]! ^ seed;
      h = (h ^ (h >>> 16)) | 0;
      h = Math.imul(h, 0x85ebca6b);
      h = (h ^ (h >>> 13)) | 0;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) ^ 0x80000000;
      if (h < min) min = h;
    }
    hashes[i] = (min ^ 0x80000000) >>> 0;
  }
  return { shingleCount: shingles.size, hashes };
}

/** Estimated Jaccard similarity: the share of hash functions whose minimum agrees. */
export function estimateJaccard(a: MinHashSignature, b: MinHashSignature): number {
  if (a.shingleCount === 0 || b.shingleCount === 0) return 0;
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a.hashes[i] === b.hashes[i]) same++;
  return same / NUM_HASHES;
}

/**
 * Estimated containment of the smaller shingle set in the larger: |A∩B| / min(|A|,|B|), from
 * Jaccard J and the set sizes (|A∩B| = J·(|A|+|B|)/(1+J)).
 */
export function estimateContainment(a: MinHashSignature, b: MinHashSignature, jaccard = estimateJaccard(a, b)): number {
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  if (smaller === 0) return 0;
  const intersection = (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard);
  return Math.min(1, intersection / smaller);
}

/** 512 bytes: "MH", format version, hash count, shingle count (u32 LE), then the hashes (u32 LE). */
export function signatureToBytes(sig: MinHashSignature): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES + NUM_HASHES * 4);
  const view = new DataView(out.buffer);
  out[0] = MAGIC_0;
  out[1] = MAGIC_1;
  out[2] = SIGNATURE_FORMAT_VERSION;
  out[3] = NUM_HASHES;
  view.setUint32(4, sig.shingleCount, true);
  for (let i = 0; i < NUM_HASHES; i++) view.setUint32(HEADER_BYTES + i * 4, sig.hashes[i]!, true);
  return out;
}

/** Reads bytes written by signatureToBytes; null for anything else (another format or version). */
export function signatureFromBytes(bytes: Uint8Array): MinHashSignature | null {
  if (bytes.length !== HEADER_BYTES + NUM_HASHES * 4) return null;
  if (bytes[0] !== MAGIC_0 || bytes[1] !== MAGIC_1 || bytes[2] !== SIGNATURE_FORMAT_VERSION || bytes[3] !== NUM_HASHES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hashes = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES; i++) hashes[i] = view.getUint32(HEADER_BYTES + i * 4, true);
  return { shingleCount: view.getUint32(4, true), hashes };
}

/** Hex form of signatureToBytes, for TEXT columns (1024 characters). */
export function signatureToHex(sig: MinHashSignature): string {
  return Buffer.from(signatureToBytes(sig)).toString('hex');
}

export function signatureFromHex(hex: string): MinHashSignature | null {
  if (!/^[0-9a-f]*$/i.test(hex)) return null;
  return signatureFromBytes(new Uint8Array(Buffer.from(hex, 'hex')));
}

/**
 * LSH bucket keys of a signature, one per band: texts that share a key are near-duplicate candidates.
 * A key is the band number times 2^32 plus an FNV-1a hash of the band's rows, so equal rows in
 * different bands never share a bucket. Empty below MIN_SHINGLES (such texts are never candidates).
 */
export function lshBandKeys(sig: MinHashSignature): number[] {
  if (sig.shingleCount < MIN_SHINGLES) return [];
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    const start = band * LSH_ROWS;
    for (let r = 0; r < LSH_ROWS; r++) h = Math.imul(h ^ sig.hashes[start + r]!, 0x01000193) >>> 0;
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}
