/**
 * A PostgreSQL store's footprint: pg_total_relation_size per table of the store's schema (heap, TOAST
 * and indexes), and each layer's share of the bundles (../footprint.ts layerShares).
 * Vacuum first when the numbers should leave out dead rows.
 */
import pg from 'pg';
import { footprintOf, layerShares, type StoreFootprint } from '../footprint.js';
import { articleText } from './packed-text.js';
import { parseLocation } from './store.js';

export async function postgresFootprint(location: string): Promise<StoreFootprint> {
  const { connectionString, schema } = parseLocation(location);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    // each table as its heap (with its free-space and visibility maps), its TOAST (with the TOAST index)
    // and each index: together pg_total_relation_size
    const tables = await client.query<{ table: string; part: string; bytes: string }>(
      `WITH t AS (
         SELECT c.oid, c.relname, c.reltoastrelid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname = $1 AND c.relkind IN ('r', 'm'))
       SELECT relname AS "table", relname || ' (heap)' AS part,
              pg_table_size(oid) - CASE WHEN reltoastrelid = 0 THEN 0 ELSE pg_total_relation_size(reltoastrelid) END AS bytes FROM t
       UNION ALL
       SELECT relname, relname || ' (toast)', pg_total_relation_size(reltoastrelid) FROM t WHERE reltoastrelid <> 0
       UNION ALL
       SELECT t.relname, i.relname, pg_relation_size(i.oid) FROM t JOIN pg_index x ON x.indrelid = t.oid JOIN pg_class i ON i.oid = x.indexrelid`,
      [schema],
    );
    // the text as the store reads it, plain or unpacked (./packed-text.ts): its bytes are what the figures divide by
    const text = `${schema}.${articleText('a')}`;
    const bundles = await client.query<{ data: Buffer; text: string }>(`SELECT b.data, ${text} AS text FROM ${schema}.layer_bundles b JOIN ${schema}.articles a ON a.id = b.article_id`);
    const texts = await client.query<{ n: string; bytes: string }>(`SELECT count(*) AS n, coalesce(sum(octet_length(${text})), 0) AS bytes FROM ${schema}.articles a`);
    const layerRows = layerShares(bundles.rows);
    return footprintOf(
      Number(texts.rows[0]!.n),
      Number(texts.rows[0]!.bytes),
      tables.rows.map((r) => ({ table: r.table, part: r.part, bytes: Number(r.bytes) })),
      layerRows,
    );
  } finally {
    await client.end();
  }
}

/** VACUUM FULL on every table of the schema, so sizes count live rows only (a measurement, not an operation). */
export async function compactSchema(location: string): Promise<void> {
  const { connectionString, schema } = parseLocation(location);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const t = await client.query<{ relname: string }>(
      `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [schema],
    );
    for (const r of t.rows) await client.query(`VACUUM FULL ${schema}.${r.relname}`);
  } finally {
    await client.end();
  }
}
