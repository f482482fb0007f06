import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc } from '../doc/doc.js';
import { planFor } from '../annotate/default-pipeline.js';
import type { DocMeta } from '../doc/meta.js';
import { digestReport, withArticleId } from '../link/digest.js';
import { annotationPool, workerFailure } from './annotation-pool.js';
import { unkeyedReportMeta } from './annotation.js';

const TEXT = 'The harbour authority in Takoradi said on Monday that the port would reopen on Friday.\n\n"We are ready," its director Kwesi Arthur told reporters.';

test('annotation pool: a worker thread gives the same Doc as the pipeline in this thread, and the same digest once re-keyed', async () => {
  const pool = annotationPool({ workers: 1, maxQueued: 1 });
  try {
    const cases: Array<{ meta: DocMeta; id: number; copyOf: number | null }> = [
      { meta: { published: '2025-03-03' }, id: 1, copyOf: null },
      { meta: { published: '2025-03-03', title: 'Takoradi port to reopen', outlet: 'Coastline Daily', language: 'en' }, id: 42, copyOf: 7 },
      { meta: { published: null }, id: 3, copyOf: null },
    ];
    for (const c of cases) {
      const name = JSON.stringify(c);
      const inWorker = await pool.annotate(TEXT, c.meta);
      // the worker plans by language, as ingest does in this thread: the detected language lands in meta
      const plan = planFor(TEXT, c.meta, { declared: true });
      const here = plan.pipeline.run(createDoc(TEXT, plan.meta));
      assert.equal(inWorker.doc.meta.language, 'en', name);
      assert.deepEqual(JSON.parse(JSON.stringify(inWorker.doc)), JSON.parse(JSON.stringify(here)), name);
      assert.ok((inWorker.doc.layers.sentences?.length ?? 0) > 0, name);
      assert.ok(inWorker.digest, `${name}: the worker sends the digest`);
      const want = digestReport({ ...unkeyedReportMeta(here.meta), id: c.id, nearDupOf: c.copyOf }, here);
      assert.deepEqual(withArticleId(inWorker.digest, c.id, c.copyOf), want, name);
      // not keyed yet: the evidence names no stored article
      assert.notDeepEqual(inWorker.digest, want, name);
    }
    const second = await pool.annotate(`${TEXT} Again.`, { published: '2025-03-03' });
    assert.equal(second.doc.text, `${TEXT} Again.`);
    // the pool is bounded like any queue: two running or waiting on one worker, a third is refused
    const meta = { published: '2025-03-03' };
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
