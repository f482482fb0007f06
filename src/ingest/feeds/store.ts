/**
 * What feed polling needs from storage: a subset of the project store's FeedStore (src/store/types.ts),
 * with the same method names and shapes, so the SQLite store satisfies it as it is. Methods may return
 * plain values (better-sqlite3 is synchronous) or promises (an asynchronous engine).
 * Tables behind it: feeds(id, url UNIQUE, title, etag, last_modified, last_polled, last_error) and
 * feed_items(feed_id, guid, url, first_seen, PRIMARY KEY (feed_id, guid)).
 */

import type { Feed, FeedPollUpdate } from '../../store/types.js';

export type Awaitable<T> = T | Promise<T>;

/** The store's own records: one definition of a feed row and of a poll update. */
export type FeedRecord = Feed;
export type { FeedPollUpdate };

export interface FeedStore {
  /** Adds a feed, or finds the existing one with this URL (idempotent). */
  addFeed(url: string, title?: string | null): Awaitable<{ readonly id: number; readonly created: boolean }>;
  listFeeds(): Awaitable<readonly FeedRecord[]>;
  updateFeedPoll(feedId: number, update: FeedPollUpdate): Awaitable<void>;
  hasFeedItem(feedId: number, guid: string): Awaitable<boolean>;
  /** Records an item as seen (first_seen = now); returns true when it was new for this feed. */
  addFeedItem(feedId: number, guid: string, url: string | null): Awaitable<boolean>;
}

export interface SeenItem {
  readonly guid: string;
  readonly url: string | null;
  readonly firstSeen: string;
}

/** In-memory FeedStore for tests and one-off runs without a database. */
export class MemoryFeedStore implements FeedStore {
  private readonly feeds = new Map<number, FeedRecord>();
  private readonly items = new Map<number, Map<string, SeenItem>>();
  private nextId = 1;

  addFeed(url: string, title: string | null = null): { id: number; created: boolean } {
    for (const f of this.feeds.values()) if (f.url === url) return { id: f.id, created: false };
    const feed: FeedRecord = { id: this.nextId++, url, title, etag: null, lastModified: null, lastPolled: null, lastError: null };
    this.feeds.set(feed.id, feed);
    return { id: feed.id, created: true };
  }

  listFeeds(): readonly FeedRecord[] {
    return [...this.feeds.values()];
  }

  updateFeedPoll(feedId: number, update: FeedPollUpdate): void {
    const feed = this.feeds.get(feedId);
    if (!feed) return;
    const next = { ...feed };
    for (const [k, v] of Object.entries(update)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
    this.feeds.set(feedId, next);
  }

  hasFeedItem(feedId: number, guid: string): boolean {
    return this.items.get(feedId)?.has(guid) ?? false;
  }

  addFeedItem(feedId: number, guid: string, url: string | null): boolean {
    let m = this.items.get(feedId);
    if (!m) this.items.set(feedId, (m = new Map()));
    if (m.has(guid)) return false;
    m.set(guid, { guid, url, firstSeen: new Date().toISOString() });
    return true;
  }

  /** Items seen for a feed, in the order first seen. */
  itemsOf(feedId: number): readonly SeenItem[] {
    return [...(this.items.get(feedId)?.values() ?? [])];
  }
}
