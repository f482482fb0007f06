/**
 * Every list the API serves reads its rows in order from an index: EXPLAIN QUERY PLAN shows no temp
 * B-tree for ORDER BY, so a page costs its rows, not a sort of the whole table. (Search ranks its matches
 * by relevance, which no index can give: it sorts the matches only, never the table.)
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openStore } from '../index.js';
import type { Store } from '../types.js';
import { LIST_ARTICLES_SQL } from './store.js';
import { LIST_STORIES_SQL, STORIES_WITH_KEY_SQL } from './stories.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-plans-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function connection(s: Store): Database.Database {
  return (s as unknown as { db: Database.Database }).db;
}

function plan(db: Database.Database, sql: string, params: readonly unknown[]): string[] {
  const stmt = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  return (stmt.all(params) as Array<{ detail: string }>).map((r) => r.detail);
}

/** The steps that sort rows outside an index (for ORDER BY, DISTINCT or GROUP BY). */
function problems(detail: readonly string[]): string[] {
  return detail.filter((d) => /TEMP B-TREE/.test(d));
}

test('plans: the article and story lists read from their indexes, with no temp B-tree', async () => {
  const store = await openStore(join(dir, 'plans.db'));
  const db = connection(store);
  const cases: Array<{ name: string; sql: string; params: unknown[] }> = [
    { name: 'GET /api/articles', sql: LIST_ARTICLES_SQL, params: [20, 0] },
    { name: 'GET /api/stories', sql: LIST_STORIES_SQL, params: [20, 0] },
    { name: 'GET /api/entities/:key (stories with a key)', sql: STORIES_WITH_KEY_SQL, params: ['per:kofi-mensah', 20, 0] },
  ];
  for (const c of cases) {
    const p = plan(db, c.sql, c.params);
    assert.deepEqual(problems(p), [], `${c.name}: ${p.join(' | ')}`);
  }
  await store.close();
});

test('plans: the checker flags the plans it exists to catch', async () => {
  const store = await openStore(join(dir, 'negative.db'));
  const db = connection(store);
  const cases: Array<{ name: string; sql: string; params: unknown[]; flagged: boolean }> = [
    // the order before migration 6's index: julianday over a column no index covers in this order
    { name: 'sort on an unindexed expression', sql: 'SELECT * FROM articles ORDER BY julianday(modified) DESC LIMIT ? OFFSET ?', params: [20, 0], flagged: true },
    { name: 'sort on an unindexed column', sql: 'SELECT * FROM articles ORDER BY title LIMIT ?', params: [20], flagged: true },
    { name: 'by primary key', sql: 'SELECT * FROM articles ORDER BY id DESC LIMIT ?', params: [20], flagged: false },
  ];
  for (const c of cases) {
    const p = plan(db, c.sql, c.params);
    assert.equal(problems(p).length > 0, c.flagged, `${c.name}: ${p.join(' | ')}`);
  }
  await store.close();
});
