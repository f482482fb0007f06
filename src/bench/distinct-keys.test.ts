import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openStore } from '../store/index.js';
import { madeUpKeys, sqliteDistinctKeyGrowth } from './suites/distinct-keys.js';

test('madeUpKeys: 63 distinct signed 32-bit keys, sorted, the same on every call, no key in two articles', () => {
  const a = madeUpKeys(0);
  const b = madeUpKeys(1);
  assert.equal(a.length, 63);
  assert.deepEqual(a, [...a].sort((x, y) => x - y));
  assert.equal(new Set(a).size, 63);
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
    assert.ok(some > 200 * 63 * 4, `${some} bytes for 200 articles`);
    const db = new Database(path, { readonly: true });
    const left = db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE tbl_name = 'bench_distinct_keys'`).get() as { n: number };
    db.close();
    assert.equal(left.n, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
