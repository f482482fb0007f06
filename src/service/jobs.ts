/**
 * The work queue's side in the service: what `ingest --queue` enqueues and what `wiretrace worker`
 * runs. Jobs are idempotent, so a retry or a job re-run after a worker was killed changes nothing
 * twice: ingest is keyed by content hash and URL in the store, and linking skips an article already in
 * a story and holds the store's 'stories' lock while it writes (linkDoc), so workers never rewrite one
 * story at once.
 *
 * Job kinds: `ingest` (one input: a file or a URL; fetch, extract, annotate, store and link) and `link`
 * (one stored article). A directory is enqueued as one job per file, so its files spread over workers.
 */
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { WiretraceError } from '../errors.js';
import { JobQueue, runWorker, type JobHandler, type JobKind, type JobRecord, type JobState, type RunningWorker } from '../queue/queue.js';
import type { Store } from '../store/types.js';
import { appendAll } from '../util/arrays.js';
import { listIngestable } from './input.js';

export { JobQueue, JOB_STATES, type JobRecord, type JobState, type RunningWorker } from '../queue/queue.js';

/** An ingest job: the input and the options `wiretrace ingest` would have used. */
export const IngestJob = Type.Object(
  {
    input: Type.String({ minLength: 1 }),
    published: Type.Optional(Type.String()),
    outlet: Type.Optional(Type.String()),
    title: Type.Optional(Type.String()),
    format: Type.Optional(Type.Union([Type.Literal('article'), Type.Literal('html'), Type.Literal('raw')])),
    allowPrivate: Type.Optional(Type.Boolean()),
    maxBytes: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export type IngestJob = Static<typeof IngestJob>;

export const LinkJob = Type.Object({ article: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export type LinkJob = Static<typeof LinkJob>;

function payloadOf<T>(schema: Parameters<typeof Value.Check>[0], kind: JobKind, payload: unknown): T {
  if (!Value.Check(schema, payload)) throw new WiretraceError('E_VALIDATION', `${kind} job payload does not match its schema: ${JSON.stringify(payload).slice(0, 200)}`);
  return payload as T;
}

/**
 * Enqueues inputs as ingest jobs: URLs as they are, files by absolute path, directories as one job per
 * file. Returns the job ids with what each will ingest.
 */
export async function enqueueIngest(queue: JobQueue, inputs: readonly string[], opts: Omit<IngestJob, 'input'> & { readonly recursive?: boolean }): Promise<Array<{ readonly input: string; readonly job: number }>> {
  const { recursive, ...rest } = opts;
  const out: Array<{ input: string; job: number }> = [];
  for (const raw of inputs) {
    if (raw === '-') throw new WiretraceError('E_USAGE', 'stdin cannot be queued: a worker elsewhere cannot read it');
    const targets: string[] = [];
    if (/^https?:\/\//i.test(raw)) targets.push(raw);
    else {
      const path = resolve(raw);
      const info = await stat(path).catch(() => null);
      if (!info) throw new WiretraceError('E_INPUT_NOT_FOUND', `${raw} does not exist`);
      if (info.isDirectory()) appendAll(targets, await listIngestable(path, recursive ?? false));
      else targets.push(path);
    }
    for (const input of targets) {
      const payload: IngestJob = { input, ...rest };
      out.push({ input, job: await queue.enqueue('ingest', payload, { key: `ingest:${input}` }) });
    }
  }
  return out;
}

/** The handlers a worker runs, over one store. */
export function jobHandlers(store: Store): Record<JobKind, JobHandler> {
  return {
    ingest: async (payload) => {
      const job = payloadOf<IngestJob>(IngestJob, 'ingest', payload);
      const { ingestInput } = await import('./ingest.js');
      const { linkArticle } = await import('./stories.js');
      const { input, ...opts } = job;
      const outcomes = await ingestInput(store, input, opts);
      const failed = outcomes.find((o) => !o.ok);
      if (failed && !failed.ok) throw new WiretraceError(failed.error.code, `${failed.input}: ${failed.error.message}`);
      // stored by an earlier attempt that died before linking: link it now (linking skips linked articles)
      for (const o of outcomes) if (o.ok && (await store.storyOfArticle(o.id)) === null) await linkArticle(store, o.id);
    },
    link: async (payload) => {
      const { article } = payloadOf<LinkJob>(LinkJob, 'link', payload);
      const { linkArticle } = await import('./stories.js');
      if ((await store.storyOfArticle(article)) === null) await linkArticle(store, article);
    },
  };
}

/** Starts a worker over a PostgreSQL store: `concurrency` jobs at a time, until stopped. */
export async function startWorker(store: Store, queue: JobQueue, concurrency: number, pollInterval?: number): Promise<RunningWorker> {
  if (store.engine !== 'postgres') throw new WiretraceError('E_QUEUE', 'workers need a PostgreSQL store (--db postgres://…)');
  return runWorker(queue, jobHandlers(store), { concurrency, ...(pollInterval ? { pollInterval } : {}) });
}

/** Jobs for `wiretrace jobs`: oldest first, of one state or all, with counts per state. */
export async function listJobs(queue: JobQueue, state: JobState | null): Promise<{ readonly counts: Record<JobState, number>; readonly jobs: readonly JobRecord[] }> {
  return { counts: await queue.counts(), jobs: await queue.list(state) };
}
