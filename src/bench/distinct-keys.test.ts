import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import pg from 'pg';
import { dropSchemas, postgresUnavailable, testLocation, testSchema, TEST_PG_URL, withPostgres } from '../store/postgres/testing.js';
import { openStore } from '../store/index.js';
import { LSH_BANDS } from '../ingest/dedupe/minhash.js';
import { SAMPLE_ARTICLES, madeUpKeys, postgresDistinctKeyGrowth, sqliteDistinctKeyGrowth } from './suites/distinct-keys.js';

test('madeUpKeys: one key per LSH band, distinct signed 32-bit keys, sorted, the same on every call, no key in two articles', () => {
  const a = madeUpKeys(0);
  const b = madeUpKeys(1);
  assert.equal(a.length, LSH_BANDS);
  assert.deepEqual(a, [...a].sort((x, y) => x - y));
  assert.equal(new Set(a).size, LSH_BANDS);
  for (const k of a) assert.ok(Number.isInteger(k) && k >= -(2 ** 31) && k < 2 ** 31, String(k));
  assert.deepEqual(madeUpKeys(0), a);
  assert.equal(a.filter((k) => b.includes(k)).length, 0);
  assert.ok(a.some((k) => k < 0) && a.some((k) => k > 0), 'keys spread over the signed range');
});

test('sqliteDistinctKeyGrowth: grows with the articles added, and leaves no scratch table behind', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-distinct-keys-'));
  try {
    const path = join(dir, 'store.db');
    await (await openStore(path)).close();
    const none = sqliteDistinctKeyGrowth(path, [], 0);
    const some = sqliteDistinctKeyGrowth(path, [], 200);
    assert.equal(none, 0);
    assert.ok(some > 200 * LSH_BANDS * 4, `${some} bytes for 200 articles`);
    const twice = sqliteDistinctKeyGrowth(path, [], 400);
    assert.ok(Math.abs(twice - 2 * some) <= 1, `measured over ${SAMPLE_ARTICLES} articles and scaled: ${twice} bytes for 400 against ${some} for 200`);
    const db = new Database(path, { readonly: true });
    const left = db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE tbl_name = 'bench_distinct_keys'`).get() as { n: number };
    db.close();
    assert.equal(left.n, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const unavailable = await postgresUnavailable();
withPostgres(unavailable, 'postgresDistinctKeyGrowth', () => {
  test('postgresDistinctKeyGrowth: a b-tree entry per band and a row per article, scaled; no scratch table left', async () => {
    const schema = testSchema('distinctkeys');
    try {
      await (await openStore(testLocation(schema))).close();
      assert.equal(await postgresDistinctKeyGrowth(testLocation(schema), [], 0), 0);
      const some = await postgresDistinctKeyGrowth(testLocation(schema), [], 1000);
      // at least an entry (16 bytes and a line pointer) per band and a 24-byte row header per article; at most twice that
      assert.ok(some > 1000 * (LSH_BANDS * 20 + 24) && some < 2 * 1000 * (LSH_BANDS * 20 + 100), `${some} bytes for 1000 articles`);
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      const left = await client.query('SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2', [schema, 'bench_distinct_keys']);
      await client.end();
      assert.equal(left.rowCount, 0);
    } finally {
      await dropSchemas([schema]);
    }
  });
});
