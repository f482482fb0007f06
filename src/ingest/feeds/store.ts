/**
 * What feed polling needs from storage. The SQLite store implements this over two tables:
 *   feeds(id INTEGER PRIMARY KEY, url TEXT UNIQUE NOT NULL, title TEXT, etag TEXT, last_modified TEXT,
 *         last_polled TEXT, last_error TEXT, added_at TEXT NOT NULL)
 *   feed_items(feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE, guid TEXT NOT NULL,
 *              url TEXT, first_seen TEXT NOT NULL, PRIMARY KEY (feed_id, guid))
 * Methods may return plain values (better-sqlite3 is synchronous) or promises (PostgreSQL).
 */

export type Awaitable<T> = T | Promise<T>;

export interface FeedRecord {
  readonly id: number;
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** ISO 8601 time of the last poll attempt. */
  readonly lastPolled: string | null;
  /** "E_CODE: message" of the last failed poll; null after a good one. */
  readonly lastError: string | null;
}

/** Fields to change; absent fields stay as they are, null clears. */
export interface FeedStateUpdate {
  readonly title?: string | null;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly lastPolled?: string | null;
  readonly lastError?: string | null;
}

export interface FeedItemMark {
  readonly guid: string;
  readonly url: string | null;
  /** ISO 8601 time the item was first seen. */
  readonly firstSeen: string;
}

export interface FeedStore {
  /** Adds a feed, or returns the existing one with this URL (idempotent). */
  addFeed(url: string, title?: string | null): Awaitable<FeedRecord>;
  listFeeds(): Awaitable<readonly FeedRecord[]>;
  updateFeedState(feedId: number, update: FeedStateUpdate): Awaitable<void>;
  hasItem(feedId: number, guid: string): Awaitable<boolean>;
  /** Records an item as seen; marking one already seen keeps its first first_seen. */
  markItem(feedId: number, item: FeedItemMark): Awaitable<void>;
}

/** In-memory FeedStore for tests and for one-off runs without a database. */
export class MemoryFeedStore implements FeedStore {
  private readonly feeds = new Map<number, FeedRecord>();
  private readonly items = new Map<number, Map<string, FeedItemMark>>();
  private nextId = 1;

  addFeed(url: string, title: string | null = null): FeedRecord {
    for (const f of this.feeds.values()) if (f.url === url) return f;
    const feed: FeedRecord = { id: this.nextId++, url, title, etag: null, lastModified: null, lastPolled: null, lastError: null };
    this.feeds.set(feed.id, feed);
    return feed;
  }

  listFeeds(): readonly FeedRecord[] {
    return [...this.feeds.values()];
  }

  updateFeedState(feedId: number, update: FeedStateUpdate): void {
    const feed = this.feeds.get(feedId);
    if (!feed) return;
    const next = { ...feed };
    for (const [k, v] of Object.entries(update)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
    this.feeds.set(feedId, next);
  }

  hasItem(feedId: number, guid: string): boolean {
    return this.items.get(feedId)?.has(guid) ?? false;
  }

  markItem(feedId: number, item: FeedItemMark): void {
    let m = this.items.get(feedId);
    if (!m) this.items.set(feedId, (m = new Map()));
    if (!m.has(item.guid)) m.set(item.guid, item);
  }

  /** Items seen for a feed, in the order first seen (for tests and `feed list`). */
  itemsOf(feedId: number): readonly FeedItemMark[] {
    return [...(this.items.get(feedId)?.values() ?? [])];
  }
}
