/**
 * Contract: feed subscriptions and seen items. Written against FeedStore alone, so stores that keep
 * only feeds (the in-memory one in src/ingest/feeds) pass the same suite as the full engines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FeedStore } from '../types.js';
import { coded } from './fixtures.js';

export type OpenFeedStore = () => Promise<FeedStore & { close?(): Promise<void> }>;

async function withFeeds(open: OpenFeedStore, body: (s: FeedStore) => Promise<void>): Promise<void> {
  const s = await open();
  try {
    await body(s);
  } finally {
    await s.close?.();
  }
}

export function feedContract(name: string, open: OpenFeedStore): void {
  test(`${name}: feeds are added once, found by id or URL, listed in order, and removed`, () =>
    withFeeds(open, async (s) => {
      const a = await s.addFeed('https://x.test/rss', 'X');
      assert.equal(a.created, true);
      assert.deepEqual(await s.addFeed('https://x.test/rss', 'Another title'), { id: a.id, created: false });
      const b = await s.addFeed('https://y.test/atom');
      assert.notEqual(b.id, a.id);
      const lookups: Array<{ key: number | string; want: { url: string; title: string | null } | null }> = [
        { key: a.id, want: { url: 'https://x.test/rss', title: 'X' } },
        { key: 'https://x.test/rss', want: { url: 'https://x.test/rss', title: 'X' } },
        { key: 'https://y.test/atom', want: { url: 'https://y.test/atom', title: null } },
        { key: 999, want: null },
        { key: 'https://nowhere.test/rss', want: null },
      ];
      for (const l of lookups) {
        const f = await s.getFeed(l.key);
        assert.deepEqual(f ? { url: f.url, title: f.title } : null, l.want, String(l.key));
      }
      const fresh = await s.getFeed(a.id);
      assert.deepEqual([fresh?.etag, fresh?.lastModified, fresh?.lastPolled, fresh?.lastError], [null, null, null, null], 'a new feed was never polled');
      assert.deepEqual((await s.listFeeds()).map((f) => f.id), [a.id, b.id]);
      assert.equal(await s.removeFeed(a.id), true);
      assert.equal(await s.removeFeed(a.id), false, 'removing twice');
      assert.equal(await s.removeFeed(999), false, 'removing an unknown feed');
      assert.equal(await s.getFeed(a.id), null);
      assert.deepEqual((await s.listFeeds()).map((f) => f.id), [b.id]);
    }));

  test(`${name}: a poll update sets what it names, keeps what it leaves out, and clears the error`, () =>
    withFeeds(open, async (s) => {
      const { id } = await s.addFeed('https://x.test/rss', 'X');
      const steps: Array<{ update: Parameters<FeedStore['updateFeedPoll']>[1]; want: Record<string, string | null> }> = [
        {
          update: { etag: 'W/"1"', lastModified: 'Sun, 16 Jun 2024 00:00:00 GMT', lastPolled: '2024-06-16T00:00:00Z' },
          want: { title: 'X', etag: 'W/"1"', lastModified: 'Sun, 16 Jun 2024 00:00:00 GMT', lastPolled: '2024-06-16T00:00:00Z', lastError: null },
        },
        {
          update: { lastPolled: '2024-06-16T00:15:00Z', lastError: 'timeout' },
          want: { title: 'X', etag: 'W/"1"', lastModified: 'Sun, 16 Jun 2024 00:00:00 GMT', lastPolled: '2024-06-16T00:15:00Z', lastError: 'timeout' },
        },
        {
          update: { lastPolled: '2024-06-16T00:30:00Z', title: 'X Desk', etag: null },
          want: { title: 'X Desk', etag: null, lastModified: 'Sun, 16 Jun 2024 00:00:00 GMT', lastPolled: '2024-06-16T00:30:00Z', lastError: null },
        },
      ];
      for (const [i, step] of steps.entries()) {
        await s.updateFeedPoll(id, step.update);
        const f = await s.getFeed(id);
        assert.deepEqual({ title: f?.title, etag: f?.etag, lastModified: f?.lastModified, lastPolled: f?.lastPolled, lastError: f?.lastError }, step.want, `step ${i + 1}`);
      }
      await assert.rejects(s.updateFeedPoll(999, { lastPolled: '2024-06-16T00:00:00Z' }), coded('E_NOT_FOUND'));
    }));

  test(`${name}: feed items are recorded once per feed and go with their feed`, () =>
    withFeeds(open, async (s) => {
      const a = await s.addFeed('https://x.test/rss');
      const b = await s.addFeed('https://y.test/rss');
      const steps: Array<{ feed: number; guid: string; isNew: boolean }> = [
        { feed: a.id, guid: 'g1', isNew: true },
        { feed: a.id, guid: 'g1', isNew: false },
        { feed: a.id, guid: 'g2', isNew: true },
        { feed: b.id, guid: 'g1', isNew: true },
      ];
      for (const st of steps) assert.equal(await s.addFeedItem(st.feed, st.guid, `https://x.test/${st.guid}`), st.isNew, `${st.feed}/${st.guid}`);
      assert.equal(await s.addFeedItem(a.id, 'no-url', null), true, 'an item without a URL');
      assert.equal(await s.hasFeedItem(a.id, 'g1'), true);
      assert.equal(await s.hasFeedItem(a.id, 'g3'), false);
      assert.equal(await s.hasFeedItem(999, 'g1'), false);
      const listed = await s.listFeedItems(a.id);
      assert.deepEqual(listed.map((i) => [i.guid, i.url]), [['g1', 'https://x.test/g1'], ['g2', 'https://x.test/g2'], ['no-url', null]], 'by guid');
      for (const i of listed) assert.ok(!Number.isNaN(Date.parse(i.firstSeen)), `${i.guid} firstSeen`);
      assert.deepEqual(await s.listFeedItems(999), [], 'an unknown feed has none');
      await assert.rejects(s.addFeedItem(999, 'g1', null), coded('E_NOT_FOUND'), 'an item for an unknown feed');
      assert.equal(await s.removeFeed(a.id), true);
      assert.equal(await s.hasFeedItem(a.id, 'g1'), false, 'items go with their feed');
      assert.equal(await s.hasFeedItem(b.id, 'g1'), true, 'other feeds keep theirs');
    }));
}
