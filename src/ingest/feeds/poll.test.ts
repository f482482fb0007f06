import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { WiretraceError } from '../../errors.js';
import { Fetcher } from '../fetch/fetcher.js';
import { startLocalServer, type LocalServer } from '../fetch/testing/local-server.js';
import { pollFeeds, type IngestCallback } from './poll.js';
import { MemoryFeedStore } from './store.js';

const FIXTURES = new URL('../../../test/fixtures/feeds/', import.meta.url);
const ATOM = readFileSync(new URL('atom.xml', FIXTURES), 'utf8');

function rss(items: readonly { id: string; date: string }[]): string {
  const body = items
    .map((i) => `<item><title>Story ${i.id}</title><link>/story/${i.id}</link><guid isPermaLink="false">${i.id}</guid><pubDate>${i.date}</pubDate></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Desk</title><link>/</link>${body}</channel></rss>`;
}

let srv: LocalServer;
let version = 1;
const ITEMS_V1 = [
  { id: 'b', date: 'Tue, 01 Oct 2024 12:00:00 GMT' },
  { id: 'a', date: 'Tue, 01 Oct 2024 09:00:00 GMT' },
];
const ITEMS_V2 = [{ id: 'c', date: 'Wed, 02 Oct 2024 08:00:00 GMT' }, ...ITEMS_V1];

before(async () => {
  srv = await startLocalServer({
    '/rss': (req, res) => {
      const etag = `"rss-${version}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag }).end(rss(version === 1 ? ITEMS_V1 : ITEMS_V2));
    },
    '/atom': (req, res) => {
      const lm = 'Wed, 02 Oct 2024 08:00:00 GMT';
      if (req.headers['if-modified-since'] === lm) return void res.writeHead(304).end();
      res.writeHead(200, { 'content-type': 'application/atom+xml', 'last-modified': lm }).end(ATOM);
    },
    '/broken': (_q, res) => res.writeHead(200, { 'content-type': 'application/xml' }).end('<rss><channel><item>'),
    '/image-feed': (_q, res) => res.writeHead(200, { 'content-type': 'image/gif' }).end('GIF89a'),
  });
});
after(() => srv.close());

function recorder(fail: (url: string) => Error | null = () => null): IngestCallback & { urls: string[] } {
  const urls: string[] = [];
  const fn: IngestCallback = async (url) => {
    urls.push(url);
    const err = fail(url);
    if (err) throw err;
    return { id: urls.length };
  };
  return Object.assign(fn, { urls });
}

const fetcher = (): Fetcher => new Fetcher({ allowPrivate: true, delayMs: 0, robots: false, retries: 0 });

test('poll: first poll ingests every item oldest first, then 304 ingests nothing, then only new items', async () => {
  version = 1;
  const store = new MemoryFeedStore();
  const feed = await store.addFeed(srv.url('/rss'));
  const f = fetcher();
  const ingest = recorder();
  const fetch = f.fetch.bind(f);

  const first = await pollFeeds(store, { ingest, fetch });
  assert.deepEqual(ingest.urls, [srv.url('/story/a'), srv.url('/story/b')]);
  assert.equal(first.ingested, 2);
  assert.equal(first.feeds[0]!.status, 'updated');
  const state = (await store.listFeeds())[0]!;
  assert.equal(state.etag, '"rss-1"');
  assert.equal(state.title, 'Local Desk');
  assert.equal(state.lastError, null);
  assert.ok(state.lastPolled);

  const second = await pollFeeds(store, { ingest, fetch });
  assert.equal(second.feeds[0]!.status, 'not-modified');
  assert.equal(ingest.urls.length, 2);

  version = 2;
  const third = await pollFeeds(store, { ingest, fetch });
  assert.equal(third.newItems, 1);
  assert.deepEqual(ingest.urls.slice(2), [srv.url('/story/c')]);
  assert.deepEqual(store.itemsOf(feed.id).map((i) => i.guid), ['a', 'b', 'c']);
  assert.equal((await store.listFeeds())[0]!.etag, '"rss-2"');
});

test('poll: Last-Modified validators work for Atom feeds, items without links are marked, not ingested', async () => {
  const store = new MemoryFeedStore();
  const feed = await store.addFeed(srv.url('/atom'));
  const ingest = recorder();
  const f = fetcher();
  const r1 = await pollFeeds(store, { ingest, fetch: f.fetch.bind(f) });
  assert.equal(r1.newItems, 3);
  assert.deepEqual(ingest.urls, ['https://wire.example/2024/xhtml', srv.url('/2024/minister-denies')], 'poll: relative links resolve against the feed URL');
  assert.equal(store.itemsOf(feed.id).length, 3);
  const r2 = await pollFeeds(store, { ingest, fetch: f.fetch.bind(f) });
  assert.equal(r2.feeds[0]!.status, 'not-modified');
});

test('poll: a broken feed records its error and does not stop the others', async () => {
  const store = new MemoryFeedStore();
  await store.addFeed(srv.url('/broken'));
  await store.addFeed(srv.url('/image-feed'));
  await store.addFeed(srv.url('/missing'));
  await store.addFeed(srv.url('/atom'));
  const ingest = recorder();
  const f = fetcher();
  const report = await pollFeeds(store, { ingest, fetch: f.fetch.bind(f), concurrency: 2 });
  assert.deepEqual(report.feeds.map((r) => r.status), ['error', 'error', 'error', 'updated']);
  const errors = (await store.listFeeds()).map((x) => x.lastError);
  assert.match(errors[0]!, /^E_FEED_MALFORMED/);
  assert.match(errors[1]!, /^E_FETCH_CONTENT_TYPE/);
  assert.match(errors[2]!, /^E_FETCH: HTTP 404/);
  assert.equal(errors[3], null);
  assert.equal(report.ingested, 2);
});

test('poll: the SSRF guard applies to feeds unless allowPrivate is set', async () => {
  const store = new MemoryFeedStore();
  await store.addFeed(srv.url('/rss'));
  const guarded = new Fetcher({ delayMs: 0, robots: false });
  const report = await pollFeeds(store, { ingest: recorder(), fetch: guarded.fetch.bind(guarded) });
  assert.match(report.feeds[0]!.error!, /^E_FETCH_BLOCKED/);
});

test('poll: permanent ingest failures are marked seen, transient ones retried next poll', async () => {
  version = 2;
  const store = new MemoryFeedStore();
  const feed = await store.addFeed(srv.url('/rss'));
  const ingest = recorder((url) =>
    url.endsWith('/a') ? new WiretraceError('E_FETCH_CONTENT_TYPE', 'pdf') : url.endsWith('/b') ? new WiretraceError('E_FETCH', 'HTTP 503') : null,
  );
  const f = fetcher();
  const report = await pollFeeds(store, { ingest, fetch: f.fetch.bind(f) });
  assert.equal(report.failed, 2);
  assert.equal(report.ingested, 1);
  assert.deepEqual(store.itemsOf(feed.id).map((i) => i.guid).sort(), ['a', 'c']);
  assert.equal(await store.hasFeedItem(feed.id, 'b'), false, 'poll: transient failure left unseen');
});

test('poll: maxItemsPerFeed keeps only the newest items of a long first poll', async () => {
  version = 2;
  const store = new MemoryFeedStore();
  await store.addFeed(srv.url('/rss'));
  const ingest = recorder();
  const f = fetcher();
  await pollFeeds(store, { ingest, fetch: f.fetch.bind(f), maxItemsPerFeed: 2 });
  assert.deepEqual(ingest.urls, [srv.url('/story/b'), srv.url('/story/c')]);
});

test('poll: an aborted signal stops before ingesting', async () => {
  const store = new MemoryFeedStore();
  await store.addFeed(srv.url('/rss'));
  const ac = new AbortController();
  ac.abort();
  const ingest = recorder();
  const f = fetcher();
  const report = await pollFeeds(store, { ingest, fetch: f.fetch.bind(f), signal: ac.signal });
  assert.equal(report.feeds.length, 0);
  assert.equal(ingest.urls.length, 0);
});
