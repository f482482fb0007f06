/**
 * What a store occupies on disk, per table (with its indexes and, on PostgreSQL, its TOAST) and per
 * layer, beside the bytes of the articles' text: the measure behind "bytes per text byte" (issue 16,
 * part 6). Each engine measures itself (./sqlite/footprint.ts, ./postgres/footprint.ts).
 */
import { bundleLayerSizes } from './layer-bundle.js';

/** One table with everything that belongs to it: its indexes, and its TOAST or FTS shadow tables. */
export interface TableFootprint {
  readonly table: string;
  readonly bytes: number;
}

/** One b-tree or relation of a table: its rows (SQLite's table b-tree, PostgreSQL's heap), an index, its TOAST. */
export interface PartFootprint {
  /** The table it belongs to (grouped as `tables` are). */
  readonly table: string;
  readonly part: string;
  readonly bytes: number;
}

/**
 * One layer name's share of the stored bundles, summed over articles: what its records deflate to
 * alone (one stream for all of an article's layers takes less than these summed).
 */
export interface LayerFootprint {
  readonly name: string;
  readonly rows: number;
  readonly bytes: number;
}

export interface StoreFootprint {
  readonly articles: number;
  /** UTF-8 bytes of every article's text. */
  readonly textBytes: number;
  /** Every table of the store, largest first. */
  readonly tables: readonly TableFootprint[];
  /** Every b-tree or relation (tables' rows, indexes, TOAST), largest first: where a table's bytes go. */
  readonly parts: readonly PartFootprint[];
  readonly layers: readonly LayerFootprint[];
  /** All tables together. */
  readonly totalBytes: number;
}

/** Tables that belong together in a report: FTS shadow tables under their index. */
export function tableGroup(table: string): string {
  return table.startsWith('articles_fts') ? 'articles_fts' : table;
}

/** Sums rows by group name, largest first. */
export function groupTables(rows: ReadonlyArray<{ readonly table: string; readonly bytes: number }>): TableFootprint[] {
  const by = new Map<string, number>();
  for (const r of rows) by.set(tableGroup(r.table), (by.get(tableGroup(r.table)) ?? 0) + r.bytes);
  return [...by].map(([table, bytes]) => ({ table, bytes })).sort((a, b) => b.bytes - a.bytes || a.table.localeCompare(b.table));
}

/** A store's footprint from its parts: tables are their parts summed (FTS shadow tables under their index). */
export function footprintOf(articles: number, textBytes: number, parts: ReadonlyArray<{ readonly table: string; readonly part: string; readonly bytes: number }>, layers: readonly LayerFootprint[]): StoreFootprint {
  const tables = groupTables(parts);
  const grouped = parts
    .map((p) => ({ table: tableGroup(p.table), part: p.part, bytes: p.bytes }))
    .sort((a, b) => b.bytes - a.bytes || a.part.localeCompare(b.part));
  return { articles, textBytes, tables, parts: grouped, layers, totalBytes: tables.reduce((n, t) => n + t.bytes, 0) };
}

/** Per layer name, over these stored bundles (each with its article's text): rows and the bytes each layer deflates to alone, largest first. */
export function layerShares(bundles: Iterable<{ readonly data: Uint8Array; readonly text: string }>): LayerFootprint[] {
  const by = new Map<string, { rows: number; bytes: number }>();
  for (const b of bundles) {
    for (const l of bundleLayerSizes(b.data, b.text)) {
      const s = by.get(l.name) ?? { rows: 0, bytes: 0 };
      s.rows++;
      s.bytes += l.bytes;
      by.set(l.name, s);
    }
  }
  return [...by].map(([name, s]) => ({ name, ...s })).sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}
