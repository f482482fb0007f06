/**
 * The API's reads at scale: a SQLite file with 20,000 articles (dates in several ISO forms and time
 * zones, some unknown), served through the HTTP app (fastify's inject, no network): requests per second
 * for a page of the article list against one article by id. The list is then measured again with its
 * sort index dropped, which is the plan it had before migration 6 (a temp B-tree over every row).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../store/index.js';
import { buildServer } from '../../web/http/server.js';
import { fillSynthetic } from '../synthetic.js';
import type { BenchResult } from '../types.js';

const ARTICLES = 20_000;
const MIN_MS = 2000;

async function rate(request: (i: number) => Promise<number>): Promise<number> {
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < MIN_MS) {
    const status = await request(n++);
    if (status !== 200) throw new Error(`bench list: status ${status}`);
  }
  return n / ((performance.now() - t0) / 1000);
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-list-'));
  const path = join(dir, 'list.db');
  try {
    const store = await openStore(path);
    await fillSynthetic(store, 'list', ARTICLES);
    const app = await buildServer({ store, uiDir: null });
    const get = async (url: string): Promise<number> => (await app.inject({ url })).statusCode;
    // pages across the first thousand rows, so OFFSET costs stay comparable with and without the index
    const page = (i: number): Promise<number> => get(`/api/articles?limit=20&offset=${(i * 37) % 1000}`);
    const one = (i: number): Promise<number> => get(`/api/articles/${1 + ((i * 7919) % ARTICLES)}`);
    await rate(page); // warm-up
    const single = await rate(one);
    const list = await rate(page);
    const raw = new Database(path);
    raw.exec('DROP INDEX articles_published_time');
    raw.close();
    const unindexed = await rate(page);
    await app.close();
    await store.close();
    const note = `${ARTICLES.toLocaleString('en-US')} articles`;
    return [
      { suite: 'list', name: 'GET /api/articles/:id', value: single, unit: 'req/s', note },
      { suite: 'list', name: 'GET /api/articles?limit=20', value: list, unit: 'req/s', note: `${(single / list).toFixed(2)}x slower than one article (goal: under 2)` },
      { suite: 'list', name: 'GET /api/articles?limit=20, no sort index', value: unindexed, unit: 'req/s', note: 'the plan before migration 6' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
