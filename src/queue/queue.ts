/**
 * The durable work queue, on PostgreSQL through graphile-worker (0.16, the last line that runs on
 * Node 20). Chosen over pg-boss because two things this project needs are built in: jobs that share
 * a `queueName` run one at a time across every worker (story linking is serialised that way), and a
 * `jobKey` makes enqueueing idempotent (one pending link job per article, however often it is asked
 * for). Retries back off exponentially (graphile-worker waits exp(attempt) seconds); a job that has used
 * all its attempts stays in the table with its last error: the dead-letter state `wiretrace jobs` shows.
 *
 * Crash safety: a worker killed with -9 leaves its jobs locked. Every worker process holds a session
 * advisory lock for as long as it lives and records the graphile-worker ids it runs under
 * (`wiretrace_workers`); a worker that starts sweeps the records whose lock it can take (their
 * process is gone, since PostgreSQL releases a dead session's locks) and unlocks their jobs. No
 * timeout decides that a worker is dead.
 *
 * The job tables are graphile-worker's own (`_private_jobs`, `_private_tasks`); reading them directly is
 * why the version is pinned exactly in package.json.
 *
 * The queue lives beside the store: in schema `<store schema>_jobs` (`wiretrace_jobs` for the public
 * schema), so each store has its own.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { EventEmitter } from 'node:events';
import { makeWorkerUtils, run, type Runner, type Task, type WorkerEvents, type WorkerUtils } from 'graphile-worker';
import { WiretraceError } from '../errors.js';

/** What a worker can be asked to do; the service gives the handlers (src/service/jobs.ts). */
export const JOB_KINDS = ['ingest', 'link'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

/** Retries per kind before a job is dead: ingest reads the network and files, linking only the store. */
export const MAX_ATTEMPTS: Readonly<Record<JobKind, number>> = { ingest: 5, link: 5 };

/** Jobs of these kinds run one at a time across every worker (one graphile-worker queue each). */
export const SERIAL_QUEUE: Readonly<Partial<Record<JobKind, string>>> = { link: 'wiretrace-link' };

export type JobState = 'queued' | 'running' | 'retrying' | 'dead';
export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'retrying', 'dead'];

export interface JobRecord {
  readonly id: number;
  readonly kind: string;
  readonly state: JobState;
  readonly payload: unknown;
  readonly attempts: number;
  readonly maxAttempts: number;
  readonly lastError: string | null;
  readonly runAt: string;
  readonly createdAt: string;
  readonly key: string | null;
}

export interface EnqueueOptions {
  /** One pending job per key: asking again replaces the pending one. */
  readonly key?: string;
  readonly maxAttempts?: number;
}

export type JobHandler = (payload: unknown, job: { readonly id: number; readonly attempt: number }) => Promise<void>;

/**
 * Failures that another attempt cannot fix (the input is bad, not the moment): the job goes straight
 * to the dead state with its error instead of being retried.
 */
const PERMANENT_CODES: ReadonlySet<string> = new Set([
  'E_INPUT_EMPTY',
  'E_INPUT_BINARY',
  'E_INPUT_ENCODING',
  'E_INPUT_TOO_LARGE',
  'E_INPUT_NOT_FOUND',
  'E_INPUT_FORMAT',
  'E_DATE_INVALID',
  'E_VALIDATION',
  'E_USAGE',
  'E_NOT_FOUND',
  'E_FETCH_BLOCKED',
  'E_FETCH_TOO_LARGE',
  'E_FETCH_CONTENT_TYPE',
  'E_FETCH_ROBOTS',
]);

export function isPermanentFailure(err: unknown): boolean {
  return err instanceof WiretraceError && PERMANENT_CODES.has(err.code);
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The queue's connection string and schema for a store location (postgres:// only). */
export function queueLocation(storeLocation: string): { connectionString: string; schema: string } {
  let url: URL;
  try {
    url = new URL(storeLocation);
  } catch {
    throw new WiretraceError('E_QUEUE', 'the work queue needs a PostgreSQL store (--db postgres://…)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new WiretraceError('E_QUEUE', 'the work queue needs a PostgreSQL store (--db postgres://…)');
  }
  const storeSchema = url.searchParams.get('schema') ?? 'public';
  url.searchParams.delete('schema');
  const schema = storeSchema === 'public' ? 'wiretrace_jobs' : `${storeSchema}_jobs`;
  if (!SCHEMA_NAME.test(schema)) throw new WiretraceError('E_VALIDATION', `queue schema "${schema}" is not a valid name`);
  return { connectionString: url.toString(), schema };
}

/** graphile-worker logs through this: quiet apart from errors, which go to stderr. */
async function logger(): Promise<import('graphile-worker').Logger> {
  const { Logger } = await import('graphile-worker');
  return new Logger(() => (level: string, message: string) => {
    if (level === 'error') console.error(`queue: ${message}`);
  });
}

function stateOf(row: { locked_at: Date | null; attempts: number; max_attempts: number; last_error: string | null }): JobState {
  if (row.locked_at) return 'running';
  if (row.attempts >= row.max_attempts) return 'dead';
  return row.attempts > 0 ? 'retrying' : 'queued';
}

/** Adding and reading jobs: what `ingest --queue`, `wiretrace jobs` and the workers share. */
export class JobQueue {
  private constructor(
    private readonly utils: WorkerUtils,
    private readonly pool: pg.Pool,
    readonly schema: string,
  ) {}

  static async open(storeLocation: string): Promise<JobQueue> {
    const { connectionString, schema } = queueLocation(storeLocation);
    const pool = new pg.Pool({ connectionString, max: 4 });
    pool.on('error', () => undefined);
    try {
      const utils = await makeWorkerUtils({ pgPool: pool, schema, logger: await logger() });
      await utils.migrate();
      await pool.query(`CREATE TABLE IF NOT EXISTS ${schema}.wiretrace_workers (
        token       TEXT PRIMARY KEY,
        worker_ids  TEXT[] NOT NULL DEFAULT '{}',
        started_at  TIMESTAMPTZ NOT NULL DEFAULT now())`);
      return new JobQueue(utils, pool, schema);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw new WiretraceError('E_QUEUE', `cannot open the work queue: ${(err as Error).message}`);
    }
  }

  async enqueue(kind: JobKind, payload: Record<string, unknown>, opts: EnqueueOptions = {}): Promise<number> {
    const queueName = SERIAL_QUEUE[kind];
    const job = await this.utils.addJob(kind, payload, {
      maxAttempts: opts.maxAttempts ?? MAX_ATTEMPTS[kind],
      ...(queueName ? { queueName } : {}),
      ...(opts.key ? { jobKey: opts.key, jobKeyMode: 'preserve_run_at' as const } : {}),
    });
    return Number(job.id);
  }

  /** Jobs, oldest first, optionally of one state. Finished jobs leave the table; dead ones stay. */
  async list(state: JobState | null = null, limit = 200): Promise<JobRecord[]> {
    const r = await this.pool.query<{
      id: string;
      task_identifier: string;
      payload: unknown;
      attempts: number;
      max_attempts: number;
      last_error: string | null;
      run_at: Date;
      created_at: Date;
      locked_at: Date | null;
      key: string | null;
    }>(`SELECT j.id, t.identifier AS task_identifier, j.payload, j.attempts, j.max_attempts, j.last_error, j.run_at, j.created_at, j.locked_at, j.key
        FROM ${this.schema}._private_jobs j JOIN ${this.schema}._private_tasks t ON t.id = j.task_id ORDER BY j.id LIMIT $1`, [Math.max(1, Math.min(limit, 10_000))]);
    return r.rows
      .map((row) => ({
        id: Number(row.id),
        kind: row.task_identifier,
        state: stateOf(row),
        payload: row.payload,
        attempts: row.attempts,
        maxAttempts: row.max_attempts,
        lastError: row.last_error,
        runAt: row.run_at.toISOString(),
        createdAt: row.created_at.toISOString(),
        key: row.key,
      }))
      .filter((j) => state === null || j.state === state);
  }

  /** Counts per state (dead included), for `wiretrace jobs` and for waiting on a drained queue. */
  async counts(): Promise<Record<JobState, number>> {
    const out: Record<JobState, number> = { queued: 0, running: 0, retrying: 0, dead: 0 };
    for (const j of await this.list(null, 10_000)) out[j.state]++;
    return out;
  }

  /** Gives dead jobs (or the ones named) a fresh set of attempts, to run now. */
  async retry(ids: readonly number[] | null = null): Promise<number> {
    const r = await this.pool.query(
      `UPDATE ${this.schema}._private_jobs SET attempts = 0, run_at = now(), last_error = NULL
       WHERE locked_at IS NULL AND attempts >= max_attempts AND ($1::bigint[] IS NULL OR id = ANY($1::bigint[]))`,
      [ids ? [...ids] : null],
    );
    return r.rowCount ?? 0;
  }

  /** Makes waiting jobs due now (after a fix, or in tests, instead of waiting out a backoff). */
  async runDueNow(): Promise<void> {
    await this.pool.query(`UPDATE ${this.schema}._private_jobs SET run_at = now() WHERE locked_at IS NULL AND attempts < max_attempts`);
  }

  async close(): Promise<void> {
    await this.utils.release();
    await this.pool.end();
  }

  /** For the worker: the pool and utilities it shares. */
  internals(): { readonly utils: WorkerUtils; readonly pool: pg.Pool } {
    return { utils: this.utils, pool: this.pool };
  }
}

export interface WorkerOptions {
  readonly concurrency: number;
  /** How often (ms) to look for jobs that became due (retries); new jobs arrive through LISTEN at once. */
  readonly pollInterval?: number;
}

export interface RunningWorker {
  readonly token: string;
  /** Jobs locked by dead workers that this one unlocked when it started. */
  readonly recovered: number;
  /** Stops taking jobs, lets running ones finish, and releases everything. */
  stop(): Promise<void>;
  /** Settles when the worker stops. */
  readonly done: Promise<void>;
}

/** Advisory lock key of a worker process's liveness lock. */
const LIVE_LOCK = 0x77696b72;

/**
 * Runs a worker: registers it as alive, unlocks the jobs of workers that died, then runs jobs with
 * the handlers given, `concurrency` at a time, until stopped.
 */
export async function runWorker(queue: JobQueue, handlers: Readonly<Record<JobKind, JobHandler>>, opts: WorkerOptions): Promise<RunningWorker> {
  const { utils, pool } = queue.internals();
  const schema = queue.schema;
  const token = randomUUID();
  // the liveness lock lives on a connection of its own, held until the worker stops or its process dies
  const live = await pool.connect();
  await live.query('SELECT pg_advisory_lock($1, hashtext($2))', [LIVE_LOCK, token]);
  await live.query(`INSERT INTO ${schema}.wiretrace_workers (token) VALUES ($1)`, [token]);
  const recovered = await sweepDeadWorkers(pool, utils, schema, token);

  // Record each graphile-worker id under this process's token, as it is created and again (idempotently)
  // before any job of it runs, so a sweep can unlock whatever it held. What is left: a process killed in the
  // instant between a worker locking its first job and that record; graphile-worker's own stale-lock
  // reset (hours) frees such a job.
  const record = (workerId: string): Promise<unknown> =>
    pool.query(`UPDATE ${schema}.wiretrace_workers SET worker_ids = array_append(worker_ids, $2) WHERE token = $1 AND NOT ($2 = ANY(worker_ids))`, [token, workerId]);
  const events = new EventEmitter() as WorkerEvents;
  events.on('worker:create', ({ worker }) => void record(worker.workerId).catch(() => undefined));
  const taskList: Record<string, Task> = {};
  for (const kind of JOB_KINDS) {
    const handle = handlers[kind];
    taskList[kind] = async (payload, helpers) => {
      if (helpers.job.locked_by) await record(helpers.job.locked_by);
      try {
        await handle(payload, { id: Number(helpers.job.id), attempt: helpers.job.attempts });
      } catch (err) {
        // no more attempts for a bad input: graphile-worker's failure keeps this max_attempts, so the job is dead
        if (isPermanentFailure(err)) await pool.query(`UPDATE ${schema}._private_jobs SET max_attempts = attempts WHERE id = $1`, [helpers.job.id]);
        throw err instanceof WiretraceError ? new Error(`${err.code}: ${err.message}`) : err;
      }
    };
  }
  const runner: Runner = await run({
    pgPool: pool,
    schema,
    concurrency: Math.max(1, opts.concurrency),
    pollInterval: opts.pollInterval ?? 2000,
    noHandleSignals: true,
    taskList,
    events,
    logger: await logger(),
  });

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      // graphile-worker stops the runner itself when its worker pool ends first (seen under heavy load); a second
      // stop then throws "Runner is already stopped", which must not skip the cleanup below (the held client would
      // keep the pool, and the process, from ending)
      await runner.stop().catch((err: unknown) => {
        if (!(err instanceof Error && /already stopped/i.test(err.message))) throw err;
      });
      await pool.query(`DELETE FROM ${schema}.wiretrace_workers WHERE token = $1`, [token]).catch(() => undefined);
      await live.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LIVE_LOCK, token]).catch(() => undefined);
      live.release();
    })());
  const done = runner.promise.then(() => stop());
  return { token, recovered, stop, done };
}

/** Unlocks the jobs and queues of every recorded worker whose process is gone; returns how many jobs it freed. */
export async function sweepDeadWorkers(pool: pg.Pool, utils: WorkerUtils, schema: string, self: string): Promise<number> {
  const rows = (await pool.query<{ token: string; worker_ids: string[] }>(`SELECT token, worker_ids FROM ${schema}.wiretrace_workers WHERE token <> $1`, [self])).rows;
  let freed = 0;
  for (const row of rows) {
    const probe = await pool.connect();
    try {
      const got = (await probe.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok', [LIVE_LOCK, row.token])).rows[0]!.ok;
      if (!got) continue; // alive: its session still holds the lock
      const ids = row.worker_ids.length ? row.worker_ids : [];
      // recorded ids, plus any lock held under a worker id of this token's pool that was not recorded yet
      const locked = (await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}._private_jobs WHERE locked_by = ANY($1::text[])`, [ids])).rows[0]!.n;
      if (ids.length) await utils.forceUnlockWorkers(ids);
      freed += Number(locked);
      await pool.query(`DELETE FROM ${schema}.wiretrace_workers WHERE token = $1`, [row.token]);
      await probe.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LIVE_LOCK, row.token]);
    } finally {
      probe.release();
    }
  }
  return freed;
}
