/** The StoryStore part of the contract: digests and term counts, stories and their indexes, relink resets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoryRow } from '../types.js';
import { article, withStore, type OpenStore } from './fixtures.js';

function story(id: number, over: Partial<StoryRow> = {}): StoryRow {
  return { id, title: `story ${id}`, firstDate: '2025-03-01', lastDate: '2025-03-02', state: { note: `state ${id}`, nested: [1, 2] }, keys: ['per:a'], articles: [], ...over };
}

export function storyContract(name: string, open: OpenStore): void {
  test(`${name}: report digests count their terms once each, and removing one uncounts them`, () =>
    withStore(open, async (s) => {
      const a = await s.insertArticle(article({ contentHash: 'a' }), []);
      const b = await s.insertArticle(article({ contentHash: 'b' }), []);
      await s.addLinkedReport(a.id, { digest: 'a' }, ['visit', 'visit', 'kremlin']);
      await s.addLinkedReport(b.id, { digest: 'b' }, ['visit']);
      assert.equal(await s.linkedReportCount(), 2);
      assert.deepEqual(Object.fromEntries(await s.termFrequencies(['visit', 'kremlin', 'unknown'])), { visit: 2, kremlin: 1, unknown: 0 });
      assert.deepEqual(await s.linkedReports([b.id, a.id, 999]), [{ digest: 'b' }, { digest: 'a' }], 'in the order asked, missing left out');
      assert.deepEqual(await s.linkedArticleIds(), [a.id, b.id]);
      // re-adding replaces, it does not count twice
      await s.addLinkedReport(a.id, { digest: 'a2' }, ['visit']);
      assert.deepEqual(Object.fromEntries(await s.termFrequencies(['visit', 'kremlin'])), { visit: 2, kremlin: 0 });
      assert.deepEqual(await s.removeLinkedReport(a.id), { digest: 'a2' });
      assert.equal(await s.removeLinkedReport(a.id), null);
      assert.deepEqual(Object.fromEntries(await s.termFrequencies(['visit'])), { visit: 1 });
    }));

  test(`${name}: stories round-trip their state and are found by key and by article, newest first, bounded`, () =>
    withStore(open, async (s) => {
      const ids = [await s.newStoryId(), await s.newStoryId(), await s.newStoryId()];
      assert.deepEqual(ids, [1, 2, 3], 'ids count up from 1');
      await s.saveStory(story(1, { keys: ['per:a', 'gpe:x'], articles: [10, 11], lastDate: '2025-03-02' }));
      await s.saveStory(story(2, { keys: ['per:a'], articles: [12], lastDate: '2025-04-01' }));
      await s.saveStory(story(3, { keys: ['per:b'], articles: [13], lastDate: null }));
      const got = await s.getStory(1);
      assert.deepEqual(got, story(1, { keys: ['gpe:x', 'per:a'], articles: [10, 11], lastDate: '2025-03-02' }));
      assert.deepEqual((await s.storyCandidates(['per:a'], null, 10)).map((r) => r.id), [2, 1]);
      assert.deepEqual((await s.storyCandidates(['per:a'], null, 1)).map((r) => r.id), [2], 'at most limit');
      assert.deepEqual((await s.storyCandidates(['nobody'], 13, 10)).map((r) => r.id), [3], 'the story holding the article');
      assert.deepEqual((await s.storyCandidates([], null, 10)).map((r) => r.id), []);
      assert.equal(await s.storyOfArticle(11), 1);
      assert.equal(await s.storyOfArticle(99), null);
      assert.deepEqual((await s.listStories()).items.map((r) => r.id), [2, 1, 3], 'newest first, undated last');
      assert.deepEqual((await s.storiesWithKey('per:a')).items.map((r) => r.id), [2, 1]);
      assert.equal((await s.storiesWithKey('per:zzz')).total, 0);
    }));

  test(`${name}: saving a story replaces its keys and articles; an article moved to another story leaves the first`, () =>
    withStore(open, async (s) => {
      await s.saveStory(story(1, { keys: ['per:a'], articles: [10, 11] }));
      await s.saveStory(story(1, { keys: ['per:c'], articles: [10] }));
      assert.deepEqual((await s.storyCandidates(['per:a'], null, 10)).map((r) => r.id), []);
      assert.deepEqual((await s.getStory(1))!.articles, [10]);
      await s.saveStory(story(2, { articles: [10] }));
      assert.equal(await s.storyOfArticle(10), 2);
      await s.deleteStory(2);
      assert.equal(await s.getStory(2), null);
      assert.equal(await s.storyOfArticle(10), null);
    }));

  test(`${name}: clearStories drops every story, digest and count, and restarts ids`, () =>
    withStore(open, async (s) => {
      const a = await s.insertArticle(article(), []);
      await s.addLinkedReport(a.id, {}, ['visit']);
      await s.saveStory(story(await s.newStoryId(), { articles: [a.id] }));
      await s.clearStories();
      assert.equal(await s.linkedReportCount(), 0);
      assert.equal((await s.listStories()).total, 0);
      assert.equal((await s.termFrequencies(['visit'])).get('visit'), 0);
      assert.equal(await s.newStoryId(), 1);
    }));

  test(`${name}: a story write inside a failed transaction leaves nothing`, () =>
    withStore(open, async (s) => {
      await assert.rejects(
        s.transaction(async (tx) => {
          await tx.saveStory(story(await tx.newStoryId()));
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal((await s.listStories()).total, 0);
      assert.equal(await s.newStoryId(), 1, 'the id given inside the rolled-back transaction is given again');
    }));

  test(`${name}: deleteArticle removes the article and its story link; listArticleIds walks ids in order`, () =>
    withStore(open, async (s) => {
      const a = await s.insertArticle(article({ contentHash: 'a' }), []);
      const b = await s.insertArticle(article({ contentHash: 'b' }), []);
      assert.deepEqual(await s.listArticleIds(0, 10), [a.id, b.id]);
      assert.deepEqual(await s.listArticleIds(a.id, 10), [b.id]);
      await s.saveStory(story(1, { articles: [a.id] }));
      assert.equal(await s.deleteArticle(a.id), true);
      assert.equal(await s.deleteArticle(a.id), false);
      assert.equal(await s.getArticle(a.id), null);
      assert.equal(await s.storyOfArticle(a.id), null);
      assert.equal(await s.countArticles(), 1);
    }));
}
