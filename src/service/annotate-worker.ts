/**
 * A worker thread of the annotation pool (annotation-pool.ts): plans each text it is sent by its language
 * (planFor: every layer for English, text and dates for the languages with a date lexicon), annotates it
 * and posts the Doc back, its meta carrying the settled language and any withheld layers (or the coded error).
 */
import { parentPort } from 'node:worker_threads';
import { planFor } from '../annotate/default-pipeline.js';
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
      const plan = planFor(job.text, job.meta, { declared: true });
      port.postMessage({ id: job.id, doc: plan.pipeline.run(createDoc(job.text, plan.meta)) });
    } catch (err) {
      const error = isWiretraceError(err)
        ? { code: err.code, message: err.message }
        : { code: 'E_INTERNAL', message: `annotation failed: ${(err as Error).message ?? String(err)}` };
      port.postMessage({ id: job.id, error });
    }
  });
}
