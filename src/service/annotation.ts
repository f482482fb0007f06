/**
 * Where ingest runs the annotators. In-process (the CLI, tests with their own pipeline) or on a pool
 * of worker threads (the HTTP server), so that annotating a long article never blocks the event loop
 * that answers /api/health and reads. Either way behind a bounded queue: at most `concurrency` jobs
 * run, at most `maxQueued` wait, and one more is refused at once with E_BUSY (HTTP 503 + Retry-After).
 */
import type { Doc } from '../doc/doc.js';
import type { DocMeta } from '../doc/meta.js';
import { WiretraceError } from '../errors.js';
import type { ReportDigest, ReportMeta } from '../link/digest.js';

/** An annotated text, with its story digest when it was made where the annotators ran. */
export interface Annotated {
  readonly doc: Doc;
  /**
   * The link layer's digest of the report (link/digest.ts), made beside the annotators so that the
   * event loop does not: with article id 0 and no copy link, re-keyed after insert (withArticleId).
   */
  readonly digest?: ReportDigest;
}

/**
 * The report meta a digest is made with before its article is stored: id 0 and no copy link (both set
 * by withArticleId after insert); title, outlet, date and language as ingest stores them.
 */
export function unkeyedReportMeta(meta: DocMeta): ReportMeta {
  return { id: 0, title: meta.title ?? null, outlet: meta.outlet ?? null, published: meta.published ?? null, language: meta.language ?? null, nearDupOf: null };
}

/** Runs every annotator of a pipeline over a text. */
export type AnnotateFn = (text: string, meta: DocMeta) => Promise<Annotated>;

export interface Annotation {
  readonly annotate: AnnotateFn;
  /** Jobs running and waiting now. */
  load(): { readonly running: number; readonly queued: number };
  /** Refuses new jobs, lets running ones finish, and frees the workers. */
  close(): Promise<void>;
}

export interface QueueOptions {
  /** Jobs run at once (the number of workers). */
  readonly concurrency: number;
  /** Jobs that may wait for a free slot; one more is E_BUSY. */
  readonly maxQueued: number;
  /** What E_BUSY tells the client to wait, in seconds. */
  readonly retryAfterSeconds?: number;
}

export const DEFAULT_MAX_QUEUED = 16;
export const DEFAULT_RETRY_AFTER_S = 5;

/**
 * A bounded queue in front of any annotate function: the scheduling half of the pool, kept apart from
 * the threads so that tests can drive it with a function they settle themselves.
 */
export function boundedAnnotation(run: AnnotateFn, opts: QueueOptions, onClose: () => Promise<void> = async () => undefined): Annotation {
  const concurrency = Math.max(1, Math.floor(opts.concurrency));
  const maxQueued = Math.max(0, Math.floor(opts.maxQueued));
  const retryAfterSeconds = opts.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_S;
  const waiting: Array<() => void> = [];
  let running = 0;
  let closed = false;

  const annotate: AnnotateFn = async (text, meta) => {
    if (closed) throw new WiretraceError('E_BUSY', 'the server is shutting down', { retryAfterSeconds });
    if (running >= concurrency) {
      if (waiting.length >= maxQueued) {
        throw new WiretraceError('E_BUSY', `${running} articles are being annotated and ${waiting.length} wait; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
      }
      await new Promise<void>((go) => waiting.push(go));
    }
    running++;
    try {
      return await run(text, meta);
    } finally {
      running--;
      waiting.shift()?.();
    }
  };
  return {
    annotate,
    load: () => ({ running, queued: waiting.length }),
    close: async () => {
      closed = true;
      await onClose();
    },
  };
}
