/**
 * The one input guard: size, binary content and encoding, checked the same way for files, stdin,
 * HTTP bodies, fetched pages and the HTML extractor, and refused with one coded error and one
 * message per case. It lives in the ingest layer because the extractor calls it; the service adds
 * file and stream reading on top (service/input.ts).
 */
import { gunzipSync } from 'node:zlib';
import { WiretraceError } from '../errors.js';

/** 10 MB: far above any news article (a long one is ~100 KB of HTML, the largest test page 1.6 MB), low enough to refuse junk fast. */
export const DEFAULT_MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** Above this share of control characters (whitespace controls and ESC aside) input is binary, not text. */
const MAX_CONTROL_SHARE = 0.05;
/** How much of the input the control share is measured on: enough to judge, cheap to scan. */
const SNIFF_UNITS = 64 * 1024;

export interface GuardOptions {
  /** Largest accepted input in bytes (after gunzip); default DEFAULT_MAX_INPUT_BYTES, set by `maxInputBytes`. */
  readonly maxBytes?: number;
  /** Names the input in error messages (a path, "stdin", a URL). */
  readonly name?: string;
}

export function maxBytesOf(opts: GuardOptions): number {
  return opts.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
}

function nameOf(opts: GuardOptions): string {
  return opts.name ?? 'input';
}

/** E_INPUT_TOO_LARGE, whichever way the size was found (stat, byte count, running stream count, gunzip cap). */
export function tooLarge(opts: GuardOptions, bytes?: number): WiretraceError {
  const limit = maxBytesOf(opts);
  const size = bytes === undefined ? '' : ` (${formatBytes(bytes)})`;
  return new WiretraceError('E_INPUT_TOO_LARGE', `${nameOf(opts)} is over the ${formatBytes(limit)} input limit${size}`, {
    limit,
    ...(bytes === undefined ? {} : { bytes }),
  });
}

export function emptyInput(opts: GuardOptions): WiretraceError {
  return new WiretraceError('E_INPUT_EMPTY', `${nameOf(opts)} is empty`);
}

function binaryInput(opts: GuardOptions): WiretraceError {
  return new WiretraceError('E_INPUT_BINARY', `${nameOf(opts)} looks like binary data, not text or HTML`);
}

/** Throws E_INPUT_TOO_LARGE when a byte count is over the limit. */
export function checkSize(bytes: number, opts: GuardOptions = {}): void {
  if (bytes > maxBytesOf(opts)) throw tooLarge(opts, bytes);
}

/** Refuses oversized, empty and binary bytes. Charset decoding is left to the caller. */
export function checkBytes(bytes: Uint8Array, opts: GuardOptions = {}): void {
  checkSize(bytes.byteLength, opts);
  if (isBlankBytes(bytes)) throw emptyInput(opts);
  if (looksBinary(bytes)) throw binaryInput(opts);
}

/** Refuses oversized, empty and binary text (HTTP bodies, library callers, pages passed as strings). */
export function checkText(text: string, opts: GuardOptions = {}): void {
  const max = maxBytesOf(opts);
  // UTF-16 length is at most the UTF-8 byte length; count bytes only when the text could be over.
  if (text.length > max) throw tooLarge(opts);
  if (text.length * 3 > max) checkSize(Buffer.byteLength(text, 'utf8'), opts);
  checkTextContent(text, opts);
}

/**
 * Refuses empty and binary text without a size check: for text just decoded from bytes whose size
 * was checked already (a legacy charset can widen in UTF-8 without the input being any larger).
 */
export function checkTextContent(text: string, opts: GuardOptions = {}): void {
  if (text.replace(/^\ufeff/, '').trim() === '') throw emptyInput(opts);
  if (text.includes('\u0000') || controlShare(text) > MAX_CONTROL_SHARE) throw binaryInput(opts);
}

/** Decodes UTF-8 strictly (UTF-16 with a byte order mark too), refusing invalid byte sequences. */
export function decodeText(bytes: Uint8Array, opts: GuardOptions = {}): string {
  checkBytes(bytes, opts);
  const encoding = utf16Bom(bytes) ?? 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const at = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    throw new WiretraceError(
      'E_INPUT_ENCODING',
      `${nameOf(opts)} is not valid ${encoding.toUpperCase()}${at >= 0 ? ` (bad byte at offset ${at})` : ''}; convert it to UTF-8`,
    );
  }
  checkTextContent(text, opts);
  return text;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Decompresses gzip with the output capped at the limit (a small .gz can expand enormously). */
export function gunzipGuarded(bytes: Uint8Array, opts: GuardOptions = {}): Uint8Array {
  checkSize(bytes.byteLength, opts);
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytesOf(opts) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|larger than/i.test((err as Error).message)) throw tooLarge(opts);
    throw new WiretraceError('E_INPUT_FORMAT', `${nameOf(opts)} is not valid gzip: ${(err as Error).message}`);
  }
}

/** 'utf-16le' or 'utf-16be' when the bytes start with that byte order mark. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * Control characters that text never has many of. Tab, line feed, vertical tab, form feed, carriage
 * return and ESC are left out: ESC is how ISO-2022-JP switches character sets.
 */
function isControl(c: number): boolean {
  return (c < 0x20 && (c < 0x09 || c > 0x0d) && c !== 0x1b) || c === 0x7f;
}

/**
 * Binary bytes: any NUL (text never has one), or too many control bytes in the first 64 KiB.
 * UTF-16 (with a byte order mark) is full of NULs, so it is judged after decoding instead.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (utf16Bom(bytes)) return false;
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SNIFF_UNITS);
  let control = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) control++;
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

/** Share of control characters, and of U+FFFD (binary bytes read as text leave them), in the first 64 Ki units. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SNIFF_UNITS);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c) || c === 0xfffd) control++;
  }
  return control / n;
}

function isBlankBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // ASCII whitespace and a UTF-8 byte order mark do not make content
    if (b === 0x20 || (b >= 0x09 && b <= 0x0d)) continue;
    if (i === 0 && b === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Only runs on failure, to point at the first bad byte.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
