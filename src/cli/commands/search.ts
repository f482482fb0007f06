/** `wiretrace search <query>`: full-text search over stored titles and texts, with the story list's filters. */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { searchArticles } from '../../service/articles.js';
import { existingStorePath, withStore } from '../../service/open.js';
import type { SearchResponse } from '../../service/schemas.js';
import { FIRST_STEP } from './show.js';

export function register(program: Command): void {
  program
    .command('search')
    .description('Search stored articles; words must all match, "quoted phrases" match in order, word* matches a prefix, OR between words or (groups)')
    .argument('<query...>', 'search words')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--limit <n>', 'results per page (1-200)', '20')
    .option('--offset <n>', 'results to skip', '0')
    .option('--from <day>', 'only reports published on or after this day (YYYY-MM-DD)')
    .option('--to <day>', 'only reports published on or before this day (YYYY-MM-DD)')
    .option('--outlet <name>', 'only reports from this outlet (case aside)')
    .option('--language <tag>', 'only reports in this language ("en" also takes "en-GB")')
    .option('--entity <key>', 'only reports in a story about this global entity key (as `wiretrace story` lists them)')
    .option('--json', 'print the results as JSON (see docs/cli-json.md)')
    .action(async (words: string[], opts: SearchOptions) => {
      const limit = intOption('--limit', opts.limit, 1, 200);
      const offset = intOption('--offset', opts.offset, 0, Number.MAX_SAFE_INTEGER);
      const query = words.join(' ');
      const filter = { from: opts.from, to: opts.to, outlet: opts.outlet, language: opts.language, entity: opts.entity };
      const r = await withStore(existingStorePath(opts.db, FIRST_STEP), (store) => searchArticles(store, query, { limit, offset }, filter));
      console.log(opts.json ? JSON.stringify(r) : formatResults(r));
    });
}

interface SearchOptions {
  readonly db?: string;
  readonly limit: string;
  readonly offset: string;
  readonly from?: string;
  readonly to?: string;
  readonly outlet?: string;
  readonly language?: string;
  readonly entity?: string;
  readonly json?: boolean;
}

function intOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new WiretraceError('E_USAGE', `${name} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

/** The applied filters as one clause ("from Delta Times, since 2025-05-01"), '' for none. */
export function describeFilter(f: SearchResponse['filter']): string {
  const parts: string[] = [];
  if (f.outlet) parts.push(`from ${f.outlet}`);
  if (f.language) parts.push(`in ${f.language}`);
  if (f.entity) parts.push(`about ${f.entity}`);
  if (f.from && f.to) parts.push(`published ${f.from} to ${f.to}`);
  else if (f.from) parts.push(`published on or after ${f.from}`);
  else if (f.to) parts.push(`published on or before ${f.to}`);
  return parts.join(', ');
}

export function formatResults(r: SearchResponse): string {
  const narrowed = describeFilter(r.filter);
  const among = narrowed ? ` (${narrowed})` : '';
  if (r.total === 0) return `no articles match "${r.query}"${among}`;
  const out = [`${r.total} article${r.total === 1 ? '' : 's'} match "${r.query}"${among}${r.total > r.items.length ? ` (showing ${r.offset + 1}-${r.offset + r.items.length})` : ''}`];
  for (const h of r.items) {
    const a = h.article;
    out.push('', `#${a.id}  ${a.published?.slice(0, 10) ?? 'date unknown'}  ${a.outlet ?? '-'}  ${a.title ?? '(untitled)'}`);
    out.push(`    ${markHighlights(h.snippet, h.highlights)}`);
  }
  return out.join('\n');
}

/** Brackets the matched words, and in a terminal makes them bold. */
function markHighlights(snippet: string, highlights: SearchResponse['items'][number]['highlights']): string {
  const tty = process.stdout.isTTY;
  let out = '';
  let at = 0;
  for (const h of highlights) {
    out += snippet.slice(at, h.start) + (tty ? `\x1b[1m${snippet.slice(h.start, h.end)}\x1b[0m` : `[${snippet.slice(h.start, h.end)}]`);
    at = h.end;
  }
  return (out + snippet.slice(at)).replace(/\s+/g, ' ');
}
