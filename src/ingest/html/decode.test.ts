import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { DEFAULT_MAX_INPUT_BYTES as MAX_INPUT_BYTES } from '../input-guard.js';
import { decodeHtml, metaCharset, normalizeCharset } from './decode.js';
import { extractArticle } from './index.js';
import { isWiretraceError } from '../../errors.js';

const page = (head: string, body: string): string => `<html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;

test('decode: charset precedence and legacy encodings', () => {
  const cases: { name: string; bytes: Buffer; contentType?: string; want: string; charset: string; source: string }[] = [
    { name: 'utf-8 BOM beats a wrong meta', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('<meta charset="windows-1251">', 'Zürich'))]), want: 'Zürich', charset: 'utf-8', source: 'bom' },
    { name: 'utf-16le BOM', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(page('', 'Ελλάδα'), 'utf-16le')]), want: 'Ελλάδα', charset: 'utf-16le', source: 'bom' },
    { name: 'HTTP charset windows-1251', bytes: iconv.encode(page('', 'Москва сегодня'), 'windows-1251'), contentType: 'text/html; charset=windows-1251', want: 'Москва сегодня', charset: 'windows-1251', source: 'http' },
    { name: 'HTTP charset beats meta', bytes: iconv.encode(page('<meta charset="utf-8">', 'Київ'), 'windows-1251'), contentType: 'text/html; charset="cp1251"', want: 'Київ', charset: 'cp1251', source: 'http' },
    { name: 'meta charset Shift_JIS', bytes: iconv.encode(page('<meta charset="Shift_JIS">', '東京都の天気'), 'shift_jis'), want: '東京都の天気', charset: 'shift_jis', source: 'meta' },
    { name: 'http-equiv EUC-KR', bytes: iconv.encode(page('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">', '서울 날씨'), 'cp949'), want: '서울 날씨', charset: 'cp949', source: 'meta' },
    { name: 'meta gb2312 read as gbk', bytes: iconv.encode(page('<meta charset="gb2312">', '北京新闻'), 'gbk'), want: '北京新闻', charset: 'gbk', source: 'meta' },
    { name: 'iso-8859-1 means windows-1252 (curly quotes)', bytes: iconv.encode(page('<meta charset="iso-8859-1">', '“café”'), 'windows-1252'), want: '“café”', charset: 'windows-1252', source: 'meta' },
    { name: 'a stale meta on a page re-saved as UTF-8 loses to valid non-ASCII UTF-8', bytes: Buffer.from(page('<meta charset="gb2312">', '北京新闻')), want: '北京新闻', charset: 'utf-8', source: 'utf8-valid' },
    { name: 'an ASCII-only page keeps its declared charset', bytes: Buffer.from(page('<meta charset="windows-1251">', 'plain words')), want: 'plain words', charset: 'windows-1251', source: 'meta' },
    { name: 'undeclared valid UTF-8', bytes: Buffer.from(page('', 'naïve façade')), want: 'naïve façade', charset: 'utf-8', source: 'utf8-valid' },
    { name: 'undeclared invalid UTF-8 falls back to windows-1252', bytes: iconv.encode(page('', 'Grüße'), 'windows-1252'), want: 'Grüße', charset: 'windows-1252', source: 'fallback' },
    { name: 'unknown declared charset is ignored', bytes: Buffer.from(page('<meta charset="x-no-such">', 'plain')), want: 'plain', charset: 'utf-8', source: 'utf8-valid' },
    { name: 'gzip is unwrapped', bytes: gzipSync(Buffer.from(page('<meta charset="utf-8">', 'gzipped ü'))), want: 'gzipped ü', charset: 'utf-8', source: 'meta' },
  ];
  for (const c of cases) {
    const d = decodeHtml(c.bytes, c.contentType);
    assert.ok(d.text.includes(c.want), `${c.name}: ${d.text.slice(0, 120)}`);
    assert.equal(d.charset, c.charset, c.name);
    assert.equal(d.source, c.source, c.name);
  }
});

test('decode: label normalisation', () => {
  assert.equal(normalizeCharset('ks_c_5601-1987'), 'cp949');
  assert.equal(normalizeCharset('X-SJIS'), 'shift_jis');
  assert.equal(normalizeCharset('nonsense'), null);
  assert.equal(normalizeCharset(''), null);
  assert.equal(metaCharset(Buffer.from('<meta charset="utf-16">')), 'utf-8', 'UTF-16 declared in ASCII bytes is UTF-8');
});

function code(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (isWiretraceError(err)) return err.code;
    throw err;
  }
  return 'no error';
}

test('decode: bad inputs raise coded errors', () => {
  const cases: [string, () => unknown, string][] = [
    ['empty bytes', () => extractArticle(new Uint8Array(0)), 'E_INPUT_EMPTY'],
    ['empty string', () => extractArticle(''), 'E_INPUT_EMPTY'],
    ['whitespace only', () => extractArticle(' \n\t '), 'E_INPUT_EMPTY'],
    ['binary bytes', () => extractArticle(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48])), 'E_INPUT_BINARY'],
    ['binary string', () => extractArticle('\u0000\u0001\u0002\u0003'.repeat(100)), 'E_INPUT_BINARY'],
    ['huge bytes', () => extractArticle(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61)), 'E_INPUT_TOO_LARGE'],
    ['huge string', () => extractArticle('a'.repeat(MAX_INPUT_BYTES + 1)), 'E_INPUT_TOO_LARGE'],
    ['corrupt gzip', () => extractArticle(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3, 4, 5, 6])), 'E_INPUT_FORMAT'],
    ['NUL past the first 4 KiB', () => extractArticle(Buffer.from(`<html><body><p>${'a'.repeat(8000)}\u0000</p></body></html>`)), 'E_INPUT_BINARY'],
    ['replacement characters in a string', () => extractArticle('<p>' + '\ufffd'.repeat(200) + '</p>'), 'E_INPUT_BINARY'],
    ['UTF-16 page of NULs', () => extractArticle(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(400)])), 'E_INPUT_BINARY'],
    ['configured limit, bytes', () => extractArticle(Buffer.from('<p>too long</p>'), { maxBytes: 8 }), 'E_INPUT_TOO_LARGE'],
    ['configured limit, string', () => extractArticle('<p>too long</p>', { maxBytes: 8 }), 'E_INPUT_TOO_LARGE'],
  ];
  for (const [name, fn, want] of cases) assert.equal(code(fn), want, name);
});

test('decode: a gzip bomb stops at the size limit', () => {
  const bomb = gzipSync(Buffer.alloc(MAX_INPUT_BYTES + 1024, 0x20));
  assert.equal(code(() => extractArticle(bomb)), 'E_INPUT_TOO_LARGE');
});
