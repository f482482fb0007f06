import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, resolveDbPath } from './index.js';
import { MIGRATIONS, migrate } from './migrations.js';
import { isWiretraceError } from '../errors.js';
import type { LayerWrite, NewArticle } from './types.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'wiretrace-store-'));
}

function article(over: Partial<NewArticle> = {}): NewArticle {
  return {
    url: null,
    canonicalUrl: null,
    contentHash: 'h1',
    outlet: 'Example Wire',
    title: 'Talks resume in Geneva',
    byline: ['Ann Writer'],
    published: '2024-06-16',
    modified: null,
    fetched: null,
    language: 'en',
    image: null,
    imageCredit: null,
    text: 'Negotiators met in Geneva on Monday. The U.N. envoy said talks would resume.',
    meta: { source: 'test' },
    nearDupOf: null,
    signature: null,
    ...over,
  };
}

const LAYERS: LayerWrite[] = [
  { name: 'paragraphs', annotator: 'text.paragraphs', version: '1.0.0', data: [{ start: 0, end: 10 }] },
  { name: 'sentences', annotator: 'text.sentences', version: '1.0.0', data: [{ start: 0, end: 5 }] },
];

test('store: migrations run on a fresh database, in order, and not again on re-open', () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'nested', 'deeper', 'w.db');
    const s1 = openStore(path);
    assert.ok(existsSync(path), 'creates the directory and file');
    assert.deepEqual(s1.migrations().map((m) => m.id), MIGRATIONS.map((m) => m.id));
    const first = s1.migrations();
    assert.equal(s1.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(s1.db.pragma('foreign_keys', { simple: true }), 1);
    s1.insertArticle(article(), LAYERS);
    s1.close();

    const s2 = openStore(path);
    assert.deepEqual(s2.migrations(), first, 're-open applies nothing new');
    assert.equal(s2.countArticles(), 1, 'data survives re-open');
    assert.deepEqual(migrate(s2.db), [], 'migrate on a current DB is a no-op');
    s2.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('store: refuses a database migrated by a newer wiretrace', () => {
  const dir = tempDir();
  try {
    const path = join(dir, 'w.db');
    openStore(path).close();
    const raw = new Database(path);
    raw.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (999, ?, ?)').run('future', 'x');
    raw.close();
    assert.throws(() => openStore(path), (e: unknown) => isWiretraceError(e) && e.code === 'E_STORE');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('store: migrate refuses migrations out of order', () => {
  const db = new Database(':memory:');
  assert.throws(
    () => migrate(db, [{ id: 2, name: 'b', sql: '' }, { id: 1, name: 'a', sql: '' }]),
    (e: unknown) => isWiretraceError(e) && e.code === 'E_STORE',
  );
  db.close();
});

test('store: a failing migration leaves no trace of itself', () => {
  const db = new Database(':memory:');
  assert.throws(() => migrate(db, [{ id: 1, name: 'ok', sql: 'CREATE TABLE a (x)' }, { id: 2, name: 'bad', sql: 'CREATE TABLE b (x); NOT SQL' }]));
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as Array<{ name: string }>).map((r) => r.name);
  assert.ok(tables.includes('a'));
  assert.ok(!tables.includes('b'), 'the failed migration rolled back');
  assert.deepEqual((db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: number }>).map((r) => r.id), [1]);
  db.close();
});

test('store: resolveDbPath honours explicit path, then WIRETRACE_DB, then the default', () => {
  const cases: Array<{ explicit: string | undefined; env: string | undefined; endsWith: string }> = [
    { explicit: '/tmp/a.db', env: '/tmp/b.db', endsWith: '/tmp/a.db' },
    { explicit: undefined, env: '/tmp/b.db', endsWith: '/tmp/b.db' },
    { explicit: undefined, env: undefined, endsWith: join('data', 'wiretrace.db') },
    { explicit: ':memory:', env: undefined, endsWith: ':memory:' },
  ];
  for (const c of cases) {
    const env: NodeJS.ProcessEnv = c.env ? { WIRETRACE_DB: c.env } : {};
    assert.ok(resolveDbPath(c.explicit, env).endsWith(c.endsWith), JSON.stringify(c));
  }
});

test('store: insert is idempotent by content hash and by canonical URL', () => {
  const s = openStore(':memory:');
  const cases: Array<{ name: string; a: Partial<NewArticle>; created: boolean; matchedBy?: string; id?: number }> = [
    { name: 'first insert', a: { contentHash: 'h1', canonicalUrl: 'https://x.test/a' }, created: true, id: 1 },
    { name: 'same hash', a: { contentHash: 'h1', canonicalUrl: null }, created: false, matchedBy: 'content_hash', id: 1 },
    { name: 'same canonical URL, edited text', a: { contentHash: 'h2', canonicalUrl: 'https://x.test/a' }, created: false, matchedBy: 'canonical_url', id: 1 },
    { name: 'new content, no URL', a: { contentHash: 'h3' }, created: true, id: 2 },
    { name: 'new content, other URL', a: { contentHash: 'h4', canonicalUrl: 'https://x.test/b' }, created: true, id: 3 },
  ];
  for (const c of cases) {
    const r = s.insertArticle(article(c.a), LAYERS);
    assert.equal(r.created, c.created, c.name);
    if (c.matchedBy) assert.equal(r.matchedBy, c.matchedBy, c.name);
    if (c.id) assert.equal(r.id, c.id, c.name);
  }
  assert.equal(s.countArticles(), 3);
  s.close();
});

test('store: round-trips every field and stores layers with provenance', () => {
  const s = openStore(':memory:');
  const a = article({ url: 'https://x.test/a?utm=1', canonicalUrl: 'https://x.test/a', image: 'https://x.test/i.jpg', imageCredit: 'Photo Desk', modified: '2024-06-17T10:00:00.000Z', fetched: '2024-06-18T00:00:00.000Z', signature: 'abcd', byline: ['A One', 'B Two'] });
  const { id } = s.insertArticle(a, LAYERS);
  const got = s.getArticle(id);
  assert.ok(got);
  for (const k of Object.keys(a) as Array<keyof NewArticle>) assert.deepEqual(got[k], a[k], k);
  assert.equal(got.publishedKnown, true);
  assert.deepEqual(s.getArticleByUrl('https://x.test/a')?.id, id, 'by canonical URL');
  assert.deepEqual(s.getArticleByUrl('https://x.test/a?utm=1')?.id, id, 'by URL');
  assert.equal(s.getArticleByUrl('https://x.test/none'), null);
  assert.equal(s.getArticle(999), null);
  const layers = s.getLayers(id);
  assert.deepEqual(layers.map((l) => [l.name, l.annotator, l.version]), [
    ['paragraphs', 'text.paragraphs', '1.0.0'],
    ['sentences', 'text.sentences', '1.0.0'],
  ]);
  assert.deepEqual(layers[0]!.data, [{ start: 0, end: 10 }]);
  assert.deepEqual(s.listSignatures(), [{ id, signature: 'abcd', nearDupOf: null }]);
  s.close();
});

test('store: unknown published date stays null and sorts last', () => {
  const s = openStore(':memory:');
  s.insertArticle(article({ contentHash: 'a', published: null }), []);
  s.insertArticle(article({ contentHash: 'b', published: '2024-01-01' }), []);
  s.insertArticle(article({ contentHash: 'c', published: '2024-06-01T12:00:00Z' }), []);
  // 11:30 in UTC, after 'c' although it sorts before it as a string
  s.insertArticle(article({ contentHash: 'd', published: '2024-06-01T13:30:00+02:00' }), []);
  const page = s.listArticles();
  assert.deepEqual(page.items.map((a) => a.published), ['2024-06-01T12:00:00Z', '2024-06-01T13:30:00+02:00', '2024-01-01', null]);
  assert.equal(page.items[3]!.publishedKnown, false);
  assert.equal(page.total, 4);
  s.close();
});

test('store: paging clamps limits and offsets', () => {
  const s = openStore(':memory:');
  for (let i = 0; i < 5; i++) s.insertArticle(article({ contentHash: `h${i}` }), []);
  const cases = [
    { req: { limit: 2, offset: 0 }, n: 2, limit: 2, offset: 0 },
    { req: { limit: 2, offset: 4 }, n: 1, limit: 2, offset: 4 },
    { req: { limit: 0, offset: -5 }, n: 1, limit: 1, offset: 0 },
    { req: { limit: 10_000 }, n: 5, limit: 200, offset: 0 },
    { req: { offset: 99 }, n: 0, limit: 50, offset: 99 },
    // Offsets past what SQLite's 64-bit integers (and JS's safe integers) hold still page to nothing.
    { req: { offset: 1e20 }, n: 0, limit: 50, offset: Number.MAX_SAFE_INTEGER },
    { req: { offset: 2 ** 63 }, n: 0, limit: 50, offset: Number.MAX_SAFE_INTEGER },
    { req: { limit: Number.NaN, offset: Number.NaN }, n: 5, limit: 50, offset: 0 },
    { req: { limit: Infinity, offset: -Infinity }, n: 5, limit: 200, offset: 0 },
  ];
  for (const c of cases) {
    const p = s.listArticles(c.req);
    assert.equal(p.items.length, c.n, JSON.stringify(c.req));
    assert.equal(p.limit, c.limit);
    assert.equal(p.offset, c.offset);
    assert.equal(p.total, 5);
    const hits = s.search('x', c.req);
    assert.equal(hits.limit, c.limit, `search ${JSON.stringify(c.req)}`);
    assert.equal(hits.offset, c.offset, `search ${JSON.stringify(c.req)}`);
  }
  s.close();
});

test('store: a write that fails part-way leaves no half-written article', () => {
  const s = openStore(':memory:');
  const bad: LayerWrite[] = [...LAYERS, { name: 'tokens', annotator: 't', version: '1', data: [{ n: BigInt(1) }] }];
  assert.throws(() => s.insertArticle(article(), bad));
  assert.equal(s.countArticles(), 0);
  assert.equal((s.db.prepare('SELECT count(*) AS n FROM layers').get() as { n: number }).n, 0);
  assert.equal(s.search('Geneva').total, 0, 'the FTS index rolled back too');
  // and the same article then goes in cleanly
  assert.equal(s.insertArticle(article(), LAYERS).created, true);
  s.close();
});

test('store: putLayers replaces a layer and refuses unknown articles', () => {
  const s = openStore(':memory:');
  const { id } = s.insertArticle(article(), LAYERS);
  s.putLayers(id, [{ name: 'sentences', annotator: 'text.sentences', version: '2.0.0', data: [] }]);
  const l = s.getLayers(id).find((x) => x.name === 'sentences');
  assert.equal(l?.version, '2.0.0');
  assert.deepEqual(l?.data, []);
  assert.equal(s.getLayers(id).length, 2);
  assert.throws(() => s.putLayers(999, LAYERS), (e: unknown) => isWiretraceError(e) && e.code === 'E_NOT_FOUND');
  s.close();
});

test('store: full-text search finds articles, ranks title matches, and marks snippets', () => {
  const s = openStore(':memory:');
  s.insertArticle(article({ contentHash: 'a', title: 'Putin to visit Pyongyang', text: 'The Kremlin said a visit was planned. Officials in Moscow confirmed.' }), []);
  s.insertArticle(article({ contentHash: 'b', title: 'Markets', text: 'Stocks rose. Analysts said a Pyongyang visit could matter.' }), []);
  s.insertArticle(article({ contentHash: 'c', title: 'Weather', text: 'Rain in Seoul.' }), []);
  const r = s.search('pyongyang');
  assert.equal(r.total, 2);
  assert.equal(r.items[0]!.article.title, 'Putin to visit Pyongyang', 'title match ranks first');
  const hit = r.items[1]!;
  assert.ok(hit.highlights.length >= 1);
  for (const h of hit.highlights) assert.equal(hit.snippet.slice(h.start, h.end).toLowerCase(), 'pyongyang');
  assert.ok(!/[\u0002\u0003]/.test(hit.snippet), 'no markers leak');
  assert.equal(s.search('visits').total, 2, 'stemming: visits finds visit');
  assert.equal(s.search('"visit was planned"').total, 1, 'phrase');
  assert.equal(s.search('Pyong*').total, 2, 'prefix');
  assert.equal(s.search('seoul pyongyang').total, 0, 'all terms must match');
  assert.equal(s.search('pyongyang', { limit: 1, offset: 1 }).items.length, 1);
  s.close();
});

test('store: hostile or odd search strings never raise FTS syntax errors', () => {
  const s = openStore(':memory:');
  s.insertArticle(article({ text: 'The U.N. envoy met Kim Jong-un and O\'Brien; 3.5% growth "expected".' }), []);
  const cases: Array<{ q: string; min: number }> = [
    { q: '"unbalanced', min: 0 },
    { q: 'AND OR NOT', min: 0 },
    { q: 'title:envoy', min: 0 },
    { q: 'NEAR(a b)', min: 0 },
    { q: '*', min: 0 },
    { q: '^envoy', min: 1 },
    { q: '(((', min: 0 },
    { q: '', min: 0 },
    { q: '   ', min: 0 },
    { q: 'Jong-un', min: 1 },
    { q: 'U.N.', min: 1 },
    { q: "O'Brien", min: 1 },
    { q: '""""', min: 0 },
    { q: '-envoy', min: 1 },
    { q: 'envoy + ', min: 1 },
    { q: 'é', min: 0 },
  ];
  for (const c of cases) {
    const r = s.search(c.q);
    assert.ok(r.total >= c.min, `${JSON.stringify(c.q)} found ${r.total}`);
  }
  s.close();
});

test('store: feeds and feed items are recorded once', () => {
  const s = openStore(':memory:');
  const a = s.addFeed('https://x.test/rss', 'X');
  assert.deepEqual(s.addFeed('https://x.test/rss'), { id: a.id, created: false });
  s.updateFeedPoll(a.id, { etag: 'W/"1"', lastModified: 'Sun, 16 Jun 2024 00:00:00 GMT', lastPolled: '2024-06-16T00:00:00Z' });
  s.updateFeedPoll(a.id, { lastPolled: '2024-06-16T00:15:00Z', lastError: 'timeout' });
  const f = s.getFeed('https://x.test/rss');
  assert.equal(f?.etag, 'W/"1"', 'unset fields keep their value');
  assert.equal(f?.lastError, 'timeout');
  assert.equal(s.addFeedItem(a.id, 'g1', 'https://x.test/1'), true);
  assert.equal(s.addFeedItem(a.id, 'g1', 'https://x.test/1'), false);
  assert.equal(s.hasFeedItem(a.id, 'g1'), true);
  assert.equal(s.hasFeedItem(a.id, 'g2'), false);
  assert.throws(() => s.updateFeedPoll(999, { lastPolled: 'x' }), (e: unknown) => isWiretraceError(e) && e.code === 'E_NOT_FOUND');
  assert.equal(s.listFeeds().length, 1);
  assert.equal(s.removeFeed(a.id), true);
  assert.equal(s.hasFeedItem(a.id, 'g1'), false, 'items cascade');
  s.close();
});
