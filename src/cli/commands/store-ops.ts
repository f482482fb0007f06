/**
 * Store operations: `wiretrace migrate` (apply pending schema migrations, say which ran),
 * `wiretrace export` (the store as JSON Lines on stdout) and `wiretrace import [file]` (a dump from
 * stdin or a file). Formats: src/service/dump-schemas.ts.
 */
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { exportStore, importDump } from '../../service/dump.js';
import { migrateStore } from '../../service/migrate.js';
import { existingStorePath, resolveStorePath, withStore } from '../../service/open.js';

const DB_HELP = 'database file or postgres:// URL (default: $WIRETRACE_DB or ./data/wiretrace.db)';

/** Writes a line to stdout, waiting when the pipe is full (a dump can be far larger than memory). */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}

export function register(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending schema migrations (creating the database when needed) and say which ran')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print {engine, location, ran, total}')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const r = await migrateStore(resolveStorePath(opts.db));
      if (opts.json) {
        console.log(JSON.stringify(r));
        return;
      }
      if (r.ran.length === 0) console.log(`${r.engine} store ${r.location}: schema is current (${r.total} migrations applied earlier)`);
      else {
        console.log(`${r.engine} store ${r.location}: applied ${r.ran.length} of ${r.total} migration(s)`);
        for (const m of r.ran) console.log(`  ${m.module} ${m.id}  ${m.name}`);
      }
    });

  program
    .command('export')
    .description('Write every article with its layers, and every feed with its seen items, as JSON Lines on stdout (stories: rebuild with `wiretrace relink`)')
    .option('--db <path>', DB_HELP)
    .action(async (opts: { db?: string }) => {
      await withStore(existingStorePath(opts.db, 'ingest something'), async (store) => {
        for await (const line of exportStore(store)) await writeLine(line);
      });
    });

  program
    .command('import')
    .description('Read a dump written by `wiretrace export` into the store; articles already stored are kept, so it can be rerun')
    .argument('[file]', 'dump file, or - for stdin', '-')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print the counts as JSON')
    .action(async (file: string, opts: { db?: string; json?: boolean }) => {
      const input = file === '-' ? process.stdin : createReadStream(file, 'utf8');
      // The iterator is taken now: readline drops lines emitted before it exists (while the store opens).
      const lines = createInterface({ input, crlfDelay: Infinity })[Symbol.asyncIterator]();
      const r = await withStore(resolveStorePath(opts.db), (store) => importDump(store, { [Symbol.asyncIterator]: () => lines }));
      if (opts.json) console.log(JSON.stringify(r));
      else console.log(`imported ${r.articles} article(s) (${r.created} new, ${r.layers} layers), ${r.feeds} feed(s), ${r.feedItems} new feed item(s); run \`wiretrace relink\` to rebuild stories`);
    });
}
