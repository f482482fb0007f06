/**
 * The link layer's state kept in a Store (any engine): digests, term counts and story states are
 * JSON the store holds without knowing their shape; story candidates come from the store's key and
 * article indexes. Written inside the caller's transaction, so a report and its links land together.
 */
import type { Store } from '../store/types.js';
import type { ReportDigest } from './digest.js';
import { storyIndexKeys, type CandidateQuery, type LinkState, type StoryState } from './state.js';

export class StoreLinkState implements LinkState {
  constructor(private readonly store: Store) {}

  reportCount(): Promise<number> {
    return this.store.linkedReportCount();
  }

  documentFrequency(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return this.store.termFrequencies(terms);
  }

  async candidateStories(query: CandidateQuery, limit: number): Promise<readonly StoryState[]> {
    const rows = await this.store.storyCandidates(query.keys, query.copyOf, limit);
    return rows.map((r) => r.state as StoryState);
  }

  storyOfArticle(article: number): Promise<number | null> {
    return this.store.storyOfArticle(article);
  }

  async getStory(id: number): Promise<StoryState | null> {
    const row = await this.store.getStory(id);
    return row ? (row.state as StoryState) : null;
  }

  newStoryId(): Promise<number> {
    return this.store.newStoryId();
  }

  saveStory(state: StoryState): Promise<void> {
    const s = state.story;
    return this.store.saveStory({
      id: s.id,
      title: s.title,
      firstDate: s.firstDate,
      lastDate: s.lastDate,
      state,
      keys: storyIndexKeys(state),
      articles: s.articles.map((a) => a.id),
    });
  }

  deleteStory(id: number): Promise<void> {
    return this.store.deleteStory(id);
  }

  addReport(digest: ReportDigest): Promise<void> {
    return this.store.addLinkedReport(digest.article.id, digest, Object.keys(digest.terms));
  }

  async removeReport(article: number): Promise<ReportDigest | null> {
    return ((await this.store.removeLinkedReport(article)) as ReportDigest | null) ?? null;
  }

  async digests(articles: readonly number[]): Promise<readonly ReportDigest[]> {
    return (await this.store.linkedReports(articles)) as ReportDigest[];
  }
}
