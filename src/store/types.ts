/**
 * The storage contract. Everything above the store (service, CLI, HTTP) talks to this interface, so a
 * PostgreSQL implementation can sit beside the SQLite one without touching callers.
 */

/** An article as it is written: everything known after extraction and hashing. */
export interface NewArticle {
  readonly url: string | null;
  readonly canonicalUrl: string | null;
  /** Hash of the normalised text: the identity used for idempotent ingest. */
  readonly contentHash: string;
  readonly outlet: string | null;
  readonly title: string | null;
  readonly byline: readonly string[];
  /** ISO 8601 date or datetime, or null when unknown (never defaulted to "now"). */
  readonly published: string | null;
  readonly modified: string | null;
  /** When wiretrace fetched the URL; null for files and stdin. */
  readonly fetched: string | null;
  readonly language: string | null;
  readonly image: string | null;
  readonly imageCredit: string | null;
  readonly text: string;
  /** Extra metadata (description, read time, extractor, source path...). */
  readonly meta: Readonly<Record<string, unknown>>;
  /** Id of an earlier near-duplicate (wire copy), when dedupe found one. */
  readonly nearDupOf: number | null;
  /** Opaque near-duplicate signature (e.g. SimHash hex or MinHash JSON) for later lookups. */
  readonly signature: string | null;
}

export interface StoredArticle extends NewArticle {
  readonly id: number;
  readonly publishedKnown: boolean;
  readonly createdAt: string;
}

/** One layer as written: records plus the annotator that made them. */
export interface LayerWrite {
  readonly name: string;
  readonly annotator: string;
  readonly version: string;
  readonly data: readonly unknown[];
}

export interface StoredLayer extends LayerWrite {
  readonly articleId: number;
  readonly createdAt: string;
}

export interface PageRequest {
  readonly limit?: number;
  readonly offset?: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
}

export interface SearchHit {
  readonly article: StoredArticle;
  /** Plain text around the best match. */
  readonly snippet: string;
  /** [start, end) ranges in `snippet` that matched. */
  readonly highlights: ReadonlyArray<{ readonly start: number; readonly end: number }>;
  /** Higher is better. */
  readonly score: number;
}

export interface SearchPage extends Page<SearchHit> {
  readonly query: string;
}

export interface InsertResult {
  readonly id: number;
  /** false when an article with the same content hash or canonical URL already existed. */
  readonly created: boolean;
  /** Why an existing article matched, when created is false. */
  readonly matchedBy?: 'content_hash' | 'canonical_url' | 'url';
}

export interface Feed {
  readonly id: number;
  readonly url: string;
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly lastPolled: string | null;
  readonly lastError: string | null;
}

export interface FeedPollUpdate {
  readonly title?: string | null;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly lastPolled: string;
  readonly lastError?: string | null;
}

/** Feed subscriptions and the items already seen, for conditional polling. */
export interface FeedStore {
  addFeed(url: string, title?: string | null): { id: number; created: boolean };
  getFeed(idOrUrl: number | string): Feed | null;
  listFeeds(): readonly Feed[];
  removeFeed(id: number): boolean;
  updateFeedPoll(id: number, update: FeedPollUpdate): void;
  /** Records an item; returns true when it is new for this feed. */
  addFeedItem(feedId: number, guid: string, url: string | null): boolean;
  hasFeedItem(feedId: number, guid: string): boolean;
}

/** A signature row for near-duplicate lookups. */
export interface SignatureRow {
  readonly id: number;
  readonly signature: string;
  /** The first-seen copy this article was stored as a near-duplicate of, if any. */
  readonly nearDupOf: number | null;
}

export interface Store extends FeedStore {
  /** Where the store lives (file path, or ":memory:"). */
  readonly location: string;

  /**
   * Writes an article and its layers in one transaction. Idempotent: if the content hash, the
   * canonical URL or the URL is already stored, nothing is written and the existing id is returned.
   */
  insertArticle(article: NewArticle, layers: readonly LayerWrite[]): InsertResult;
  /** Replaces (or adds) layers of an existing article in one transaction, e.g. after re-annotation. */
  putLayers(articleId: number, layers: readonly LayerWrite[]): void;

  getArticle(id: number): StoredArticle | null;
  /** Looks up by URL or canonical URL. */
  getArticleByUrl(url: string): StoredArticle | null;
  findByContentHash(hash: string): StoredArticle | null;
  getLayers(articleId: number): readonly StoredLayer[];
  listArticles(page?: PageRequest): Page<StoredArticle>;
  /** Full-text search over title and text. Any user string is safe: it is never parsed as FTS syntax. */
  search(query: string, page?: PageRequest): SearchPage;
  countArticles(): number;
  /** Every stored near-duplicate signature, oldest first, for building a NearDupIndex. */
  listSignatures(): readonly SignatureRow[];

  /** Applied schema migrations, in order. */
  migrations(): ReadonlyArray<{ readonly id: number; readonly name: string; readonly appliedAt: string }>;
  close(): void;
}
