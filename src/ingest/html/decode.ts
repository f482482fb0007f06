/**
 * Bytes to text. Charset precedence follows the HTML standard: byte order mark, then the HTTP
 * Content-Type charset, then a <meta charset> / http-equiv declaration in the first bytes (unless the
 * bytes are valid, non-ASCII UTF-8: a re-saved page keeps a stale tag), then
 * UTF-8 if the bytes are valid UTF-8, else windows-1252. Legacy encodings go through iconv-lite.
 */
import iconv from 'iconv-lite';
import { checkBytes, checkTextContent, gunzipGuarded, isGzip, type GuardOptions } from '../input-guard.js';

/** Bytes scanned for a <meta charset>: the standard's prescan reads 1024; pages with long heads need more. */
const META_SCAN_BYTES = 8192;

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it. */
  charset: string;
  /** Where the charset came from. */
  source: 'bom' | 'http' | 'meta' | 'utf8-valid' | 'fallback';
}

/** WHATWG label aliases iconv-lite lacks or maps differently (ISO-8859-1 means windows-1252 on the web). */
const ALIASES: Record<string, string> = {
  'iso-8859-1': 'windows-1252', 'iso8859-1': 'windows-1252', latin1: 'windows-1252', 'us-ascii': 'windows-1252', ascii: 'windows-1252',
  'x-sjis': 'shift_jis', sjis: 'shift_jis', 'shift-jis': 'shift_jis', 'ms_kanji': 'shift_jis', 'windows-31j': 'shift_jis',
  'ks_c_5601-1987': 'cp949', 'euc-kr': 'cp949', 'x-euc-kr': 'cp949', 'gb2312': 'gbk', 'x-gbk': 'gbk',
  'x-mac-roman': 'macintosh', 'x-user-defined': 'windows-1252', 'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  'x-cp1251': 'windows-1251', 'x-cp1252': 'windows-1252', 'tis-620': 'windows-874', 'iso-8859-11': 'windows-874',
};

export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!l) return null;
  const name = ALIASES[l] ?? l;
  // UTF-16 declared in a page that reached us as ASCII-compatible bytes is a lie (HTML standard).
  return iconv.encodingExists(name) ? name : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType);
  return m ? normalizeCharset(m[1]) : null;
}

function bomCharset(b: Uint8Array): { charset: string; skip: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (b[0] === 0xfe && b[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  if (b[0] === 0xff && b[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  return null;
}

/** The <meta charset> or http-equiv Content-Type declared near the top, read as ASCII. */
export function metaCharset(b: Uint8Array): string | null {
  const head = Buffer.from(b.subarray(0, META_SCAN_BYTES)).toString('latin1');
  const re = /<meta\b[^>]*>/gi;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    const tag = m[0];
    const direct = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) {
      const cs = normalizeCharset(direct[1]);
      // A page declaring UTF-16 in its ASCII-readable head is actually UTF-8 (HTML standard).
      if (cs) return cs.startsWith('utf-16') ? 'utf-8' : cs;
    }
  }
  return null;
}

function hasNonAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if ((b[i] as number) >= 0x80) return true;
  return false;
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes page bytes. Gzip is unwrapped (saved pages are often .html.gz); the input guard checks size
 * (gunzip capped), emptiness and binary content before decoding, and the decoded text again.
 */
export function decodeHtml(input: Uint8Array, contentType?: string, guard: GuardOptions = {}): Decoded {
  const bytes = isGzip(input) ? gunzipGuarded(input, guard) : input;
  checkBytes(bytes, guard);
  const decoded = decodeCharset(bytes, contentType);
  checkTextContent(decoded.text, guard);
  return decoded;
}

function decodeCharset(bytes: Uint8Array, contentType: string | undefined): Decoded {
  const bom = bomCharset(bytes);
  if (bom) return { text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.charset), charset: bom.charset, source: 'bom' };
  const http = charsetFromContentType(contentType);
  if (http) return { text: iconv.decode(Buffer.from(bytes), http), charset: http, source: 'http' };
  const meta = metaCharset(bytes);
  // A saved page is often re-encoded as UTF-8 with its old <meta charset> left in place. Non-ASCII
  // bytes that form valid UTF-8 are near-impossible in a legacy encoding, so they outrank the tag.
  if (meta && meta !== 'utf-8' && hasNonAscii(bytes) && isValidUtf8(bytes)) return { text: Buffer.from(bytes).toString('utf8'), charset: 'utf-8', source: 'utf8-valid' };
  if (meta) return { text: iconv.decode(Buffer.from(bytes), meta), charset: meta, source: 'meta' };
  if (isValidUtf8(bytes)) return { text: Buffer.from(bytes).toString('utf8'), charset: 'utf-8', source: 'utf8-valid' };
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), charset: 'windows-1252', source: 'fallback' };
}
