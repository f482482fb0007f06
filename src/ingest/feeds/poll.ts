/**
 * Feed polling: fetch each subscribed feed with a conditional GET, find items not seen before, and
 * hand each new item's URL to the ingest callback, oldest first so "first seen" follows publication.
 * One feed failing never stops the others; its error is kept on the feed record.
 */
import { instantOf } from '../dates.js';
import { isWiretraceError, type ErrorCode } from '../../errors.js';
import { safeFetch, type FetchOptions, type FetchResult } from '../fetch/index.js';
import { parseFeed } from './parse.js';
import type { Feed, FeedStore } from '../../store/types.js';
import type { FeedItem } from './types.js';

export type IngestCallback = (url: string, context: { readonly feed: Feed; readonly item: FeedItem }) => Promise<unknown>;
export type FetchFunction = (url: string, opts: FetchOptions) => Promise<FetchResult>;

export interface PollOptions {
  readonly ingest: IngestCallback;
  /** Defaults to safeFetch; tests and the CLI pass a configured Fetcher. */
  readonly fetch?: FetchFunction;
  /** Passed to every fetch (allowPrivate, timeouts, …); validators are added per feed. */
  readonly fetchOptions?: FetchOptions;
  /** Feeds polled at once; per-host pacing still applies inside the fetcher. */
  readonly concurrency?: number;
  /** A feed's first poll can list hundreds of old items; only the newest this many are ingested. */
  readonly maxItemsPerFeed?: number;
  /** Only poll feeds whose id is listed. */
  readonly feedIds?: readonly number[];
  readonly signal?: AbortSignal;
  readonly now?: () => Date;
  readonly onEvent?: (event: PollEvent) => void;
}

export type PollEvent =
  | { readonly kind: 'feed'; readonly feed: Feed; readonly result: FeedPollResult }
  | { readonly kind: 'item'; readonly feed: Feed; readonly item: FeedItem; readonly ok: boolean; readonly error?: string };

export interface FeedPollResult {
  readonly feedId: number;
  readonly url: string;
  readonly status: 'updated' | 'not-modified' | 'error';
  readonly newItems: number;
  readonly ingested: number;
  readonly failed: number;
  readonly error?: string;
}

export interface PollReport {
  readonly feeds: readonly FeedPollResult[];
  readonly newItems: number;
  readonly ingested: number;
  readonly failed: number;
}

export const DEFAULT_POLL_CONCURRENCY = 4;
export const DEFAULT_MAX_ITEMS_PER_FEED = 100;

/**
 * Ingest failures that will not change on a later poll: the item is marked seen so it is not
 * retried forever. Other failures (network, 5xx, store) leave it unseen for the next poll.
 */
export const PERMANENT_INGEST_ERRORS: ReadonlySet<ErrorCode> = new Set([
  'E_FETCH_BLOCKED',
  'E_FETCH_CONTENT_TYPE',
  'E_FETCH_TOO_LARGE',
  'E_FETCH_ROBOTS',
  'E_FETCH_REDIRECTS',
  'E_INPUT_EMPTY',
  'E_INPUT_BINARY',
  'E_INPUT_ENCODING',
  'E_INPUT_TOO_LARGE',
  'E_INPUT_FORMAT',
]);

export async function pollFeeds(store: FeedStore, opts: PollOptions): Promise<PollReport> {
  const all = await store.listFeeds();
  const feeds = opts.feedIds ? all.filter((f) => opts.feedIds!.includes(f.id)) : all;
  const results: FeedPollResult[] = new Array(feeds.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < feeds.length && !opts.signal?.aborted) {
      const i = next++;
      const feed = feeds[i]!;
      results[i] = await pollOne(store, feed, opts);
      opts.onEvent?.({ kind: 'feed', feed, result: results[i]! });
    }
  };
  const width = Math.max(1, Math.min(opts.concurrency ?? DEFAULT_POLL_CONCURRENCY, feeds.length));
  await Promise.all(Array.from({ length: width }, worker));
  const done = results.filter(Boolean);
  return {
    feeds: done,
    newItems: sum(done.map((r) => r.newItems)),
    ingested: sum(done.map((r) => r.ingested)),
    failed: sum(done.map((r) => r.failed)),
  };
}

async function pollOne(store: FeedStore, feed: Feed, opts: PollOptions): Promise<FeedPollResult> {
  const now = (): string => (opts.now ? opts.now() : new Date()).toISOString();
  const fetchFn = opts.fetch ?? safeFetch;
  const base = { feedId: feed.id, url: feed.url };
  let res: FetchResult;
  let items: readonly FeedItem[];
  let title: string | null = null;
  try {
    res = await fetchFn(feed.url, { ...opts.fetchOptions, etag: feed.etag, lastModified: feed.lastModified, signal: opts.signal });
    if (res.notModified) {
      await store.updateFeedPoll(feed.id, { lastPolled: now(), lastError: null });
      return { ...base, status: 'not-modified', newItems: 0, ingested: 0, failed: 0 };
    }
    const parsed = parseFeed(res.body, { url: res.finalUrl, contentType: res.contentType });
    items = parsed.items;
    title = parsed.title;
  } catch (err) {
    const error = describe(err);
    await store.updateFeedPoll(feed.id, { lastPolled: now(), lastError: error });
    return { ...base, status: 'error', newItems: 0, ingested: 0, failed: 0, error };
  }

  const fresh: FeedItem[] = [];
  for (const item of items) if (!(await store.hasFeedItem(feed.id, item.guid))) fresh.push(item);
  const chosen = oldestFirst(fresh.slice(0, opts.maxItemsPerFeed ?? DEFAULT_MAX_ITEMS_PER_FEED));
  let ingested = 0;
  let failed = 0;
  for (const item of chosen) {
    if (opts.signal?.aborted) break;
    if (!item.url) {
      await store.addFeedItem(feed.id, item.guid, null); // nothing to fetch, now or later
      continue;
    }
    try {
      await opts.ingest(item.url, { feed, item });
      await store.addFeedItem(feed.id, item.guid, item.url);
      ingested++;
      opts.onEvent?.({ kind: 'item', feed, item, ok: true });
    } catch (err) {
      failed++;
      if (isWiretraceError(err) && PERMANENT_INGEST_ERRORS.has(err.code)) await store.addFeedItem(feed.id, item.guid, item.url);
      opts.onEvent?.({ kind: 'item', feed, item, ok: false, error: describe(err) });
    }
  }
  // Validators are saved only after the items were handed on: a crash mid-poll re-reads the feed.
  await store.updateFeedPoll(feed.id, {
    etag: res.etag,
    lastModified: res.lastModified,
    lastPolled: now(),
    lastError: null,
    ...(title && title !== feed.title ? { title } : {}),
  });
  return { ...base, status: 'updated', newItems: fresh.length, ingested, failed };
}

/** Feeds list newest first: sort by date when every item has one, else reverse the feed order. */
function oldestFirst(items: readonly FeedItem[]): FeedItem[] {
  const reversed = [...items].reverse();
  if (!reversed.every((i) => i.published)) return reversed;
  return reversed.sort((a, b) => instantOf(a.published!) - instantOf(b.published!)); // stable: ties keep reversed order
}

function describe(err: unknown): string {
  if (isWiretraceError(err)) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
