/**
 * A worker thread of the annotation pool (annotation-pool.ts): loads the default pipeline once, then
 * annotates each text it is sent and posts the layers back with the story digest (annotation-wire.ts), or the coded error.
 * The digest is a pure function of the Doc and the report's meta, as costly as some annotators on a
 * long text: made here, the event loop only re-keys it once the article has an id.
 */
import { parentPort } from 'node:worker_threads';
import { defaultPipeline } from '../annotate/default-pipeline.js';
import { createDoc } from '../doc/doc.js';
import type { DocMeta } from '../doc/meta.js';
import { isWiretraceError } from '../errors.js';
import { digestReport } from '../link/digest.js';
import { unkeyedReportMeta } from './annotation.js';
import { encodeAnnotated } from './annotation-wire.js';

export interface WorkerJob {
  readonly id: number;
  readonly text: string;
  readonly meta: DocMeta;
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (job: WorkerJob) => {
    try {
      const doc = defaultPipeline().run(createDoc(job.text, job.meta));
      const { parts, buffers } = encodeAnnotated(doc, digestReport(unkeyedReportMeta(job.meta), doc));
      port.postMessage({ id: job.id, annotated: parts }, buffers);
    } catch (err) {
      const error = isWiretraceError(err)
        ? { code: err.code, message: err.message }
        : { code: 'E_INTERNAL', message: `annotation failed: ${(err as Error).message ?? String(err)}` };
      port.postMessage({ id: job.id, error });
    }
  });
}
