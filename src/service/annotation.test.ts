import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocMeta } from '../doc/meta.js';
import { boundedAnnotation } from './annotation.js';
import { controllable } from './testing/controllable-annotation.js';

const META: DocMeta = { published: null };
const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

test('annotation queue: runs up to its concurrency, queues up to its bound, refuses the rest with E_BUSY', async () => {
  const cases: Array<{ concurrency: number; maxQueued: number; jobs: number; started: number; refused: number }> = [
    { concurrency: 1, maxQueued: 0, jobs: 2, started: 1, refused: 1 },
    { concurrency: 1, maxQueued: 2, jobs: 4, started: 1, refused: 1 },
    { concurrency: 2, maxQueued: 1, jobs: 3, started: 2, refused: 0 },
    { concurrency: 3, maxQueued: 0, jobs: 3, started: 3, refused: 0 },
  ];
  for (const c of cases) {
    const work = controllable();
    const q = boundedAnnotation(work.run, { concurrency: c.concurrency, maxQueued: c.maxQueued, retryAfterSeconds: 7 });
    const outcomes = Array.from({ length: c.jobs }, (_, i) => q.annotate(`t${i}`, META).then(
      (d) => ({ ok: d.doc.text }),
      (e: { code?: string; details?: { retryAfterSeconds?: number } }) => ({ code: e.code, retry: e.details?.retryAfterSeconds }),
    ));
    await tick();
    const name = JSON.stringify(c);
    assert.equal(work.started.length, c.started, `${name}: started`);
    assert.deepEqual(q.load(), { running: c.started, queued: c.jobs - c.started - c.refused }, name);
    // finishing a job starts a queued one, in arrival order
    for (let i = 0; i < c.jobs - c.refused; i++) {
      await tick();
      work.finish(work.started[i]!);
    }
    const got = await Promise.all(outcomes);
    assert.deepEqual(got.filter((o) => 'ok' in o).map((o) => (o as { ok: string }).ok), work.started, name);
    const refused = got.filter((o) => 'code' in o);
    assert.equal(refused.length, c.refused, name);
    for (const r of refused) assert.deepEqual(r, { code: 'E_BUSY', retry: 7 }, name);
    assert.deepEqual(q.load(), { running: 0, queued: 0 }, name);
  }
});

test('annotation queue: a failed job frees its slot, and a closed queue refuses', async () => {
  const work = controllable();
  let closed = 0;
  const q = boundedAnnotation(work.run, { concurrency: 1, maxQueued: 1 }, async () => void closed++);
  const first = q.annotate('a', META);
  const second = q.annotate('b', META);
  await tick();
  work.fail('a', new Error('boom'));
  await assert.rejects(first, /boom/);
  await tick();
  assert.deepEqual(work.started, ['a', 'b']);
  work.finish('b');
  assert.equal((await second).doc.text, 'b');
  await q.close();
  assert.equal(closed, 1);
  await assert.rejects(q.annotate('c', META), (e: { code?: string }) => e.code === 'E_BUSY');
});
