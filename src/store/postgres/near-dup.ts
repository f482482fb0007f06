/**
 * The near-duplicate LSH buckets in PostgreSQL (table near_dup_keys): writing an article's keys, for
 * the store and for the migration that rebuilds them.
 */
import type pg from 'pg';

/**
 * As the SQLite store: a first-seen copy goes in every bucket; a copy only in buckets its group lacks.
 * Buckets are one row per article with its keys (GIN-indexed, migration 7; int4 keys since migration 10), not a row per bucket.
 */
export async function writeBands(db: pg.ClientBase | pg.Pool, articleId: number, bands: readonly number[], group: number | null): Promise<void> {
  if (!bands.length) return;
  if (group === null) {
    await db.query('INSERT INTO near_dup_keys (article_id, band_keys) VALUES ($2, $1::int[]) ON CONFLICT DO NOTHING', [[...bands], articleId]);
    return;
  }
  await db.query(
    `WITH held AS (
       SELECT coalesce(array_agg(k), '{}') AS ks FROM near_dup_keys n, unnest(n.band_keys) AS k
       WHERE n.article_id IN (SELECT $3::bigint UNION ALL SELECT id FROM articles WHERE near_dup_of = $3)),
     kept AS (
       SELECT array(SELECT u.k FROM unnest($1::int[]) WITH ORDINALITY AS u(k, i), held WHERE u.k <> ALL(held.ks) ORDER BY u.i) AS ks)
     INSERT INTO near_dup_keys (article_id, band_keys) SELECT $2, ks FROM kept WHERE cardinality(ks) > 0
     ON CONFLICT DO NOTHING`,
    [[...bands], articleId, group],
  );
}

