/**
 * A SQLite store's footprint from the dbstat virtual table: the pages each b-tree uses (a table's own
 * pages plus its indexes'; FTS5 shadow tables grouped under the index). Read from a second, read-only
 * connection after a checkpoint, so it sees what a reader of the file sees.
 */
import Database from 'better-sqlite3';
import { registerTextFunction } from './text-sql.js';
import { footprintOf, layerShares, type StoreFootprint } from '../footprint.js';

export function sqliteFootprint(path: string): StoreFootprint {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  registerTextFunction(db);
  try {
    const tables = db
      .prepare(
        `SELECT coalesce(s.tbl_name, d.name) AS "table", d.name AS part, sum(d.pgsize) AS bytes
         FROM dbstat d LEFT JOIN sqlite_schema s ON s.name = d.name GROUP BY d.name`,
      )
      .all() as Array<{ table: string; part: string; bytes: number }>;
    const layers = layerShares(bundles(db));
    const text = db.prepare('SELECT count(*) AS n, coalesce(sum(length(CAST(wiretrace_text(text) AS BLOB))), 0) AS bytes FROM articles').get() as { n: number; bytes: number };
    return footprintOf(text.n, text.bytes, tables, layers);
  } finally {
    db.close();
  }
}

/** VACUUM, so page counts leave out free pages (a measurement, not an operation). Call on a closed store's file. */
export function compactFile(path: string): void {
  const db = new Database(path, { fileMustExist: true });
  try {
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

function* bundles(db: Database.Database): Generator<{ data: Buffer; text: string }> {
  const rows = db.prepare('SELECT b.data, wiretrace_text(a.text) AS text FROM layer_bundles b JOIN articles a ON a.id = b.article_id').iterate();
  yield* rows as IterableIterator<{ data: Buffer; text: string }>;
}
