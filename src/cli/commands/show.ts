/** `wiretrace show <id|url>`: one stored article with its metadata and layers. */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { getArticle } from '../../service/articles.js';
import { resolveStorePath } from '../../service/open.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import type { ArticleDetail } from '../../serve/api-schema.js';

export function register(program: Command): void {
  program
    .command('show')
    .description('Show one stored article by id or URL, with its layers')
    .argument('<id|url>', 'numeric article id, or its URL / canonical URL')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--json', 'print the article as JSON: text, metadata, every layer and its provenance (see docs/cli-json.md)')
    .action(async (key: string, opts: { db?: string; json?: boolean }) => {
      await withExistingStore(opts.db, async (store) => {
        const a = await getArticle(store, key);
        console.log(opts.json ? JSON.stringify(a) : formatArticle(a));
      });
    });
}

/** Opens a store that must already exist: reading commands never create an empty database. */
export async function withExistingStore<T>(db: string | undefined, run: (store: Store) => Promise<T>): Promise<T> {
  const path = resolveStorePath(db);
  if (path !== ':memory:' && !existsSync(path)) {
    throw new WiretraceError('E_NOT_FOUND', `no database at ${path} (run \`wiretrace ingest\` first, or pass --db)`);
  }
  const store = await openStore(path);
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

export function formatArticle(a: ArticleDetail): string {
  const lines = [
    `#${a.id}  ${a.title ?? '(untitled)'}`,
    `outlet:    ${a.outlet ?? '-'}`,
    `published: ${a.published ?? 'unknown'}`,
    `byline:    ${a.byline.length ? a.byline.join(', ') : '-'}`,
  ];
  if (a.url) lines.push(`url:       ${a.url}`);
  if (a.canonicalUrl && a.canonicalUrl !== a.url) lines.push(`canonical: ${a.canonicalUrl}`);
  if (a.imageCredit) lines.push(`image by:  ${a.imageCredit}`);
  if (a.nearDupOf) lines.push(`near-duplicate of #${a.nearDupOf}`);
  const layers = Object.keys(a.layers).map((n) => `${n} ${a.layers[n]!.length} (${a.provenance[n]?.annotator}@${a.provenance[n]?.version})`);
  lines.push(`layers:    ${layers.length ? layers.join(', ') : '-'}`, '', a.text);
  return lines.join('\n');
}
