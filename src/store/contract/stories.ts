/** The StoryStore part of the contract: digests and term counts, stories and their indexes, relink resets. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, StoryRow } from '../types.js';
import { article, withStore, WIRE, type OpenStore } from './fixtures.js';
import { annotate } from '../../annotate/default-pipeline.js';
import { layersOf } from '../../service/ingest.js';
import { digestReport, type ReportDigest } from '../../link/digest.js';
import { reportMetaOf, storedDoc } from '../derived-digest.js';
import { packDigest } from '../report-codec.js';

/** A stored, annotated report and its digest as linking makes it from the store. */
async function linkedReport(s: Store, text: string, over: Parameters<typeof article>[0] = {}): Promise<{ id: number; digest: ReportDigest }> {
  const fields = article({ text, contentHash: `h-${text.length}-${over.contentHash ?? ''}`, ...over });
  const { id } = await s.insertArticle(fields, layersOf(annotate(text, { published: fields.published, title: fields.title ?? undefined })));
  const digest = await digestOf(s, id);
  await s.addLinkedReport(id, digest, Object.keys(digest.terms));
  return { id, digest };
}

async function digestOf(s: Store, id: number): Promise<ReportDigest> {
  const stored = (await s.getArticle(id))!;
  return digestReport(reportMetaOf(stored), storedDoc(stored, await s.getLayers(id)));
}

/**
 * For the migration tests of both engines: a report linked with the digest the store rebuilds and one
 * with a digest by hand; their ids, the digests as they read back, and the first digest packed whole
 * (as the stores wrote every digest before the mark existed).
 */
export async function rebuiltAndHandDigests(s: Store): Promise<{ ids: number[]; expected: unknown[]; whole: Buffer }> {
  const { id, digest } = await linkedReport(s, WIRE.original, { contentHash: 'r' });
  const { id: other } = await s.insertArticle(article({ contentHash: 'o' }), []);
  await s.addLinkedReport(other, { digest: 'by hand' }, ['visit']);
  return { ids: [id, other], expected: [asJson(digest), { digest: 'by hand' }], whole: packDigest(digest, { article: id, text: WIRE.original }) };
}

/** What a digest reads back as: its JSON. */
const asJson = (v: unknown): unknown => JSON.parse(JSON.stringify(v)) as unknown;

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

  test(`${name}: a digest made from the stored report reads back exactly, after its layers are rewritten too`, () =>
    withStore(open, async (s) => {
      const { id, digest } = await linkedReport(s, WIRE.original);
      assert.ok(digest.entities.length > 0 && digest.claims.length > 0, 'a real digest');
      assert.deepEqual(await s.linkedReports([id]), [asJson(digest)]);
      // new layers change what a rebuild gives: the stored digest must not change with them
      await s.putLayers(id, [{ name: 'entities', annotator: 'entities', version: '0.0.1', data: [] }]);
      assert.notDeepEqual(asJson(await digestOf(s, id)), asJson(digest), 'the layers now give another digest');
      assert.deepEqual(await s.linkedReports([id]), [asJson(digest)], 'the digest as linked');
      const term = Object.keys(digest.terms)[0]!;
      assert.equal((await s.termFrequencies([term])).get(term), 1);
      assert.deepEqual(await s.removeLinkedReport(id), asJson(digest));
      assert.equal(await s.linkedReportCount(), 0);
      for (const t of Object.keys(digest.terms).slice(0, 20)) assert.equal((await s.termFrequencies([t])).get(t), 0, `term ${t} uncounted`);
    }));

  test(`${name}: a copy's digest keeps its original after the original is deleted`, () =>
    withStore(open, async (s) => {
      const original = await linkedReport(s, WIRE.original, { contentHash: 'o' });
      const copy = await linkedReport(s, WIRE.copy, { contentHash: 'c', nearDupOf: original.id });
      assert.equal(copy.digest.article.copyOf, original.id);
      const other = await linkedReport(s, WIRE.other, { contentHash: 'x' });
      assert.ok(await s.deleteArticle(original.id));
      assert.equal((await s.getArticle(copy.id))!.nearDupOf, null, 'the copy lost its pointer');
      assert.deepEqual(await s.linkedReports([copy.id, other.id, original.id]), [asJson(copy.digest), asJson(other.digest)], 'as linked; the deleted one is gone');
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
