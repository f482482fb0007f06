/**
 * `npm run bench -- http`: the server under read load over real sockets (autocannon on loopback,
 * bounded in time), on SQLite and on PostgreSQL. Each store holds the example reports, ingested and
 * linked into stories, plus 20,000 synthetic articles; the routes are the article list, search, one
 * article and the story list and one story. Requests per second and p99, with errors counted (the goal
 * is zero). PostgreSQL: $WIRETRACE_BENCH_PG or the local server; without one that engine is skipped
 * with a row that says why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { ingestInput } from '../../service/ingest.js';
import { linkArticle } from '../../service/stories.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { listen } from '../../web/http/listen.js';
import { BENCH_PG_URL, benchPgLocation, loadResults, loadRow } from '../load.js';
import { fillSynthetic } from '../synthetic.js';
import type { BenchResult } from '../types.js';

const SYNTHETIC = 20_000;
const SECONDS = Number(process.env.WIRETRACE_BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

/** The example reports, annotated and linked, so the story routes have stories to serve. */
async function seedStories(store: Store): Promise<number> {
  const outcomes = await ingestInput(store, resolve(process.cwd(), 'examples'));
  for (const o of outcomes) if (o.ok && (await store.storyOfArticle(o.id)) === null) await linkArticle(store, o.id);
  const stories = await store.listStories({ limit: 1 });
  const first = stories.items[0];
  if (!first) throw new Error('bench http: the example reports made no story');
  return first.id;
}

async function measure(engine: string, store: Store): Promise<BenchResult[]> {
  const story = await seedStories(store);
  await fillSynthetic(store, 'http', SYNTHETIC);
  const total = await store.countArticles();
  const server = await listen({ store, token: null, port: 0, host: '127.0.0.1', uiDir: null, writesPerMinute: 0, allowPrivate: false });
  const base = server.url.replace('localhost', '127.0.0.1');
  const article = 1 + Math.floor(total / 2);
  const routes: Array<{ route: string; path: string }> = [
    { route: 'GET /api/articles?limit=20', path: 'api/articles?limit=20' },
    { route: 'GET /api/search?q=said', path: 'api/search?q=said&limit=20' },
    { route: 'GET /api/articles/:id', path: `api/articles/${article}` },
    { route: 'GET /api/stories', path: 'api/stories?limit=20' },
    { route: 'GET /api/stories/:id', path: `api/stories/${story}` },
  ];
  const out: BenchResult[] = [];
  try {
    for (const r of routes) {
      const run = await autocannon({ url: `${base}${r.path}`, connections: CONNECTIONS, duration: SECONDS, headers: { host: 'localhost' } });
      for (const row of loadResults('http', engine, r.route, loadRow(run), `${total.toLocaleString('en-US')} articles, ${CONNECTIONS} connections, ${SECONDS} s`)) out.push(row);
    }
  } finally {
    await server.close();
  }
  return out;
}

export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-http-'));
  try {
    const lite = await openStore(join(dir, 'http.db'));
    try {
      for (const r of await measure('sqlite', lite)) out.push(r);
    } finally {
      await lite.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const schema = `wt_bench_http_${process.pid}`;
  const admin = new pg.Client({ connectionString: BENCH_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    out.push({ suite: 'http', name: 'postgres (skipped)', value: 0, unit: '-', note: `no PostgreSQL at ${BENCH_PG_URL}: ${(err as Error).message}` });
    return out;
  }
  try {
    const store = await openStore(benchPgLocation(schema));
    try {
      for (const r of await measure('postgres', store)) out.push(r);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  }
  return out;
}
