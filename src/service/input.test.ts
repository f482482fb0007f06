import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { fileKind, listIngestable, readFileGuarded, readStreamGuarded, sniffHtml } from './input.js';
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

const utf8 = (s: string) => new TextEncoder().encode(s);

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
    ['a.htm.gz', 'html'],
    ['a.xhtml', 'html'],
    ['a.txt.gz', 'text'],
    ['a.html.bak', null],
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

test('input: listIngestable lists ingestable files, sorted, of the kinds asked for', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-list-'));
  try {
    for (const f of ['b.html', 'a.txt', 'c.pdf', '.hidden.html', 'sub/d.htm.gz', 'sub/e.txt', 'sub/deeper/f.xhtml']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), 'x');
    }
    const rel = (files: string[]) => files.map((f) => f.slice(dir.length + 1));
    const table: Array<{ recursive: boolean; kinds?: ('html' | 'text')[]; want: string[] }> = [
      { recursive: false, want: ['a.txt', 'b.html'] },
      { recursive: true, want: ['a.txt', 'b.html', 'sub/d.htm.gz', 'sub/deeper/f.xhtml', 'sub/e.txt'] },
      { recursive: true, kinds: ['html'], want: ['b.html', 'sub/d.htm.gz', 'sub/deeper/f.xhtml'] },
    ];
    for (const c of table) assert.deepEqual(rel(await listIngestable(dir, c.recursive, c.kinds)), c.want, JSON.stringify(c));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
