/**
 * The near-duplicate LSH buckets in SQLite (table near_dup_bands, migration 4): writing an article's
 * bucket rows, and reading candidates and groups back. The store class and the backfill share these.
 */
import type Database from 'better-sqlite3';
import { NEAR_DUP_BUCKET_SCAN, nearDupBands } from '../near-dup.js';
import type { SignatureRow } from '../types.js';

const SIGNATURE_COLUMNS = 'id, signature, coalesce(near_dup_of, id) AS firstSeen';

/**
 * Adds an article to its buckets. A first-seen copy (group null) goes in every bucket; a copy is left
 * out of buckets its group already holds, since one member per bucket is enough to find the group.
 */
export function writeBands(db: Database.Database, articleId: number, bands: readonly number[], group: number | null): void {
  if (bands.length === 0) return;
  const put =
    group === null
      ? db.prepare('INSERT OR IGNORE INTO near_dup_bands (band_key, article_id) VALUES (@key, @id)')
      : db.prepare(
          `INSERT OR IGNORE INTO near_dup_bands (band_key, article_id)
           SELECT @key, @id WHERE NOT EXISTS (
             SELECT 1 FROM near_dup_bands
             WHERE band_key = @key AND article_id IN (SELECT @group UNION ALL SELECT id FROM articles WHERE near_dup_of = @group))`,
        );
  for (const key of bands) put.run(group === null ? { key, id: articleId } : { key, id: articleId, group });
}

/** Articles sharing a bucket with the signature: per bucket the oldest NEAR_DUP_BUCKET_SCAN, each once. */
export function candidates(db: Database.Database, signature: string): SignatureRow[] {
  const bands = nearDupBands(signature);
  if (bands.length === 0) return [];
  const bucket = db.prepare('SELECT article_id AS id FROM near_dup_bands WHERE band_key = ? ORDER BY article_id LIMIT ?').pluck();
  const ids = new Set<number>();
  for (const key of bands) for (const id of bucket.all(key, NEAR_DUP_BUCKET_SCAN) as number[]) ids.add(id);
  if (ids.size === 0) return [];
  return db
    .prepare(`SELECT ${SIGNATURE_COLUMNS} FROM articles WHERE id IN (SELECT value FROM json_each(?)) AND signature IS NOT NULL ORDER BY id`)
    .all(JSON.stringify([...ids])) as SignatureRow[];
}

/** Every member with a signature of the groups whose first-seen copies are given. */
export function groups(db: Database.Database, firstSeen: readonly number[]): SignatureRow[] {
  if (firstSeen.length === 0) return [];
  return db
    .prepare(
      `SELECT ${SIGNATURE_COLUMNS} FROM articles
       WHERE signature IS NOT NULL
         AND (id IN (SELECT value FROM json_each(@ids)) OR near_dup_of IN (SELECT value FROM json_each(@ids)))
       ORDER BY id`,
    )
    .all({ ids: JSON.stringify(firstSeen) }) as SignatureRow[];
}

/** Rows read per step of the backfill, so a large store is never held in memory at once. */
const BACKFILL_BATCH = 500;

/**
 * Indexes articles stored before the buckets existed, oldest first (so first-seen copies take their
 * buckets before their copies, as on insert). Strings that are not signatures were never comparable
 * and stay out.
 */
export function backfillNearDupBands(db: Database.Database): void {
  const page = db.prepare('SELECT id, signature, near_dup_of AS nearDupOf FROM articles WHERE signature IS NOT NULL AND id > ? ORDER BY id LIMIT ?');
  let after = 0;
  while (true) {
    const rows = page.all(after, BACKFILL_BATCH) as Array<{ id: number; signature: string; nearDupOf: number | null }>;
    if (rows.length === 0) return;
    for (const r of rows) {
      let bands: number[];
      try {
        bands = nearDupBands(r.signature);
      } catch {
        continue;
      }
      writeBands(db, r.id, bands, r.nearDupOf);
    }
    after = rows[rows.length - 1]!.id;
  }
}
