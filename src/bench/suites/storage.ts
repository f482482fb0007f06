/**
 * Stored bytes per article (issue 16, part 6): ingests the shipped reports (examples/ and
 * corpus/stories/, the way `wiretrace ingest` does, story linking included) into a SQLite file and,
 * when a server answers, a PostgreSQL schema; then reports, per engine, the store's bytes per article
 * and per byte of text, all tables together and per table, per b-tree or relation (a table's rows, each
 * index, its TOAST) and per layer. Goal: at most 4 bytes per text byte.
 * A store this small is mostly fixed cost (each table's and index's first pages), so the suite also
 * stores the same reports again, as new articles, several times over and reports the growth per
 * article and per text byte: what each further article costs, the figure that scales to millions.
 * PostgreSQL: WIRETRACE_BENCH_PG (default: the test server); without one its rows are skipped, loudly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { contentHash } from '../../ingest/dedupe/content-hash.js';
import { ingestManifest } from '../../service/examples.js';
import { linkArticle } from '../../service/stories.js';
import { openStore } from '../../store/index.js';
import type { StoreFootprint } from '../../store/footprint.js';
import type { Store } from '../../store/types.js';
import { measureFootprint } from '../../store/measure-footprint.js';
import { dropSchemas, postgresUnavailable, testLocation, testSchema, TEST_PG_URL } from '../../store/postgres/testing.js';
import type { BenchResult } from '../types.js';
import { appendAll } from '../../util/arrays.js';
import { postgresDistinctKeyGrowth, sqliteDistinctKeyGrowth } from './distinct-keys.js';

const MANIFESTS = ['examples/manifest.json', 'corpus/stories/manifest.json'];
const GOAL = 4;

/** Times the shipped reports are stored again for the growth figure. */
const COPIES = 5;

interface Fill {
  readonly first: StoreFootprint;
  readonly grown: StoreFootprint;
  /** Wall-clock ms per article of the first fill (ingest: extraction, annotation, store, link). */
  readonly ingestMs: number;
  /** Wall-clock ms per article stored again (store with its layers, then link). */
  readonly storeLinkMs: number;
  /** Growth in bytes of the near-dup bucket table had the further articles been distinct (./distinct-keys.ts). */
  readonly distinctKeyBytes: number;
}

/** The near-duplicate bucket table of each engine. */
const NEAR_DUP_TABLE: Record<string, string> = { sqlite: 'near_dup_bands', postgres: 'near_dup_keys' };

async function fill(location: string, distinctKeyGrowth: (ids: readonly number[], added: number) => Promise<number> | number): Promise<Fill> {
  const store = await openStore(location);
  let ids: readonly number[];
  const t0 = performance.now();
  try {
    for (const m of MANIFESTS) await ingestManifest(store, resolve(process.cwd(), m));
    ids = await store.listArticleIds(0, 100_000);
  } finally {
    await store.close();
  }
  const ingestMs = (performance.now() - t0) / Math.max(1, ids.length);
  const first = await measureFootprint(location);
  const again = await openStore(location);
  const t1 = performance.now();
  try {
    for (let copy = 1; copy <= COPIES; copy++) for (const id of ids) await storeAgain(again, id, copy);
  } finally {
    await again.close();
  }
  const storeLinkMs = (performance.now() - t1) / Math.max(1, ids.length * COPIES);
  const grown = await measureFootprint(location);
  return { first, grown, ingestMs, storeLinkMs, distinctKeyBytes: await distinctKeyGrowth(ids, ids.length * COPIES) };
}

/**
 * A stored report written again as a new article (its own hash, in ingest's form; no URL) with its stored layers, then
 * linked as ingest links: what another report of this size and kind costs. Not marked as a copy, so
 * it gets every near-duplicate bucket row an original gets.
 */
async function storeAgain(store: Store, id: number, copy: number): Promise<void> {
  const a = (await store.getArticle(id))!;
  const layers = await store.getLayers(id);
  const { id: created } = await store.insertArticle(
    { ...a, contentHash: contentHash(`${a.contentHash}#${copy}`), url: null, canonicalUrl: null, nearDupOf: null },
    layers.map((l) => ({ name: l.name, annotator: l.annotator, version: l.version, data: l.data })),
  );
  await linkArticle(store, created);
}

/** The rows for one engine: the growth per further article, then the first store's total, tables and layers. */
export function footprintRows(engine: string, { first: f, grown, ingestMs, storeLinkMs, distinctKeyBytes }: Fill): BenchResult[] {
  const perText = (bytes: number): number => bytes / Math.max(1, f.textBytes);
  const suite = 'storage';
  const layerBytes = f.layers.reduce((n, l) => n + l.bytes, 0);
  const dText = grown.textBytes - f.textBytes;
  const dArticles = grown.articles - f.articles;
  const growth = (of: (x: StoreFootprint) => number): number => (of(grown) - of(f)) / Math.max(1, dText);
  const tableBytes = (name: string) => (x: StoreFootprint): number => x.tables.find((t) => t.table === name)?.bytes ?? 0;
  const partBytes = (name: string) => (x: StoreFootprint): number => x.parts.find((p) => p.part === name)?.bytes ?? 0;
  const nearDup = tableBytes(NEAR_DUP_TABLE[engine] ?? '');
  const copiesKeyBytes = nearDup(grown) - nearDup(f);
  const distinctTotal = grown.totalBytes - f.totalBytes - copiesKeyBytes + distinctKeyBytes;
  return [
    { suite, name: `${engine}: growth per text byte, all tables`, value: growth((x) => x.totalBytes), unit: '×', note: `goal: at most ${GOAL}; ${dArticles} more articles, ${dText.toLocaleString('en')} more text bytes; copies of the reports, so their bucket keys repeat the originals'` },
    { suite, name: `${engine}: growth per text byte, all tables, distinct articles`, value: distinctTotal / Math.max(1, dText), unit: '×', note: `goal: at most ${GOAL}; estimate: as above, with ${dArticles} articles of bucket keys of their own in place of the copies' (distinct-keys.ts)` },
    { suite, name: `${engine}: growth per text byte, bucket keys of distinct articles`, value: distinctKeyBytes / Math.max(1, dText), unit: '×', note: `the copies' keys: ${(copiesKeyBytes / Math.max(1, dText)).toFixed(3)} ×` },
    { suite, name: `${engine}: growth per article`, value: (grown.totalBytes - f.totalBytes) / Math.max(1, dArticles), unit: 'B/article' },
    { suite, name: `${engine}: ingest per article`, value: ingestMs, unit: 'ms', note: 'wall clock: extraction, annotation, store, link' },
    { suite, name: `${engine}: store and link per article`, value: storeLinkMs, unit: 'ms', note: 'wall clock: a stored report read, written again with its layers, linked' },
    ...grown.tables
      .filter((t) => t.bytes > (f.tables.find((x) => x.table === t.table)?.bytes ?? 0))
      .map((t) => ({ suite, name: `${engine}: growth per text byte, ${t.table}`, value: growth(tableBytes(t.table)), unit: '×' })),
    // where each table's growth goes: its rows, each index, its TOAST
    ...grown.parts
      .filter((p) => p.bytes > (f.parts.find((x) => x.part === p.part)?.bytes ?? 0))
      .map((p) => ({ suite, name: `${engine}: growth per text byte, part ${p.part}`, value: growth(partBytes(p.part)), unit: '×', note: `of ${p.table}` })),
    { suite, name: `${engine}: all tables per text byte`, value: perText(f.totalBytes), unit: '×', note: `the shipped reports once: ${f.articles} articles, ${f.textBytes.toLocaleString('en')} text bytes` },
    { suite, name: `${engine}: bytes per article`, value: f.totalBytes / Math.max(1, f.articles), unit: 'B/article' },
    { suite, name: `${engine}: layer payloads per text byte`, value: perText(layerBytes), unit: '×', note: 'each layer deflated alone, summed' },
    ...f.tables.map((t) => ({ suite, name: `${engine}: table ${t.table}`, value: perText(t.bytes), unit: '×', note: `${t.bytes.toLocaleString('en')} B` })),
    ...f.layers.map((l) => ({ suite, name: `${engine}: layer ${l.name}`, value: perText(l.bytes), unit: '×', note: `${l.bytes.toLocaleString('en')} B in ${l.rows} rows` })),
  ];
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-storage-'));
  const out: BenchResult[] = [];
  try {
    const path = join(dir, 'storage.db');
    appendAll(out, footprintRows('sqlite', await fill(path, (ids, added) => sqliteDistinctKeyGrowth(path, ids, added))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pgUrl = process.env.WIRETRACE_BENCH_PG ?? TEST_PG_URL;
  const why = await postgresUnavailable(pgUrl);
  if (why) {
    process.stderr.write(`bench storage: SKIPPING PostgreSQL: ${why}\n`);
    return out;
  }
  const schema = testSchema('storage');
  try {
    const location = testLocation(schema, pgUrl);
    appendAll(out, footprintRows('postgres', await fill(location, (ids, added) => postgresDistinctKeyGrowth(location, ids, added))));
  } finally {
    await dropSchemas([schema], pgUrl);
  }
  return out;
}
