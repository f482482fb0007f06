import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { isWiretraceError, type ErrorCode } from '../errors.js';
import { checkBytes, checkText, decodeText, DEFAULT_MAX_INPUT_BYTES, gunzipGuarded, looksBinary } from './input-guard.js';

/** The coded error a call throws ({code, message}), or 'none'. */
function outcome(fn: () => unknown): { code: ErrorCode; message: string } | 'none' {
  try {
    fn();
    return 'none';
  } catch (e) {
    if (isWiretraceError(e)) return { code: e.code, message: e.message };
    throw e;
  }
}

const codeOf = (fn: () => unknown): ErrorCode | 'none' => {
  const o = outcome(fn);
  return o === 'none' ? o : o.code;
};

const b = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

test('input guard: decodeText accepts text and refuses empty, binary, invalid UTF-8 and oversized input', () => {
  const cases: Array<{ name: string; bytes: Uint8Array; max?: number; want: ErrorCode | 'none' }> = [
    { name: 'plain ASCII', bytes: utf8('Hello world.\n'), want: 'none' },
    { name: 'UTF-8 with accents and curly quotes', bytes: utf8('Côte d’Ivoire “said” — Sükhbaatar'), want: 'none' },
    { name: 'UTF-8 BOM', bytes: b(0xef, 0xbb, 0xbf, 0x41, 0x42), want: 'none' },
    { name: 'UTF-16LE with BOM', bytes: b(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), want: 'none' },
    { name: 'UTF-16BE with BOM', bytes: b(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69), want: 'none' },
    { name: 'tab, vertical tab, form feed and CRLF', bytes: utf8('a\tb\u000bc\fd\r\ne'), want: 'none' },
    { name: 'empty', bytes: b(), want: 'E_INPUT_EMPTY' },
    { name: 'only whitespace', bytes: utf8(' \n\t\r\n  '), want: 'E_INPUT_EMPTY' },
    { name: 'BOM only', bytes: b(0xef, 0xbb, 0xbf), want: 'E_INPUT_EMPTY' },
    { name: 'UTF-16 BOM and spaces only', bytes: b(0xff, 0xfe, 0x20, 0x00, 0x20, 0x00), want: 'E_INPUT_EMPTY' },
    { name: 'NUL byte', bytes: utf8('abc\u0000def'), want: 'E_INPUT_BINARY' },
    { name: 'NUL far past the sniffed head', bytes: utf8(`${'a'.repeat(70_000)}\u0000`), want: 'E_INPUT_BINARY' },
    { name: 'UTF-16 without a BOM', bytes: b(0x48, 0x00, 0x69, 0x00), want: 'E_INPUT_BINARY' },
    { name: 'UTF-16 with a BOM, holding NULs', bytes: b(0xff, 0xfe, 0x00, 0x00, 0x41, 0x00), want: 'E_INPUT_BINARY' },
    { name: 'PNG header', bytes: b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), want: 'E_INPUT_BINARY' },
    { name: 'many control chars', bytes: utf8('a\u0001b\u0002c\u0003d\u0004e'), want: 'E_INPUT_BINARY' },
    { name: 'DEL characters', bytes: utf8('a\u007fb\u007fc'), want: 'E_INPUT_BINARY' },
    { name: 'lone continuation byte', bytes: b(0x41, 0x80, 0x42), want: 'E_INPUT_ENCODING' },
    { name: 'Latin-1 é', bytes: b(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), want: 'E_INPUT_ENCODING' },
    { name: 'truncated 3-byte sequence', bytes: b(0x41, 0xe2, 0x80), want: 'E_INPUT_ENCODING' },
    { name: 'overlong encoding', bytes: b(0xc0, 0xaf), want: 'E_INPUT_ENCODING' },
    { name: 'UTF-8 surrogate half', bytes: b(0x41, 0xed, 0xa0, 0x80), want: 'E_INPUT_ENCODING' },
    { name: 'odd-length UTF-16', bytes: b(0xff, 0xfe, 0x48, 0x00, 0x69), want: 'E_INPUT_ENCODING' },
    { name: 'over the limit', bytes: utf8('x'.repeat(101)), max: 100, want: 'E_INPUT_TOO_LARGE' },
    { name: 'at the limit', bytes: utf8('x'.repeat(100)), max: 100, want: 'none' },
  ];
  for (const c of cases) {
    assert.equal(codeOf(() => decodeText(c.bytes, c.max ? { maxBytes: c.max } : {})), c.want, `input guard: ${c.name}`);
  }
});

test('input guard: encoding errors name the offending offset', () => {
  const o = outcome(() => decodeText(b(0x41, 0x42, 0xff, 0x43), { name: 'notes.txt' }));
  assert.notEqual(o, 'none');
  assert.equal(o !== 'none' && o.message, 'notes.txt is not valid UTF-8 (bad byte at offset 2); convert it to UTF-8');
});

test('input guard: checkText guards strings with the same rules', () => {
  const cases: Array<{ s: string; max?: number; want: ErrorCode | 'none' }> = [
    { s: 'News.', want: 'none' },
    { s: '', want: 'E_INPUT_EMPTY' },
    { s: '\ufeff  ', want: 'E_INPUT_EMPTY' },
    { s: 'a\u0000b', want: 'E_INPUT_BINARY' },
    { s: `${'a'.repeat(70_000)}\u0000`, want: 'E_INPUT_BINARY' },
    { s: '\ufffd'.repeat(50), want: 'E_INPUT_BINARY' }, // binary bytes read as UTF-8
    { s: 'é'.repeat(60), max: 100, want: 'E_INPUT_TOO_LARGE' }, // 120 UTF-8 bytes
    { s: 'e'.repeat(60), max: 100, want: 'none' },
  ];
  for (const c of cases) assert.equal(codeOf(() => checkText(c.s, c.max ? { maxBytes: c.max } : {})), c.want, `input guard: ${JSON.stringify(c.s.slice(0, 10))}`);
});

test('input guard: one limit, and one message per case whatever the input', () => {
  assert.equal(DEFAULT_MAX_INPUT_BYTES, 10 * 1024 * 1024);
  const guard = { name: 'page.html', maxBytes: 100 };
  const table: Array<{ name: string; run: () => unknown; code: ErrorCode; message: string }> = [
    { name: 'bytes over', run: () => checkBytes(utf8('x'.repeat(101)), guard), code: 'E_INPUT_TOO_LARGE', message: 'page.html is over the 100 bytes input limit (101 bytes)' },
    { name: 'string over', run: () => checkText('x'.repeat(101), guard), code: 'E_INPUT_TOO_LARGE', message: 'page.html is over the 100 bytes input limit' },
    { name: 'string over in UTF-8', run: () => checkText('é'.repeat(60), guard), code: 'E_INPUT_TOO_LARGE', message: 'page.html is over the 100 bytes input limit (120 bytes)' },
    { name: 'gzip bomb', run: () => gunzipGuarded(gzipSync('x'.repeat(5000)), guard), code: 'E_INPUT_TOO_LARGE', message: 'page.html is over the 100 bytes input limit' },
    { name: 'bytes empty', run: () => checkBytes(utf8('  \n'), guard), code: 'E_INPUT_EMPTY', message: 'page.html is empty' },
    { name: 'string empty', run: () => checkText('  \n', guard), code: 'E_INPUT_EMPTY', message: 'page.html is empty' },
    { name: 'bytes binary', run: () => checkBytes(b(0x41, 0, 0x42), guard), code: 'E_INPUT_BINARY', message: 'page.html looks like binary data, not text or HTML' },
    { name: 'string binary', run: () => checkText('A\u0000B', guard), code: 'E_INPUT_BINARY', message: 'page.html looks like binary data, not text or HTML' },
    { name: 'corrupt gzip', run: () => gunzipGuarded(b(0x1f, 0x8b, 8, 0, 1, 2), guard), code: 'E_INPUT_FORMAT', message: 'page.html is not valid gzip: unexpected end of file' },
  ];
  for (const c of table) assert.deepEqual(outcome(c.run), { code: c.code, message: c.message }, `input guard: ${c.name}`);
});

test('input guard: legacy encodings that use control bytes are not binary', () => {
  // ISO-2022-JP switches character sets with ESC sequences, so a Japanese page is full of ESC bytes.
  // "東京" in JIS X 0208 between ESC $ B (to JIS) and ESC ( B (back to ASCII), then ASCII text.
  const jis = Buffer.from('\x1b$BEl5~\x1b(B talks\n'.repeat(40), 'latin1');
  assert.equal(looksBinary(jis), false);
  assert.equal(looksBinary(iconv.encode('Москва заявила'.repeat(20), 'windows-1251')), false);
  assert.equal(looksBinary(b(0x1b, 0x01, 0x02, 0x03)), true, 'other control bytes still count');
});
