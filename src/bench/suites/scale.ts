/**
 * `npm run bench -- scale`: the same synthetic corpus ingested on PostgreSQL by 1, 2 and 4 worker
 * processes (`wiretrace worker --concurrency 1` each, started and ready before the clock starts).
 * Each run gets a fresh schema; the clock stops when every article is stored and the queue is empty.
 * Reports articles per second per worker count, the CPU count beside it, and the stored bytes per
 * article (tables, indexes and TOAST of the store's schema over the article count). Needs PostgreSQL
 * ($WIRETRACE_BENCH_PG or the local server). Corpus size: $WIRETRACE_BENCH_SCALE_ARTICLES (default 120).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { enqueueIngest, JobQueue } from '../../service/jobs.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { BENCH_PG_URL, benchPgLocation } from '../load.js';
import { benchVocabulary, syntheticArticle } from '../synthetic.js';
import type { BenchResult } from '../types.js';
import { maxOf } from '../../util/arrays.js';

const ARTICLES = Number(process.env.WIRETRACE_BENCH_SCALE_ARTICLES ?? 120);
const WORKERS = [1, 2, 4];
/** Synthetic passages of 60 words per article: about a real report's length, so annotation dominates as in production. */
const PASSAGES = 6;
const POLL_MS = 200;

/**
 * Writes articles first..first+count-1 as .txt files (title, blank line, text), what `ingest --queue` is
 * given; returns their mean bytes. Corpora written by one run must not overlap in numbers: equal texts
 * would be stored once.
 */
function writeCorpus(dir: string, label: string, first: number, count: number): number {
  mkdirSync(dir, { recursive: true });
  const vocab = benchVocabulary();
  let textBytes = 0;
  for (let i = first; i < first + count; i++) {
    const a = syntheticArticle(label, i, vocab);
    const words = Array.from({ length: PASSAGES }, (_, k) => syntheticArticle(label, i * 97 + k, vocab).text).join(' ');
    const body = `${a.title}\n\n${words.charAt(0).toUpperCase()}${words.slice(1)}.\n`;
    textBytes += Buffer.byteLength(body);
    writeFileSync(join(dir, `${label}-${String(i).padStart(5, '0')}.txt`), body);
  }
  return textBytes / count;
}

/** Waits until `count` articles are stored and the queue is empty; a dead job ends the benchmark. */
async function drained(store: Store, queue: JobQueue, count: number): Promise<void> {
  for (let idle = 0; ; ) {
    const [stored, jobs] = [await store.countArticles(), await queue.list(null, 10)];
    const dead = jobs.find((j) => j.state === 'dead');
    if (dead) throw new Error(`bench scale: job #${dead.id} died: ${dead.lastError}`);
    if (stored >= count && jobs.length === 0) return;
    // an empty queue with articles missing will never fill: say so rather than wait forever
    idle = jobs.length === 0 ? idle + 1 : 0;
    if (idle > 50) throw new Error(`bench scale: the queue is empty but ${stored} of ${count} articles are stored`);
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** Starts a worker process and resolves once it says it is running. */
function startWorker(location: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(process.cwd(), 'src', 'program.ts'), 'worker', '--db', location, '--concurrency', '1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((ok, fail) => {
    const lines = createInterface({ input: child.stderr! });
    lines.on('line', (l) => {
      if (/^worker \w+: running/.test(l)) ok(child);
    });
    child.once('exit', (code) => fail(new Error(`bench scale: a worker exited with ${code} before it was ready`)));
  });
}

async function stop(workers: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    workers.map((w) => new Promise<void>((done) => {
      if (w.exitCode !== null) return done();
      w.once('exit', () => done());
      w.kill('SIGTERM');
    }))
  );
}

async function storedBytes(admin: pg.Client, schema: string): Promise<number> {
  const r = await admin.query<{ bytes: string }>(
    `SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) AS bytes FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'm')`,
    [schema]
  );
  return Number(r.rows[0]!.bytes);
}

export async function run(): Promise<BenchResult[]> {
  const admin = new pg.Client({ connectionString: BENCH_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (err) {
    return [{ suite: 'scale', name: 'postgres (skipped)', value: 0, unit: '-', note: `no PostgreSQL at ${BENCH_PG_URL}: ${(err as Error).message}` }];
  }
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-scale-'));
  const out: BenchResult[] = [];
  const cpus = availableParallelism();
  try {
    const textBytes = writeCorpus(join(dir, 'corpus'), 'scale', 0, ARTICLES);
    // each worker loads its models on its first job: a warm-up batch keeps that off the clock
    writeCorpus(join(dir, 'warm'), 'warm', ARTICLES, 2 * maxOf(WORKERS));
    for (const n of WORKERS) {
      const schema = `wt_bench_scale_${process.pid}_${n}`;
      const location = benchPgLocation(schema);
      const store = await openStore(location);
      const queue = await JobQueue.open(location);
      const workers: ChildProcess[] = [];
      try {
        for (let w = 0; w < n; w++) workers.push(await startWorker(location));
        const warm = (await enqueueIngest(queue, [join(dir, 'warm')], {})).length;
        await drained(store, queue, warm);
        const warmBytes = await storedBytes(admin, schema);
        const t0 = performance.now();
        await enqueueIngest(queue, [join(dir, 'corpus')], {});
        await drained(store, queue, warm + ARTICLES);
        const seconds = (performance.now() - t0) / 1000;
        // the measured batch's growth: the schema's fixed pages (empty indexes, story tables) stay out
        const bytes = (await storedBytes(admin, schema)) - warmBytes;
        out.push({ suite: 'scale', name: `${n} worker${n === 1 ? '' : 's'}`, value: ARTICLES / seconds, unit: 'articles/s', note: `${cpus} CPUs; ${ARTICLES} articles in ${seconds.toFixed(1)} s` });
        out.push({ suite: 'scale', name: `${n} worker${n === 1 ? '' : 's'}: bytes per article`, value: bytes / ARTICLES, unit: 'bytes', note: `${(bytes / ARTICLES / textBytes).toFixed(1)}x the text's ${Math.round(textBytes)} bytes; growth of tables, indexes and TOAST, stories included` });
      } finally {
        await stop(workers);
        await queue.close();
        await store.close();
        await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await admin.query(`DROP SCHEMA IF EXISTS ${schema}_jobs CASCADE`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await admin.end();
  }
  return out;
}
