/**
 * Input guards: everything a user hands us is checked before it can reach the store, and refused
 * with a coded error. Sizes are checked before reading (files: stat; streams: running count), so a
 * huge input is refused without being loaded.
 */
import { open, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { WiretraceError } from '../errors.js';
import { DEFAULT_MAX_INPUT_BYTES } from './config.js';

/** Above this share of control characters (tab, newlines and form feed aside) text is binary junk. */
const MAX_CONTROL_RATIO = 0.05;
/** How much of the input the control-character ratio is measured on; enough to judge, cheap to scan. */
const SNIFF_BYTES = 64 * 1024;

export interface GuardOptions {
  /** Largest accepted input in bytes (after gunzip for .gz); default 10 MB. */
  readonly maxBytes?: number;
  /** Names the input in error messages (a path, "stdin", a URL). */
  readonly name?: string;
}

export function maxBytesOf(opts: GuardOptions): number {
  return opts.maxBytes ?? DEFAULT_MAX_INPUT_BYTES;
}

/** Refuses empty, oversized and binary byte input. Charset decoding is left to the caller. */
export function checkBytes(bytes: Uint8Array, opts: GuardOptions = {}): void {
  const name = opts.name ?? 'input';
  const max = maxBytesOf(opts);
  if (bytes.byteLength > max) {
    throw new WiretraceError('E_INPUT_TOO_LARGE', `${name} is ${formatBytes(bytes.byteLength)}, over the ${formatBytes(max)} limit`, {
      bytes: bytes.byteLength,
      limit: max,
    });
  }
  if (isBlankBytes(bytes)) throw new WiretraceError('E_INPUT_EMPTY', `${name} is empty`);
  if (looksBinary(bytes)) throw new WiretraceError('E_INPUT_BINARY', `${name} looks like a binary file, not text or HTML`);
}

/** Decodes UTF-8 strictly (UTF-16 with a BOM too), refusing invalid byte sequences. */
export function decodeText(bytes: Uint8Array, opts: GuardOptions = {}): string {
  checkBytes(bytes, opts);
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    const at = encoding === 'utf-8' ? firstInvalidUtf8(bytes) : -1;
    throw new WiretraceError(
      'E_INPUT_ENCODING',
      `${opts.name ?? 'input'} is not valid ${encoding.toUpperCase()}${at >= 0 ? ` (bad byte at offset ${at})` : ''}; convert it to UTF-8`,
    );
  }
  checkText(text, opts);
  return text;
}

/** Guards for input that arrives as a string already (HTTP bodies, library callers). */
export function checkText(text: string, opts: GuardOptions = {}): void {
  const name = opts.name ?? 'input';
  const max = maxBytesOf(opts);
  // UTF-16 length is at most the UTF-8 byte length for BMP text; compute bytes only when close.
  if (text.length > max || (text.length * 3 > max && Buffer.byteLength(text, 'utf8') > max)) {
    throw new WiretraceError('E_INPUT_TOO_LARGE', `${name} is over the ${formatBytes(max)} limit`);
  }
  if (text.replace(/^\ufeff/, '').trim() === '') throw new WiretraceError('E_INPUT_EMPTY', `${name} is empty`);
  if (text.includes('\u0000') || controlRatio(text.slice(0, SNIFF_BYTES)) > MAX_CONTROL_RATIO) {
    throw new WiretraceError('E_INPUT_BINARY', `${name} contains binary data, not text`);
  }
}

export type FileKind = 'html' | 'text';

/** The ingestable file extensions and what they hold. */
export function fileKind(path: string): FileKind | null {
  const p = path.toLowerCase();
  if (p.endsWith('.html') || p.endsWith('.htm') || p.endsWith('.html.gz') || p.endsWith('.htm.gz')) return 'html';
  if (p.endsWith('.txt') || p.endsWith('.txt.gz')) return 'text';
  return null;
}

/** Reads a file within the size limit: stat first, so a 50 MB file is refused without reading it. */
export async function readFileGuarded(path: string, opts: GuardOptions = {}): Promise<Uint8Array> {
  const name = opts.name ?? path;
  const max = maxBytesOf(opts);
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WiretraceError('E_INPUT_NOT_FOUND', `${name} does not exist`);
    throw new WiretraceError('E_INPUT_NOT_FOUND', `cannot read ${name}: ${(err as Error).message}`);
  }
  if (!info.isFile()) throw new WiretraceError('E_INPUT_FORMAT', `${name} is not a regular file`);
  if (info.size > max) {
    throw new WiretraceError('E_INPUT_TOO_LARGE', `${name} is ${formatBytes(info.size)}, over the ${formatBytes(max)} limit`, {
      bytes: info.size,
      limit: max,
    });
  }
  if (info.size === 0) throw new WiretraceError('E_INPUT_EMPTY', `${name} is empty`);
  // Read at most max+1 bytes even if the file grew since stat.
  const fh = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    const buf = Buffer.allocUnsafe(Math.min(info.size, max) + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > max) throw new WiretraceError('E_INPUT_TOO_LARGE', `${name} is over the ${formatBytes(max)} limit`);
    bytes = buf.subarray(0, got);
  } finally {
    await fh.close();
  }
  if (path.toLowerCase().endsWith('.gz')) bytes = gunzipGuarded(bytes, { ...opts, name });
  checkBytes(bytes, { ...opts, name });
  return bytes;
}

/** Decompresses gzip with the output capped at the limit (a small .gz can expand enormously). */
export function gunzipGuarded(bytes: Uint8Array, opts: GuardOptions = {}): Uint8Array {
  const name = opts.name ?? 'input';
  const max = maxBytesOf(opts);
  try {
    return gunzipSync(bytes, { maxOutputLength: max });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|too large/i.test((err as Error).message)) {
      throw new WiretraceError('E_INPUT_TOO_LARGE', `${name} decompresses to more than the ${formatBytes(max)} limit`);
    }
    throw new WiretraceError('E_INPUT_FORMAT', `${name} is not valid gzip: ${(err as Error).message}`);
  }
}

/** Reads a stream (stdin) with a running size check, so an endless pipe is cut off at the limit. */
export async function readStreamGuarded(stream: AsyncIterable<Uint8Array | string>, opts: GuardOptions = {}): Promise<Uint8Array> {
  const name = opts.name ?? 'stdin';
  const max = maxBytesOf(opts);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += b.byteLength;
    if (total > max) throw new WiretraceError('E_INPUT_TOO_LARGE', `${name} is over the ${formatBytes(max)} limit`);
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks, total);
  checkBytes(bytes, { ...opts, name });
  return bytes;
}

/** True when bytes start like an HTML document (after BOM and whitespace). */
export function sniffHtml(bytes: Uint8Array | string): boolean {
  const head = (typeof bytes === 'string' ? bytes.slice(0, 1024) : Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype html|html))/.test(head);
}

function isBlankBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    // ASCII whitespace and a UTF-8 BOM do not make content
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c || b === 0x0b) continue;
    if (i === 0 && b === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

function looksBinary(bytes: Uint8Array): boolean {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && bytes.indexOf(0) !== -1) return true; // text never contains NUL; UTF-16 is checked after decoding
  if (utf16) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_RATIO;
}

function controlRatio(s: string): number {
  if (s.length === 0) return 0;
  let control = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  return control / s.length;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search over prefixes would be cute; a linear validity scan is simpler and only runs on failure.
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
