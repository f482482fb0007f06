import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { codedFailure } from './testing/coded-failure.js';
import { Fetcher, USER_AGENT, type FetcherOptions } from './fetcher.js';
import type { Resolver } from './guard.js';
import { startLocalServer, type LocalServer } from './testing/local-server.js';

const HTML = '<!doctype html><html><head><title>T</title></head><body><p>Hello wire.</p></body></html>';
let srv: LocalServer;

/** Tests reach the loopback server, so they open the guard; guard refusals are tested with it shut. */
function fetcher(opts: FetcherOptions = {}): Fetcher {
  return new Fetcher({ allowPrivate: true, delayMs: 0, backoffBaseMs: 5, backoffMaxMs: 20, robots: false, ...opts });
}


before(async () => {
  srv = await startLocalServer({
    '/page': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag: '"v1"' }).end(HTML),
    '/cond': (req, res) => {
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      if (inm === '"v7"' || ims === 'Tue, 01 Oct 2024 10:00:00 GMT') return void res.writeHead(304, { etag: '"v7"' }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v7"', 'last-modified': 'Tue, 01 Oct 2024 10:00:00 GMT' }).end('<rss/>');
    },
    '/r1': (_q, res) => res.writeHead(301, { location: '/r2' }).end(),
    '/r2': (_q, res) => res.writeHead(302, { location: `${srv.origin}/r3#frag` }).end(),
    '/r3': (_q, res) => res.writeHead(307, { location: '/page' }).end(),
    '/loop-a': (_q, res) => res.writeHead(302, { location: '/loop-b' }).end(),
    '/loop-b': (_q, res) => res.writeHead(302, { location: '/loop-a' }).end(),
    '/chain': (req, res) => {
      const n = Number(new URL(req.url!, srv.origin).searchParams.get('n'));
      res.writeHead(302, { location: `/chain?n=${n + 1}` }).end();
    },
    '/to-metadata': (_q, res) => res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-v6-loopback': (_q, res) => res.writeHead(302, { location: `http://[::1]:${srv.port}/page` }).end(),
    '/to-file': (_q, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
    '/big': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('x'.repeat(300_000)),
    '/big-chunked': (_q, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = 'y'.repeat(16_384);
      let sent = 0;
      const pump = (): void => {
        while (sent < 100 && res.write(chunk)) sent++;
        if (sent < 100 && !res.destroyed) res.once('drain', pump);
        else res.end();
      };
      pump();
    },
    '/bomb': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(5_000_000))),
    '/image': (_q, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(1000)),
    '/pdf': (_q, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4'),
    '/binary': (_q, res) => res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([0x89, 0x50, 0, 1, 2])),
    '/untyped': (_q, res) => {
      res.removeHeader('content-type');
      res.writeHead(200).end(HTML);
    },
    '/feed.json': (_q, res) => res.writeHead(200, { 'content-type': 'application/feed+json' }).end('{"version":"https://jsonfeed.org/version/1.1"}'),
    '/gzip': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(zlib.gzipSync(HTML)),
    '/br': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'br' }).end(zlib.brotliCompressSync(HTML)),
    '/deflate': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(zlib.deflateSync(HTML)),
    '/deflate-raw': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'deflate' }).end(zlib.deflateRawSync(HTML)),
    '/bad-gzip': (_q, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end('not gzip at all'),
    '/flaky': (_q, res, hit) => {
      if (hit <= 2) return void res.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok now');
    },
    '/down': (_q, res) => res.writeHead(503).end(),
    '/gone': (_q, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('no'),
    '/come-back-tomorrow': (_q, res) => res.writeHead(503, { 'retry-after': '86400' }).end(),
    '/reset': (req, res, hit) => {
      if (hit === 1) return void req.socket.destroy();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('recovered');
    },
    '/hang': () => undefined,
    '/echo-host': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(String(req.headers.host)),
  });
});

after(() => srv.close());

test('fetch: returns a typed record with headers, body and validators', async () => {
  const r = await fetcher().fetch(srv.url('/page'));
  assert.equal(r.status, 200);
  assert.equal(r.finalUrl, srv.url('/page'));
  assert.equal(Buffer.from(r.body).toString(), HTML);
  assert.equal(r.contentType, 'text/html; charset=utf-8');
  assert.equal(r.mediaType, 'text/html');
  assert.equal(r.family, 'html');
  assert.equal(r.etag, '"v1"');
  assert.equal(r.notModified, false);
  const req = srv.requests.find((q) => q.path === '/page')!;
  assert.equal(req.headers['user-agent'], USER_AGENT);
  assert.match(String(req.headers['accept-encoding']), /br/);
});

test('fetch: SSRF guard refuses the local server when allowPrivate is off, before connecting', async () => {
  const f = fetcher({ allowPrivate: false });
  const before = srv.requests.length;
  for (const url of [srv.url('/page'), `http://localhost:${srv.port}/page`, `http://2130706433:${srv.port}/page`, `http://0x7f.0.0.1:${srv.port}/page`, `http://[::1]:${srv.port}/page`, `http://[::ffff:127.0.0.1]:${srv.port}/page`]) {
    const err = await codedFailure(f.fetch(url));
    assert.equal(err.code, 'E_FETCH_BLOCKED', `fetch: ${url} gave ${err.code}`);
  }
  assert.equal(srv.requests.length, before, 'fetch: no request reached the server');
});

test('fetch: every redirect hop is vetted again', async () => {
  const meta = await codedFailure(fetcher().fetch(srv.url('/to-metadata')));
  assert.equal(meta.code, 'E_FETCH_BLOCKED');
  // Allowed first hop (127.0.0.1 is opened), private second hop ([::1] is not).
  const v6 = await codedFailure(fetcher({ allowPrivate: ['127.0.0.1/32'] }).fetch(srv.url('/to-v6-loopback')));
  assert.equal(v6.code, 'E_FETCH_BLOCKED');
  const file = await codedFailure(fetcher().fetch(srv.url('/to-file')));
  assert.equal(file.code, 'E_FETCH_BLOCKED');
});

test('fetch: connects to the vetted address but sends the name (DNS pinning)', async () => {
  const calls: string[] = [];
  const resolve: Resolver = async (host) => {
    calls.push(host);
    return [{ address: '127.0.0.1', family: 4 }];
  };
  const r = await fetcher({ resolve }).fetch(`http://wire.test:${srv.port}/echo-host`);
  assert.equal(Buffer.from(r.body).toString(), `wire.test:${srv.port}`);
  assert.deepEqual(calls, ['wire.test'], 'fetch: resolved once, then pinned');
});

test('fetch: follows bounded redirects and reports them', async () => {
  const r = await fetcher().fetch(srv.url('/r1'));
  assert.equal(r.finalUrl, srv.url('/page'));
  assert.deepEqual(r.redirects, [srv.url('/r2'), srv.url('/r3#frag'), srv.url('/page')]);
});

test('fetch: redirect loops and long chains fail with E_FETCH_REDIRECTS', async () => {
  const loop = await codedFailure(fetcher().fetch(srv.url('/loop-a')));
  assert.equal(loop.code, 'E_FETCH_REDIRECTS');
  assert.match(loop.message, /loop/);
  const chain = await codedFailure(fetcher().fetch(srv.url('/chain?n=0')));
  assert.equal(chain.code, 'E_FETCH_REDIRECTS');
  assert.equal(srv.hits('/chain?n=6'), 0, 'fetch: stopped after 5 redirects');
  const ok = await fetcher({ maxRedirects: 2 }).fetch(srv.url('/r2'));
  assert.equal(ok.finalUrl, srv.url('/page'));
});

test('fetch: conditional GET gives a not-modified result on 304', async () => {
  const f = fetcher();
  const first = await f.fetch(srv.url('/cond'));
  assert.equal(first.status, 200);
  assert.equal(first.etag, '"v7"');
  const byEtag = await f.fetch(srv.url('/cond'), { etag: first.etag });
  assert.equal(byEtag.notModified, true);
  assert.equal(byEtag.status, 304);
  assert.equal(byEtag.body.length, 0);
  assert.equal(byEtag.etag, '"v7"');
  const byDate = await f.fetch(srv.url('/cond'), { lastModified: first.lastModified });
  assert.equal(byDate.notModified, true);
  assert.equal(byDate.lastModified, first.lastModified, 'fetch: validators survive a 304 that omits them');
});

test('fetch: oversize bodies are cut off with E_FETCH_TOO_LARGE', async () => {
  const f = fetcher({ maxBytes: 100_000 });
  for (const path of ['/big', '/big-chunked', '/bomb']) {
    const err = await codedFailure(f.fetch(srv.url(path)));
    assert.equal(err.code, 'E_FETCH_TOO_LARGE', `fetch: ${path}`);
  }
  const ok = await fetcher({ maxBytes: 400_000 }).fetch(srv.url('/big'));
  assert.equal(ok.body.length, 300_000);
});

test('fetch: refuses content types that cannot be ingested', async () => {
  for (const path of ['/image', '/pdf', '/binary']) {
    const err = await codedFailure(fetcher().fetch(srv.url(path)));
    assert.equal(err.code, 'E_FETCH_CONTENT_TYPE', `fetch: ${path}`);
  }
  const sniffed = await fetcher().fetch(srv.url('/untyped'));
  assert.equal(sniffed.mediaType, 'text/html');
  const feed = await fetcher().fetch(srv.url('/feed.json'));
  assert.equal(feed.family, 'json');
});

test('fetch: decodes gzip, brotli and both kinds of deflate', async () => {
  for (const path of ['/gzip', '/br', '/deflate', '/deflate-raw']) {
    const r = await fetcher().fetch(srv.url(path));
    assert.equal(Buffer.from(r.body).toString(), HTML, `fetch: ${path}`);
  }
  const err = await codedFailure(fetcher().fetch(srv.url('/bad-gzip')));
  assert.equal(err.code, 'E_FETCH');
});

test('fetch: retries 503 with backoff, then succeeds', async () => {
  const r = await fetcher({ retries: 2 }).fetch(srv.url('/flaky'));
  assert.equal(Buffer.from(r.body).toString(), 'ok now');
  assert.equal(srv.hits('/flaky'), 3);
});

test('fetch: gives up after the retry budget with the status in the error', async () => {
  const before = srv.hits('/down');
  const err = await codedFailure(fetcher({ retries: 1 }).fetch(srv.url('/down')));
  assert.equal(err.code, 'E_FETCH');
  assert.equal(err.details?.status, 503);
  assert.equal(srv.hits('/down') - before, 2);
  const gone = await codedFailure(fetcher().fetch(srv.url('/gone')));
  assert.equal(gone.details?.status, 404);
  assert.equal(srv.hits('/gone'), 1, 'fetch: 404 is not retried');
});

/** A fake clock: sleeps return at once and are recorded, so retry timing is checked without waiting. */
function fakeClock(now = Date.parse('2024-05-01T12:00:00Z')): { sleeps: number[]; sleep: (ms: number) => Promise<void>; now: () => number } {
  const sleeps: number[] = [];
  return { sleeps, now: () => now, sleep: async (ms) => void sleeps.push(ms) };
}

test('fetch: waits as long as Retry-After asks (seconds or a date), else backs off; fails fast when it is too long', async () => {
  const table: readonly { name: string; retryAfter?: string; sleeps: readonly number[] }[] = [
    { name: 'seconds', retryAfter: '1', sleeps: [1000] },
    { name: 'HTTP date', retryAfter: 'Wed, 01 May 2024 12:00:03 GMT', sleeps: [3000] },
    { name: 'date in the past', retryAfter: 'Wed, 01 May 2024 11:00:00 GMT', sleeps: [0] },
    { name: 'unreadable: backoff', retryAfter: 'soon', sleeps: [250] },
    { name: 'absent: backoff', sleeps: [250] },
  ];
  for (const [i, c] of table.entries()) {
    const path = `/retry-after-${i}`;
    srv.route(path, (_q, res, hit) => {
      if (hit === 1) return void res.writeHead(429, c.retryAfter ? { 'retry-after': c.retryAfter } : {}).end();
      res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
    });
    const clock = fakeClock();
    // random() = 0 gives the fixed half of the first backoff step: 500 / 2.
    const r = await fetcher({ ...clock, backoffBaseMs: 500, backoffMaxMs: 30_000, random: () => 0 }).fetch(srv.url(path));
    assert.equal(Buffer.from(r.body).toString(), 'thanks', `fetch: ${c.name}`);
    assert.deepEqual(clock.sleeps, c.sleeps, `fetch: ${c.name}`);
  }
  const clock = fakeClock();
  const err = await codedFailure(fetcher(clock).fetch(srv.url('/come-back-tomorrow')));
  assert.match(err.message, /retry after 86400 s/);
  assert.deepEqual(clock.sleeps, [], 'fetch: no wait before giving up on a day-long Retry-After');
});

test('fetch: backoff doubles between attempts on the fake clock', async () => {
  const clock = fakeClock();
  const before = srv.hits('/down');
  const err = await codedFailure(fetcher({ ...clock, retries: 3, backoffBaseMs: 100, backoffMaxMs: 300, random: () => 0 }).fetch(srv.url('/down')));
  assert.equal(err.details?.status, 503);
  assert.equal(srv.hits('/down') - before, 4);
  assert.deepEqual(clock.sleeps, [50, 100, 150], 'fetch: half of 100, 200, then the 300 cap');
});

test('fetch: retries network errors', async () => {
  const r = await fetcher().fetch(srv.url('/reset'));
  assert.equal(Buffer.from(r.body).toString(), 'recovered');
});

test('fetch: times out a server that never answers', async () => {
  const t0 = Date.now();
  const err = await codedFailure(fetcher({ timeoutMs: 150, retries: 0 }).fetch(srv.url('/hang')));
  assert.equal(err.code, 'E_FETCH');
  assert.match(err.message, /Timed out/);
  assert.ok(Date.now() - t0 < 1000);
});

test('fetch: an abort signal cancels the fetch', async () => {
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  const err = await codedFailure(fetcher({ timeoutMs: 5000 }).fetch(srv.url('/hang'), { signal: ac.signal }));
  assert.match(err.message, /cancelled/);
});

test('fetch: per-host politeness spaces requests', async () => {
  const f = fetcher({ delayMs: 60, maxPerHost: 1 });
  const t0 = Date.now();
  await Promise.all([f.fetch(srv.url('/page')), f.fetch(srv.url('/page')), f.fetch(srv.url('/page'))]);
  assert.ok(Date.now() - t0 >= 110, 'fetch: three starts spaced by 60 ms');
});

test('fetch: robots.txt is fetched once per host and its Disallow enforced', async () => {
  const robots = await startLocalServer({
    '/robots.txt': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /private\n\nUser-agent: wiretrace\nDisallow: /no-wiretrace\n'),
    '/private/page': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML),
    '/public': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML),
    '/no-wiretrace': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(HTML),
    '/hop': (_q, res) => res.writeHead(302, { location: '/no-wiretrace' }).end(),
  });
  try {
    const f = fetcher({ robots: true });
    await f.fetch(robots.url('/public'));
    await f.fetch(robots.url('/private/page')); // the wiretrace group replaces the * group
    const err = await codedFailure(f.fetch(robots.url('/no-wiretrace')));
    assert.equal(err.code, 'E_FETCH_ROBOTS');
    const viaRedirect = await codedFailure(f.fetch(robots.url('/hop')));
    assert.equal(viaRedirect.code, 'E_FETCH_ROBOTS', 'fetch: robots checked on every hop');
    assert.equal(robots.hits('/robots.txt'), 1);
    assert.equal(robots.hits('/no-wiretrace'), 0);
    const ignoring = await fetcher({ robots: false }).fetch(robots.url('/no-wiretrace'));
    assert.equal(ignoring.status, 200);
  } finally {
    await robots.close();
  }
});

test('fetch: missing robots.txt allows all; a failing one disallows all', async () => {
  const missing = await startLocalServer({ '/a': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('a') });
  const failing = await startLocalServer({
    '/robots.txt': (_q, res) => res.writeHead(500).end(),
    '/a': (_q, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('a'),
  });
  try {
    const f = fetcher({ robots: true, retries: 0 });
    assert.equal((await f.fetch(missing.url('/a'))).status, 200);
    assert.equal((await codedFailure(f.fetch(failing.url('/a')))).code, 'E_FETCH_ROBOTS');
  } finally {
    await missing.close();
    await failing.close();
  }
});
