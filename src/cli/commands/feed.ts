/**
 * `wiretrace feed add <url>`, `feed list`, `feed remove <id|url>`, `feed poll [--every 15m]`.
 * Thin wiring: the polling logic lives in src/ingest/feeds, article ingest in src/service.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { checkUrlShape, safeFetch, type FetchOptions } from '../../ingest/fetch/index.js';
import type { FeedStore, ParsedFeed, PollEvent, PollReport } from '../../ingest/feeds/index.js';
import { loadConfig } from '../../service/config.js';
import { lazyStore, resolveStorePath } from '../../service/open.js';

/** Shortest --every: feeds rarely change faster, and publishers should not be polled harder than this. */
export const MIN_POLL_INTERVAL_MS = 60_000;

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
      const fetchOptions: FetchOptions = { allowPrivate: opts.allowPrivate ?? config.allowPrivate ?? false };
      const found = opts.check ? await resolveFeed(url, fetchOptions) : { url: checkUrlShape(url).href, title: null };
      const store = lazyStore(resolveStorePath(opts.db, config));
      try {
        const { id, created } = await (await store.ref()).addFeed(found.url, found.title);
        if (opts.json) console.log(JSON.stringify({ id, url: found.url, title: found.title, created }));
        else console.log(`${created ? 'added' : 'already subscribed'} feed #${id} ${found.url}${found.title ? `  (${found.title})` : ''}`);
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
      const store = lazyStore(existingStorePath(opts.db, loadConfig()));
      try {
        const feeds = await (await store.ref()).listFeeds();
        if (opts.json) for (const f of feeds) console.log(JSON.stringify(f));
        else if (feeds.length === 0) console.log('no feeds; add one with `wiretrace feed add <url>`');
        else {
          for (const f of feeds) {
            const state = f.lastError ? `error ${f.lastError}` : f.lastPolled ? `polled ${f.lastPolled}` : 'never polled';
            console.log(`#${f.id}  ${f.url}${f.title ? `  (${f.title})` : ''}  ${state}`);
          }
        }
      } finally {
        await store.close();
      }
    });

  feed
    .command('remove')
    .description('Unsubscribe from a feed')
    .argument('<feed>', 'feed id or URL')
    .option('--db <path>', 'database file')
    .action(async (which: string, opts: CommonOptions) => {
      const store = lazyStore(existingStorePath(opts.db, loadConfig()));
      try {
        const s = await store.ref();
        const found = await s.getFeed(/^\d+$/.test(which) ? Number(which) : which);
        if (!found || !(await s.removeFeed(found.id))) throw new WiretraceError('E_NOT_FOUND', `no feed ${which}`);
        console.log(`removed feed #${found.id} ${found.url}`);
      } finally {
        await store.close();
      }
    });

  feed
    .command('poll')
    .description('Fetch every feed (conditional GET) and ingest new items; once, or repeatedly with --every')
    .option('--db <path>', 'database file')
    .option('--every <interval>', 'poll repeatedly, e.g. 15m, 1h, 90s (at least 1m); stop with Ctrl-C')
    .option('--allow-private', 'let fetches reach loopback and private addresses (local use only)')
    .option('--max-items <n>', 'most new items ingested per feed and poll', '100')
    .option('--json', 'print one JSON object per feed and per item')
    .action(async (opts: CommonOptions & { every?: string; maxItems: string }) => {
      const intervalMs = opts.every !== undefined ? parseInterval(opts.every) : null;
      const maxItemsPerFeed = Number(opts.maxItems);
      if (!Number.isInteger(maxItemsPerFeed) || maxItemsPerFeed < 1) throw new WiretraceError('E_USAGE', `--max-items must be a positive integer, got ${opts.maxItems}`);
      const config = loadConfig();
      const allowPrivate = opts.allowPrivate ?? config.allowPrivate ?? false;
      const store = lazyStore(existingStorePath(opts.db, config));
      const json = opts.json ?? false;
      // Feed parsing and article ingest (extractor, annotators) load here, so other commands start fast.
      const { pollFeeds } = await import('../../ingest/feeds/index.js');
      const { ingestUrl } = await import('../../service/ingest.js');
      try {
        const feedStore: FeedStore = await store.ref();
        await runPollLoop({
          intervalMs,
          poll: (signal) =>
            pollFeeds(feedStore, {
              ingest: (url) => ingestUrl(store.ref, url, { allowPrivate }),
              fetchOptions: { allowPrivate },
              maxItemsPerFeed,
              signal,
              onEvent: (e) => printEvent(e, json),
            }),
          onReport: (r) => {
            printReport(r, json);
            // a single run is a cron job's unit of work: any feed error or failed item makes it fail
            if (intervalMs === null && (r.failed > 0 || r.feeds.some((f) => f.status === 'error'))) process.exitCode = 1;
          },
        });
      } finally {
        await store.close();
      }
    });
}

/** The store for commands that only make sense on feeds already added: a missing file is E_NOT_FOUND, not a new empty database. */
function existingStorePath(db: string | undefined, config: ReturnType<typeof loadConfig>): string {
  const path = resolveStorePath(db, config);
  if (path !== ':memory:' && !existsSync(path)) {
    throw new WiretraceError('E_NOT_FOUND', `no database at ${path} (add a feed with \`wiretrace feed add\` first, or pass --db)`);
  }
  return path;
}

/** Fetches a URL; a feed is taken as it is, a page is searched for its advertised feed. */
export async function resolveFeed(url: string, fetchOptions: FetchOptions): Promise<{ url: string; title: string | null }> {
  const { discoverFeedLinks, parseFeed } = await import('../../ingest/feeds/index.js');
  const tryParse = (body: Uint8Array, feedUrl: string, contentType: string | null, rethrow: boolean): ParsedFeed | null => {
    try {
      return parseFeed(body, { url: feedUrl, contentType });
    } catch (err) {
      if (rethrow) throw err;
      return null;
    }
  };
  const res = await safeFetch(url, fetchOptions);
  if (res.family !== 'html') return { url: res.finalUrl, title: tryParse(res.body, res.finalUrl, res.contentType, true)!.title };
  // An XHTML-served feed is rare; a page is the common case.
  const links = discoverFeedLinks(Buffer.from(res.body).toString('utf8'), res.finalUrl);
  if (links.length === 0) throw new WiretraceError('E_FEED_MALFORMED', `${res.finalUrl} is a web page that advertises no feed`);
  for (const link of links) {
    const feedRes = await safeFetch(link, fetchOptions).catch(() => null);
    const parsed = feedRes ? tryParse(feedRes.body, feedRes.finalUrl, feedRes.contentType, false) : null;
    if (feedRes && parsed) return { url: feedRes.finalUrl, title: parsed.title };
  }
  throw new WiretraceError('E_FEED_MALFORMED', `none of the feeds ${res.finalUrl} advertises could be read: ${links.join(', ')}`);
}

/** "15m", "1h", "90s", "2h30m" or plain seconds → milliseconds. */
export function parseInterval(text: string): number {
  const t = text.trim().toLowerCase();
  let ms = 0;
  if (/^\d+$/.test(t)) ms = Number(t) * 1000;
  else {
    const parts = [...t.matchAll(/(\d+(?:\.\d+)?)\s*(h|m|s)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== t.replace(/\s+/g, '')) {
      throw new WiretraceError('E_USAGE', `cannot read "${text}" as an interval (try 15m, 1h or 90s)`);
    }
    for (const [, n, unit] of parts) ms += Number(n) * (unit === 'h' ? 3_600_000 : unit === 'm' ? 60_000 : 1000);
  }
  if (ms < MIN_POLL_INTERVAL_MS) throw new WiretraceError('E_USAGE', `--every must be at least 1m, got "${text}"`);
  return Math.round(ms);
}

export interface PollLoopOptions {
  /** null: poll once. */
  readonly intervalMs: number | null;
  readonly poll: (signal: AbortSignal) => Promise<PollReport>;
  readonly onReport: (report: PollReport) => void;
  /** Stops the loop; defaults to SIGINT/SIGTERM. */
  readonly signal?: AbortSignal;
}

/** Polls once, or every interval until interrupted; an interrupt stops the current poll between items. */
export async function runPollLoop(opts: PollLoopOptions): Promise<void> {
  const ac = new AbortController();
  const stop = (): void => ac.abort();
  if (opts.signal) opts.signal.addEventListener('abort', stop, { once: true });
  else {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
  try {
    while (!ac.signal.aborted) {
      opts.onReport(await opts.poll(ac.signal));
      if (opts.intervalMs === null) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, opts.intervalMs!);
        ac.signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
      });
    }
  } finally {
    if (!opts.signal) {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
    }
  }
}

function printEvent(e: PollEvent, json: boolean): void {
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
  else console.log(`feed #${r.feedId} ${r.url}: ${r.newItems} new, ${r.ingested} ingested, ${r.failed} failed`);
}

function printReport(r: PollReport, json: boolean): void {
  if (json) return;
  const errors = r.feeds.filter((f) => f.status === 'error').length;
  console.error(`${new Date().toISOString()} polled ${r.feeds.length} feeds: ${r.newItems} new items, ${r.ingested} ingested, ${r.failed} failed, ${errors} feed errors`);
}

