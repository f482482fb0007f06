/**
 * The store's side of near-duplicate lookup, shared by every engine: which LSH buckets an article's
 * signature falls in, and how many articles of one bucket are worth checking. The Jaccard and
 * containment checks stay in src/ingest/dedupe; engines only keep and query the buckets.
 */
import { WiretraceError } from '../errors.js';
import { memoByString } from '../util/memo.js';
import { lshBandKeys, minhashSignature, signatureFromHex, signatureToBytes, type MinHashSignature } from '../ingest/dedupe/minhash.js';

/**
 * Articles read from one bucket, oldest first. Buckets stay small because a copy is not added to
 * buckets its group already holds; this cap bounds the worst case (boilerplate shared by many texts).
 */
export const NEAR_DUP_BUCKET_SCAN = 256;

/** Parsed signature; E_VALIDATION for a non-signature. */
function parseSignature(signature: string): MinHashSignature {
  const sig = signatureFromHex(signature);
  if (!sig) throw new WiretraceError('E_VALIDATION', `signature is not a MinHash signature in hex (${signature.slice(0, 16)}…)`);
  return sig;
}

/**
 * Bucket keys of a stored signature (none for texts too short to compare), as SQLite keeps them: one
 * per LSH band (16 since SQLite migration 16; 63 before), each LSH key (band × 2^32 + the band's hash)
 * folded into a signed 32-bit integer (SQLite migration 11), 4 bytes, not 6. Two buckets that fold
 * together only add candidates, which the Jaccard check in src/ingest/dedupe then drops.
 */
export function nearDupBands(signature: string): number[] {
  return lshBandKeys(parseSignature(signature)).map(foldBandKey);
}

/**
 * Bucket keys of a stored signature as PostgreSQL keeps them (migration 19): the band's hash as a
 * signed 32-bit integer, the nth in the nth key column, so the column says which band and the value
 * need not; empty for texts too short to compare.
 */
export function nearDupBandHashes(signature: string): number[] {
  return lshBandKeys(parseSignature(signature)).map((key) => (key % 2 ** 32) | 0);
}

/** An LSH key as a signed 32-bit integer: its hash mixed with its band (a golden-ratio multiple, so bands spread apart). */
export function foldBandKey(key: number): number {
  const band = Math.floor(key / 2 ** 32);
  return (Math.imul(band, 0x9e3779b1) ^ (key % 2 ** 32)) | 0;
}

/**
 * The stored form of a signature that is the MinHash of its article's own text (as ingest makes them):
 * this mark and the signature format's version byte, two bytes instead of 512. Reading computes it
 * again from the text. MinHash must stay stable across runs anyway (signatures stored by one run are
 * compared with the next run's), and a format change changes the version byte, which is checked.
 */
export const OF_TEXT = 0x01;
const FORMAT_VERSION_AT = 2;

/** The MinHash signature of a text, as stored bytes (signatureToBytes). */
function computeSignature(text: string): Buffer {
  const b = signatureToBytes(minhashSignature(text));
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Remembered per text: a lookup reads the same first-seen copies' texts again and again, and hashing
 * a text as a map key costs far less than its 126 MinHashes. Texts over MEMO_CHARS are not kept, so
 * the memo stays small (at most MEMO_TEXTS texts).
 */
const MEMO_CHARS = 64 * 1024;
const MEMO_TEXTS = 1024;
const rememberedSignature = memoByString(computeSignature, MEMO_TEXTS);

function signatureOfText(text: string): Buffer {
  return text.length > MEMO_CHARS ? computeSignature(text) : rememberedSignature(text);
}

/** The two-byte mark when `hex` is exactly the MinHash of `text`, else null (the signature is kept). */
export function textSignatureMark(hex: string, text: string): Buffer | null {
  const own = signatureOfText(text);
  return own.toString('hex') === hex ? Buffer.from([OF_TEXT, own[FORMAT_VERSION_AT]!]) : null;
}

/** Whether stored bytes are the mark (a signature's bytes start with 'M', PostgreSQL's text form with a zero byte). */
function isTextMark(bytes: Uint8Array): boolean {
  return bytes.length === 2 && bytes[0] === OF_TEXT;
}

/** The hex of the marked signature, computed from the text; E_STORE when the format has changed since. */
function markedSignatureHex(mark: Uint8Array, text: string): string {
  const own = signatureOfText(text);
  if (own[FORMAT_VERSION_AT] !== mark[1]) {
    throw new WiretraceError('E_STORE', `a signature was stored as MinHash format ${mark[1]} of the text; this wiretrace computes format ${own[FORMAT_VERSION_AT]}`);
  }
  return own.toString('hex');
}

/**
 * A signature as a binary column keeps it: its bytes (512, half the hex) when the hex is the form
 * signatureToHex writes (lower case), else null: any other spelling is kept as the text it came as,
 * so a read gives back exactly what was written.
 */
export function signatureBytes(hex: string): Buffer | null {
  const bytes = Buffer.from(hex, 'hex');
  // bytes that look like the mark would read as the text's signature: keep those as text
  return bytes.length > 0 && bytes.toString('hex') === hex && !isTextMark(bytes) ? bytes : null;
}

/** SQLite's signature column for a signature of this text: the mark, its bytes, or its text as it came. */
export function signatureColumn(hex: string | null, text: string): Buffer | string | null {
  if (hex === null) return null;
  return textSignatureMark(hex, text) ?? signatureBytes(hex) ?? hex;
}

/** The article's text, or how to get it: only a signature stored as the mark needs it (a stored text may need inflating first). */
export type TextSource = string | (() => string);

/** The hex of a stored signature: the mark (computed from `text`), bytes (signatureBytes) or the text kept as it came. */
export function signatureHex(stored: Uint8Array | string | null, text: TextSource): string | null {
  if (stored === null || typeof stored === 'string') return stored;
  if (isTextMark(stored)) return markedSignatureHex(stored, typeof text === 'string' ? text : text());
  return Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength).toString('hex');
}

/**
 * PostgreSQL keeps signatures in one BYTEA column: the bytes, or, for a spelling signatureBytes does not
 * take (or bytes that start with a zero byte, which a signature's, starting with its magic 'M', never
 * do), a zero byte and the text's UTF-8.
 */
const TEXT_MARK = 0x00;

export function signatureToBytea(hex: string | null, text: string): Buffer | null {
  if (hex === null) return null;
  const mark = textSignatureMark(hex, text);
  if (mark) return mark;
  const bytes = signatureBytes(hex);
  // bytes that start with the mark would read as text: keep those as text too
  return bytes && bytes[0] !== TEXT_MARK ? bytes : Buffer.concat([Buffer.from([TEXT_MARK]), Buffer.from(hex, 'utf8')]);
}

export function signatureFromBytea(stored: Uint8Array | null, text: string): string | null {
  if (stored === null) return null;
  if (isTextMark(stored)) return markedSignatureHex(stored, text);
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  return bytes.length > 0 && bytes[0] === TEXT_MARK ? bytes.subarray(1).toString('utf8') : bytes.toString('hex');
}
