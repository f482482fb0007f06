/**
 * What the near-duplicate bucket keys cost when further articles are distinct (issue 16, part 6).
 *
 * The storage suite's growth figure stores the shipped reports again as new articles. Their texts are
 * the same, so their 63 LSH bucket keys are the same values as the originals'. SQLite keeps one
 * (key, article) b-tree entry per key either way, but PostgreSQL's GIN index keeps each distinct key
 * once with a posting list, so a copy adds only a few bytes per key where a distinct article adds a
 * whole index entry. A store of a million different reports is the second case. This estimate puts
 * the keys of the first fill into a scratch table of the same definition, compacts it, adds as many
 * articles as the copies with 63 keys of their own (a fixed hash sequence, so every run is the same),
 * compacts again and returns the growth in bytes. The scratch table is dropped.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { parseLocation } from '../../store/postgres/store.js';

/** Keys per article, as src/store/near-dup.ts makes them (63 bands of a 126-hash signature). */
const KEYS_PER_ARTICLE = 63;
const SCRATCH = 'bench_distinct_keys';
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
    for (let i = 0; i < added; i++) {
      await client.query(`INSERT INTO ${table} (article_id, band_keys) VALUES ($1, $2::int[])`, [FIRST_MADE_UP_ID + i, madeUpKeys(i)]);
    }
    const after = await size();
    return after - before;
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
    db.transaction(() => {
      for (let i = 0; i < added; i++) for (const k of madeUpKeys(i)) put.run(k, FIRST_MADE_UP_ID + i);
    })();
    const after = size();
    return after - before;
  } finally {
    db.exec(`DROP TABLE IF EXISTS ${SCRATCH}`);
    db.exec('VACUUM');
    db.close();
  }
}
