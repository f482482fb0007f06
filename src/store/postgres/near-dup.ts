/**
 * The near-duplicate LSH buckets in PostgreSQL (table near_dup_keys, migration 19): writing an
 * article's keys and reading a signature's candidates, for the store and for the migration that
 * rebuilds them.
 *
 * One row per article with one int4 column per LSH band, each under a b-tree of its own, instead of
 * an int4[] under a GIN index (migrations 7-18). A GIN build leaves its entry pages about half empty
 * and pays an entry tuple for every distinct key, about 57 bytes a key for distinct articles: 63
 * keys came to 3.2 times a typical text's bytes. A b-tree entry of an int4 takes 20 bytes in pages a
 * build fills to 90 %, and the column names the band, so its value is the band's hash alone.
 */
import type pg from 'pg';
import { WiretraceError } from '../../errors.js';
import { NEAR_DUP_BUCKET_SCAN } from '../near-dup.js';

/** The key columns, one per LSH band (src/ingest/dedupe/minhash.ts LSH_BANDS; fixed by migration 19, a test checks they agree). */
export const BAND_COLUMNS: readonly string[] = Array.from({ length: 16 }, (_, i) => `band_${i}`);

/** Placeholders $from … for each band column. */
function params(from: number): string[] {
  return BAND_COLUMNS.map((_, i) => `$${from + i}::int`);
}

const COLUMNS = BAND_COLUMNS.join(', ');

const PUT_FIRST_SEEN = `INSERT INTO near_dup_keys (article_id, ${COLUMNS}) VALUES ($1, ${params(2).join(', ')}) ON CONFLICT DO NOTHING`;

// A copy keeps a band's key only where no member of its group holds the same key in that band.
const PUT_COPY = `
  WITH held AS (
    SELECT ${BAND_COLUMNS.map((c, i) => `bool_or(n.${c} = $${3 + i}::int) AS ${c}`).join(', ')}
    FROM near_dup_keys n
    WHERE n.article_id IN (SELECT $2::bigint UNION ALL SELECT id FROM articles WHERE near_dup_of = $2)),
  kept AS (
    SELECT ${BAND_COLUMNS.map((c, i) => `CASE WHEN held.${c} THEN NULL ELSE $${3 + i}::int END AS ${c}`).join(', ')} FROM held)
  INSERT INTO near_dup_keys (article_id, ${COLUMNS})
  SELECT $1, ${COLUMNS} FROM kept WHERE num_nonnulls(${COLUMNS}) > 0
  ON CONFLICT DO NOTHING`;

/**
 * As the SQLite store: a first-seen copy (group null) goes in every bucket; a copy only in buckets its
 * group lacks (a NULL in the others), since one member per bucket is enough to find the group.
 * `hashes` are nearDupBandHashes: one per band, or none for a text too short to compare.
 */
export async function writeBands(db: pg.ClientBase | pg.Pool, articleId: number, hashes: readonly number[], group: number | null): Promise<void> {
  if (!hashes.length) return;
  checkBandCount(hashes);
  if (group === null) await db.query(PUT_FIRST_SEEN, [articleId, ...hashes]);
  else await db.query(PUT_COPY, [articleId, group, ...hashes]);
}

/**
 * The ids of articles sharing a bucket with these band hashes: per band the oldest
 * NEAR_DUP_BUCKET_SCAN, each id once. An SQL condition on `id`, with its parameters after `offset`.
 */
export function candidateIds(hashes: readonly number[], offset: number): { readonly sql: string; readonly values: unknown[] } {
  checkBandCount(hashes);
  const scan = `$${offset + 1 + hashes.length}`;
  const sql = BAND_COLUMNS.map((c, i) => `(SELECT article_id FROM near_dup_keys WHERE ${c} = $${offset + 1 + i}::int ORDER BY article_id LIMIT ${scan})`).join(' UNION ');
  return { sql: `id IN (${sql})`, values: [...hashes, NEAR_DUP_BUCKET_SCAN] };
}

function checkBandCount(hashes: readonly number[]): void {
  if (hashes.length !== BAND_COLUMNS.length) throw new WiretraceError('E_STORE', `near-duplicate keys: ${hashes.length} band hashes for ${BAND_COLUMNS.length} columns`);
}

/** Migration 19's table, and its indexes (made after the backfill, so each is built in one pass). */
export const NEAR_DUP_KEYS_TABLE = `
  CREATE TABLE near_dup_keys (
    article_id  BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    ${BAND_COLUMNS.map((c) => `${c} INT`).join(', ')}
  )`;
export const NEAR_DUP_KEYS_INDEXES = BAND_COLUMNS.map((c) => `CREATE INDEX near_dup_keys_${c} ON near_dup_keys (${c}) WHERE ${c} IS NOT NULL`);
