import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { checkText, decodeText, fileKind, readFileGuarded, readStreamGuarded, sniffHtml } from './input.js';
import { isWiretraceError, type ErrorCode } from '../errors.js';
import { parseByteSize } from './config.js';

function code(fn: () => unknown): ErrorCode | 'none' {
  try {
    fn();
    return 'none';
  } catch (e) {
    if (isWiretraceError(e)) return e.code;
    throw e;
  }
}

async function codeAsync(fn: () => Promise<unknown>): Promise<ErrorCode | 'none'> {
  try {
    await fn();
    return 'none';
  } catch (e) {
    if (isWiretraceError(e)) return e.code;
    throw e;
  }
}

const b = (...xs: number[]) => Uint8Array.from(xs);
const utf8 = (s: string) => new TextEncoder().encode(s);

test('input: decodeText accepts text and refuses empty, binary, invalid UTF-8 and oversized input', () => {
  const cases: Array<{ name: string; bytes: Uint8Array; max?: number; want: ErrorCode | 'none' }> = [
    { name: 'plain ASCII', bytes: utf8('Hello world.\n'), want: 'none' },
    { name: 'UTF-8 with accents and curly quotes', bytes: utf8('Côte d’Ivoire “said” — Sükhbaatar'), want: 'none' },
    { name: 'UTF-8 BOM', bytes: b(0xef, 0xbb, 0xbf, 0x41, 0x42), want: 'none' },
    { name: 'UTF-16LE with BOM', bytes: b(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00), want: 'none' },
    { name: 'empty', bytes: b(), want: 'E_INPUT_EMPTY' },
    { name: 'only whitespace', bytes: utf8(' \n\t\r\n  '), want: 'E_INPUT_EMPTY' },
    { name: 'BOM only', bytes: b(0xef, 0xbb, 0xbf), want: 'E_INPUT_EMPTY' },
    { name: 'NUL byte', bytes: utf8('abc\u0000def'), want: 'E_INPUT_BINARY' },
    { name: 'PNG header', bytes: b(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), want: 'E_INPUT_BINARY' },
    { name: 'many control chars', bytes: utf8('a\u0001b\u0002c\u0003d\u0004e'), want: 'E_INPUT_BINARY' },
    { name: 'lone continuation byte', bytes: b(0x41, 0x80, 0x42), want: 'E_INPUT_ENCODING' },
    { name: 'Latin-1 é', bytes: b(0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b), want: 'E_INPUT_ENCODING' },
    { name: 'truncated 3-byte sequence', bytes: b(0x41, 0xe2, 0x80), want: 'E_INPUT_ENCODING' },
    { name: 'overlong encoding', bytes: b(0xc0, 0xaf), want: 'E_INPUT_ENCODING' },
    { name: 'over the limit', bytes: utf8('x'.repeat(101)), max: 100, want: 'E_INPUT_TOO_LARGE' },
    { name: 'at the limit', bytes: utf8('x'.repeat(100)), max: 100, want: 'none' },
  ];
  for (const c of cases) {
    assert.equal(code(() => decodeText(c.bytes, c.max ? { maxBytes: c.max } : {})), c.want, c.name);
  }
});

test('input: encoding errors name the offending offset', () => {
  try {
    decodeText(b(0x41, 0x42, 0xff, 0x43));
    assert.fail('should throw');
  } catch (e) {
    assert.ok(isWiretraceError(e));
    assert.match(e.message, /offset 2/);
  }
});

test('input: checkText guards strings', () => {
  const cases: Array<{ s: string; max?: number; want: ErrorCode | 'none' }> = [
    { s: 'News.', want: 'none' },
    { s: '', want: 'E_INPUT_EMPTY' },
    { s: '\ufeff  ', want: 'E_INPUT_EMPTY' },
    { s: 'a\u0000b', want: 'E_INPUT_BINARY' },
    { s: 'é'.repeat(60), max: 100, want: 'E_INPUT_TOO_LARGE' }, // 120 UTF-8 bytes
    { s: 'e'.repeat(60), max: 100, want: 'none' },
  ];
  for (const c of cases) assert.equal(code(() => checkText(c.s, c.max ? { maxBytes: c.max } : {})), c.want, JSON.stringify(c.s.slice(0, 10)));
});

test('input: readFileGuarded stats before reading, gunzips with a cap, and refuses missing paths', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-input-'));
  try {
    writeFileSync(join(dir, 'ok.txt'), 'Title\n\nBody text here.');
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2000));
    writeFileSync(join(dir, 'page.html.gz'), gzipSync('<!doctype html><p>hi</p>'));
    writeFileSync(join(dir, 'bomb.html.gz'), gzipSync('a'.repeat(5000)));
    writeFileSync(join(dir, 'bad.html.gz'), 'not gzip at all');
    writeFileSync(join(dir, 'empty.txt'), '');
    mkdirSync(join(dir, 'sub'));
    const cases: Array<{ file: string; want: ErrorCode | 'none' }> = [
      { file: 'ok.txt', want: 'none' },
      { file: 'big.txt', want: 'E_INPUT_TOO_LARGE' },
      { file: 'page.html.gz', want: 'none' },
      { file: 'bomb.html.gz', want: 'E_INPUT_TOO_LARGE' },
      { file: 'bad.html.gz', want: 'E_INPUT_FORMAT' },
      { file: 'empty.txt', want: 'E_INPUT_EMPTY' },
      { file: 'missing.txt', want: 'E_INPUT_NOT_FOUND' },
      { file: 'sub', want: 'E_INPUT_FORMAT' },
      { file: 'ok.txt/child', want: 'E_INPUT_NOT_FOUND' },
    ];
    for (const c of cases) {
      assert.equal(await codeAsync(() => readFileGuarded(join(dir, c.file), { maxBytes: 1000 })), c.want, c.file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('input: readStreamGuarded stops an oversized stream at the limit', async () => {
  let pulled = 0;
  const endless = new Readable({
    read() {
      pulled++;
      this.push(Buffer.alloc(1024, 0x61));
    },
  });
  assert.equal(await codeAsync(() => readStreamGuarded(endless, { maxBytes: 10 * 1024 })), 'E_INPUT_TOO_LARGE');
  assert.ok(pulled < 20, `read ${pulled} chunks, should stop right after the limit`);
  endless.destroy();
  assert.equal(await codeAsync(() => readStreamGuarded(Readable.from([Buffer.from('')]))), 'E_INPUT_EMPTY');
  assert.equal(await codeAsync(() => readStreamGuarded(Readable.from([Buffer.from('ok text')]))), 'none');
});

test('input: file kinds and HTML sniffing', () => {
  const kinds: Array<[string, string | null]> = [
    ['a.txt', 'text'],
    ['a.HTML', 'html'],
    ['a.htm', 'html'],
    ['a.html.gz', 'html'],
    ['a.pdf', null],
    ['a.json', null],
    ['txt', null],
  ];
  for (const [p, k] of kinds) assert.equal(fileKind(p), k, p);
  const sniffs: Array<[string, boolean]> = [
    ['<!DOCTYPE html><html>', true],
    ['\ufeff  <html lang="en">', true],
    ['<!-- saved --> <!doctype html>', true],
    ['Putin expresses readiness\n\n<b>not html</b>', false],
    ['<p>fragment</p>', false],
  ];
  for (const [s, want] of sniffs) assert.equal(sniffHtml(s), want, s);
  assert.equal(sniffHtml(utf8('\ufeff<!doctype html>')), true, 'bytes with BOM');
});

test('config: byte sizes', () => {
  const cases: Array<[string, number | 'E_USAGE']> = [
    ['10MB', 10 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['1.5m', Math.floor(1.5 * 1024 * 1024)],
    ['2048', 2048],
    ['ten', 'E_USAGE'],
    ['0', 'E_USAGE'],
    ['-5', 'E_USAGE'],
  ];
  for (const [s, want] of cases) {
    if (want === 'E_USAGE') assert.equal(code(() => parseByteSize(s)), 'E_USAGE', s);
    else assert.equal(parseByteSize(s), want, s);
  }
});
