/**
 * Where the linker keeps its projection. The linker asks only for candidates found through indexes
 * (entity keys, the story of a wire original) and for the document frequencies of one report's terms,
 * so linking one report costs the same with 1,000 or 100,000 stored reports. Engines implement this
 * over their tables; MemoryLinkState serves the eval, tests and benchmarks.
 */
import type { ReportDigest } from './digest.js';
import type { Evidence, Story, TrackedEvent } from './schema.js';

/** A story as the linker works on it: the public record plus what scoring needs. */
export interface StoryState {
  readonly story: Story;
  /** Summed tf-idf weights of the story's reports, pruned to the heaviest terms. */
  readonly centroid: Readonly<Record<string, number>>;
  /** Summed entity weights of the story's reports, by global key. */
  readonly entityWeights: Readonly<Record<string, number>>;
  /** The newest report's day. */
  readonly lastDay: string | null;
  /** Amounts stated by the story's reports, in link order, for quantity drift. */
  readonly quantities: readonly QuantityObservation[];
  /**
   * Events the reports name that are no tracked events of their own (a toll beside a disaster, a vote on a
   * decision, a stance: tracked-kinds.ts), matched across reports like tracked events: story scoring and
   * claims read them; the story's `events` do not list them. Absent in states saved before they were kept.
   */
  readonly background?: readonly TrackedEvent[];
}

export interface QuantityObservation {
  readonly article: number;
  readonly day: string | null;
  readonly outlet: string | null;
  readonly source: string | null;
  readonly text: string;
  readonly low: number;
  readonly high: number;
  readonly unit: string;
  readonly evidence: Evidence;
  /** Where the amount starts in its sentence (`evidence.text`); absent in states saved before it was kept. */
  readonly at?: number;
}

export interface CandidateQuery {
  /** Global entity keys of the new report, heaviest first. */
  readonly keys: readonly string[];
  readonly day: string | null;
  /** The article this one is a wire copy of. */
  readonly copyOf: number | null;
}

export interface LinkState {
  reportCount(): Promise<number>;
  /** Reports each term occurs in, for the terms asked (absent terms: 0). */
  documentFrequency(terms: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Stories sharing an index key with the query, the most recent first, at most `limit`. */
  candidateStories(query: CandidateQuery, limit: number): Promise<readonly StoryState[]>;
  storyOfArticle(article: number): Promise<number | null>;
  getStory(id: number): Promise<StoryState | null>;
  newStoryId(): Promise<number>;
  /** Writes a story's state and its index rows (keys, articles); replaces what was there. */
  saveStory(state: StoryState): Promise<void>;
  deleteStory(id: number): Promise<void>;
  /** Records a report's digest and counts its terms into the document frequencies. */
  addReport(digest: ReportDigest): Promise<void>;
  /** Forgets a report's digest and uncounts its terms. */
  removeReport(article: number): Promise<ReportDigest | null>;
  /** Digests of the given articles, in the order asked. */
  digests(articles: readonly number[]): Promise<readonly ReportDigest[]>;
}

/** Index keys of a story: its entity keys with enough weight to matter. */
export function storyIndexKeys(state: StoryState): string[] {
  return Object.keys(state.entityWeights).sort();
}

/** An in-memory LinkState with the same index discipline as the stored ones. */
export class MemoryLinkState implements LinkState {
  private readonly stories = new Map<number, StoryState>();
  private readonly byKey = new Map<string, Set<number>>();
  private readonly articleStory = new Map<number, number>();
  private readonly reports = new Map<number, ReportDigest>();
  private readonly df = new Map<string, number>();
  private nextId = 1;

  async reportCount(): Promise<number> {
    return this.reports.size;
  }

  async documentFrequency(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return new Map(terms.map((t) => [t, this.df.get(t) ?? 0]));
  }

  async candidateStories(query: CandidateQuery, limit: number): Promise<readonly StoryState[]> {
    const ids = new Set<number>();
    if (query.copyOf !== null) {
      const s = this.articleStory.get(query.copyOf);
      if (s !== undefined) ids.add(s);
    }
    for (const k of query.keys) for (const id of this.byKey.get(k) ?? []) ids.add(id);
    const found = [...ids].map((id) => this.stories.get(id)!).filter(Boolean);
    found.sort((a, b) => (b.lastDay ?? '').localeCompare(a.lastDay ?? '') || b.story.id - a.story.id);
    return found.slice(0, limit);
  }

  async storyOfArticle(article: number): Promise<number | null> {
    return this.articleStory.get(article) ?? null;
  }

  async getStory(id: number): Promise<StoryState | null> {
    return this.stories.get(id) ?? null;
  }

  async newStoryId(): Promise<number> {
    return this.nextId++;
  }

  async saveStory(state: StoryState): Promise<void> {
    await this.deleteStory(state.story.id);
    this.stories.set(state.story.id, state);
    for (const k of storyIndexKeys(state)) {
      let set = this.byKey.get(k);
      if (!set) this.byKey.set(k, (set = new Set()));
      set.add(state.story.id);
    }
    for (const a of state.story.articles) this.articleStory.set(a.id, state.story.id);
  }

  async deleteStory(id: number): Promise<void> {
    const old = this.stories.get(id);
    if (!old) return;
    for (const k of storyIndexKeys(old)) this.byKey.get(k)?.delete(id);
    for (const a of old.story.articles) if (this.articleStory.get(a.id) === id) this.articleStory.delete(a.id);
    this.stories.delete(id);
  }

  async addReport(digest: ReportDigest): Promise<void> {
    this.reports.set(digest.article.id, digest);
    for (const t of Object.keys(digest.terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  async removeReport(article: number): Promise<ReportDigest | null> {
    const d = this.reports.get(article);
    if (!d) return null;
    this.reports.delete(article);
    for (const t of Object.keys(d.terms)) this.df.set(t, (this.df.get(t) ?? 1) - 1);
    return d;
  }

  async digests(articles: readonly number[]): Promise<readonly ReportDigest[]> {
    return articles.map((a) => this.reports.get(a)).filter((d): d is ReportDigest => d !== undefined);
  }

  /** Every story, by id (for the eval and tests). */
  allStories(): StoryState[] {
    return [...this.stories.values()].sort((a, b) => a.story.id - b.story.id);
  }
}
