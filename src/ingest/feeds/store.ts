/**
 * An in-memory FeedStore (the one interface, src/store/types.ts) for tests and one-off runs without a
 * database. It passes the same feed contract as the real stores (src/store/contract/feeds.ts).
 */
import { WiretraceError } from '../../errors.js';
import type { Feed, SeenFeedItem, FeedPollUpdate, FeedStore } from '../../store/types.js';

export type SeenItem = SeenFeedItem;

export class MemoryFeedStore implements FeedStore {
  private readonly feeds = new Map<number, Feed>();
  private readonly items = new Map<number, Map<string, SeenItem>>();
  private nextId = 1;

  async addFeed(url: string, title: string | null = null): Promise<{ id: number; created: boolean }> {
    for (const f of this.feeds.values()) if (f.url === url) return { id: f.id, created: false };
    const feed: Feed = { id: this.nextId++, url, title, etag: null, lastModified: null, lastPolled: null, lastError: null };
    this.feeds.set(feed.id, feed);
    return { id: feed.id, created: true };
  }

  async getFeed(idOrUrl: number | string): Promise<Feed | null> {
    if (typeof idOrUrl === 'number') return this.feeds.get(idOrUrl) ?? null;
    for (const f of this.feeds.values()) if (f.url === idOrUrl) return f;
    return null;
  }

  async listFeeds(): Promise<readonly Feed[]> {
    return [...this.feeds.values()];
  }

  async removeFeed(id: number): Promise<boolean> {
    this.items.delete(id);
    return this.feeds.delete(id);
  }

  async updateFeedPoll(feedId: number, update: FeedPollUpdate): Promise<void> {
    const feed = this.feeds.get(feedId);
    if (!feed) throw new WiretraceError('E_NOT_FOUND', `no feed with id ${feedId}`);
    // As in the SQL stores: optional fields left undefined keep their value; lastError is cleared unless given.
    this.feeds.set(feedId, {
      ...feed,
      ...(update.title !== undefined ? { title: update.title } : {}),
      ...(update.etag !== undefined ? { etag: update.etag } : {}),
      ...(update.lastModified !== undefined ? { lastModified: update.lastModified } : {}),
      lastPolled: update.lastPolled,
      lastError: update.lastError ?? null,
    });
  }

  async listFeedItems(feedId: number): Promise<readonly SeenFeedItem[]> {
    return [...this.itemsOf(feedId)].sort((a, b) => (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0));
  }

  async hasFeedItem(feedId: number, guid: string): Promise<boolean> {
    return this.items.get(feedId)?.has(guid) ?? false;
  }

  async addFeedItem(feedId: number, guid: string, url: string | null): Promise<boolean> {
    if (!this.feeds.has(feedId)) throw new WiretraceError('E_NOT_FOUND', `no feed with id ${feedId}`);
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
