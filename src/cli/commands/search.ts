/** `wiretrace search <query>`: full-text search over stored titles and texts. */
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
    .option('--json', 'print the results as JSON (see docs/cli-json.md)')
    .action(async (words: string[], opts: { db?: string; limit: string; offset: string; json?: boolean }) => {
      const limit = intOption('--limit', opts.limit, 1, 200);
      const offset = intOption('--offset', opts.offset, 0, Number.MAX_SAFE_INTEGER);
      const query = words.join(' ');
      const r = await withStore(existingStorePath(opts.db, FIRST_STEP), (store) => searchArticles(store, query, { limit, offset }));
      console.log(opts.json ? JSON.stringify(r) : formatResults(r));
    });
}

function intOption(name: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new WiretraceError('E_USAGE', `${name} must be an integer from ${min} to ${max}, got "${value}"`);
  return n;
}

export function formatResults(r: SearchResponse): string {
  if (r.total === 0) return `no articles match "${r.query}"`;
  const out = [`${r.total} article${r.total === 1 ? '' : 's'} match "${r.query}"${r.total > r.items.length ? ` (showing ${r.offset + 1}-${r.offset + r.items.length})` : ''}`];
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
