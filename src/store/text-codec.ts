/**
 * How an article's text is kept in the SQLite store (column articles.text, migration 12): Brotli
 * bytes behind a format byte, or the text itself where compressing does not pay (a short text) and in
 * rows written before. The text was the largest single value of a further article (1× its own bytes,
 * the yardstick of "bytes per text byte"); compressed it takes about half.
 *
 * Why Brotli at quality 10: on the shipped reports (npm run bench -- storage) text compresses to 0.515
 * of its bytes at quality 5-9 in a quarter of a millisecond, to 0.436 at quality 10 in about 2-3 ms
 * (loaded machine), and to 0.429 at 11 in about 5 ms. Quality 10 takes 8% of a text byte off every
 * stored article for about 1% of what ingesting one costs (annotation is some 150-300 ms); reads
 * decompress in tens of microseconds whatever the quality, and every quality reads the same way.
 *
 * The full-text index reads the text through the SQL function wiretrace_text (./sqlite/text-sql.ts),
 * so what it indexes and what snippets quote is the text, exactly as before.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { WiretraceError } from '../errors.js';

/** First byte of a compressed text (the store's other formats use 0x01–0x06). */
export const TEXT_BROTLI_V1 = 0x07;

/** A text as the column holds it: compressed bytes, or the text itself. */
export type StoredText = Uint8Array | string;

/** Brotli quality of a written text (see the module comment). */
const QUALITY = 10;
/** Brotli window (2^16 bytes back): prose seldom repeats from further back, and a small window is set up in half the time. */
const WINDOW_BITS = 16;

/** The stored form of a text: compressed when that is smaller, the text itself otherwise. */
export function packText(text: string): StoredText {
  const raw = Buffer.from(text, 'utf8');
  if (raw.length < 64) return text;
  const packed = brotliCompressSync(raw, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: WINDOW_BITS,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
    },
  });
  if (packed.length + 1 >= raw.length) return text;
  const stored = Buffer.concat([Buffer.from([TEXT_BROTLI_V1]), packed]);
  // the full-text trigger reads it straight back (wiretrace_text) in the same insert
  if (stored.length <= MEMO_BYTES) remember(stored.toString('latin1'), text);
  return stored;
}

/** The text of a stored value: as written (text), or decompressed (bytes); E_STORE when damaged. */
export function unpackText(stored: StoredText | null): string {
  if (stored === null) return '';
  if (typeof stored === 'string') return stored;
  if (stored[0] !== TEXT_BROTLI_V1) throw damaged(`unknown format (first byte ${stored.length ? stored[0] : 'none'})`);
  const bytes = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  if (bytes.length > MEMO_BYTES) return decompress(bytes);
  const key = bytes.toString('latin1');
  return remembered.get(key) ?? remember(key, decompress(bytes));
}

function decompress(bytes: Buffer): string {
  try {
    return brotliDecompressSync(bytes.subarray(1)).toString('utf8');
  } catch (err) {
    throw damaged((err as Error).message);
  }
}

/**
 * Remembered per stored value, and from each write: a near-duplicate lookup reads the same first-seen
 * copies' texts again and again (their signatures are computed from them), and keying a map by the
 * stored bytes costs far less than inflating them. Values over MEMO_BYTES are not kept.
 */
const MEMO_BYTES = 32 * 1024;
const MEMO_VALUES = 1024;
const remembered = new Map<string, string>();

/** Keeps a text under its stored bytes (as latin1, one char a byte); the map is emptied when full. */
function remember(key: string, text: string): string {
  if (remembered.size >= MEMO_VALUES) remembered.clear();
  remembered.set(key, text);
  return text;
}

function damaged(why: string): WiretraceError {
  return new WiretraceError('E_STORE', `a stored article text is damaged (${why})`);
}
