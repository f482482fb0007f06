import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { requireData } from '../../eval/data-path.js';
import { loadPages, pageBytes, pagePath } from '../../eval/extraction/data.js';
import { predictBody } from '../../eval/tasks/extraction.js';
import { startLocalServer } from '../../ingest/fetch/testing/local-server.js';
import { extractInput } from '../../service/extract.js';
import { DEFAULT_MAX_INPUT_BYTES } from '../../service/input.js';
import iconv from 'iconv-lite';

const FIXTURES = resolve(process.cwd(), 'test', 'fixtures', 'html');
const RUN_CLI = "import('./src/program.ts').then((m) => m.main(['node', 'wiretrace', ...process.argv.slice(1)]))";

function cli(args: string[], input?: Buffer): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', RUN_CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FIELDS = ['input', 'title', 'byline', 'published', 'modified', 'body', 'image', 'imageCredit', 'siteName', 'language', 'canonicalUrl'];

test('cli extract: a directory gives one JSON line per page, with the documented fields', () => {
  const r = cli(['extract', FIXTURES, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 3);
  for (const l of lines) assert.deepEqual(Object.keys(l), FIELDS);
  const news = lines.find((l) => String(l.input).endsWith('news-full.html'));
  assert.equal(news?.title, 'Harbour bridge reopens after two-year repair');
  assert.deepEqual(news?.byline, ['Maria Okafor', 'Tom Lindqvist']);
});

test('cli extract: stdin, and coded errors for missing and empty inputs', () => {
  const ok = cli(['extract', '-', '--json'], readFileSync(join(FIXTURES, 'jsonld-only.html')));
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as { input: string }).input, '-');

  const missing = cli(['extract', join(FIXTURES, 'no-such-page.html'), '--json']);
  assert.notEqual(missing.status, 0);
  assert.match(missing.stderr, /E_INPUT_NOT_FOUND/);

  // A missing input is one error line among the others, as with ingest: the pages that exist are still extracted.
  const mixed = cli(['extract', join(FIXTURES, 'no-such-page.html'), join(FIXTURES, 'news-full.html'), '--json']);
  assert.equal(mixed.status, 1, mixed.stderr);
  const lines = mixed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { error?: { code: string }; title?: string });
  assert.deepEqual(lines.map((l) => l.error?.code ?? l.title), ['E_INPUT_NOT_FOUND', 'Harbour bridge reopens after two-year repair']);
  assert.doesNotMatch(mixed.stderr, /\n\s+at /);

  const noPages = cli(['extract', join(process.cwd(), 'docs'), '--json']);
  assert.equal(noPages.status, 1, 'a directory without pages is an error, not silence');
  assert.match(noPages.stderr, /^error E_INPUT_NOT_FOUND: .*docs.* has no \.html/m);

  const empty = cli(['extract', '-', '--json'], Buffer.alloc(0));
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /E_INPUT_EMPTY/);
  assert.equal((JSON.parse(empty.stdout) as { error: { code: string } }).error.code, 'E_INPUT_EMPTY');
});

test('cli extract: stdin and files over the size limit are refused with E_INPUT_TOO_LARGE, before extraction', () => {
  const page = readFileSync(join(FIXTURES, 'jsonld-only.html'));
  const table: Array<{ name: string; args: string[]; input?: Buffer; code: string; message: RegExp }> = [
    {
      name: 'stdin over the default limit',
      args: ['-'],
      input: Buffer.concat([page, Buffer.alloc(DEFAULT_MAX_INPUT_BYTES, 0x20)]),
      code: 'E_INPUT_TOO_LARGE',
      message: /^stdin is over the 10\.0 MB input limit$/,
    },
    { name: 'stdin over --max-size', args: ['-', '--max-size', '1KB'], input: page, code: 'E_INPUT_TOO_LARGE', message: /^stdin is over the 1\.0 KB input limit$/ },
    { name: 'file over --max-size', args: [join(FIXTURES, 'jsonld-only.html'), '--max-size', '1KB'], code: 'E_INPUT_TOO_LARGE', message: /jsonld-only\.html is over the 1\.0 KB input limit \(1\.1 KB\)$/ },
    { name: 'binary stdin', args: ['-'], input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), code: 'E_INPUT_BINARY', message: /^stdin looks like binary data/ },
  ];
  for (const c of table) {
    const r = cli(['extract', ...c.args, '--json'], c.input);
    assert.equal(r.status, 1, `cli extract: ${c.name}: ${r.stderr}`);
    const line = JSON.parse(r.stdout) as { error: { code: string; message: string } };
    assert.equal(line.error.code, c.code, `cli extract: ${c.name}`);
    assert.match(line.error.message, c.message, `cli extract: ${c.name}`);
    assert.match(r.stderr, new RegExp(`^error ${c.code}: `, 'm'), `cli extract: ${c.name}`);
  }
  const under = cli(['extract', '-', '--json', '--max-size', '1MB'], page);
  assert.equal(under.status, 0, `cli extract: a page under --max-size is extracted: ${under.stderr}`);
});

test('cli extract: on benchmark pages prints exactly the body the eval scores', () => {
  const dir = requireData('article-extraction-benchmark');
  if (!dir) return;
  const pages = loadPages(dir).slice(0, 4);
  const r = cli(['extract', ...pages.map((p) => pagePath(dir, p.id)), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { input: string; body: string });
  assert.equal(lines.length, pages.length);
  pages.forEach((p, i) => {
    assert.equal(lines[i]?.input, pagePath(dir, p.id));
    assert.equal(lines[i]?.body, predictBody(pageBytes(dir, p.id)), p.id);
  });
});

test('cli extract: URL inputs go through the guarded fetcher, with the HTTP charset applied', async () => {
  const html = '<html><head><title>Новости</title></head><body><article>' +
    '<p>Городской совет в понедельник одобрил продление ночных автобусных маршрутов в восточные районы города.</p>'.repeat(4) +
    '</article></body></html>';
  const server = await startLocalServer({
    '/news/2024/03/05/buses': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' }).end(iconv.encode(html, 'windows-1251')),
  });
  try {
    const a = await extractInput(server.url('/news/2024/03/05/buses'), { allowPrivate: true });
    assert.match(a.body, /Городской совет/);
    assert.equal(a.published, '2024-03-05', 'date from the URL path');
    // Without --allow-private the SSRF guard refuses loopback.
    await assert.rejects(extractInput(server.url('/news/2024/03/05/buses')), (err: { code?: string }) => err.code === 'E_FETCH_BLOCKED');
  } finally {
    await server.close();
  }
});
