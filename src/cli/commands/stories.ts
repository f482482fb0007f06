/**
 * `wiretrace stories`, `wiretrace story ID` and `wiretrace relink`: the stories the stored reports
 * form, one story's status history, claims and findings, and a rebuild of every link after a model or
 * rule change. Readable text by default, documented JSON with --json (docs/cli-json.md).
 */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { existingStorePath, withStore } from '../../service/open.js';
import { deleteArticle, getStory, listStories, relink } from '../../service/stories.js';
import { formatStory, formatStoryList, summarizeStory } from '../../service/story-views.js';
import { FIRST_STEP } from './show.js';

const DB_HELP = 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)';

function parseDay(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new WiretraceError('E_DATE_INVALID', `--as-of needs a day as YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

function parseCount(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new WiretraceError('E_USAGE', `${name} must be a whole number, not "${value}"`);
  return Number(value);
}

export function register(program: Command): void {
  program
    .command('stories')
    .description('List the stories the stored reports form, with where each tracked event stands')
    .option('--db <path>', DB_HELP)
    .option('--as-of <day>', 'status as of this day (YYYY-MM-DD) instead of now')
    .option('--limit <n>', 'stories per page (1-200, default 50)')
    .option('--offset <n>', 'skip this many stories')
    .option('--json', 'print {items, total, limit, offset} with one summary per story (see docs/cli-json.md)')
    .action(async (opts: { db?: string; asOf?: string; limit?: string; offset?: string; json?: boolean }) => {
      const asOf = parseDay(opts.asOf);
      const page = await withStore(existingStorePath(opts.db, FIRST_STEP), (store) =>
        listStories(store, { asOf, limit: parseCount(opts.limit, '--limit', 50), offset: parseCount(opts.offset, '--offset', 0) }),
      );
      console.log(opts.json ? JSON.stringify(page) : formatStoryList(page.items));
    });

  program
    .command('story')
    .description('Show one story: status history of its tracked events, claims by source with relay chains, drift findings')
    .argument('<id>', 'story id (from `wiretrace stories`)')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print the story record: articles, entities, events (each with timeline), claims, findings')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      if (!/^\d+$/.test(id)) throw new WiretraceError('E_USAGE', `a story id is a number, not "${id}"`);
      const story = await withStore(existingStorePath(opts.db, FIRST_STEP), (store) => getStory(store, Number(id)));
      console.log(opts.json ? JSON.stringify({ ...story, summary: summarizeStory(story) }) : formatStory(story));
    });

  program
    .command('delete')
    .description('Delete a stored report; its story, status history, claims and findings are rebuilt without it')
    .argument('<id>', 'article id')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print {deleted, story}')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      if (!/^\d+$/.test(id)) throw new WiretraceError('E_USAGE', `an article id is a number, not "${id}"`);
      const r = await withStore(existingStorePath(opts.db, FIRST_STEP), (store) => deleteArticle(store, Number(id)));
      console.log(opts.json ? JSON.stringify(r) : `deleted #${id}${r.story !== null ? `; story #${r.story} rebuilt without it` : ''}`);
    });

  program
    .command('relink')
    .description('Rebuild every story, tracked event, claim version and finding from the stored layers')
    .option('--db <path>', DB_HELP)
    .option('--json', 'print {reports, stories}')
    .action(async (opts: { db?: string; json?: boolean }) => {
      const result = await withStore(existingStorePath(opts.db, FIRST_STEP), (store) => relink(store));
      console.log(opts.json ? JSON.stringify(result) : `relinked ${result.reports} reports into ${result.stories} stories`);
    });
}
