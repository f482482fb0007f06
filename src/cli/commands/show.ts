/**
 * `wiretrace show <id|url>`: one stored article, readable: its metadata, who said what as relay
 * chains (outlet ← agency ← speaker), its events one per cluster with times as windows, then the text.
 */
import type { Command } from 'commander';
import { getArticle } from '../../service/articles.js';
import { existingStorePath, withStore } from '../../service/open.js';
import { articleDoc, formatReading } from '../../service/reading-view.js';
import type { ArticleDetail } from '../../service/schemas.js';

/** What the reading commands tell a user to run when there is no database yet. */
export const FIRST_STEP = 'run `wiretrace ingest`';

export function register(program: Command): void {
  program
    .command('show')
    .description('Show one stored article by id or URL, with its layers')
    .argument('<id|url>', 'numeric article id, or its URL / canonical URL')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--json', 'print the article as JSON: text, metadata, every layer and its provenance (see docs/cli-json.md)')
    .action(async (key: string, opts: { db?: string; json?: boolean }) => {
      const a = await withStore(existingStorePath(opts.db, FIRST_STEP), (store) => getArticle(store, key));
      console.log(opts.json ? JSON.stringify(a) : formatArticle(a));
    });
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
  const layers = (Object.keys(a.layers) as (keyof typeof a.layers)[]).map((n) => `${n} ${a.layers[n]!.length} (${a.provenance[n]?.annotator}@${a.provenance[n]?.version})`);
  lines.push(`layers:    ${layers.length ? layers.join(', ') : '-'}`);
  return formatReading(articleDoc(a), lines);
}
