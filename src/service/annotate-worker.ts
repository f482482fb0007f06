/**
 * A worker thread of the annotation pool (annotation-pool.ts): loads the default pipeline once, then
 * annotates each text it is sent and posts the Doc back (or the coded error).
 */
import { parentPort } from 'node:worker_threads';
import { defaultPipeline } from '../annotate/default-pipeline.js';
import { createDoc } from '../doc/doc.js';
import type { DocMeta } from '../doc/meta.js';
import { isWiretraceError } from '../errors.js';

export interface WorkerJob {
  readonly id: number;
  readonly text: string;
  readonly meta: DocMeta;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: WorkerJob) => {
    try {
      port.postMessage({ id: job.id, doc: defaultPipeline().run(createDoc(job.text, job.meta)) });
    } catch (err) {
      const error = isWiretraceError(err)
        ? { code: err.code, message: err.message }
        : { code: 'E_INTERNAL', message: `annotation failed: ${(err as Error).message ?? String(err)}` };
      port.postMessage({ id: job.id, error });
    }
  });
}
