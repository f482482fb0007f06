/**
 * What the near-duplicate bucket keys cost when further articles are distinct (issue 16, part 6).
 *
 * The storage suite's growth figure stores the shipped reports again as new articles. Their texts are
 * the same, so their LSH bucket keys are the same values as the originals'. An index that keeps each
 * distinct key once (PostgreSQL's GIN, which held the keys until migration 19; a b-tree's
 * deduplication of equal keys since) makes a copy cheaper than a distinct article, and a store of a
 * million different reports is the second case. This estimate puts the keys of the first fill into a
 * scratch table of the same definition, compacts it, adds as many articles as the copies with keys of
 * their own (one per LSH band, a fixed hash sequence, so every run is the same), compacts again and
 * returns the growth in bytes. The scratch table is dropped.
 *
 * At least SAMPLE_ARTICLES are added and the growth scaled to the articles asked for: with one key
 * per band in an index of its own (PostgreSQL since migration 19), the 670 articles of the bench's
 * copies put about two pages of entries into each of 16 small b-trees, which grow by whole pages and
 * gain an inner page, so page rounding alone was a third of the figure; what a large store pays per
 * article is the growth over many.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { LSH_BANDS } from '../../ingest/dedupe/minhash.js';
import { BAND_COLUMNS } from '../../store/postgres/near-dup.js';
import { parseLocation } from '../../store/postgres/store.js';

/** Keys per article, as src/store/near-dup.ts makes them (one per LSH band). */
const KEYS_PER_ARTICLE = LSH_BANDS;
const SCRATCH = 'bench_distinct_keys';
/** Made-up articles added at the least, so page rounding is a small part of the growth. */
export const SAMPLE_ARTICLES = 10_000;
/** Rows a made-up insert statement carries. */
const INSERT_BATCH = 1_000;
/** Article ids of the made-up articles: far above any id the bench's store holds. */
const FIRST_MADE_UP_ID = 1_000_000_000;

/** A fixed 32-bit mix of an integer (signed, as the stores keep keys), so made-up keys spread as real hashes do. */
export function madeUpKey(n: number): number {
  let x = Math.imul(n ^ (n >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) | 0;
}

/** The made-up keys of the nth added article, sorted. */
export function madeUpKeys(article: number): number[] {
  const keys: number[] = [];
  for (let i = 0; i < KEYS_PER_ARTICLE; i++) keys.push(madeUpKey(article * KEYS_PER_ARTICLE + i));
  return keys.sort((a, b) => a - b);
}

/** The growth measured over `sample` made-up articles, scaled to `added`. */
function scaled(bytes: number, added: number, sample: number): number {
  return sample === 0 ? 0 : Math.round((bytes * added) / sample);
}

/** Growth in bytes of a PostgreSQL store's near_dup_keys (heap and indexes) for `added` distinct articles. */
export async function postgresDistinctKeyGrowth(location: string, firstIds: readonly number[], added: number): Promise<number> {
  const { connectionString, schema } = parseLocation(location);
  const client = new pg.Client({ connectionString });
  await client.connect();
  const table = `${schema}.${SCRATCH}`;
  const size = async (): Promise<number> => {
    await client.query(`VACUUM FULL ${table}`);
    const r = await client.query<{ n: string }>('SELECT pg_total_relation_size($1::regclass) AS n', [table]);
    return Number(r.rows[0]!.n);
  };
  try {
    await client.query(`DROP TABLE IF EXISTS ${table}`);
    await client.query(`CREATE TABLE ${table} (LIKE ${schema}.near_dup_keys INCLUDING ALL)`);
    await client.query(`INSERT INTO ${table} SELECT * FROM ${schema}.near_dup_keys WHERE article_id = ANY($1::bigint[])`, [[...firstIds]]);
    const before = await size();
    // one key per band column, as ../../store/postgres/near-dup.ts writes a first-seen article
    const put = `INSERT INTO ${table} (article_id, ${BAND_COLUMNS.join(', ')})
      SELECT * FROM unnest($1::bigint[], ${BAND_COLUMNS.map((_, i) => `$${i + 2}::int[]`).join(', ')})`;
    const sample = added === 0 ? 0 : Math.max(added, SAMPLE_ARTICLES);
    for (let from = 0; from < sample; from += INSERT_BATCH) {
      const articles = Array.from({ length: Math.min(INSERT_BATCH, sample - from) }, (_, i) => from + i);
      const keys = articles.map(madeUpKeys);
      await client.query(put, [articles.map((a) => FIRST_MADE_UP_ID + a), ...BAND_COLUMNS.map((_, band) => keys.map((k) => k[band]!))]);
    }
    const after = await size();
    return scaled(after - before, added, sample);
  } finally {
    await client.query(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
    await client.end();
  }
}

/** Growth in bytes of a SQLite store's near_dup_bands (its b-trees) for `added` distinct articles. */
export function sqliteDistinctKeyGrowth(path: string, firstIds: readonly number[], added: number): number {
  const db = new Database(path, { fileMustExist: true });
  const size = (): number => {
    db.exec('VACUUM');
    const r = db.prepare(`SELECT coalesce(sum(d.pgsize), 0) AS n FROM dbstat d JOIN sqlite_schema s ON s.name = d.name WHERE s.tbl_name = ?`).get(SCRATCH) as { n: number };
    return r.n;
  };
  try {
    // the same definition as the store's table and indexes, under the scratch name
    const defs = db.prepare(`SELECT sql FROM sqlite_schema WHERE tbl_name = 'near_dup_bands' AND sql IS NOT NULL ORDER BY type = 'index'`).all() as Array<{ sql: string }>;
    db.exec(`DROP TABLE IF EXISTS ${SCRATCH}`);
    for (const d of defs) db.exec(d.sql.replaceAll('near_dup_bands', SCRATCH));
    const copy = db.prepare(`INSERT INTO ${SCRATCH} SELECT * FROM near_dup_bands WHERE article_id = ?`);
    db.transaction(() => { for (const id of firstIds) copy.run(id); })();
    const before = size();
    const put = db.prepare(`INSERT INTO ${SCRATCH} (band_key, article_id) VALUES (?, ?)`);
    const sample = added === 0 ? 0 : Math.max(added, SAMPLE_ARTICLES);
    db.transaction(() => {
      for (let i = 0; i < sample; i++) for (const k of madeUpKeys(i)) put.run(k, FIRST_MADE_UP_ID + i);
    })();
    const after = size();
    return scaled(after - before, added, sample);
  } finally {
    db.exec(`DROP TABLE IF EXISTS ${SCRATCH}`);
    db.exec('VACUUM');
    db.close();
  }
}
