/**
 * Stored bytes per article (issue 16, part 6): ingests the shipped reports (examples/ and
 * corpus/stories/, the way `wiretrace ingest` does, story linking included) into a SQLite file and,
 * when a server answers, a PostgreSQL schema; then reports, per engine, the store's bytes per article
 * and per byte of text, all tables together and per table and layer. Goal: at most 4 bytes per text byte.
 * PostgreSQL: WIRETRACE_BENCH_PG (default: the test server); without one its rows are skipped, loudly.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestManifest } from '../../service/examples.js';
import { openStore } from '../../store/index.js';
import type { StoreFootprint } from '../../store/footprint.js';
import { measureFootprint } from '../../store/measure-footprint.js';
import { dropSchemas, postgresUnavailable, testLocation, testSchema, TEST_PG_URL } from '../../store/postgres/testing.js';
import type { BenchResult } from '../types.js';
import { appendAll } from '../../util/arrays.js';

const MANIFESTS = ['examples/manifest.json', 'corpus/stories/manifest.json'];
const GOAL = 4;

async function fill(location: string): Promise<StoreFootprint> {
  const store = await openStore(location);
  try {
    for (const m of MANIFESTS) await ingestManifest(store, resolve(process.cwd(), m));
  } finally {
    await store.close();
  }
  return measureFootprint(location);
}

/** The rows for one engine: the total first, then each table and each layer per text byte. */
export function footprintRows(engine: string, f: StoreFootprint): BenchResult[] {
  const perText = (bytes: number): number => bytes / Math.max(1, f.textBytes);
  const suite = 'storage';
  const layerBytes = f.layers.reduce((n, l) => n + l.bytes, 0);
  return [
    { suite, name: `${engine}: all tables per text byte`, value: perText(f.totalBytes), unit: '×', note: `goal: at most ${GOAL}; ${f.articles} articles, ${f.textBytes.toLocaleString('en')} text bytes` },
    { suite, name: `${engine}: bytes per article`, value: f.totalBytes / Math.max(1, f.articles), unit: 'B/article' },
    { suite, name: `${engine}: layer payloads per text byte`, value: perText(layerBytes), unit: '×', note: 'the data column alone' },
    ...f.tables.map((t) => ({ suite, name: `${engine}: table ${t.table}`, value: perText(t.bytes), unit: '×', note: `${t.bytes.toLocaleString('en')} B` })),
    ...f.layers.map((l) => ({ suite, name: `${engine}: layer ${l.name}`, value: perText(l.bytes), unit: '×', note: `${l.bytes.toLocaleString('en')} B in ${l.rows} rows` })),
  ];
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-storage-'));
  const out: BenchResult[] = [];
  try {
    appendAll(out, footprintRows('sqlite', await fill(join(dir, 'storage.db'))));
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
    appendAll(out, footprintRows('postgres', await fill(testLocation(schema, pgUrl))));
  } finally {
    await dropSchemas([schema], pgUrl);
  }
  return out;
}
