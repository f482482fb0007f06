import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { InjectOptions } from 'fastify';
import { buildServer } from './server.js';
import { STATUS, clientErrorReply, describeError, parseJsonBody } from './error-replies.js';
import { ERROR_CODES, WiretraceError } from '../../errors.js';
import { openStore } from '../../store/index.js';
import { buildPipeline } from '../../doc/pipeline.js';
import { textAnnotator } from '../../annotate/text/index.js';

const TOKEN = 'error-shape-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const ARTICLE = 'Harbour reopens\n\nThe port of Tema reopened on Monday, officials said.\n';

const store = await openStore(':memory:');
const app = await buildServer({ store, token: TOKEN, uiDir: null, maxInputBytes: 4096, pipeline: buildPipeline([textAnnotator]) });
after(async () => {
  await app.close();
  await store.close();
});

/** The one error shape: exactly {error: {code, message}}, a known code, and the status that code maps to. */
function assertErrorShape(name: string, status: number, body: string, code: string): void {
  const json = JSON.parse(body) as { error: { code: string; message: string } };
  assert.deepEqual(Object.keys(json), ['error'], name);
  assert.deepEqual(Object.keys(json.error).sort(), ['code', 'message'], name);
  assert.equal(json.error.code, code, `${name}: ${body}`);
  assert.ok(json.error.code in ERROR_CODES, `${name}: ${json.error.code} is a documented code`);
  assert.equal(typeof json.error.message, 'string', name);
  assert.ok(json.error.message.length > 0, name);
  assert.equal(status, STATUS[code as keyof typeof STATUS] ?? 500, `${name}: status ${status} for ${code}`);
}

test('errors: fastify\'s own refusals answer in the one error shape (inject)', async () => {
  const post = (payload: string, headers: Record<string, string>) => ({ method: 'POST' as const, url: '/api/articles', headers: { ...auth, ...headers }, payload });
  const json = { 'content-type': 'application/json' };
  const cases: Array<{ name: string; req: InjectOptions; status: number; code: string; mentions?: string }> = [
    { name: 'bad percent-encoding in the path', req: { method: 'GET', url: '/%ZZ' }, status: 400, code: 'E_VALIDATION' },
    { name: 'bad percent-encoding in an API path', req: { method: 'GET', url: '/api/articles/%ZZ' }, status: 400, code: 'E_VALIDATION' },
    { name: 'no content type', req: post(JSON.stringify({ text: ARTICLE }), {}), status: 415, code: 'E_MEDIA_TYPE' },
    { name: 'text/plain', req: post(ARTICLE, { 'content-type': 'text/plain' }), status: 415, code: 'E_MEDIA_TYPE' },
    { name: 'form body', req: post('text=x', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'E_MEDIA_TYPE' },
    { name: '__proto__ key', req: post('{"text":"T\\n\\nBody.","__proto__":{"admin":true}}', json), status: 400, code: 'E_VALIDATION', mentions: '__proto__' },
    { name: 'nested __proto__', req: post('{"text":"T\\n\\nBody.","x":{"__proto__":{"a":1}}}', json), status: 400, code: 'E_VALIDATION', mentions: '__proto__' },
    { name: 'constructor.prototype', req: post('{"text":"T\\n\\nBody.","constructor":{"prototype":{"a":1}}}', json), status: 400, code: 'E_VALIDATION', mentions: 'constructor.prototype' },
    { name: 'invalid JSON', req: post('{"text":', json), status: 400, code: 'E_VALIDATION', mentions: 'not valid JSON' },
    { name: 'empty JSON body', req: post('', json), status: 400, code: 'E_VALIDATION', mentions: 'empty' },
    { name: 'body over the limit', req: post(JSON.stringify({ text: 'x'.repeat(20_000) }), json), status: 413, code: 'E_INPUT_TOO_LARGE' },
    { name: 'unknown route', req: { method: 'GET', url: '/api/nope' }, status: 404, code: 'E_NOT_FOUND' },
    { name: 'unknown article', req: { method: 'GET', url: '/api/articles/999' }, status: 404, code: 'E_NOT_FOUND' },
    { name: 'bad id', req: { method: 'GET', url: '/api/articles/7e0' }, status: 400, code: 'E_VALIDATION' },
    { name: 'no token', req: { method: 'POST', url: '/api/articles', headers: json, payload: '{}' }, status: 401, code: 'E_AUTH' },
  ];
  for (const c of cases) {
    const res = await app.inject(c.req);
    assert.equal(res.statusCode, c.status, `${c.name}: ${res.body}`);
    assert.match(String(res.headers['content-type']), /^application\/json/, c.name);
    assertErrorShape(c.name, res.statusCode, res.body, c.code);
    if (c.mentions) assert.ok(res.json().error.message.includes(c.mentions), `${c.name}: ${res.body}`);
  }
  // negative: a well-formed JSON body still goes through, and nothing was polluted
  const ok = await app.inject(post(JSON.stringify({ text: ARTICLE }), json));
  assert.equal(ok.statusCode, 201, ok.body);
  assert.equal(({} as Record<string, unknown>).admin, undefined);
});

test('errors: parseJsonBody keeps ordinary keys and refuses the polluting ones', () => {
  const cases: Array<{ body: string; ok: boolean }> = [
    { body: '{"text":"a","proto":1,"constructor":"x"}', ok: true },
    { body: '{"constructor":{"name":"x"}}', ok: true },
    { body: '[1,2,{"a":null}]', ok: true },
    { body: '{"__proto__":null}', ok: false },
    { body: '{"a":[{"__proto__":{}}]}', ok: false },
    { body: '{"constructor":{"prototype":null}}', ok: false },
    { body: 'nul', ok: false },
    { body: '  ', ok: false },
  ];
  for (const c of cases) {
    if (c.ok) assert.doesNotThrow(() => parseJsonBody(c.body), c.body);
    else assert.throws(() => parseJsonBody(c.body), (e: { code?: string }) => e.code === 'E_VALIDATION', c.body);
  }
});

/** A raw request over a socket, for what Node's HTTP parser refuses before fastify sees a request. */
function rawRequest(port: number, raw: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('utf8');
    socket.on('data', (d: string) => (data += d));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = data.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head ?? '')?.[1] ?? 0), body: rest.join('\r\n\r\n') });
    });
    socket.end(raw);
  });
}

test('errors: over a real socket, 431, malformed requests and bad URLs answer in the one error shape', async () => {
  const served = await buildServer({ store, token: TOKEN, uiDir: null, pipeline: buildPipeline([textAnnotator]) });
  await served.listen({ port: 0, host: '127.0.0.1' });
  try {
    const { port } = served.server.address() as AddressInfo;
    const cases: Array<{ name: string; raw: string; status: number; code: string }> = [
      { name: '20 kB URL', raw: `GET /api/health?x=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`, status: 431, code: 'E_HEADERS_TOO_LARGE' },
      { name: 'huge header', raw: `GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`, status: 431, code: 'E_HEADERS_TOO_LARGE' },
      { name: 'garbage request line', raw: 'GARBAGE\r\n\r\n', status: 400, code: 'E_VALIDATION' },
      { name: 'bad URL encoding', raw: 'GET /%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', status: 400, code: 'E_VALIDATION' },
    ];
    for (const c of cases) {
      const res = await rawRequest(port, c.raw);
      assert.equal(res.status, c.status, `${c.name}: ${res.body}`);
      assertErrorShape(c.name, res.status, res.body, c.code);
    }
    // negative: an ordinary request on the same server is answered normally
    const health = await new Promise<number>((resolve, reject) => {
      httpRequest({ port, host: '127.0.0.1', path: '/api/health', headers: { host: 'localhost' } }, (r) => {
        r.resume();
        resolve(r.statusCode ?? 0);
      }).on('error', reject).end();
    });
    assert.equal(health, 200);
  } finally {
    await served.close();
  }
});

test('errors: describeError gives each coded error its documented status, and 500 to the rest', () => {
  const cases: Array<{ err: Error; status: number; code: string }> = [
    { err: new WiretraceError('E_LAYER_STALE', 'stored by text 1.2.0'), status: 409, code: 'E_LAYER_STALE' },
    { err: new WiretraceError('E_NOT_FOUND', 'no article 9'), status: 404, code: 'E_NOT_FOUND' },
    { err: new WiretraceError('E_STORE', 'disk full'), status: 500, code: 'E_STORE' },
    { err: new Error('plain bug'), status: 500, code: 'E_INTERNAL' },
  ];
  for (const c of cases) {
    const reply = describeError(c.err, 1024);
    assert.equal(reply.status, c.status, c.code);
    assert.equal(reply.code, c.code);
  }
});

test('errors: clientErrorReply maps parser errors to codes', () => {
  const cases: Array<{ code: string; status: number; want: string }> = [
    { code: 'HPE_HEADER_OVERFLOW', status: 431, want: 'E_HEADERS_TOO_LARGE' },
    { code: 'ERR_HTTP_REQUEST_TIMEOUT', status: 408, want: 'E_REQUEST_TIMEOUT' },
    { code: 'HPE_INVALID_METHOD', status: 400, want: 'E_VALIDATION' },
  ];
  for (const c of cases) {
    const err = Object.assign(new Error('x'), { code: c.code });
    const r = clientErrorReply(err);
    assert.equal(r.status, c.status, c.code);
    assert.equal(r.code, c.want, c.code);
  }
});
