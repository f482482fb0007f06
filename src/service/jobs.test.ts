/**
 * The work queue end to end on PostgreSQL: ingest jobs run by workers store and link every report
 * once; a bad input is dead at once with its error; a malformed payload too; retry revives dead jobs;
 * a worker killed with SIGKILL mid-batch loses nothing (a new worker unlocks its jobs and finishes
 * them, each report stored and linked once). Needs PostgreSQL: skips loudly without it, fails under
 * CI=true. Waiting is for conditions (the queue drained), never for a duration.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../store/index.js';
import type { Store } from '../store/types.js';
import { dropSchemas, postgresUnavailable, testLocation, testSchema, withPostgres } from '../store/postgres/testing.js';
import { enqueueIngest, JobQueue, startWorker } from './jobs.js';
import { queueLocation } from '../queue/queue.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const EXAMPLES = ['visit-01-mta.txt', 'visit-03-continental-post.txt', 'visit-05-meridian.txt', 'cocoa-01-gold-coast-observer.txt', 'cocoa-04-lagoon-courier.txt', 'single-01-andes-business.txt'];

const unavailable = await postgresUnavailable();
const schemas: string[] = [];
const dirs: string[] = [];
after(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  if (!unavailable) await dropSchemas(schemas.flatMap((s) => [s, `${s}_jobs`]));
});

function pgTest(name: string, body: () => Promise<void>): void {
  withPostgres(unavailable, `"${name}"`, () => test(name, body));
}

function fresh(label: string): string {
  const s = testSchema(label);
  schemas.push(s);
  return testLocation(s);
}

function reportsDir(files = EXAMPLES): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-jobs-'));
  dirs.push(dir);
  for (const f of files) copyFileSync(join(ROOT, 'examples', f), join(dir, f));
  return dir;
}

/** Resolves once `ready()` holds, checking after each poll; fails after `limit` checks (a stuck queue, not a slow one). */
async function until(ready: () => Promise<boolean>, what: string, limit = 3000): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await ready()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`gave up waiting for ${what}`);
}

const drained = (q: JobQueue) => async (): Promise<boolean> => {
  const c = await q.counts();
  return c.queued + c.running + c.retrying === 0;
};

/** Every stored report, each once by content, and in a story. */
async function assertAllOnce(store: Store, expected: number): Promise<void> {
  const ids = await store.listArticleIds(0, 1000);
  assert.equal(ids.length, expected, 'each report stored once');
  const hashes = new Set<string>();
  for (const id of ids) {
    hashes.add((await store.getArticle(id))!.contentHash);
    assert.notEqual(await store.storyOfArticle(id), null, `report ${id} is linked into a story`);
  }
  assert.equal(hashes.size, expected);
  assert.equal(await store.linkedReportCount(), expected, 'each report linked once');
}

test('queue location: PostgreSQL stores only; the queue sits in a schema beside the store', () => {
  assert.deepEqual(queueLocation('postgres://h/db?schema=news').schema, 'news_jobs');
  assert.deepEqual(queueLocation('postgres://h/db').schema, 'wiretrace_jobs');
  for (const bad of ['./data/wiretrace.db', ':memory:', 'mysql://h/db']) assert.throws(() => queueLocation(bad), /PostgreSQL store/);
});

pgTest('queue: workers ingest and link every queued report once; enqueueing again adds nothing', async () => {
  const location = fresh('jobs');
  const store = await openStore(location);
  const queue = await JobQueue.open(location);
  try {
    const dir = reportsDir();
    const queued = await enqueueIngest(queue, [dir], {});
    assert.equal(queued.length, EXAMPLES.length, 'a directory is one job per file');
    await enqueueIngest(queue, [dir], {});
    assert.equal((await queue.counts()).queued, EXAMPLES.length, 'the same inputs again replace their pending jobs');
    const worker = await startWorker(store, queue, 2, 200);
    await until(drained(queue), 'the queue to drain');
    await worker.stop();
    await assertAllOnce(store, EXAMPLES.length);
    assert.equal((await queue.counts()).dead, 0);
  } finally {
    await queue.close();
    await store.close();
  }
});

pgTest('queue: a bad input or payload is dead at once with its error; retry gives it new attempts', async () => {
  const location = fresh('poison');
  const store = await openStore(location);
  const queue = await JobQueue.open(location);
  try {
    const dir = mkdtempSync(join(tmpdir(), 'wiretrace-jobs-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    await enqueueIngest(queue, [join(dir, 'binary.txt')], {});
    await queue.enqueue('link', { article: 'not a number' });
    const worker = await startWorker(store, queue, 2, 200);
    await until(async () => (await queue.counts()).dead === 2, 'both jobs to be dead');
    await worker.stop();
    const dead = await queue.list('dead');
    assert.deepEqual(dead.map((j) => j.kind).sort(), ['ingest', 'link']);
    for (const j of dead) assert.equal(j.attempts, 1, `${j.kind}: no retries for a bad input`);
    assert.match(dead.find((j) => j.kind === 'ingest')!.lastError ?? '', /E_INPUT_BINARY/);
    assert.match(dead.find((j) => j.kind === 'link')!.lastError ?? '', /E_VALIDATION/);
    assert.equal(await store.countArticles(), 0, 'nothing half-written');
    assert.equal(await queue.retry(), 2);
    assert.equal((await queue.counts()).queued, 2, 'retried jobs wait for a worker again');
  } finally {
    await queue.close();
    await store.close();
  }
});

pgTest('queue: a worker killed with SIGKILL mid-batch loses nothing; a new worker finishes each report exactly once', async () => {
  const location = fresh('crash');
  const store = await openStore(location);
  const queue = await JobQueue.open(location);
  try {
    await enqueueIngest(queue, [reportsDir()], {});
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'service', 'testing', 'worker-process.ts'), location, '2'], { stdio: ['ignore', 'pipe', 'inherit'], cwd: ROOT });
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    // kill it once it has stored one report: the others are queued or in its hands
    await until(async () => (await store.countArticles()) >= 1, 'the first report');
    child.kill('SIGKILL');
    await exited;
    const lockedByDead = (await queue.list('running')).length;
    const worker = await startWorker(store, queue, 2, 200);
    assert.equal(worker.recovered, lockedByDead, 'the new worker unlocked every job the killed one held');
    await until(drained(queue), 'the queue to drain after the crash');
    await worker.stop();
    await assertAllOnce(store, EXAMPLES.length);
    assert.equal((await queue.counts()).dead, 0, 'no job lost to the dead state');
  } finally {
    await queue.close();
    await store.close();
  }
});
