/**
 * `wiretrace feed add <url>`, `feed list`, `feed remove <id|url>`, `feed poll [--every 15m]`.
 * Thin wiring over src/service/feeds.ts: subscriptions, polling and ingest live there.
 */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { loadConfig } from '../../service/config.js';
import {
  feedSubscriptions,
  parseInterval,
  pollAndIngest,
  runPollLoop,
  subscribeFeed,
  unsubscribeFeed,
  type PollEvent,
  type PollReport,
} from '../../service/feeds.js';
import { existingStorePath, lazyStore, resolveStorePath, withStore } from '../../service/open.js';

/** What to run before list, remove and poll make sense, for their "no database" error. */
const FIRST_STEP = 'add a feed with `wiretrace feed add`';

interface CommonOptions {
  readonly db?: string;
  readonly allowPrivate?: boolean;
  readonly json?: boolean;
}

export function register(program: Command): void {
  const feed = program.command('feed').description('Subscribe to RSS, Atom and JSON feeds and ingest their new articles');

  feed
    .command('add')
    .description('Subscribe to a feed (a page URL works too: its advertised feed is used)')
    .argument('<url>', 'feed or page URL')
    .option('--db <path>', 'database file (default: $WIRETRACE_DB or ./data/wiretrace.db)')
    .option('--allow-private', 'let fetches reach loopback and private addresses (local use only)')
    .option('--no-check', 'subscribe without fetching the feed first')
    .option('--json', 'print the result as JSON')
    .action(async (url: string, opts: CommonOptions & { check: boolean }) => {
      const config = loadConfig();
      const store = lazyStore(resolveStorePath(opts.db, config));
      try {
        const sub = await subscribeFeed(store.ref, url, { check: opts.check, allowPrivate: opts.allowPrivate ?? config.allowPrivate ?? false });
        if (opts.json) console.log(JSON.stringify(sub));
        else console.log(`${sub.created ? 'added' : 'already subscribed'} feed #${sub.id} ${sub.url}${sub.title ? `  (${sub.title})` : ''}`);
      } finally {
        await store.close();
      }
    });

  feed
    .command('list')
    .description('List subscribed feeds with their last poll')
    .option('--db <path>', 'database file')
    .option('--json', 'print one JSON object per feed')
    .action(async (opts: CommonOptions) => {
      const feeds = await withStore(existingStorePath(opts.db, FIRST_STEP), feedSubscriptions);
      if (opts.json) for (const f of feeds) console.log(JSON.stringify(f));
      else if (feeds.length === 0) console.log('no feeds; add one with `wiretrace feed add <url>`');
      else {
        for (const f of feeds) {
          const state = f.lastError ? `error ${f.lastError}` : f.lastPolled ? `polled ${f.lastPolled}` : 'never polled';
          console.log(`#${f.id}  ${f.url}${f.title ? `  (${f.title})` : ''}  ${state}`);
        }
      }
    });

  feed
    .command('remove')
    .description('Unsubscribe from a feed')
    .argument('<feed>', 'feed id or URL')
    .option('--db <path>', 'database file')
    .action(async (which: string, opts: CommonOptions) => {
      const removed = await withStore(existingStorePath(opts.db, FIRST_STEP), (store) => unsubscribeFeed(store, which));
      console.log(`removed feed #${removed.id} ${removed.url}`);
    });

  feed
    .command('poll')
    .description('Fetch every feed (conditional GET) and ingest new items; once, or repeatedly with --every')
    .option('--db <path>', 'database file')
    .option('--every <interval>', 'poll repeatedly, e.g. 15m, 1h, 90s (at least 1m); stop with Ctrl-C')
    .option('--allow-private', 'let fetches reach loopback and private addresses (local use only)')
    .option('--max-items <n>', 'most new items ingested per feed and poll', '100')
    .option('--json', 'print one JSON object per feed and per item')
    .option('--queue', 'enqueue new items as ingest jobs for `wiretrace worker` instead of ingesting here (PostgreSQL stores)')
    .action(async (opts: CommonOptions & { every?: string; maxItems: string; queue?: boolean }) => {
      const intervalMs = opts.every !== undefined ? parseInterval(opts.every) : null;
      const maxItemsPerFeed = Number(opts.maxItems);
      if (!Number.isInteger(maxItemsPerFeed) || maxItemsPerFeed < 1) throw new WiretraceError('E_USAGE', `--max-items must be a positive integer, got ${opts.maxItems}`);
      const config = loadConfig();
      const allowPrivate = opts.allowPrivate ?? config.allowPrivate ?? false;
      const json = opts.json ?? false;
      const location = existingStorePath(opts.db, FIRST_STEP, config);
      const queue = opts.queue ? await openQueue(location) : undefined;
      // with --queue, "ingested" items were handed to the queue: say so
      const handedOn = queue ? 'queued' : 'ingested';
      try {
        await withStore(location, (store) =>
          runPollLoop({
            intervalMs,
            poll: (signal) => pollAndIngest(store, { allowPrivate, maxItemsPerFeed, signal, onEvent: (e) => printEvent(e, json, handedOn), ...(queue ? { queue } : {}) }),
            onReport: (r) => {
              printReport(r, json, handedOn);
              // a single run is a cron job's unit of work: any feed error or failed item makes it fail
              if (intervalMs === null && (r.failed > 0 || r.feeds.some((f) => f.status === 'error'))) process.exitCode = 1;
            },
          }),
        );
      } finally {
        await queue?.close();
      }
    });
}

/** The store's work queue (PostgreSQL only: E_QUEUE otherwise), loaded only for --queue. */
async function openQueue(location: string): Promise<import('../../service/jobs.js').JobQueue> {
  const { JobQueue } = await import('../../service/jobs.js');
  return JobQueue.open(location);
}

function printEvent(e: PollEvent, json: boolean, handedOn: string): void {
  if (json) {
    console.log(JSON.stringify(e.kind === 'feed' ? { kind: 'feed', ...e.result } : { kind: 'item', feedId: e.feed.id, url: e.item.url, ok: e.ok, ...(e.error ? { error: e.error } : {}) }));
    return;
  }
  if (e.kind === 'item') {
    if (!e.ok) console.error(`  error ${e.error}  [${e.item.url}]`);
    return;
  }
  const r = e.result;
  if (r.status === 'error') console.error(`feed #${r.feedId} ${r.url}: error ${r.error}`);
  else if (r.status === 'not-modified') console.log(`feed #${r.feedId} ${r.url}: not modified`);
  else console.log(`feed #${r.feedId} ${r.url}: ${r.newItems} new, ${r.ingested} ${handedOn}, ${r.failed} failed`);
}

function printReport(r: PollReport, json: boolean, handedOn: string): void {
  if (json) return;
  const errors = r.feeds.filter((f) => f.status === 'error').length;
  console.error(`${new Date().toISOString()} polled ${r.feeds.length} feeds: ${r.newItems} new items, ${r.ingested} ${handedOn}, ${r.failed} failed, ${errors} feed errors`);
}
