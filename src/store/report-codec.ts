/**
 * How a link report's digest and term list are kept (table link_reports, on every engine), beside the
 * article they digest. Two things in them can be re-read from the store rather than stored again:
 * - evidence spans: a digest quotes its report's sentences (`{article, start, end, text}`), about a
 *   tenth of it packed and more before; where a span's text is exactly the article's text at its
 *   offsets, the text is left out and read back from the article;
 * - the term list: the digest's own `terms` record holds the same words as its keys, so when the list
 *   is exactly those keys a one-byte marker stands for it.
 * Either is used only when it gives back exactly what was written; otherwise the value is stored whole
 * (layer-codec's PACKED_V1), as it was before this format existed, and all forms read.
 * Since SPANS_TEXT_V1 the article's text is also in the deflate dictionary: a digest repeats much of
 * its report beyond the spans (claim texts, names, quotes), which then cost a back-reference each
 * (about a fifth of a digest). An article's text never changes, so the dictionary is there to read it.
 * Since DIGEST_REBUILT_V1 a digest that the store rebuilds exactly from the article's row and layers
 * (./derived-digest.ts) is kept as that one byte.
 */
import { WiretraceError } from '../errors.js';
import { decodeRecords, deflateJson, encodeRecords, inflateJson, packJson, unpackJson, type Payload } from './layer-codec.js';

/** First byte of a packed value whose span texts were left out (layer-codec's PACKED_V1 is 0x01). */
export const PACKED_SPANS_V1 = 0x02;
/** First byte of a digest deflated with its article's text in the dictionary, span texts left out. */
export const SPANS_TEXT_V1 = 0x05;
/** A whole term-list column: the list is the keys of the digest's `terms` record. */
export const TERMS_FROM_DIGEST = 0x03;
/**
 * A whole digest column: the digest is what the store rebuilds from the article's row, text and layers
 * (./derived-digest.ts); the other formats use 0x01-0x07 (text-codec's brotli text is 0x07).
 */
export const DIGEST_REBUILT_V1 = 0x08;

/**
 * The article a digest is about: its id and text, which evidence spans point into, and, where the
 * store can make it, the digest rebuilt from the article's stored row and layers.
 */
export interface SpanSource {
  readonly article: number;
  readonly text: string;
  readonly rebuild?: () => unknown;
}

/** The stored columns of one report. */
export interface PackedReport {
  readonly digest: Buffer;
  readonly terms: Buffer;
}

type Json = Record<string, unknown>;

/**
 * A span of the source: an object with integer `start` and `end`, an own `text`, and, when it names
 * an article, the source's. Both directions test the same keys, which packing never changes.
 */
function isSpan(o: Json, source: SpanSource): boolean {
  return (
    Object.prototype.hasOwnProperty.call(o, 'text') &&
    Number.isSafeInteger(o.start) &&
    Number.isSafeInteger(o.end) &&
    (!Object.prototype.hasOwnProperty.call(o, 'article') || o.article === source.article)
  );
}

/** Visits every plain object of a parsed JSON value, in place (keys are never reassigned, so `__proto__` stays an own key). */
function eachObject(v: unknown, visit: (o: Json) => void): void {
  if (Array.isArray(v)) {
    for (const x of v) eachObject(x, visit);
  } else if (v !== null && typeof v === 'object') {
    const o = v as Json;
    visit(o);
    for (const k of Object.keys(o)) eachObject(o[k], visit);
  }
}

/** The digest packed, with its span texts left out where the source gives them back exactly. */
export function packDigest(digest: unknown, source: SpanSource): Buffer {
  if (digest === undefined) throw new WiretraceError('E_STORE', 'undefined is not a JSON value');
  // what JSON keeps of it (toJSON, undefined), as a copy the marks can be written into
  const json = JSON.stringify(digest);
  if (source.rebuild && JSON.stringify(source.rebuild()) === json) return Buffer.from([DIGEST_REBUILT_V1]);
  const plain = JSON.parse(json) as unknown;
  const spans: Json[] = [];
  let ambiguous = false;
  eachObject(plain, (o) => {
    if (!isSpan(o, source)) return;
    // `true` marks a left-out text: a span already holding `true` would read back wrong
    if (o.text === true) ambiguous = true;
    else if (typeof o.text === 'string' && (o.end as number) >= (o.start as number) && source.text.slice(o.start as number, o.end as number) === o.text) spans.push(o);
  });
  if (ambiguous) return packJson(plain);
  for (const o of spans) o.text = true;
  return Buffer.concat([Buffer.from([SPANS_TEXT_V1]), deflateJson(encodeRecords([plain]), source.text)]);
}

/** Reads what packDigest (or packJson, or JSON text before it) wrote; `source` gives the left-out texts back. */
export function unpackDigest(stored: Uint8Array | string, source: SpanSource): unknown {
  if (isRebuiltDigest(stored)) {
    if (!source.rebuild) throw new WiretraceError('E_STORE', `the digest of article ${source.article} is rebuilt from its layers, which were not read`);
    const rebuilt = source.rebuild();
    if (rebuilt === undefined) throw new WiretraceError('E_STORE', `the digest of article ${source.article} could not be rebuilt from its layers`);
    // a fresh copy: the caller may change what it is given
    return JSON.parse(JSON.stringify(rebuilt)) as unknown;
  }
  if (typeof stored === 'string' || (stored[0] !== PACKED_SPANS_V1 && stored[0] !== SPANS_TEXT_V1)) return unpackJson(stored);
  let value: unknown;
  if (stored[0] === SPANS_TEXT_V1) {
    value = decodeRecords(inflateJson(stored.subarray(1), source.text) as Payload)[0];
  } else {
    const bytes = Buffer.from(stored);
    bytes[0] = 0x01; // the payload under the mark is PACKED_V1's
    value = unpackJson(bytes);
  }
  eachObject(value, (o) => {
    if (isSpan(o, source) && o.text === true) o.text = source.text.slice(o.start as number, o.end as number);
  });
  return value;
}

/**
 * The mark for a stored digest column when the source rebuilds its digest exactly, else null (also
 * for a column that is the mark already): what the migration that introduced the mark writes.
 */
export function rebuiltDigestMark(stored: Uint8Array | string, source: SpanSource): Buffer | null {
  if (isRebuiltDigest(stored) || !source.rebuild) return null;
  const packed = packDigest(unpackDigest(stored, source), source);
  return isRebuiltDigest(packed) ? packed : null;
}

/** Whether a stored digest column is the mark of a digest rebuilt from the store (DIGEST_REBUILT_V1). */
export function isRebuiltDigest(stored: Uint8Array | string): boolean {
  return typeof stored !== 'string' && stored.length === 1 && stored[0] === DIGEST_REBUILT_V1;
}

/** The digest's `terms` record's keys, or null when it has none. */
function digestTerms(digest: unknown): string[] | null {
  if (digest === null || typeof digest !== 'object' || Array.isArray(digest)) return null;
  const terms = (digest as Json).terms;
  if (terms === null || typeof terms !== 'object' || Array.isArray(terms)) return null;
  return Object.keys(terms);
}

/** A report's columns: the digest without span texts, and the term list (each term once) or the marker. */
export function packReport(digest: unknown, terms: readonly string[], source: SpanSource): PackedReport {
  const unique = [...new Set(terms)];
  const own = digestTerms(digest);
  const same = own !== null && own.length === unique.length && own.every((t, i) => t === unique[i]);
  return { digest: packDigest(digest, source), terms: same ? Buffer.from([TERMS_FROM_DIGEST]) : packJson(unique) };
}

/** The stored term list, given the digest it was written with (already read back). */
export function unpackTerms(stored: Uint8Array | string, digest: unknown): string[] {
  if (typeof stored !== 'string' && stored.length === 1 && stored[0] === TERMS_FROM_DIGEST) {
    const own = digestTerms(digest);
    if (!own) throw new WiretraceError('E_STORE', 'a report term list refers to a digest without terms');
    return own;
  }
  const v = unpackJson(stored);
  if (!Array.isArray(v)) throw new WiretraceError('E_STORE', 'a stored report term list is not an array');
  return v as string[];
}
