/**
 * `wiretrace demo` (what `npm start` runs): opens ./data/wiretrace.db, ingests the example corpus and
 * the story corpus (corpus/stories) with each report's outlet, date and URL from their manifest.json
 * files (idempotent: a second run adds nothing), then serves the UI and API and prints the URL. Stories
 * form as the reports are linked, so the home page lists them with their status steps and drift.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../service/config.js';
import { defaultDemoDirs, ingestExamples } from '../../service/examples.js';
import { resolveStorePath, withStore } from '../../service/open.js';
import type { FrontEnds } from '../front-ends.js';
import { logLevelOption, runServe, type ServeCommandOptions } from './serve.js';

interface DemoOptions extends ServeCommandOptions {
  readonly examples?: string;
  readonly serve: boolean;
}

export function register(program: Command, frontEnds: FrontEnds): void {
  program
    .command('demo')
    .description('Ingest the example and story corpora into ./data/wiretrace.db (once) and serve the UI and API on http://localhost:8080')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--port <n>', 'port (default: $PORT or 8080)')
    .option('--host <host>', 'interface to listen on (default: localhost)')
    .option('--examples <dir>', 'corpus directory with a manifest.json (default: the package\'s examples/ and corpus/stories/)')
    .addOption(logLevelOption())
    .option('--no-serve', 'only ingest the examples, then exit')
    .action(async (opts: DemoOptions) => {
      const dbPath = resolveStorePath(opts.db, loadConfig());
      const dirs = opts.examples ? [opts.examples] : defaultDemoDirs();
      const outcomes = await withStore(dbPath, async (store) => {
        let all: Awaited<ReturnType<typeof ingestExamples>> = [];
        for (const dir of dirs) all = all.concat(await ingestExamples(store, dir));
        return all;
      });
      const failed = outcomes.filter((o) => !o.ok);
      const created = outcomes.filter((o) => o.ok && o.created).length;
      for (const f of failed) if (!f.ok) console.error(`error ${f.error.code}: ${f.error.message}`);
      console.log(`reports: ${created} new, ${outcomes.length - created - failed.length} already stored, ${failed.length} failed  (${dbPath})`);
      if (failed.length) process.exitCode = 1;
      if (opts.serve) await runServe(opts, frontEnds.http);
    });
}
