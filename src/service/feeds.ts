/**
 * Feed subscriptions and polling: subscribe (a feed URL, or a page that advertises one), list,
 * unsubscribe, and poll every feed, ingesting new items, once or on an interval until stopped.
 * The feed parser and the ingest service (extractor, annotators) load only when a poll or a
 * subscription check needs them, so importing this module is cheap.
 */
import { WiretraceError } from '../errors.js';
import { checkUrlShape, safeFetch, type FetchOptions } from '../ingest/fetch/index.js';
import type { FetchFunction, ParsedFeed, PollEvent, PollReport } from '../ingest/feeds/index.js';
import type { Feed, Store } from '../store/types.js';
import type { JobQueue } from './jobs.js';

export type { Feed, PollEvent, PollReport };

/** Shortest --every: feeds rarely change faster, and publishers should not be polled harder than this. */
export const MIN_POLL_INTERVAL_MS = 60_000;

export interface FeedSubscription {
  readonly id: number;
  readonly url: string;
  readonly title: string | null;
  /** false when the feed was already subscribed. */
  readonly created: boolean;
}

export interface SubscribeOptions {
  /** Fetch the URL first: a feed is taken as it is, a page is searched for its advertised feed. */
  readonly check: boolean;
  readonly allowPrivate: boolean;
}

/**
 * Subscribes to a feed. `openStore` is called only once the URL has passed its checks (and, with
 * `check`, been fetched and read), so a refused URL never creates a database.
 */
export async function subscribeFeed(openStore: () => Store | Promise<Store>, url: string, opts: SubscribeOptions): Promise<FeedSubscription> {
  const found = opts.check ? await resolveFeed(url, { allowPrivate: opts.allowPrivate }) : { url: checkUrlShape(url).href, title: null };
  const { id, created } = await (await openStore()).addFeed(found.url, found.title);
  return { id, url: found.url, title: found.title, created };
}

export async function feedSubscriptions(store: Store): Promise<readonly Feed[]> {
  return store.listFeeds();
}

/** Unsubscribes a feed given by id or URL; E_NOT_FOUND when there is none. */
export async function unsubscribeFeed(store: Store, which: string): Promise<Feed> {
  const found = await store.getFeed(/^\d+$/.test(which) ? Number(which) : which);
  if (!found || !(await store.removeFeed(found.id))) throw new WiretraceError('E_NOT_FOUND', `no feed ${which}`);
  return found;
}

/** Fetches a URL; a feed is taken as it is, a page is searched for its advertised feed. */
export async function resolveFeed(url: string, fetchOptions: FetchOptions): Promise<{ url: string; title: string | null }> {
  const { discoverFeedLinks, parseFeed } = await import('../ingest/feeds/index.js');
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

export interface PollAndIngestOptions {
  readonly allowPrivate: boolean;
  /** Most new items ingested per feed and poll. */
  readonly maxItemsPerFeed: number;
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: PollEvent) => void;
  /**
   * When given, each new item becomes an ingest job on this queue (for `wiretrace worker`) instead of
   * being fetched and annotated here; the item counts as handed on (and seen) once the job is queued.
   */
  readonly queue?: JobQueue;
  /** Fetches the feeds (default: the guarded fetcher); tests pass a fake. */
  readonly fetch?: FetchFunction;
}

/**
 * Polls every subscribed feed once (conditional GET) and hands its new items on: ingested into the
 * same store, or queued as ingest jobs when `opts.queue` is set.
 */
export async function pollAndIngest(store: Store, opts: PollAndIngestOptions): Promise<PollReport> {
  const { pollFeeds } = await import('../ingest/feeds/index.js');
  let ingest: (url: string) => Promise<unknown>;
  if (opts.queue) {
    const queue = opts.queue;
    const { enqueueIngest } = await import('./jobs.js');
    ingest = (url) => enqueueIngest(queue, [url], { allowPrivate: opts.allowPrivate });
  } else {
    const { ingestUrl } = await import('./ingest.js');
    ingest = (url) => ingestUrl(store, url, { allowPrivate: opts.allowPrivate });
  }
  return pollFeeds(store, {
    ingest,
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
    fetchOptions: { allowPrivate: opts.allowPrivate },
    maxItemsPerFeed: opts.maxItemsPerFeed,
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.onEvent ? { onEvent: opts.onEvent } : {}),
  });
}

/** "15m", "1h", "90s", "2h30m" or plain seconds → milliseconds; at least MIN_POLL_INTERVAL_MS. */
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
  /** Waits between polls and returns early when `signal` aborts; tests pass a fake clock. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
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
  const sleep = opts.sleep ?? abortableSleep;
  try {
    while (!ac.signal.aborted) {
      opts.onReport(await opts.poll(ac.signal));
      if (opts.intervalMs === null || ac.signal.aborted) break;
      await sleep(opts.intervalMs, ac.signal);
    }
  } finally {
    if (!opts.signal) {
      process.removeListener('SIGINT', stop);
      process.removeListener('SIGTERM', stop);
    }
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });
}
