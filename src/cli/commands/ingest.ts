/**
 * `wiretrace ingest <file|dir|url|->...`: guards, parses, annotates and stores articles.
 * Exit code 0 when every input was stored (or already was), 1 when any input was refused.
 */
import { Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import { WiretraceError } from '../../errors.js';
import { loadConfig, resolveMaxInputBytes } from '../../service/config.js';
import type { IngestOutcome, IngestPathOptions } from '../../service/ingest.js';
import { lazyStore, resolveStorePath } from '../../service/open.js';
import { validatePublished, type InputFormat } from '../../service/parse.js';

export interface IngestCommandOptions {
  readonly db?: string;
  readonly published?: string;
  readonly outlet?: string;
  readonly title?: string;
  readonly format?: InputFormat | 'auto';
  readonly recursive?: boolean;
  readonly allowPrivate?: boolean;
  readonly maxSize?: string;
  readonly json?: boolean;
  readonly manifest?: string;
  readonly queue?: boolean;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('Ingest articles: plain-text (.txt), HTML (.html, .htm, .html.gz), a directory of them, a URL, or - for stdin')
    .argument('[inputs...]', 'files, directories, http(s) URLs, or - for stdin')
    .option('--manifest <file>', 'a JSON list of files with their outlet, published date and URL ([{file, outlet?, published?, url?}], paths relative to it)')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--published <date>', 'publication date, ISO 8601 (e.g. 2024-06-16 or 2024-06-16T09:30:00Z); overrides metadata')
    .option('--outlet <name>', 'outlet (publisher) name; overrides metadata')
    .option('--title <title>', 'article title; overrides the one found in the input')
    .addOption(new Option('--format <format>', 'input form').choices(['auto', 'article', 'html', 'raw']).default('auto'))
    .option('-r, --recursive', 'descend into subdirectories')
    .option('--allow-private', 'let URL ingest reach loopback and private addresses (local use only)')
    .option('--max-size <size>', 'largest accepted input, e.g. 10MB (default 10MB)')
    .option('--json', 'print one JSON object per input (see docs/cli-json.md)')
    .option('--queue', 'enqueue the inputs for `wiretrace worker` instead of ingesting here (PostgreSQL stores)')
    .action(async (inputs: string[], opts: IngestCommandOptions) => {
      if (!inputs.length && !opts.manifest) throw new WiretraceError('E_USAGE', 'give inputs to ingest, or --manifest FILE');
      if (opts.queue) {
        await runEnqueue(inputs, opts);
        return;
      }
      const failed = await runIngest(inputs, opts);
      if (failed > 0) process.exitCode = 1;
    });
}

/** `ingest --queue`: one job per file or URL on the store's queue; workers do the rest. */
async function runEnqueue(inputs: readonly string[], opts: IngestCommandOptions): Promise<void> {
  if (opts.manifest) throw new WiretraceError('E_USAGE', '--manifest cannot be queued yet: ingest it here, or queue its files');
  validatePublished(opts.published);
  const { JobQueue, enqueueIngest } = await import('../../service/jobs.js');
  const queue = await JobQueue.open(resolveStorePath(opts.db, loadConfig()));
  try {
    const jobs = await enqueueIngest(queue, inputs, {
      ...(opts.published ? { published: opts.published } : {}),
      ...(opts.outlet ? { outlet: opts.outlet } : {}),
      ...(opts.title ? { title: opts.title } : {}),
      ...(opts.format && opts.format !== 'auto' ? { format: opts.format } : {}),
      ...(opts.allowPrivate ? { allowPrivate: true } : {}),
      recursive: opts.recursive ?? false,
    });
    for (const j of jobs) console.log(opts.json ? JSON.stringify({ queued: true, job: j.job, input: j.input }) : `queued job #${j.job} ${j.input}`);
    if (!opts.json) console.log(`${jobs.length} job(s) queued; run \`wiretrace worker\` to process them`);
  } finally {
    await queue.close();
  }
}

/** Runs the command; returns how many inputs failed. Exported for `demo` and tests. */
export async function runIngest(inputs: readonly string[], opts: IngestCommandOptions): Promise<number> {
  const config = loadConfig();
  validatePublished(opts.published); // a bad date fails before anything is read or opened
  if (inputs.filter((i) => i === '-').length > 1) throw new WiretraceError('E_USAGE', 'stdin (-) can be given only once');
  const maxBytes = resolveMaxInputBytes(opts.maxSize, config);
  // loaded here, not at startup: `wiretrace --help` should not load every annotator
  const { ingestInput } = await import('../../service/ingest.js');
  const store = lazyStore(resolveStorePath(opts.db, config));
  const base: IngestPathOptions = {
    ...(opts.published ? { published: opts.published } : {}),
    ...(opts.outlet ? { outlet: opts.outlet } : {}),
    ...(opts.title ? { title: opts.title } : {}),
    ...(opts.format && opts.format !== 'auto' ? { format: opts.format } : {}),
    maxBytes,
    recursive: opts.recursive ?? false,
    allowPrivate: opts.allowPrivate ?? config.allowPrivate ?? false,
  };
  const outcomes: IngestOutcome[] = [];
  if (opts.manifest) {
    const { ingestManifest } = await import('../../service/examples.js');
    try {
      const res = await ingestManifest(store.ref, opts.manifest, { maxBytes, allowPrivate: base.allowPrivate ?? false });
      for (const o of res) report(o, opts.json ?? false);
      for (const o of res) outcomes.push(o);
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  let bar: cliProgress.SingleBar | null = null;
  try {
    for (const input of inputs) {
      const progress: IngestPathOptions = {
        ...base,
        onProgress: (done, total, outcome) => {
          if (total > 1 && !opts.json && process.stderr.isTTY) {
            bar ??= startBar(total);
            bar.update(done, { file: shorten(outcome.input) });
          } else report(outcome, opts.json ?? false);
        },
      };
      const res = await ingestInput(store.ref, input, progress).catch((err: unknown) => {
        if (err instanceof WiretraceError) return [{ ok: false as const, input, error: { code: err.code, message: err.message } }];
        throw err;
      });
      if (bar) {
        (bar as cliProgress.SingleBar).stop();
        bar = null;
        for (const o of res) if (!o.ok) report(o, false);
      } else {
        // single inputs (stdin, URL, errors before listing) are reported here, not by onProgress
        for (const o of res) if (!reported.has(o)) report(o, opts.json ?? false);
      }
      for (const o of res) outcomes.push(o);
    }
  } finally {
    (bar as cliProgress.SingleBar | null)?.stop();
    await store.close();
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  if (!opts.json && outcomes.length > 1) {
    const created = outcomes.filter((o) => o.ok && o.created).length;
    console.error(`${outcomes.length} inputs: ${created} new, ${outcomes.length - created - failed} already stored, ${failed} failed`);
  }
  return failed;
}

// onProgress fires per file inside directories; stdin, URLs and early failures come back without it.
const reported = new WeakSet<IngestOutcome>();

function report(o: IngestOutcome, json: boolean): void {
  reported.add(o);
  if (json) {
    console.log(JSON.stringify(o));
    return;
  }
  if (o.ok) {
    const what = o.created ? 'added' : `exists (same ${o.matchedBy === 'content_hash' ? 'content' : (o.matchedBy ?? 'content').replace('_', ' ')})`;
    console.log(`${what} #${o.id} ${o.title ?? '(untitled)'}  [${o.input}]`);
  } else {
    console.error(`error ${o.error.code}: ${o.error.message}`);
  }
}

function startBar(total: number): cliProgress.SingleBar {
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} {file}', stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { file: '' });
  return bar;
}

function shorten(s: string): string {
  return s.length > 40 ? '…' + s.slice(-39) : s;
}
