import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireSeed } from '../../eval/data-path.js';
import { validatePublished } from '../../ingest/dates.js';
import { buildServer, CONTENT_SECURITY_POLICY } from './server.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { buildPipeline } from '../../doc/pipeline.js';
import { textAnnotator } from '../../annotate/text/index.js';

// Routes are tested with the text layers only: fast, and independent of model files.
const pipeline = buildPipeline([textAnnotator]);

const TOKEN = 'test-token-123';
// The seed article lives outside the repo (../shared): the tests that check its content skip loudly without it.
const SEED_PATH = requireSeed();
const SEED = SEED_PATH ? readFileSync(SEED_PATH, 'utf8') : '';
const OTHER = `Ghana and Ivory Coast agree cocoa floor price

Jane Reporter
2 Min Read
Ghana and Ivory Coast agreed a joint minimum price for cocoa on Tuesday, officials said.

The deal covers the next two harvests, according to the trade ministry.
`;

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-http-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const ui = join(dir, 'ui');
mkdirSync(join(ui, 'views'), { recursive: true });
writeFileSync(join(ui, 'index.html'), '<!doctype html><title>ui</title><script src="/app.js" type="module"></script>');
writeFileSync(join(ui, 'app.js'), 'export {};');
writeFileSync(join(ui, 'views', 'list.js'), 'export {};');
writeFileSync(join(ui, 'style.css'), 'body{}');
writeFileSync(join(ui, '.secret'), 'no');
writeFileSync(join(dir, 'outside.txt'), 'outside');

async function server(given?: Store, token: string | null = TOKEN) {
  const store = given ?? (await openStore(':memory:'));
  return { app: await buildServer({ store, token, uiDir: ui, pipeline }), store };
}

const auth = { authorization: `Bearer ${TOKEN}` };

test('http: POST /api/articles requires the bearer token', async () => {
  const { app, store } = await server();
  const cases: Array<{ name: string; headers: Record<string, string>; status: number }> = [
    { name: 'no header', headers: {}, status: 401 },
    { name: 'wrong token', headers: { authorization: 'Bearer nope' }, status: 401 },
    { name: 'not bearer', headers: { authorization: `Basic ${TOKEN}` }, status: 401 },
    { name: 'right token', headers: auth, status: 201 },
  ];
  for (const c of cases) {
    const res = await app.inject({ method: 'POST', url: '/api/articles', headers: c.headers, payload: { text: OTHER } });
    assert.equal(res.statusCode, c.status, c.name);
    if (c.status === 401) assert.equal(res.json().error.code, 'E_AUTH', c.name);
  }
  assert.equal(await store.countArticles(), 1);
  await app.close();
});

test('http: with no token configured, writes are refused', async () => {
  const { app, store } = await server(undefined, null);
  const res = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: OTHER } });
  assert.equal(res.statusCode, 401);
  assert.equal(res.json().error.code, 'E_AUTH');
  assert.equal(await store.countArticles(), 0);
  await app.close();
});

test('http: POST is idempotent and validates its body', async (t) => {
  if (!requireSeed(t)) return;
  const { app, store } = await server();
  const first = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: SEED, published: '2024-01-21', outlet: 'CTV' } });
  assert.equal(first.statusCode, 201);
  const body = first.json();
  assert.equal(body.created, true);
  assert.equal(body.article.title, 'Putin expresses readiness to visit North Korea');
  assert.equal(body.article.published, '2024-01-21');
  assert.equal(body.article.outlet, 'CTV');
  const again = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: SEED } });
  assert.equal(again.statusCode, 200);
  assert.deepEqual([again.json().id, again.json().created], [body.id, false]);

  const bad: Array<{ name: string; payload: unknown; status: number; code: string; message?: string }> = [
    { name: 'nothing given', payload: {}, status: 400, code: 'E_VALIDATION' },
    { name: 'two inputs', payload: { text: OTHER, html: '<p>x</p>' }, status: 400, code: 'E_VALIDATION' },
    { name: 'empty text', payload: { text: '' }, status: 400, code: 'E_VALIDATION' },
    { name: 'whitespace text', payload: { text: '   \n ' }, status: 400, code: 'E_INPUT_EMPTY' },
    { name: 'binary text', payload: { text: 'abc\u0000def' }, status: 400, code: 'E_INPUT_BINARY' },
    // the same wording as the CLI and the library: one validation
    { name: 'garbage date', payload: { text: OTHER, published: 'next blursday' }, status: 400, code: 'E_DATE_INVALID', message: dateMessage('next blursday') },
    { name: 'empty date', payload: { text: OTHER, published: '' }, status: 400, code: 'E_DATE_INVALID', message: dateMessage('') },
    { name: 'garbage date with a URL', payload: { url: 'http://127.0.0.1:9/x', published: 'soonish' }, status: 400, code: 'E_DATE_INVALID', message: dateMessage('soonish') },
    { name: 'wrong type', payload: { text: 42 }, status: 400, code: 'E_VALIDATION' },
    { name: 'unknown field', payload: { text: OTHER, admin: true }, status: 400, code: 'E_VALIDATION' },
    { name: 'not JSON', payload: 'text=hello', status: 400, code: 'E_VALIDATION' },
  ];
  for (const c of bad) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/articles',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: typeof c.payload === 'string' ? c.payload : JSON.stringify(c.payload),
    });
    assert.equal(res.statusCode, c.status, `${c.name}: ${res.body}`);
    assert.equal(res.json().error.code, c.code, c.name);
    assert.equal(typeof res.json().error.message, 'string');
    if (c.message) assert.equal(res.json().error.message, c.message, c.name);
  }
  assert.equal(await store.countArticles(), 1, 'no refused request wrote anything');
  await app.close();
});

test('http: POST refuses text over the size limit with 413', async () => {
  const store = await openStore(':memory:');
  const app = await buildServer({ store, token: TOKEN, uiDir: null, maxInputBytes: 1000, pipeline });
  const res = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: OTHER.repeat(20) } });
  assert.equal(res.statusCode, 413);
  assert.equal(res.json().error.code, 'E_INPUT_TOO_LARGE');
  // a body past Fastify's own limit gets the input guard's code and wording too
  const huge = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: 'x'.repeat(100_000) } });
  assert.equal(huge.statusCode, 413);
  assert.deepEqual(huge.json().error, { code: 'E_INPUT_TOO_LARGE', message: 'request body is over the 1000 bytes input limit' });
  assert.equal(await store.countArticles(), 0);
  await app.close();
});

/** What validatePublished says about a value, which the HTTP API must say word for word. */
function dateMessage(value: string): string {
  try {
    validatePublished(value);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error(`${value} is a valid date`);
}

test('http: POST html ingests a page', async () => {
  const { app } = await server();
  const html = `<!doctype html><html lang="en"><head><title>Talks resume | Example News</title>
    <meta property="og:site_name" content="Example News"><meta property="article:published_time" content="2025-05-13T17:20:00Z"></head>
    <body><article><h1>Talks resume</h1><p>Negotiators from both countries met in Geneva on Monday to resume talks on a joint cocoa price, officials said after the meeting ended.</p>
    <p>The ministers said they expected an agreement before the end of the week, according to a statement released by the trade ministry in Accra.</p></article></body></html>`;
  const res = await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { html } });
  assert.equal(res.statusCode, 201, res.body);
  assert.equal(res.json().article.published, '2025-05-13T17:20:00Z');
  await app.close();
});

test('http: list, detail with layers, search, 404s', async (t) => {
  if (!requireSeed(t)) return;
  const { app, store } = await server();
  for (const text of [SEED, OTHER]) {
    await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text } });
  }
  const list = await app.inject({ url: '/api/articles?limit=1&offset=0' });
  assert.equal(list.statusCode, 200);
  assert.equal(list.json().items.length, 1);
  assert.equal(list.json().total, 2);
  assert.equal(list.json().limit, 1);

  const id = (await store.search('Putin')).items[0]!.article.id;
  const detail = await app.inject({ url: `/api/articles/${id}` });
  assert.equal(detail.statusCode, 200);
  const d = detail.json();
  assert.equal(d.title, 'Putin expresses readiness to visit North Korea');
  assert.ok(d.text.startsWith('Russian President Vladimir Putin'));
  assert.equal(d.layers.paragraphs.length, 12);
  assert.equal(d.layers.sentences.length, 13);
  assert.ok(d.layers.tokens.length > 100);
  assert.equal(d.provenance.sentences.annotator, textAnnotator.name);
  assert.equal(typeof d.provenance.sentences.version, 'string');

  const search = await app.inject({ url: '/api/search?q=cocoa%20price' });
  assert.equal(search.statusCode, 200);
  const s = search.json();
  assert.equal(s.total, 1);
  assert.equal(s.items[0].article.title, 'Ghana and Ivory Coast agree cocoa floor price');
  for (const h of s.items[0].highlights) assert.match(s.items[0].snippet.slice(h.start, h.end), /cocoa|price/i);

  const cases: Array<{ url: string; status: number; code: string }> = [
    { url: '/api/articles/999', status: 404, code: 'E_NOT_FOUND' },
    { url: '/api/articles/abc', status: 400, code: 'E_VALIDATION' },
    { url: '/api/articles/0', status: 400, code: 'E_VALIDATION' },
    { url: '/api/articles?limit=0', status: 400, code: 'E_VALIDATION' },
    { url: '/api/articles?limit=5000', status: 400, code: 'E_VALIDATION' },
    { url: '/api/search', status: 400, code: 'E_VALIDATION' },
    { url: '/api/search?q=', status: 400, code: 'E_VALIDATION' },
    { url: '/api/nothing', status: 404, code: 'E_NOT_FOUND' },
    { url: '/missing.js', status: 404, code: 'E_NOT_FOUND' },
    // URL integers are whole decimal numbers: "1.5", "1e0", " 1" or "0x1" must not quietly name article 1.
    { url: `/api/articles/${id}.5`, status: 400, code: 'E_VALIDATION' },
    { url: `/api/articles/${id}e0`, status: 400, code: 'E_VALIDATION' },
    { url: `/api/articles/%20${id}`, status: 400, code: 'E_VALIDATION' },
    { url: '/api/articles/0x1', status: 400, code: 'E_VALIDATION' },
    { url: '/api/articles?limit=1.5', status: 400, code: 'E_VALIDATION' },
    { url: '/api/search?q=cocoa&offset=2e1', status: 400, code: 'E_VALIDATION' },
  ];
  for (const c of cases) {
    const res = await app.inject({ url: c.url });
    assert.equal(res.statusCode, c.status, c.url);
    assert.equal(res.json().error.code, c.code, c.url);
  }
  // Offsets beyond any page are an empty page, not a 500 (SQLite cannot bind numbers that large).
  for (const url of ['/api/articles?offset=99999999999999999999', '/api/search?q=cocoa&offset=9223372036854775807']) {
    const res = await app.inject({ url });
    assert.equal(res.statusCode, 200, url);
    assert.deepEqual(res.json().items, [], url);
  }
  const put = await app.inject({ method: 'DELETE', url: `/api/articles/${id}` });
  assert.equal(put.statusCode, 404);
  assert.equal(put.json().error.code, 'E_NOT_FOUND');
  await app.close();
});

test('http: hostile search strings are answered, never a 500', async (t) => {
  if (!requireSeed(t)) return;
  const { app } = await server();
  await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: SEED } });
  for (const q of ['"', 'AND', 'NEAR(', 'title:x', '*', "O'Brien", 'U.N. Charter', '-', '(a OR b']) {
    const res = await app.inject({ url: `/api/search?q=${encodeURIComponent(q)}` });
    assert.equal(res.statusCode, 200, q);
  }
  const hit = await app.inject({ url: `/api/search?q=${encodeURIComponent('"U.N. Charter"')}` });
  assert.equal(hit.json().total, 1);
  await app.close();
});

test('http: health and OpenAPI document', async () => {
  const { app } = await server();
  const h = await app.inject({ url: '/api/health' });
  assert.deepEqual(Object.keys(h.json()).sort(), ['articles', 'status', 'version']);
  const doc = (await app.inject({ url: '/openapi.json' })).json();
  assert.equal(doc.openapi, '3.1.0');
  // every API route and nothing else: the UI's catch-all and the document itself are not API
  const described = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
  assert.deepEqual(described.sort(), [
    'get /api/articles',
    'get /api/articles/{id}',
    'get /api/entities/{key}',
    'get /api/events/{id}',
    'get /api/health',
    'get /api/search',
    'get /api/stories',
    'get /api/stories.jsonl',
    'get /api/stories/{id}',
    'get /healthz',
    'get /readyz',
    'post /api/articles',
  ]);
  for (const d of described) {
    const [method, path] = d.split(' ') as [string, string];
    assert.ok(app.hasRoute({ method: method.toUpperCase() as 'GET', url: path.replace(/\{(\w+)\}/g, ':$1') }), `${d} is served`);
    assert.ok(doc.paths[path][method].summary, `${d} has a summary`);
  }
  assert.deepEqual(doc.paths['/api/articles'].post.security, [{ bearerAuth: [] }]);
  assert.ok(doc.paths['/api/articles'].post.responses['429'], 'the rate limit is documented');
  assert.ok(doc.paths['/api/articles/{id}'].get.responses['200'].content['application/json'].schema.properties.layers.properties.sentences, 'layers are typed by their schemas');
  assert.ok(doc.paths['/api/search'].get.parameters.some((p: { name: string; required: boolean }) => p.name === 'q' && p.required));
  assert.ok(doc.paths['/api/articles/{id}'].get.responses['200'].content['application/json'].schema.properties.layers);
  assert.equal(doc.paths['/*'], undefined, 'the static route is not part of the API');
  await app.close();
});

test('http: POST is rate limited per client, before the token is checked, in the one error shape', async () => {
  const cases: Array<{ name: string; headers: Record<string, string>; statuses: number[] }> = [
    { name: 'right token', headers: auth, statuses: [201, 200, 429] },
    { name: 'wrong token (guessing is limited too)', headers: { authorization: 'Bearer guess' }, statuses: [401, 401, 429] },
  ];
  for (const c of cases) {
    const store = await openStore(':memory:');
    const app = await buildServer({ store, token: TOKEN, uiDir: null, pipeline, writesPerMinute: 2 });
    const got: number[] = [];
    for (let i = 0; i < c.statuses.length; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/articles', headers: c.headers, payload: { text: OTHER } });
      got.push(res.statusCode);
      if (res.statusCode !== 429) continue;
      assert.deepEqual(Object.keys(res.json()), ['error'], c.name);
      assert.equal(res.json().error.code, 'E_RATE_LIMITED', c.name);
      assert.match(res.json().error.message, /at most 2 a minute/, c.name);
      assert.ok(Number(res.headers['retry-after']) > 0, `${c.name}: retry-after`);
      assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY, c.name);
    }
    assert.deepEqual(got, c.statuses, c.name);
    assert.equal((await app.inject({ url: '/api/articles' })).statusCode, 200, `${c.name}: reads are not limited`);
    await app.close();
  }
  // 0 turns the limit off
  const app = await buildServer({ store: await openStore(':memory:'), token: TOKEN, uiDir: null, pipeline, writesPerMinute: 0 });
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ method: 'POST', url: '/api/articles', headers: { authorization: 'Bearer guess' }, payload: { text: OTHER } });
    assert.equal(res.statusCode, 401);
  }
  await app.close();
});

test('http: request logs are one JSON line per request, at the chosen level, with no token in them', async () => {
  const cases: Array<{ level: 'info' | 'warn' | 'silent'; lines: number }> = [
    { level: 'info', lines: 3 },
    { level: 'warn', lines: 0 },
    { level: 'silent', lines: 0 },
  ];
  for (const c of cases) {
    const written: string[] = [];
    const stream = { write: (line: string) => void written.push(line) };
    const app = await buildServer({ store: await openStore(':memory:'), token: TOKEN, uiDir: null, pipeline, log: { level: c.level, stream } });
    await app.inject({ url: '/api/health' });
    await app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: OTHER } });
    await app.inject({ url: '/api/search?q=cocoa', headers: { authorization: `Bearer ${TOKEN}` } });
    app.log.error({ headers: { authorization: `Bearer ${TOKEN}` } }, 'a header that reaches the log is redacted');
    await app.close();
    const requests = written.map((l) => JSON.parse(l) as Record<string, unknown>).filter((r) => r.msg === 'request');
    assert.equal(requests.length, c.lines, c.level);
    if (c.lines) {
      assert.deepEqual(
        requests.map((r) => [r.method, r.url, r.status]),
        [['GET', '/api/health', 200], ['POST', '/api/articles', 201], ['GET', '/api/search?q=cocoa', 200]],
      );
      for (const r of requests) assert.equal(typeof r.ms, 'number');
    }
    assert.equal(written.length, c.level === 'silent' ? 0 : c.lines + 1, `${c.level}: the error line`);
    assert.ok(!written.join('').includes(TOKEN), `${c.level}: the token never reaches the log`);
  }
});

test('http: serves the UI with content types and security headers, and nothing outside it', async () => {
  const { app } = await server();
  const cases: Array<{ url: string; status: number; type?: RegExp }> = [
    { url: '/', status: 200, type: /^text\/html/ },
    { url: '/app.js', status: 200, type: /^text\/javascript/ },
    { url: '/views/list.js', status: 200, type: /^text\/javascript/ },
    { url: '/style.css', status: 200, type: /^text\/css/ },
    { url: '/article/12', status: 200, type: /^text\/html/ },
    { url: '/.secret', status: 404 },
    { url: '/../outside.txt', status: 404 },
    { url: '/%2e%2e/outside.txt', status: 404 },
    { url: '/views/%2e%2e/%2e%2e/outside.txt', status: 404 },
    { url: '/%00', status: 404 },
  ];
  for (const c of cases) {
    const res = await app.inject({ url: c.url });
    assert.equal(res.statusCode, c.status, c.url);
    if (c.type) assert.match(String(res.headers['content-type']), c.type, c.url);
    assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY, c.url);
    assert.equal(res.headers['x-content-type-options'], 'nosniff', c.url);
  }
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval/);
  const api = await app.inject({ url: '/api/health' });
  assert.equal(api.headers['content-security-policy'], CONTENT_SECURITY_POLICY);
  assert.equal(api.headers['cache-control'], 'no-store');
  await app.close();
});
