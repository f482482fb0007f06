/**
 * Export and import: a dump read back and written again is identical, on one engine and across
 * engines (SQLite → PostgreSQL → export, and back). The cross-engine case needs PostgreSQL
 * (WIRETRACE_TEST_PG or the local server): without one it skips loudly; under CI=true it fails.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article, coded, LAYERS, signatureOf } from '../store/contract/fixtures.js';
import { openStore } from '../store/index.js';
import { dropSchemas, postgresUnavailable, testLocation, testSchema, withPostgres } from '../store/postgres/testing.js';
import type { Store } from '../store/types.js';
import { exportStore, importDump } from './dump.js';
import { DUMP_FORMAT, DUMP_VERSION } from './dump-schemas.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-dump-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const sqlitePath = () => join(dir, `s${++files}.db`);

/** A store holding every kind of row a dump carries: odd text, meta, layers, a near-duplicate, feeds with state and items. */
async function fill(s: Store): Promise<void> {
  const a = await s.insertArticle(article({ contentHash: 'a', url: 'https://wire.test/a', canonicalUrl: 'https://wire.test/a?c', signature: signatureOf(article().text) }), LAYERS);
  await s.insertArticle(
    article({ contentHash: 'b', url: 'https://paper.test/b', title: null, byline: [], published: null, nearDupOf: a.id, meta: { nested: { list: [1, 'two', null] }, emoji: '🌍' } }),
    [{ name: 'tokens', annotator: 'text.tokens', version: '2.1.0', data: [{ start: 0, end: 3, text: 'Neg\u2028' }] }]
  );
  await s.insertArticle(article({ contentHash: 'c', text: 'Zürich — "quoted", \ttabbed\nand a second line.', outlet: null, language: null }), []);
  const f = await s.addFeed('https://wire.test/rss', 'Wire');
  await s.updateFeedPoll(f.id, { etag: 'W/"7"', lastModified: 'Tue, 01 Dec 2026 10:00:00 GMT', lastPolled: '2026-12-01T10:00:00.000Z', lastError: null });
  for (const g of ['z-last', 'a-first', 'M-middle']) await s.addFeedItem(f.id, g, `https://wire.test/${g}`);
  await s.addFeedItem(f.id, 'no-url', null);
  await s.addFeed('https://never.test/atom', null);
}

async function dumpOf(s: Store): Promise<string[]> {
  const lines: string[] = [];
  for await (const l of exportStore(s)) lines.push(l);
  return lines;
}

test('dump: export → import → export is identical on SQLite, and a second import writes nothing', async () => {
  const src = await openStore(sqlitePath());
  await fill(src);
  const first = await dumpOf(src);
  assert.deepEqual(JSON.parse(first[0]!), { kind: 'header', format: DUMP_FORMAT, version: DUMP_VERSION });
  assert.deepEqual(first.slice(1).map((l) => JSON.parse(l).kind), ['article', 'article', 'article', 'feed', 'feed']);
  const dst = await openStore(sqlitePath());
  assert.deepEqual(await importDump(dst, first), { articles: 3, created: 3, layers: 3, feeds: 2, feedItems: 4 });
  assert.deepEqual(await dumpOf(dst), first);
  assert.deepEqual(await importDump(dst, first), { articles: 3, created: 0, layers: 0, feeds: 2, feedItems: 0 }, 'rerunning an import');
  assert.deepEqual(await dumpOf(dst), first);
  await Promise.all([src.close(), dst.close()]);
});

test('dump: ids that shift on import keep near-duplicate links pointing at the same article', async () => {
  const src = await openStore(sqlitePath());
  const gone = await src.insertArticle(article({ contentHash: 'gone' }), []);
  const orig = await src.insertArticle(article({ contentHash: 'orig', url: 'https://x.test/o' }), []);
  await src.insertArticle(article({ contentHash: 'copy', url: 'https://x.test/c', nearDupOf: orig.id }), []);
  await src.deleteArticle(gone.id);
  const dst = await openStore(sqlitePath());
  await importDump(dst, await dumpOf(src));
  const copy = await dst.findByContentHash('copy');
  const origThere = await dst.findByContentHash('orig');
  assert.ok(copy && origThere);
  assert.equal(copy.nearDupOf, origThere.id);
  assert.notEqual(origThere.id, orig.id, 'the id did shift (the test would prove nothing otherwise)');
  await Promise.all([src.close(), dst.close()]);
});

test('dump: a malformed dump is refused with a code that names the line, before or without writing the bad line', async () => {
  const header = JSON.stringify({ kind: 'header', format: DUMP_FORMAT, version: DUMP_VERSION });
  const good = await (async () => {
    const s = await openStore(':memory:');
    await s.insertArticle(article({ contentHash: 'x' }), []);
    const lines = await dumpOf(s);
    await s.close();
    return JSON.parse(lines[1]!) as Record<string, unknown>;
  })();
  const line = (over: Record<string, unknown>) => JSON.stringify({ ...good, ...over });
  const cases: Array<{ name: string; lines: string[]; code: 'E_INPUT_FORMAT' | 'E_INPUT_EMPTY'; message?: RegExp }> = [
    { name: 'empty', lines: [], code: 'E_INPUT_EMPTY' },
    { name: 'blank lines only', lines: ['', '  '], code: 'E_INPUT_EMPTY' },
    { name: 'no header', lines: [line({})], code: 'E_INPUT_FORMAT', message: /line 1: expected the header/ },
    { name: 'newer format version', lines: [JSON.stringify({ kind: 'header', format: DUMP_FORMAT, version: 99 })], code: 'E_INPUT_FORMAT', message: /line 1/ },
    { name: 'not JSON', lines: [header, '{"kind":'], code: 'E_INPUT_FORMAT', message: /line 2: not JSON/ },
    { name: 'unknown kind', lines: [header, '{"kind":"story"}'], code: 'E_INPUT_FORMAT', message: /line 2: unknown kind "story"/ },
    { name: 'article without text', lines: [header, line({ text: undefined })], code: 'E_INPUT_FORMAT', message: /line 2: .*text/ },
    { name: 'extra field', lines: [header, line({ createdAt: 'x' })], code: 'E_INPUT_FORMAT', message: /line 2/ },
    { name: 'near-duplicate of nothing earlier', lines: [header, line({ nearDupOf: 42 })], code: 'E_INPUT_FORMAT', message: /nearDupOf 42/ },
    { name: 'same id twice', lines: [header, line({}), line({ contentHash: 'y' })], code: 'E_INPUT_FORMAT', message: /line 3: article id \d+ appears twice/ },
    { name: 'two headers', lines: [header, header], code: 'E_INPUT_FORMAT', message: /line 2: a second header/ },
  ];
  for (const c of cases) {
    const s = await openStore(':memory:');
    await assert.rejects(importDump(s, c.lines), (e: Error) => coded(c.code)(e) && (c.message?.test(e.message) ?? true), c.name);
    await s.close();
  }
});

const unavailable = await postgresUnavailable();
withPostgres(unavailable, 'dump across engines (SQLite → PostgreSQL → export)', () => {
  const schemas: string[] = [];
  after(() => dropSchemas(schemas));
  const pgStore = () => {
    const schema = testSchema('dump');
    schemas.push(schema);
    return openStore(testLocation(schema));
  };

  test('dump: SQLite → PostgreSQL → export is identical, and back to SQLite again', async () => {
    const lite = await openStore(sqlitePath());
    await fill(lite);
    const fromSqlite = await dumpOf(lite);
    const pg = await pgStore();
    await importDump(pg, fromSqlite);
    const fromPostgres = await dumpOf(pg);
    assert.equal(fromPostgres.length, fromSqlite.length);
    for (const [i, l] of fromSqlite.entries()) assert.deepEqual(JSON.parse(fromPostgres[i]!), JSON.parse(l), `row ${i}`);
    assert.deepEqual(fromPostgres, fromSqlite, 'byte for byte');
    const back = await openStore(sqlitePath());
    await importDump(back, fromPostgres);
    assert.deepEqual(await dumpOf(back), fromSqlite);
    await Promise.all([lite.close(), pg.close(), back.close()]);
  });
});
