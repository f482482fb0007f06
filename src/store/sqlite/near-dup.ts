/**
 * The near-duplicate LSH buckets in SQLite (table near_dup_bands, migration 4): writing an article's
 * bucket rows, and reading candidates and groups back. The store class and the backfill share these.
 */
import type Database from 'better-sqlite3';
import { NEAR_DUP_BUCKET_SCAN, nearDupBands, signatureHex } from '../near-dup.js';
import type { SignatureRow } from '../types.js';
import { statement } from './statements.js';
import { unpackText, type StoredText } from '../text-codec.js';

// the text gives back a signature stored as its mark (../near-dup.ts textSignatureMark)
const SIGNATURE_COLUMNS = 'id, signature, text, coalesce(near_dup_of, id) AS firstSeen';

// One statement per call (keys as a JSON array), so the 63 bucket probes run inside SQLite.
const PUT_FIRST_SEEN = 'INSERT OR IGNORE INTO near_dup_bands (band_key, article_id) SELECT value, @id FROM json_each(@keys)';
const PUT_COPY = `
  INSERT OR IGNORE INTO near_dup_bands (band_key, article_id)
  SELECT k.value, @id FROM json_each(@keys) k
  WHERE NOT EXISTS (
    SELECT 1 FROM near_dup_bands
    WHERE band_key = k.value AND article_id IN (SELECT @group UNION ALL SELECT id FROM articles WHERE near_dup_of = @group))`;
const CANDIDATES = `
  SELECT ${SIGNATURE_COLUMNS} FROM articles
  WHERE signature IS NOT NULL AND id IN (
    SELECT article_id FROM (
      SELECT article_id, row_number() OVER (PARTITION BY band_key ORDER BY article_id) AS nth
      FROM near_dup_bands WHERE band_key IN (SELECT value FROM json_each(@keys)))
    WHERE nth <= @scan)
  ORDER BY id`;
const GROUPS = `
  SELECT ${SIGNATURE_COLUMNS} FROM articles
  WHERE signature IS NOT NULL
    AND (id IN (SELECT value FROM json_each(@ids)) OR near_dup_of IN (SELECT value FROM json_each(@ids)))
  ORDER BY id`;

/**
 * Adds an article to its buckets. A first-seen copy (group null) goes in every bucket; a copy is left
 * out of buckets its group already holds, since one member per bucket is enough to find the group.
 */
export function writeBands(db: Database.Database, articleId: number, bands: readonly number[], group: number | null): void {
  if (bands.length === 0) return;
  const keys = JSON.stringify(bands);
  if (group === null) statement(db, PUT_FIRST_SEEN).run({ id: articleId, keys });
  else statement(db, PUT_COPY).run({ id: articleId, keys, group });
}

/** Articles sharing a bucket with the signature: per bucket the oldest NEAR_DUP_BUCKET_SCAN, each once. */
export function candidates(db: Database.Database, signature: string): SignatureRow[] {
  const bands = nearDupBands(signature);
  if (bands.length === 0) return [];
  return readSignatures(statement(db, CANDIDATES).all({ keys: JSON.stringify(bands), scan: NEAR_DUP_BUCKET_SCAN }) as StoredSignature[]);
}

/** A signature row as read: the signature as stored (bytes, or text). */
interface StoredSignature {
  readonly id: number;
  readonly signature: Buffer | string;
  readonly text: StoredText;
  readonly firstSeen: number;
}

function readSignatures(rows: readonly StoredSignature[]): SignatureRow[] {
  return rows.map((r) => ({ id: r.id, signature: signatureHex(r.signature, () => unpackText(r.text))!, firstSeen: r.firstSeen }));
}

/**
 * Removes an article's bucket rows, found by the keys of its stored signature (every row it has is
 * under one of them): near_dup_bands has no index by article (since migration 8; it cost as much as
 * the table) and no foreign key to cascade, so deleteArticle calls this first.
 */
export function deleteBands(db: Database.Database, articleId: number): void {
  const row = statement(db, 'SELECT signature, text FROM articles WHERE id = ?').get(articleId) as { signature: Buffer | string | null; text: StoredText } | undefined;
  if (!row) return;
  const hex = signatureHex(row.signature, () => unpackText(row.text));
  if (hex === null) return;
  let bands: number[];
  try {
    bands = nearDupBands(hex);
  } catch {
    return; // not a signature: it was never in a bucket
  }
  if (bands.length) statement(db, 'DELETE FROM near_dup_bands WHERE article_id = @id AND band_key IN (SELECT value FROM json_each(@keys))').run({ id: articleId, keys: JSON.stringify(bands) });
}

/** Every member with a signature of the groups whose first-seen copies are given. */
export function groups(db: Database.Database, firstSeen: readonly number[]): SignatureRow[] {
  if (firstSeen.length === 0) return [];
  return readSignatures(statement(db, GROUPS).all({ ids: JSON.stringify(firstSeen) }) as StoredSignature[]);
}

/** Rows read per step of the backfill, so a large store is never held in memory at once. */
const BACKFILL_BATCH = 500;

/**
 * Indexes articles stored before the buckets existed, oldest first (so first-seen copies take their
 * buckets before their copies, as on insert). Strings that are not signatures were never comparable
 * and stay out.
 */
export function backfillNearDupBands(db: Database.Database): void {
  const page = statement(db, 'SELECT id, signature, text, near_dup_of AS nearDupOf FROM articles WHERE signature IS NOT NULL AND id > ? ORDER BY id LIMIT ?');
  let after = 0;
  while (true) {
    const rows = page.all(after, BACKFILL_BATCH) as Array<{ id: number; signature: Buffer | string; text: StoredText; nearDupOf: number | null }>;
    if (rows.length === 0) return;
    for (const r of rows) {
      let bands: number[];
      try {
        bands = nearDupBands(signatureHex(r.signature, () => unpackText(r.text))!);
      } catch {
        continue;
      }
      writeBands(db, r.id, bands, r.nearDupOf);
    }
    after = rows[rows.length - 1]!.id;
  }
}
