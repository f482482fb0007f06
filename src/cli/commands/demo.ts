/**
 * `wiretrace demo` (what `npm start` runs): opens ./data/wiretrace.db, ingests the example corpus
 * with each example's outlet, date and URL from examples/manifest.json (idempotent: a second run adds
 * nothing), then serves the UI and API and prints the URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import type { IngestOutcome } from '../../service/ingest.js';
import { resolveStorePath } from '../../service/open.js';
import { loadConfig } from '../../service/config.js';
import { packageRoot } from '../../serve/http/static.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import { runServe } from './serve.js';

interface ManifestEntry {
  readonly file: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly url?: string;
}

export function register(program: Command): void {
  program
    .command('demo')
    .description('Ingest the example corpus into ./data/wiretrace.db (once) and serve the UI and API on http://localhost:8080')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--port <n>', 'port (default: $PORT or 8080)')
    .option('--host <host>', 'interface to listen on (default: localhost)')
    .option('--examples <dir>', 'example corpus directory (default: the package\'s examples/)')
    .option('--no-serve', 'only ingest the examples, then exit')
    .action(async (opts: { db?: string; port?: string; host?: string; examples?: string; serve: boolean }) => {
      const config = loadConfig();
      const dbPath = resolveStorePath(opts.db, config);
      const store = await openStore(dbPath);
      let outcomes: IngestOutcome[];
      try {
        outcomes = await ingestExamples(store, opts.examples ?? join(packageRoot(), 'examples'));
      } finally {
        await store.close();
      }
      const failed = outcomes.filter((o) => !o.ok);
      const created = outcomes.filter((o) => o.ok && o.created).length;
      for (const f of failed) if (!f.ok) console.error(`error ${f.error.code}: ${f.error.message}`);
      console.log(`examples: ${created} new, ${outcomes.length - created - failed.length} already stored, ${failed.length} failed  (${dbPath})`);
      if (failed.length) process.exitCode = 1;
      if (opts.serve) await runServe({ ...(opts.db ? { db: opts.db } : {}), ...(opts.port ? { port: opts.port } : {}), ...(opts.host ? { host: opts.host } : {}) });
    });
}

/** Ingests every example listed in manifest.json with its metadata; without a manifest, the whole directory. */
export async function ingestExamples(store: Store, dir: string): Promise<IngestOutcome[]> {
  if (!existsSync(dir)) throw new WiretraceError('E_INPUT_NOT_FOUND', `no example corpus at ${dir}`);
  const manifestPath = join(dir, 'manifest.json');
  const { attempt, ingestFile, ingestPath } = await import('../../service/ingest.js');
  if (!existsSync(manifestPath)) return ingestPath(store, dir, { recursive: true });
  const entries = readManifest(manifestPath);
  const outcomes: IngestOutcome[] = [];
  for (const e of entries) {
    const path = resolve(dir, e.file);
    outcomes.push(
      await attempt(path, () =>
        ingestFile(store, path, {
          ...(e.outlet ? { outlet: e.outlet } : {}),
          ...(e.published ? { published: e.published } : {}),
          ...(e.url ? { url: e.url } : {}),
        }),
      ),
    );
  }
  return outcomes;
}

function readManifest(path: string): ManifestEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WiretraceError('E_INPUT_FORMAT', `${path} is not valid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { examples?: unknown }).examples;
  if (!Array.isArray(list) || !list.every((e) => e && typeof (e as ManifestEntry).file === 'string')) {
    throw new WiretraceError('E_INPUT_FORMAT', `${path} must list examples as [{file, outlet?, published?, url?}]`);
  }
  return list as ManifestEntry[];
}
