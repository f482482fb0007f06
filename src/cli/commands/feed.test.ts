import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { startLocalServer, type LocalServer } from '../../ingest/fetch/testing/local-server.js';
import { pollFeeds, type FeedStore } from '../../ingest/feeds/index.js';
import { openStore } from '../../store/index.js';
import { buildProgram } from '../../program.js';

function articleHtml(n: number): string {
  const paras = [
    `Officials in the harbour town said on Tuesday that repairs to the northern breakwater, number ${n}, would take until the spring.`,
    `The council said the storm in January had washed away a section of the wall and that engineers had inspected it twice since then.`,
    `Fishermen said the damage left their boats exposed when the wind turned east, and asked for a temporary barrier before winter.`,
  ];
  return `<!doctype html><html lang="en"><head><title>Breakwater repairs ${n}</title><meta property="og:title" content="Breakwater repairs ${n}"></head><body><article><h1>Breakwater repairs ${n}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}

let srv: LocalServer;
let tmp: string;

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'wiretrace-feed-'));
  srv = await startLocalServer({
    '/feed.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"f1"') return void res.writeHead(304).end();
      const items = [1, 2].map((n) => `<item><title>Breakwater repairs ${n}</title><link>${srv.url(`/news/${n}`)}</link><guid>n${n}</guid></item>`).join('');
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' }).end(`<rss version="2.0"><channel><title>Harbour Desk</title>${items}</channel></rss>`);
    },
    '/home': (_q, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><link rel="alternate" type="application/rss+xml" href="/feed.xml"></head><body>home</body></html>'),
    '/news/1': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(1)),
    '/news/2': (_q, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(articleHtml(2)),
  });
});

after(async () => {
  await srv.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  try {
    await buildProgram().parseAsync(['node', 'wiretrace', ...args]);
  } finally {
    console.log = log;
    console.error = error;
  }
  return { out: out.join('\n'), err: err.join('\n') };
}

test('feed cli: add via page autodiscovery, list, poll ingests new items, second poll is not modified', async () => {
  const db = join(tmp, 'a.db');
  const added = await cli(['feed', 'add', srv.url('/home'), '--db', db, '--allow-private']);
  assert.match(added.out, new RegExp(`added feed #1 ${srv.url('/feed.xml')}  \\(Harbour Desk\\)`));
  const again = await cli(['feed', 'add', srv.url('/feed.xml'), '--db', db, '--allow-private']);
  assert.match(again.out, /already subscribed feed #1/);
  const poll = await cli(['feed', 'poll', '--db', db, '--allow-private']);
  assert.match(poll.out, /feed #1 .*: 2 new, 2 ingested, 0 failed/, poll.err);
  assert.notEqual(process.exitCode, 1, 'a clean poll exits 0');
  const second = await cli(['feed', 'poll', '--db', db, '--allow-private']);
  assert.match(second.out, /not modified/);
  const list = await cli(['feed', 'list', '--db', db, '--json']);
  const rows = list.out.split('\n').map((l) => JSON.parse(l) as { etag: string; lastError: string | null });
  assert.equal(rows.length, 1);
  assert.equal(rows[0]!.etag, '"f1"');
  const store = await openStore(db);
  try {
    assert.equal(await store.countArticles(), 2);
    assert.equal(await store.hasFeedItem(1, 'n1'), true);
  } finally {
    await store.close();
  }
});

test('feed cli: a single poll with a failing feed exits non-zero (for cron)', async () => {
  const db = join(tmp, 'fail.db');
  await cli(['feed', 'add', srv.url('/feed.xml'), '--db', db, '--allow-private']);
  const store = await openStore(db);
  try {
    await store.addFeed(srv.url('/missing.xml'));
  } finally {
    await store.close();
  }
  const before = process.exitCode;
  try {
    await cli(['feed', 'poll', '--db', db, '--allow-private']);
    assert.equal(process.exitCode, 1);
  } finally {
    process.exitCode = before;
  }
});

test('feed cli: without --allow-private the SSRF guard refuses the local server', async () => {
  const db = join(tmp, 'b.db');
  await assert.rejects(
    buildProgram().parseAsync(['node', 'wiretrace', 'feed', 'add', srv.url('/feed.xml'), '--db', db]),
    (err: unknown) => err instanceof WiretraceError && err.code === 'E_FETCH_BLOCKED',
  );
});

test('feed: the SQLite store satisfies FeedStore and keeps poll state', async () => {
  const store = await openStore(':memory:');
  try {
    const feedStore: FeedStore = store;
    await feedStore.addFeed(srv.url('/feed.xml'));
    const urls: string[] = [];
    const report = await pollFeeds(feedStore, { ingest: async (u) => void urls.push(u), fetchOptions: { allowPrivate: true } });
    assert.equal(report.ingested, 2);
    assert.equal((await store.listFeeds())[0]!.title, 'Harbour Desk');
    const again = await pollFeeds(feedStore, { ingest: async (u) => void urls.push(u), fetchOptions: { allowPrivate: true } });
    assert.equal(again.feeds[0]!.status, 'not-modified');
    assert.equal(urls.length, 2);
  } finally {
    await store.close();
  }
});

test('feed cli: list, remove and poll on a database that does not exist say so and create nothing', async () => {
  for (const sub of [['list'], ['remove', '1'], ['poll']]) {
    const db = join(tmp, `none-${sub[0]}`, 'w.db');
    await assert.rejects(
      buildProgram().parseAsync(['node', 'wiretrace', 'feed', ...sub, '--db', db]),
      (err: unknown) => err instanceof WiretraceError && err.code === 'E_NOT_FOUND' && /no database at/.test(err.message),
      sub[0],
    );
    assert.equal(existsSync(db), false, `${sub[0]} created ${db}`);
  }
});
