/**
 * The server stays responsive while articles are annotated: annotation runs on the annotation pool,
 * not the event loop. Checked without timing: a controllable annotator holds an ingest open while
 * health and reads are answered, and a full queue answers 503 E_BUSY with Retry-After at once.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from './server.js';
import { openStore } from '../../store/index.js';
import { boundedAnnotation } from '../../service/annotation.js';
import { controllable } from '../../service/testing/controllable-annotation.js';

const TOKEN = 'responsive-token';
const auth = { authorization: `Bearer ${TOKEN}` };
const report = (n: number): string => `Port report ${n}\n\nThe port of Tema handled ${n} ships on Monday, the harbour authority said.\n`;
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Lets pending work run until `ready` holds (bounded by turns of the event loop, not by time). */
async function until(ready: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 1000 && !ready(); i++) await tick();
  assert.ok(ready(), `never reached: ${what}`);
}

test('responsive: health and reads answer while an ingest is being annotated; a full queue is 503', async () => {
  // ingest loads the language plans on first use; loaded here, waiting for it takes file reads, which
  // `until` (turns of the event loop, not time) must not have to outlast on a busy machine
  await import('../../annotate/default-pipeline.js');
  const store = await openStore(':memory:');
  const work = controllable();
  const annotation = boundedAnnotation(work.run, { concurrency: 1, maxQueued: 1, retryAfterSeconds: 9 });
  const app = await buildServer({ store, token: TOKEN, uiDir: null, annotation, writesPerMinute: null });
  const post = (n: number) => app.inject({ method: 'POST', url: '/api/articles', headers: auth, payload: { text: report(n) } });

  const first = post(1);
  const second = post(2);
  await until(() => annotation.load().queued === 1, 'one annotating, one waiting');
  assert.deepEqual(annotation.load(), { running: 1, queued: 1 });

  // while both are pending, every read is answered
  const reads: Array<{ url: string; status: number }> = [
    { url: '/api/health', status: 200 },
    { url: '/api/articles', status: 200 },
    { url: '/api/articles/1', status: 404 },
    { url: '/openapi.json', status: 200 },
  ];
  for (const r of reads) assert.equal((await app.inject({ url: r.url })).statusCode, r.status, r.url);
  assert.equal((await app.inject({ url: '/api/health' })).json().articles, 0);

  // the queue is full: refused at once, in the one error shape, with Retry-After
  const busy = await post(3);
  assert.equal(busy.statusCode, 503, busy.body);
  assert.equal(busy.json().error.code, 'E_BUSY');
  assert.equal(busy.headers['retry-after'], '9');

  // either post may have reached the annotator first (parsing is asynchronous): answer each by its text
  const posted = new Map([[1, first], [2, second]]);
  const postOf = (annotated: string) => posted.get(Number(/handled (\d+) ships/.exec(annotated)?.[1]));
  work.finish(work.started[0]!);
  assert.equal((await postOf(work.started[0]!)!).statusCode, 201);
  await until(() => work.started.length === 2, 'the waiting ingest starts');
  work.finish(work.started[1]!);
  assert.equal((await postOf(work.started[1]!)!).statusCode, 201);
  assert.notEqual(postOf(work.started[0]!), postOf(work.started[1]!));
  assert.equal((await app.inject({ url: '/api/health' })).json().articles, 2);
  // negative: with the queue free again, an ingest is accepted
  const third = post(3);
  await until(() => work.started.length === 3, 'the third ingest starts');
  work.finish(work.started[2]!);
  assert.equal((await third).statusCode, 201);
  await app.close();
  await annotation.close();
  await store.close();
});
