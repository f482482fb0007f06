/**
 * A worker thread of the annotation pool (annotation-pool.ts): plans each text it is sent by its language
 * (planFor: every layer for English, text and dates for the languages with a date lexicon), annotates it and
 * posts the layers back with the story digest (annotation-wire.ts; the head carries the settled meta: language,
 * withheld layers), or the coded error. The digest is a pure function of the Doc and the report's meta, as
 * costly as some annotators on a long text: made here, the event loop only re-keys it once the article has an id.
 */
import { parentPort } from 'node:worker_threads';
import { planFor } from '../annotate/default-pipeline.js';
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
      const plan = planFor(job.text, job.meta, { declared: true });
      const doc = plan.pipeline.run(createDoc(job.text, plan.meta));
      const { parts, buffers } = encodeAnnotated(doc, digestReport(unkeyedReportMeta(doc.meta), doc));
      port.postMessage({ id: job.id, annotated: parts }, buffers);
    } catch (err) {
      const error = isWiretraceError(err)
        ? { code: err.code, message: err.message }
        : { code: 'E_INTERNAL', message: `annotation failed: ${(err as Error).message ?? String(err)}` };
      port.postMessage({ id: job.id, error });
    }
  });
}
