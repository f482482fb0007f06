/**
 * What only the SQLite engine promises (the behaviour common to both engines is in sqlite.contract.test.ts): the
 * connection settings, migrations on a file (modules, upgrades, refusals), the backfill of the
 * near-duplicate buckets, and two processes on one file (a killed writer, a concurrent copy).
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { findNearDuplicate } from '../../ingest/dedupe/near-dup.js';
import { LSH_BANDS, minhashSignature } from '../../ingest/dedupe/minhash.js';
import { contentHash } from '../../ingest/dedupe/content-hash.js';
import { article, coded, signatureOf, WIRE } from '../contract/fixtures.js';
import { openStore } from '../index.js';
import type { Migration, Store, StoreModule } from '../types.js';
import { CORE_MIGRATIONS, migrate } from './migrations.js';
import { nearDupBands } from '../near-dup.js';
import { checkBundledRows, oldLayerRows } from '../contract/layer-rows.js';
import { checkRebuiltArticles, checkStoredForms, oldArticles, unfoldedBands } from '../contract/rebuilt-rows.js';
import { writeBands } from './near-dup.js';
import { registerTextFunction } from './text-sql.js';
import { rebuiltAndHandDigests } from '../contract/stories.js';
import { checkSameCandidates, oldBandArticles, oldKeys } from '../contract/band-rows.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = (): string => join(dir, `w${++n}.db`);

/** The connection behind a store, for checks only this engine can make. */
function connection(s: Store): Database.Database {
  return (s as unknown as { db: Database.Database }).db;
}

function tables(db: Database.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((r) => r.name);
}

const mod = (name: string, migrations: Migration[]): StoreModule => ({ name, migrations: { sqlite: migrations } });

test('sqlite: a new file gets its directory, WAL, foreign keys, a busy timeout and every core migration, once', async () => {
  const path = join(dir, 'nested', 'deeper', 'w.db');
  const s1 = await openStore(path);
  assert.ok(existsSync(path), 'creates the directory and file');
  const db = connection(s1);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(db.pragma('busy_timeout', { simple: true }), 5000);
  const first = await s1.migrations();
  assert.deepEqual(first.map((m) => [m.module, m.id]), CORE_MIGRATIONS.map((m) => ['core', m.id]));
  await s1.insertArticle(article(), []);
  await s1.close();

  const s2 = await openStore(path);
  assert.deepEqual(await s2.migrations(), first, 're-open applies nothing new');
  assert.equal(await s2.countArticles(), 1, 'data survives re-open');
  assert.deepEqual(migrate(connection(s2)), [], 'migrate on a current database is a no-op');
  await s2.close();
});

test('sqlite: a database migrated by a newer wiretrace is refused; unknown modules are left alone', async () => {
  const path = freshPath();
  await (await openStore(path)).close();
  const raw = new Database(path);
  raw.prepare("INSERT INTO schema_migrations (module, id, name, applied_at) VALUES ('link', 7, 'stories', 'x')").run();
  raw.close();
  const s = await openStore(path);
  assert.equal((await s.migrations()).at(-1)?.module, 'link', 'a module this opener did not ask for is kept');
  await s.close();
  const cases: Array<{ name: string; row: [string, number]; modules: StoreModule[] }> = [
    { name: 'core from the future', row: ['core', 999], modules: [] },
    { name: 'a module from the future', row: ['link', 8], modules: [mod('link', [{ id: 7, name: 'stories', sql: 'SELECT 1' }])] },
  ];
  for (const c of cases) {
    const db = new Database(path);
    // eslint-disable-next-line no-restricted-syntax -- a two-value row
    db.prepare('INSERT INTO schema_migrations (module, id, name, applied_at) VALUES (?, ?, ?, ?)').run(...c.row, 'future', 'x');
    db.close();
    await assert.rejects(openStore(path, { modules: c.modules }), (e: unknown) => coded('E_STORE')(e) && /newer than this wiretrace/.test((e as Error).message), c.name);
    const undo = new Database(path);
    // eslint-disable-next-line no-restricted-syntax -- a two-value row
    undo.prepare('DELETE FROM schema_migrations WHERE module = ? AND id = ?').run(...c.row);
    undo.close();
  }
});

test('sqlite: modules add their own numbered migrations, applied after core and only once', async () => {
  const path = freshPath();
  // a module of its own tables (names the core schema does not use)
  const v1 = mod('plugin', [{ id: 1, name: 'notes', sql: 'CREATE TABLE plugin_notes (id INTEGER PRIMARY KEY, title TEXT)' }]);
  const s1 = await openStore(path, { modules: [v1] });
  assert.deepEqual((await s1.migrations()).filter((m) => m.module === 'plugin').map((m) => m.id), [1]);
  await s1.close();
  const v2 = mod('plugin', [...v1.migrations.sqlite, { id: 2, name: 'note articles', sql: 'CREATE TABLE plugin_note_articles (note_id INTEGER REFERENCES plugin_notes(id), article_id INTEGER REFERENCES articles(id))' }]);
  const s2 = await openStore(path, { modules: [v2] });
  assert.deepEqual((await s2.migrations()).filter((m) => m.module === 'plugin').map((m) => m.id), [1, 2]);
  assert.ok(tables(connection(s2)).includes('plugin_note_articles'));
  await s2.close();
  const refused: Array<{ name: string; modules: StoreModule[] }> = [
    { name: 'core is the store\'s own', modules: [mod('core', [])] },
    { name: 'a module twice', modules: [v1, v1] },
    { name: 'a nameless module', modules: [mod(' ', [])] },
    { name: 'ids out of order', modules: [mod('x', [{ id: 2, name: 'b', sql: 'SELECT 1' }, { id: 1, name: 'a', sql: 'SELECT 1' }])] },
    { name: 'a failing migration', modules: [mod('x', [{ id: 1, name: 'ok', sql: 'CREATE TABLE x_ok (a)' }, { id: 2, name: 'bad', sql: 'CREATE TABLE x_bad (a); NOT SQL' }])] },
  ];
  for (const c of refused) await assert.rejects(openStore(path, { modules: c.modules }), coded('E_STORE'), c.name);
  const raw = new Database(path);
  assert.ok(tables(raw).includes('x_ok') && !tables(raw).includes('x_bad'), 'the failed migration rolled back; the one before it stays');
  assert.deepEqual(raw.prepare("SELECT id FROM schema_migrations WHERE module = 'x'").pluck().all(), [1]);
  raw.close();
});

test('sqlite: a database from before modules and near-duplicate buckets is upgraded, and its copies are found', async () => {
  // Build what wiretrace wrote before: migrations 1-3 recorded in the old single-column table.
  const path = freshPath();
  const raw = new Database(path);
  raw.exec('CREATE TABLE schema_migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const m of CORE_MIGRATIONS.slice(0, 3)) {
    raw.exec(m.sql);
    raw.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, '2024-01-01T00:00:00.000Z');
  }
  const insert = raw.prepare(
    `INSERT INTO articles (content_hash, text, signature, near_dup_of, created_at) VALUES (?, ?, ?, ?, '2024-01-01T00:00:00.000Z')`,
  );
  insert.run('o', WIRE.original, signatureOf(WIRE.original), null);
  insert.run('twin', WIRE.original, signatureOf(WIRE.original), 1);
  insert.run('x', WIRE.other, signatureOf(WIRE.other), null);
  insert.run('junk', 'junk', 'not a signature', null);
  raw.close();

  const s = await openStore(path);
  const applied = await s.migrations();
  assert.deepEqual(applied.map((m) => [m.module, m.id]), CORE_MIGRATIONS.map((m) => ['core', m.id]));
  assert.equal(applied[0]!.appliedAt, '2024-01-01T00:00:00.000Z', 'old records keep their dates');
  assert.deepEqual((await s.nearDupCandidates(signatureOf(WIRE.original))).map((r) => r.id), [1], 'the twin stays out of its group\'s buckets');
  const match = await findNearDuplicate(s, minhashSignature(WIRE.copy));
  assert.deepEqual([match?.id, match?.firstSeen], [1, 1], 'a new copy finds the stored original');
  await s.close();
});

/** Runs writer.ts in a child process; resolves each line it prints, in order. */
function writer(args: string[]): { lines: AsyncIterator<string>; kill(): void; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'testdata', 'writer.ts'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { lines, kill: () => child.kill('SIGKILL'), exited };
}

test('sqlite: a process killed inside a transaction leaves nothing behind, and the file stays writable', async () => {
  const path = freshPath();
  await (await openStore(path)).close();
  const w = writer([path, 'hang']);
  assert.equal((await w.lines.next()).value, 'inserted');
  w.kill();
  await w.exited;
  const s = await openStore(path);
  assert.equal(await s.countArticles(), 0);
  assert.equal(await s.findByContentHash('killed'), null);
  assert.equal((await s.insertArticle(article({ contentHash: 'killed' }), [])).created, true, 'the lock died with the process');
  await s.close();
});

test('sqlite: two processes on one file share the near-duplicate index; a copy stored meanwhile waits and finds the original', async () => {
  const path = freshPath();
  const copyFile = join(dir, 'copy.txt');
  writeFileSync(copyFile, WIRE.copy);
  const s = await openStore(path);
  let child: ReturnType<typeof writer> | null = null;
  const original = await s.transaction(async (tx) => {
    const r = await tx.insertArticle(article({ contentHash: 'original', text: WIRE.original, signature: signatureOf(WIRE.original) }), []);
    // The other process opens the file and asks for the write lock while this transaction holds it.
    child = writer([path, 'copy', copyFile]);
    assert.equal((await child.lines.next()).value, 'opened');
    return r.id;
  });
  const w = child as unknown as ReturnType<typeof writer>;
  const result = JSON.parse((await w.lines.next()).value as string) as { id: number; nearDupOf: number | null };
  assert.equal(await w.exited, 0);
  assert.deepEqual(result, { id: original + 1, nearDupOf: original });
  assert.equal((await s.getArticle(result.id))?.nearDupOf, original, 'this process reads what the other wrote');
  await s.close();
});

/** Reads lines until one equals `want` (or the stream ends); returns whether it came. */
async function waitFor(lines: AsyncIterator<string>, want: string): Promise<boolean> {
  for (let r = await lines.next(); !r.done; r = await lines.next()) if (r.value === want) return true;
  return false;
}

/** Every batch article stored, once each, and nothing else. */
function assertBatch(path: string, count: number): void {
  const raw = new Database(path, { readonly: true });
  try {
    assert.deepEqual(raw.pragma('integrity_check'), [{ integrity_check: 'ok' }]);
    const hashes = (raw.prepare('SELECT content_hash AS h FROM articles').all() as Array<{ h: string }>).map((r) => r.h);
    assert.equal(hashes.length, count, 'no duplicates');
    assert.deepEqual(new Set(hashes), new Set(Array.from({ length: count }, (_, i) => `batch-${i}`)), 'none missing');
    const layerless = raw.prepare('SELECT count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM layer_bundles l WHERE l.article_id = a.id)').get() as { n: number };
    assert.equal(layerless.n, 0, 'no article without its layers');
  } finally {
    raw.close();
  }
}

test('sqlite: an ingest process killed mid-batch leaves an intact file; a re-run completes with no duplicates and none missing', async () => {
  const path = freshPath();
  await (await openStore(path)).close();
  const first = writer([path, 'batch', '0', '300']);
  assert.ok(await waitFor(first.lines, 'stored 40'), 'the batch got going');
  first.kill();
  assert.equal(await first.exited, null, 'killed, not finished');
  const again = writer([path, 'batch', '0', '300']);
  assert.ok(await waitFor(again.lines, 'done'));
  assert.equal(await again.exited, 0);
  assertBatch(path, 300);
});

test('sqlite: two processes ingesting overlapping batches into one file both finish, with no SQLITE_BUSY and nothing lost', async () => {
  const path = freshPath();
  await (await openStore(path)).close();
  const [a, b] = [writer([path, 'batch', '0', '200']), writer([path, 'batch', '100', '300'])];
  const [doneA, doneB] = await Promise.all([waitFor(a.lines, 'done'), waitFor(b.lines, 'done')]);
  assert.deepEqual([doneA, doneB, await a.exited, await b.exited], [true, true, 0, 0], 'both finished (a SQLITE_BUSY would have killed one)');
  assertBatch(path, 300);
});

test('sqlite: two connections in one process see each other\'s articles without any cache', async () => {
  const path = freshPath();
  const [a, b] = [await openStore(path), await openStore(path)];
  assert.equal(await findNearDuplicate(b, minhashSignature(WIRE.copy)), null, 'nothing stored yet');
  const { id } = await a.insertArticle(article({ text: WIRE.original, signature: signatureOf(WIRE.original) }), []);
  assert.equal((await findNearDuplicate(b, minhashSignature(WIRE.copy)))?.firstSeen, id);
  await Promise.all([a.close(), b.close()]);
});

test('sqlite: migrate refuses migrations out of order, and a failing one leaves no trace of itself', () => {
  const db = new Database(':memory:');
  assert.throws(() => migrate(db, [{ name: 't', migrations: [{ id: 2, name: 'b', sql: '' }, { id: 1, name: 'a', sql: '' }] }]), coded('E_STORE'));
  assert.throws(() => migrate(db, [{ name: 't', migrations: [{ id: 1, name: 'ok', sql: 'CREATE TABLE a (x)' }, { id: 2, name: 'bad', sql: 'CREATE TABLE b (x); NOT SQL' }] }]));
  assert.ok(tables(db).includes('a'));
  assert.ok(!tables(db).includes('b'), 'the failed migration rolled back');
  assert.deepEqual(db.prepare('SELECT module, id FROM schema_migrations').all(), [{ module: 't', id: 1 }]);
  db.close();
});

test('sqlite: layers, digests and story states stored as JSON text before migration 7 still read; new writes are packed; unknown data is refused', async () => {
  const path = freshPath();
  const raw = new Database(path);
  migrate(raw, [{ name: 'core', migrations: CORE_MIGRATIONS.filter((m) => m.id < 7) }]);
  raw.prepare(`INSERT INTO articles (content_hash, text, created_at) VALUES ('h', 'Talks resume.', '2024-01-01T00:00:00.000Z')`).run();
  const put = raw.prepare(`INSERT INTO layers (article_id, name, annotator, version, data, position, created_at) VALUES (1, ?, 'text', '1.0.0', ?, ?, '2024-01-01T00:00:00.000Z')`);
  put.run('tokens', '[{"start":0,"end":5,"kind":"word"},{"start":6,"end":12,"kind":"word"}]', 0);
  put.run('paragraphs', '[]', 1);
  raw.prepare(`INSERT INTO link_reports (article_id, digest, terms, seq) VALUES (1, '{"day":"2024-01-01","terms":{"talks":2}}', '["talks"]', 1)`).run();
  raw.prepare(`INSERT INTO link_terms (term, df) VALUES ('talks', 1)`).run();
  raw.prepare(`INSERT INTO stories (id, title, first_date, last_date, state, updated_at) VALUES (5, 'Talks', '2024-01-01', '2024-01-02', '{"reports":[1],"zeta":0,"alpha":1}', 'x')`).run();
  raw.prepare(`INSERT INTO story_keys (key, story_id, last_date) VALUES ('per:envoy', 5, '2024-01-02'), ('loc:geneva', 5, '2024-01-02')`).run();
  raw.prepare(`INSERT INTO story_articles (article_id, story_id) VALUES (1, 5)`).run();
  raw.close();

  const s = await openStore(path);
  try {
    const story = await s.getStory(5);
    assert.deepEqual(story && [JSON.stringify(story.state), story.keys, story.articles], ['{"reports":[1],"zeta":0,"alpha":1}', ['loc:geneva', 'per:envoy'], [1]], 'a story keeps its state and indexes through the rebuild');
    assert.deepEqual(await s.linkedReports([1]), [{ day: '2024-01-01', terms: { talks: 2 } }]);
    assert.deepEqual(await s.removeLinkedReport(1), { day: '2024-01-01', terms: { talks: 2 } }, 'an old digest and term list are read to remove them');
    assert.equal((await s.termFrequencies(['talks'])).get('talks'), 0, 'the old term list was read');
    await s.addLinkedReport(1, { day: '2024-01-02' }, ['talks', 'rain']);
    await s.removeLinkedReport(1);
    assert.deepEqual([...(await s.termFrequencies(['talks', 'rain'])).values()], [0, 0], 'a packed term list reads back too');
    const old = await s.getLayers(1);
    assert.deepEqual(old.map((l) => [l.name, l.version, JSON.stringify(l.data)]), [
      ['tokens', '1.0.0', '[{"start":0,"end":5,"kind":"word"},{"start":6,"end":12,"kind":"word"}]'],
      ['paragraphs', '1.0.0', '[]'],
    ]);
    await s.putLayers(1, [{ name: 'paragraphs', annotator: 'text', version: '1.1.0', data: [{ start: 0, end: 13 }] }]);
    assert.deepEqual((await s.getLayers(1, ['paragraphs']))[0]?.data, [{ start: 0, end: 13 }]);
  } finally {
    await s.close();
  }
  const check = new Database(path);
  assert.deepEqual(check.prepare('SELECT article_id AS a, typeof(data) AS kind FROM layer_bundles').all(), [{ a: 1, kind: 'blob' }], 'the rows became one bundle (migration 9)');
  check.prepare("UPDATE layer_bundles SET data = x'07000102' WHERE article_id = 1").run();
  check.close();
  const again = await openStore(path);
  try {
    await assert.rejects(again.getLayers(1), coded('E_STORE'), 'data in an unknown format is refused, not guessed at');
  } finally {
    await again.close();
  }
});

test('sqlite: layer rows written before migration 9 read back the same from their bundle, in the same order; the per-layer table goes', async () => {
  const path = freshPath();
  const raw = new Database(path);
  migrate(raw, [{ name: 'core', migrations: CORE_MIGRATIONS.filter((m) => m.id < 9) }]);
  const put = raw.prepare(`INSERT INTO articles (content_hash, text, created_at) VALUES (?, 'Talks resume.', '2024-01-01T00:00:00.000Z')`);
  const ids = ['h1', 'h2', 'h3'].map((h) => Number(put.run(h).lastInsertRowid)) as [number, number, number];
  const layer = raw.prepare('INSERT INTO layers (article_id, name, annotator, version, data, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  for (const { article: i, row: r } of oldLayerRows()) layer.run(ids[i], r.name, r.annotator, r.version, r.data, r.position, r.createdAt);
  raw.close();
  const s = await openStore(path);
  try {
    await checkBundledRows(s, ids);
  } finally {
    await s.close();
  }
  const check = new Database(path, { readonly: true });
  assert.ok(!tables(check).includes('layers'), 'the per-layer table is gone');
  assert.deepEqual(check.prepare('SELECT article_id AS id FROM layer_bundles ORDER BY id').all(), [{ id: ids[0] }, { id: ids[2] }]);
  check.close();
});

test('sqlite: signatures stored in hex before migration 8 read back the same; buckets keep working without their index by article', async () => {
  const path = freshPath();
  const raw = new Database(path);
  migrate(raw, [{ name: 'core', migrations: CORE_MIGRATIONS.filter((m) => m.id < 8) }]);
  const lower = signatureOf(WIRE.original);
  const upper = signatureOf(WIRE.other).toUpperCase();
  const put = raw.prepare(`INSERT INTO articles (content_hash, text, signature, created_at) VALUES (?, 'Talks resume.', ?, '2024-01-01T00:00:00.000Z')`);
  const ids = [lower, upper, 'not a signature', null].map((sig, i) => Number(put.run(`h${i}`, sig).lastInsertRowid));
  writeBands(raw, ids[0]!, nearDupBands(lower), null);
  writeBands(raw, ids[1]!, nearDupBands(upper), null);
  raw.close();

  const s = await openStore(path);
  let added = 0;
  try {
    assert.deepEqual(await Promise.all(ids.map(async (id) => (await s.getArticle(id))?.signature)), [lower, upper, 'not a signature', null], 'each signature reads back as written');
    assert.deepEqual((await s.nearDupCandidates(signatureOf(WIRE.copy))).map((r) => [r.id, r.signature]), [[ids[0], lower]], 'a copy finds the original through the kept buckets');
    added = (await s.insertArticle(article({ contentHash: 'new', signature: signatureOf(WIRE.copy) }), [])).id;
    assert.equal((await s.getArticle(added))?.signature, signatureOf(WIRE.copy));
    assert.ok(await s.deleteArticle(ids[0]!));
    assert.ok(await s.deleteArticle(ids[2]!), 'an article whose signature is not one deletes too');
    assert.deepEqual((await s.nearDupCandidates(signatureOf(WIRE.original))).map((r) => r.id), [added], 'a deleted article leaves its buckets');
  } finally {
    await s.close();
  }
  const check = new Database(path, { readonly: true });
  assert.deepEqual(check.prepare('SELECT id, typeof(signature) AS kind FROM articles ORDER BY id').all(), [
    { id: ids[1], kind: 'text' },
    { id: ids[3], kind: 'null' },
    { id: added, kind: 'blob' },
  ], 'lower-case hex is kept as bytes, any other spelling as text');
  assert.deepEqual(check.prepare('SELECT DISTINCT article_id AS a FROM near_dup_bands ORDER BY a').all(), [{ a: ids[1] }, { a: added }], 'no bucket row outlives its article');
  assert.ok(!check.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").all().some((r) => (r as { name: string }).name === 'near_dup_bands_article'));
  check.close();
});

test('sqlite: migrations 10 and 11 keep a signature of the article\'s own text as a mark, rebuild text layers and fold bucket keys, reading back the same', async () => {
  const path = freshPath();
  const raw = new Database(path);
  migrate(raw, [{ name: 'core', migrations: CORE_MIGRATIONS.filter((m) => m.id < 10) }]);
  const old = oldArticles();
  const put = raw.prepare(`INSERT INTO articles (content_hash, text, signature, created_at) VALUES (?, ?, ?, '2024-01-01T00:00:00.000Z')`);
  const bundle = raw.prepare('INSERT INTO layer_bundles (article_id, data) VALUES (?, ?)');
  const ids = old.map((a, i) => {
    const id = Number(put.run(`h${i}`, a.text, a.signature === null ? null : Buffer.from(a.signature, 'hex')).lastInsertRowid);
    if (a.bundle) bundle.run(id, a.bundle);
    if (a.signature) writeBands(raw, id, unfoldedBands(a.signature), null); // keys as before migration 11
    return id;
  });
  raw.close();
  const s = await openStore(path);
  try {
    await checkRebuiltArticles(s, ids, old);
  } finally {
    await s.close();
  }
  const check = new Database(path, { readonly: true });
  const forms = ids.map((id) => check.prepare('SELECT length(a.signature) AS signatureBytes, unicode(b.data) AS format FROM articles a LEFT JOIN layer_bundles b ON b.article_id = a.id WHERE a.id = ?').get(id));
  check.close();
  checkStoredForms(forms as Array<{ signatureBytes: number | null; format: number | null }>, old);
});

test('sqlite: texts stored before migration 12 read back identically once packed, and search finds and quotes the same', async () => {
  // the same articles: written at migration 11 (plain text) and then upgraded, and written fresh
  const texts = [WIRE.original, WIRE.other, 'Short note.', `Zürich talks: ${WIRE.other} Ünïcode — “quoted” ✓`];
  const articles = texts.map((text, i) => article({ contentHash: `t${i}`, title: i % 2 ? null : `Title ${i} talks`, text, signature: null }));
  const upgraded = freshPath();
  const raw = new Database(upgraded);
  migrate(raw, [{ name: 'core', migrations: CORE_MIGRATIONS.filter((m) => m.id < 12) }]);
  raw.close();
  // the article rows written the way the store wrote them before: plain text
  const atEleven = new Database(upgraded);
  const put = atEleven.prepare(`INSERT INTO articles (content_hash, title, text, created_at) VALUES (?, ?, ?, '2024-01-01T00:00:00.000Z')`);
  for (const a of articles) put.run(a.contentHash, a.title, a.text);
  atEleven.close();
  const fresh = await openStore(freshPath());
  for (const a of articles) await fresh.insertArticle(a, []);
  const s = await openStore(upgraded);
  try {
    for (let id = 1; id <= articles.length; id++) assert.equal((await s.getArticle(id))!.text, texts[id - 1], `article ${id} reads back its text`);
    for (const q of ['talks', '"Ünïcode"', 'quot*', 'geneva OR zürich', 'note -talks']) {
      const [a, b] = [await s.search(q), await fresh.search(q)];
      const shape = (p: typeof a): unknown => p.items.map((i) => [i.article.contentHash, i.snippet, i.highlights, i.score.toFixed(6)]);
      assert.deepEqual(shape(a), shape(b), `search ${q}: the same hits, order, snippets and scores`);
      assert.equal(a.total, b.total);
    }
    const db = connection(s);
    assert.deepEqual(db.prepare('SELECT typeof(text) FROM articles ORDER BY id').pluck().all(), ['blob', 'blob', 'text', 'blob'], 'a short text stays text');
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal(await s.deleteArticle(1), true);
    assert.equal((await s.search('"Geneva"')).items.some((i) => i.article.id === 1), false, 'a deleted article leaves the index');
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
  } finally {
    await s.close();
    await fresh.close();
  }
});

test('sqlite: a digest the store rebuilds is one byte; digests stored before migration 13 are marked by it, others kept', async () => {
  const path = freshPath();
  const s = await openStore(path);
  let ids: number[];
  let expected: unknown[];
  try {
    const linked = await rebuiltAndHandDigests(s);
    ({ ids, expected } = linked);
    const db = connection(s);
    const sizes = (): number[] => db.prepare('SELECT length(digest) FROM link_reports ORDER BY article_id').pluck().all() as number[];
    assert.equal(sizes()[0], 1, 'the rebuilt digest is its mark');
    assert.ok(sizes()[1]! > 1, 'a digest by hand is stored whole');
    // as the store wrote them before migration 13: every digest whole
    db.prepare('UPDATE link_reports SET digest = ? WHERE article_id = ?').run(linked.whole, ids[0]);
    db.prepare("DELETE FROM schema_migrations WHERE module = 'core' AND id = 13").run();
    assert.ok(sizes()[0]! > 1);
  } finally {
    await s.close();
  }
  const again = await openStore(path);
  try {
    assert.deepEqual(again.migratedOnOpen.map((m) => m.id), [13]);
    assert.deepEqual(connection(again).prepare('SELECT length(digest) FROM link_reports ORDER BY article_id').pluck().all().map((n) => (n as number) === 1), [true, false]);
    assert.deepEqual(await again.linkedReports(ids), expected, 'every digest reads back as written');
  } finally {
    await again.close();
  }
});

test('sqlite: content hashes are stored as digest bytes; hashes stored before migration 14 are converted, others kept', async () => {
  const ingestHash = contentHash('Talks resume in Geneva.');
  const hashes = [ingestHash, 'h-by-hand', ingestHash.toUpperCase(), `${ingestHash}#2`];
  const path = freshPath();
  const raw = new Database(path);
  registerTextFunction(raw);
  migrate(raw, [{ name: 'core', migrations: CORE_MIGRATIONS.filter((m) => m.id < 14) }]);
  const put = raw.prepare(`INSERT INTO articles (content_hash, text, created_at) VALUES (?, 'Talks resume.', '2024-01-01T00:00:00.000Z')`);
  for (const h of hashes) put.run(h);
  raw.close();
  const s = await openStore(path);
  try {
    assert.deepEqual(s.migratedOnOpen.map((m) => m.id), [14, 15, 16]);
    const db = connection(s);
    assert.deepEqual(db.prepare('SELECT typeof(content_hash) || length(content_hash) FROM articles ORDER BY id').pluck().all(), ['blob32', 'text9', 'text71', 'text73']);
    for (const [i, h] of hashes.entries()) {
      assert.equal((await s.getArticle(i + 1))!.contentHash, h, `article ${i + 1} reads back its hash`);
      assert.equal((await s.findByContentHash(h))?.id, i + 1, `found by ${h}`);
      assert.deepEqual(await s.insertArticle(article({ contentHash: h, text: 'Other words entirely.' }), []), { id: i + 1, created: false, matchedBy: 'content_hash' });
    }
    assert.equal(await s.findByContentHash(contentHash('Another report.')), null);
    const { id } = await s.insertArticle(article({ contentHash: contentHash('Another report.'), text: 'Another report.' }), []);
    assert.equal(db.prepare('SELECT length(content_hash) FROM articles WHERE id = ?').pluck().get(id), 32, 'a new ingest hash is written as its digest');
    assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  } finally {
    await s.close();
  }
});

test('sqlite: creation times are six bytes; times stored before migration 15 are converted, others kept; full-text segments merge two at a time', async () => {
  const times = ['2024-01-01T00:00:00.000Z', '1969-12-31T23:59:59.500Z', '2024-02-30T00:00:00.000Z', '2024-01-01 00:00:00', '9999-12-31T23:59:59.999Z', 'yesterday'];
  const path = freshPath();
  const raw = new Database(path);
  registerTextFunction(raw);
  migrate(raw, [{ name: 'core', migrations: CORE_MIGRATIONS.filter((m) => m.id < 15) }]);
  const put = raw.prepare(`INSERT INTO articles (content_hash, text, created_at) VALUES (?, 'Talks resume.', ?)`);
  for (const [i, t] of times.entries()) put.run(`h${i}`, t);
  raw.close();
  const s = await openStore(path);
  try {
    assert.deepEqual(s.migratedOnOpen.map((m) => m.id), [15, 16]);
    const db = connection(s);
    assert.deepEqual(db.prepare('SELECT typeof(created_at) FROM articles ORDER BY id').pluck().all(), ['blob', 'blob', 'text', 'text', 'text', 'text'], 'only real dates in the store\'s own spelling are converted');
    for (const [i, t] of times.entries()) assert.equal((await s.getArticle(i + 1))!.createdAt, t, `article ${i + 1} reads back its time`);
    assert.equal((await s.search('talks')).total, 6, 'the index still finds every row');
    const before = Date.now();
    const { id } = await s.insertArticle(article({ contentHash: 'new', text: 'Another report.' }), []);
    const stored = (await s.getArticle(id))!.createdAt;
    assert.equal(db.prepare('SELECT length(created_at) FROM articles WHERE id = ?').pluck().get(id), 6);
    assert.match(stored, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.ok(Date.parse(stored) >= before - 1 && Date.parse(stored) <= Date.now() + 1, 'stamped now');
    assert.equal(db.prepare("SELECT v FROM articles_fts_config WHERE k = 'automerge'").pluck().get(), 2);
    db.exec("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)");
  } finally {
    await s.close();
  }
});

test('sqlite: migration 16 writes the buckets again as 16 bands of one hash; the store finds what a fresh one finds', async () => {
  const path = freshPath();
  const raw = new Database(path);
  registerTextFunction(raw);
  migrate(raw, [{ name: 'core', migrations: CORE_MIGRATIONS.filter((m) => m.id < 16) }]);
  const old = oldBandArticles();
  const put = raw.prepare(`INSERT INTO articles (content_hash, text, signature, near_dup_of, created_at) VALUES (?, ?, ?, ?, '2024-01-01T00:00:00.000Z')`);
  const band = raw.prepare('INSERT INTO near_dup_bands (band_key, article_id) VALUES (?, ?)');
  const ids: number[] = [];
  for (const [i, a] of old.entries()) {
    ids.push(Number(put.run(`h${i}`, a.text, a.signature, a.copyOf === null ? null : ids[a.copyOf]!).lastInsertRowid));
    if (a.signature !== null) for (const k of oldKeys(i)) band.run(k, ids[i]!);
  }
  raw.close();
  const s = await openStore(path);
  const fresh = await openStore(':memory:');
  try {
    assert.deepEqual(s.migratedOnOpen.map((m) => m.id), [16]);
    const rows = connection(s).prepare('SELECT article_id AS id, count(*) AS n FROM near_dup_bands GROUP BY article_id ORDER BY article_id').all() as Array<{ id: number; n: number }>;
    assert.equal(rows.find((r) => r.id === ids[0])?.n, LSH_BANDS, 'a first-seen article: one key a band');
    assert.ok((rows.find((r) => r.id === ids[1])?.n ?? 0) < LSH_BANDS, 'a copy: only the keys its group lacks');
    assert.deepEqual(rows.map((r) => r.id).filter((id) => id > ids[2]!), [], 'no keys for a non-signature, none left of the old ones');
    await checkSameCandidates(s, ids, fresh, old);
  } finally {
    await fresh.close();
    await s.close();
  }
});
