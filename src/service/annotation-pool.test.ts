import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/doc.js';
import { planFor } from '../annotate/default-pipeline.js';
import { annotationPool, workerFailure } from './annotation-pool.js';

const TEXT = 'The harbour authority in Takoradi said on Monday that the port would reopen on Friday.\n\n"We are ready," its director Kwesi Arthur told reporters.';

test('annotation pool: a worker thread gives the same Doc as planning and annotating in this thread', async () => {
  const pool = annotationPool({ workers: 1, maxQueued: 1 });
  try {
    const meta = { published: '2025-03-03' };
    const [inWorker, second] = await Promise.all([pool.annotate(TEXT, meta), pool.annotate(`${TEXT} Again.`, meta)]);
    // the worker plans by language (the detected language lands in meta), as ingest does in this thread
    const plan = planFor(TEXT, meta, { declared: true });
    const here = plan.pipeline.run(createDoc(TEXT, plan.meta));
    assert.equal(inWorker.meta.language, 'en');
    assert.deepEqual(JSON.parse(JSON.stringify(inWorker)), JSON.parse(JSON.stringify(here)));
    assert.ok((inWorker.layers.sentences?.length ?? 0) > 0);
    assert.equal(second.text, `${TEXT} Again.`);
    // the pool is bounded like any queue: two running or waiting on one worker, a third is refused
    const jobs = [pool.annotate(TEXT, meta), pool.annotate(TEXT, meta)];
    await assert.rejects(pool.annotate(TEXT, meta), (e: { code?: string }) => e.code === 'E_BUSY');
    await Promise.all(jobs);
  } finally {
    await pool.close();
  }
});

test('annotation pool: a dead worker fails its job with a code', () => {
  const cases: Array<{ code?: string; want: string }> = [
    { code: 'ERR_WORKER_OUT_OF_MEMORY', want: 'E_INPUT_TOO_LARGE' },
    { code: 'ERR_WORKER_INIT_FAILED', want: 'E_INTERNAL' },
    { want: 'E_INTERNAL' },
  ];
  for (const c of cases) {
    const err = Object.assign(new Error('worker died'), c.code ? { code: c.code } : {});
    assert.equal(workerFailure(err).code, c.want, String(c.code));
  }
});
