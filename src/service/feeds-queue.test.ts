/**
 * `feed poll --queue`: new items become ingest jobs, nothing is ingested in the polling process, and a
 * second poll queues nothing again. Needs PostgreSQL (the queue lives there): skips loudly without it,
 * fails under CI=true. The feed is served by a fake fetch, so no network is used.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FetchFunction } from '../ingest/feeds/index.js';
import { openStore } from '../store/index.js';
import { dropSchemas, postgresUnavailable, testLocation, testSchema, withPostgres } from '../store/postgres/testing.js';
import { pollAndIngest } from './feeds.js';
import { JobQueue } from './jobs.js';

const FEED_URL = 'https://harbour-gazette.test/rss';
const RSS = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbour-gazette.test/</link>
<item><guid>hg-101</guid><link>https://harbour-gazette.test/ferry-strike</link><title>Ferry crews walk out</title><pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate></item>
<item><guid>hg-102</guid><link>https://harbour-gazette.test/port-levy</link><title>Port levy approved</title><pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate></item>
<item><guid>hg-103</guid><title>A note with no link</title><pubDate>Tue, 01 Dec 2026 09:30:00 GMT</pubDate></item>
</channel></rss>`;

const fakeFetch: FetchFunction = async (url) => ({
  url,
  finalUrl: url,
  status: 200,
  headers: { 'content-type': 'application/rss+xml' },
  body: new TextEncoder().encode(RSS),
  contentType: 'application/rss+xml',
  mediaType: 'application/rss+xml',
  family: 'xml',
  notModified: false,
  etag: null,
  lastModified: null,
  redirects: [],
});

const unavailable = await postgresUnavailable();
const schemas: string[] = [];
after(() => (unavailable ? undefined : dropSchemas(schemas.flatMap((s) => [s, `${s}_jobs`]))));

const name = 'feed poll --queue: new items become ingest jobs, not articles, and are queued once';
withPostgres(unavailable, `"${name}"`, () =>
  test(name, async () => {
    const schema = testSchema('feedq');
    schemas.push(schema);
    const location = testLocation(schema);
    const store = await openStore(location);
    const queue = await JobQueue.open(location);
    try {
      await store.addFeed(FEED_URL, null);
      const first = await pollAndIngest(store, { allowPrivate: false, maxItemsPerFeed: 10, queue, fetch: fakeFetch });
      assert.deepEqual([first.newItems, first.ingested, first.failed], [3, 2, 0], 'two items with links handed on');
      assert.equal(await store.countArticles(), 0, 'nothing ingested in the polling process');
      const jobs = await queue.list('queued');
      assert.deepEqual(
        jobs.map((j) => [j.kind, (j.payload as { input: string }).input]).sort(),
        [['ingest', 'https://harbour-gazette.test/ferry-strike'], ['ingest', 'https://harbour-gazette.test/port-levy']]
      );
      const feed = (await store.listFeeds())[0]!;
      assert.deepEqual((await store.listFeedItems(feed.id)).map((i) => i.guid), ['hg-101', 'hg-102', 'hg-103'], 'every item is seen');
      const second = await pollAndIngest(store, { allowPrivate: false, maxItemsPerFeed: 10, queue, fetch: fakeFetch });
      assert.deepEqual([second.newItems, second.ingested], [0, 0]);
      assert.equal((await queue.list('queued')).length, 2, 'no job queued twice');
    } finally {
      await queue.close();
      await store.close();
    }
  }),
);
