/**
 * `wiretrace worker` runs queued work (ingest, link) on a PostgreSQL store; `wiretrace jobs` shows the
 * queue (queued, running, retrying, dead with its error) and `wiretrace jobs retry` revives dead jobs.
 * Readable text by default, JSON with --json (docs/cli-json.md).
 */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { JOB_STATES, JobQueue, listJobs, startWorker, type JobRecord, type JobState } from '../../service/jobs.js';
import { openStore, resolveStorePath } from '../../service/open.js';

const DB_HELP = 'PostgreSQL store URL (default: $WIRETRACE_DB); the queue lives beside it';

function formatJob(j: JobRecord): string {
  const what = typeof j.payload === 'object' && j.payload ? Object.values(j.payload as Record<string, unknown>)[0] : j.payload;
  const tries = `${j.attempts}/${j.maxAttempts}`;
  const err = j.lastError ? `\n      ${j.lastError.split('\n')[0]}` : '';
  return `  #${String(j.id).padEnd(6)} ${j.state.padEnd(8)} ${j.kind.padEnd(7)} tries ${tries.padEnd(5)} ${String(what)}${err}`;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('Run queued ingest and link jobs on a PostgreSQL store until stopped (Ctrl-C finishes running jobs first)')
    .option('--db <url>', DB_HELP)
    .option('--concurrency <n>', 'jobs at a time (default 2)', '2')
    .action(async (opts: { db?: string; concurrency: string }) => {
      if (!/^[1-9]\d*$/.test(opts.concurrency)) throw new WiretraceError('E_USAGE', `--concurrency must be a positive whole number, not "${opts.concurrency}"`);
      const location = resolveStorePath(opts.db);
      const store = await openStore(location);
      const queue = await JobQueue.open(location);
      const worker = await startWorker(store, queue, Number(opts.concurrency));
      console.error(`worker ${worker.token.slice(0, 8)}: running ${opts.concurrency} job(s) at a time${worker.recovered ? `; unlocked ${worker.recovered} job(s) of workers that died` : ''}`);
      const stop = (): void => void worker.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await worker.done;
      await queue.close();
      await store.close();
    });

  const jobs = program
    .command('jobs')
    .description('Show the work queue: queued, running, retrying and dead jobs (dead ones with their error)')
    .option('--db <url>', DB_HELP)
    .option('--state <state>', `only jobs in this state (${JOB_STATES.join(', ')})`)
    .option('--json', 'print {counts, jobs} (see docs/cli-json.md)')
    .action(async (opts: { db?: string; state?: string; json?: boolean }) => {
      if (opts.state && !JOB_STATES.includes(opts.state as JobState)) throw new WiretraceError('E_USAGE', `--state must be one of ${JOB_STATES.join(', ')}`);
      const queue = await JobQueue.open(resolveStorePath(opts.db));
      try {
        const r = await listJobs(queue, (opts.state as JobState | undefined) ?? null);
        if (opts.json) console.log(JSON.stringify(r));
        else {
          console.log(JOB_STATES.map((s) => `${s} ${r.counts[s]}`).join(' · '));
          for (const j of r.jobs) console.log(formatJob(j));
        }
      } finally {
        await queue.close();
      }
    });

  jobs
    .command('retry')
    .description('Give dead jobs (all, or the ids given) a fresh set of attempts')
    .argument('[ids...]', 'job ids (default: every dead job)')
    .option('--db <url>', DB_HELP)
    .action(async (ids: string[], opts: { db?: string }) => {
      for (const id of ids) if (!/^\d+$/.test(id)) throw new WiretraceError('E_USAGE', `a job id is a number, not "${id}"`);
      const queue = await JobQueue.open(resolveStorePath(opts.db ?? (program.commands.find((c) => c.name() === 'jobs')?.opts() as { db?: string }).db));
      try {
        console.log(`${await queue.retry(ids.length ? ids.map(Number) : null)} job(s) will run again`);
      } finally {
        await queue.close();
      }
    });
}
