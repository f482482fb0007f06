/**
 * The annotation pool of the HTTP server: worker threads (node:worker_threads) that each run the
 * default pipeline, behind the bounded queue of annotation.ts. Workers start on the first job (a
 * server that only reads never loads a model) and are replaced when one dies.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocMeta } from '../doc/meta.js';
import { WiretraceError, type ErrorCode } from '../errors.js';
import { boundedAnnotation, DEFAULT_MAX_QUEUED, type Annotated, type Annotation } from './annotation.js';
import type { WorkerJob } from './annotate-worker.js';
import { decodeAnnotated } from './annotation-wire.js';

export interface PoolOptions {
  /** Worker threads; default one per core but one (for the event loop), at most 4. */
  readonly workers?: number;
  readonly maxQueued?: number;
  readonly retryAfterSeconds?: number;
}

export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

interface Reply {
  readonly id: number;
  /** The layers and digest, encoded by annotation-wire.ts. */
  readonly annotated?: readonly Uint8Array[];
  readonly error?: { readonly code: ErrorCode; readonly message: string };
}

interface Pending {
  readonly text: string;
  readonly meta: DocMeta;
  resolve(done: Annotated): void;
  reject(err: Error): void;
}

/**
 * A worker running annotate-worker beside this module. Built (.js) that is the worker's entry; run from
 * source (.ts: tests, `npm run`) the entry is annotate-worker.dev.mjs, which registers tsx's loader
 * first, since a worker thread does not inherit `node --import tsx`.
 */
function newWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  return new Worker(new URL(fromSource ? './annotate-worker.dev.mjs' : './annotate-worker.js', import.meta.url));
}

class Slot {
  private worker: Worker | null = null;
  private pending: Pending | null = null;
  private nextId = 1;

  get busy(): boolean {
    return this.pending !== null;
  }

  run(text: string, meta: DocMeta): Promise<Annotated> {
    const w = this.worker ?? this.start();
    const job: WorkerJob = { id: this.nextId++, text, meta };
    return new Promise<Annotated>((resolve, reject) => {
      this.pending = { text, meta, resolve, reject };
      w.ref(); // a job in flight keeps the process alive; an idle worker does not
      w.postMessage(job);
    });
  }

  async stop(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private start(): Worker {
    const w = newWorker();
    w.on('message', (r: Reply) => this.settle(r.error ? new WiretraceError(r.error.code, r.error.message) : null, r));
    w.on('error', (err) => this.crashed(w, err));
    w.on('exit', (code) => this.crashed(w, new Error(`annotation worker exited with code ${code}`)));
    this.worker = w;
    return w;
  }

  private settle(err: Error | null, reply: Reply | undefined): void {
    const p = this.pending;
    this.pending = null;
    if (!p) return;
    this.worker?.unref();
    if (err) p.reject(err);
    else decodeAnnotated(reply!.annotated!, p.text, p.meta).then(p.resolve, p.reject);
  }

  private crashed(w: Worker, err: Error): void {
    if (this.worker !== w) return; // stopped on purpose, or already replaced
    this.worker = null; // the next job starts a fresh one
    this.settle(workerFailure(err), undefined);
  }
}

/**
 * The coded error for a job whose worker died. One that ran out of heap was given more text than it can
 * hold: the input's fault, E_INPUT_TOO_LARGE (413); anything else is a bug, E_INTERNAL.
 */
export function workerFailure(err: Error): WiretraceError {
  if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new WiretraceError('E_INPUT_TOO_LARGE', 'the article is too large to annotate in the memory an annotation worker has');
  }
  return new WiretraceError('E_INTERNAL', `annotation worker failed: ${err.message}`);
}

/** A pool of annotation workers behind a bounded queue. */
export function annotationPool(opts: PoolOptions = {}): Annotation {
  const slots = Array.from({ length: Math.max(1, opts.workers ?? defaultWorkerCount()) }, () => new Slot());
  const run = (text: string, meta: DocMeta): Promise<Annotated> => {
    // the queue admits at most one job per slot, so a free slot always exists here
    const slot = slots.find((s) => !s.busy);
    if (!slot) return Promise.reject(new WiretraceError('E_INTERNAL', 'annotation pool: no free worker'));
    return slot.run(text, meta);
  };
  return boundedAnnotation(
    run,
    { concurrency: slots.length, maxQueued: opts.maxQueued ?? DEFAULT_MAX_QUEUED, ...(opts.retryAfterSeconds ? { retryAfterSeconds: opts.retryAfterSeconds } : {}) },
    async () => {
      await Promise.all(slots.map((s) => s.stop()));
    },
  );
}
