/**
 * The storage contract. Everything above the store (service, CLI, HTTP, link) talks to this interface;
 * one implementation per engine (src/store/sqlite/, later src/store/postgres/) sits behind `openStore`.
 * The behaviour below is checked by one suite, src/store/contract/, that every engine must pass.
 *
 * What every engine guarantees:
 * - Every method is async. Failures a caller can see are `WiretraceError`s: E_NOT_FOUND for a missing
 *   record a write needs, E_VALIDATION for a malformed argument, E_STORE for anything the engine refused.
 * - Writes are atomic: `insertArticle` writes the article, its layers, its search entry and its
 *   near-duplicate band rows in one transaction; a failure (or a killed process) leaves none of them.
 * - Writes are idempotent: an article whose content hash, canonical URL or URL is already stored is
 *   not written again; the existing id comes back with `created: false` and `matchedBy`.
 * - `transaction(fn)` runs fn in one transaction. Every store call made while fn runs (on `tx`, or on
 *   the store itself from inside fn) is part of it; a nested `transaction` joins it, and a throw inside
 *   the nested one undoes only the nested part. A throw out of the outermost fn rolls everything back
 *   and is rethrown unchanged. Concurrent `transaction` calls on one store run one after another, and
 *   a call from outside never sees a transaction's uncommitted writes.
 * - Nothing a second process needs lives in process memory: near-duplicate lookups read the store,
 *   so two workers writing one database see each other's articles.
 * - Search never parses user text as query syntax: any string is safe and means its words.
 * - Schema migrations are per engine, numbered per module (`StoreModule`), applied on open, and
 *   listed by `migrations()`; a database migrated by a newer wiretrace is refused with E_STORE.
 */

/** The engines wiretrace can store into (a name for messages and tests, not a driver type). */
export type StoreEngine = 'sqlite' | 'postgres';

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
  /** Id of the first-seen copy of this text (a wire copy's original), when dedupe found one. */
  readonly nearDupOf: number | null;
  /**
   * MinHash signature in hex (signatureToHex in src/ingest/dedupe), or null. The store indexes its
   * LSH bands for `nearDupCandidates`; any other string is refused with E_VALIDATION.
   */
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

/**
 * What a search may be narrowed to, besides its words; every field given must hold. Checked and
 * normalised by `checkSearchFilter` (src/store/search-filter.ts): malformed values are E_VALIDATION.
 */
export interface SearchFilter {
  /** Published on or after this day (YYYY-MM-DD, the day the report's own date names); undated reports are left out. */
  readonly from?: string;
  /** Published on or before this day (YYYY-MM-DD); undated reports are left out. */
  readonly to?: string;
  /** The outlet's name, without regard to case. */
  readonly outlet?: string;
  /** A language tag: "en" also takes "en-GB"; without regard to case. */
  readonly language?: string;
  /** A global entity key (as stories index them, e.g. "per:…"): reports in a story about that entity. */
  readonly entity?: string;
}

export interface InsertResult {
  readonly id: number;
  /** false when an article with the same content hash, canonical URL or URL already existed. */
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

/** Feed subscriptions and the items already seen, for conditional polling (src/ingest/feeds). */
export interface FeedStore {
  /** Adds a feed, or finds the existing one with this URL (idempotent). */
  addFeed(url: string, title?: string | null): Promise<{ readonly id: number; readonly created: boolean }>;
  getFeed(idOrUrl: number | string): Promise<Feed | null>;
  /** Every feed, oldest subscription first. */
  listFeeds(): Promise<readonly Feed[]>;
  /** Removes a feed and its items; false when there was none. */
  removeFeed(id: number): Promise<boolean>;
  /** Fields left undefined keep their value; E_NOT_FOUND for an unknown feed. */
  updateFeedPoll(id: number, update: FeedPollUpdate): Promise<void>;
  /** Records an item as seen; returns true when it is new for this feed. */
  addFeedItem(feedId: number, guid: string, url: string | null): Promise<boolean>;
  hasFeedItem(feedId: number, guid: string): Promise<boolean>;
  /** A feed's seen items, by guid (empty for an unknown feed): for export. */
  listFeedItems(feedId: number): Promise<readonly SeenFeedItem[]>;
}

/** An item a feed listed, recorded so that later polls skip it. */
export interface SeenFeedItem {
  readonly guid: string;
  readonly url: string | null;
  /** When the store first recorded it. */
  readonly firstSeen: string;
}

/** A stored article's near-duplicate signature, for checking a candidate. */
export interface SignatureRow {
  readonly id: number;
  /** MinHash signature in hex, as stored. */
  readonly signature: string;
  /** The first-seen copy of the article's group: its nearDupOf, or the article itself. */
  readonly firstSeen: number;
}

/** One applied schema migration. */
export interface AppliedMigration {
  /** The module that owns it ('core' for the store's own tables). */
  readonly module: string;
  readonly id: number;
  readonly name: string;
  readonly appliedAt: string;
}

/**
 * A story as the store keeps it. The link layer (src/link/) owns what `state` means: the store keeps
 * it as an opaque JSON value and indexes the story by `keys` (global entity keys) and `articles`, so
 * candidates for a new report are found through indexes, never by reading every story.
 */
export interface StoryRow {
  readonly id: number;
  readonly title: string;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly state: unknown;
  readonly keys: readonly string[];
  readonly articles: readonly number[];
}

/** What the link layer keeps in the store: report digests, term counts, stories and their indexes. */
export interface StoryStore {
  /** Reports the link layer has digested. */
  linkedReportCount(): Promise<number>;
  /** How many linked reports each term occurs in (0 for unknown terms). */
  termFrequencies(terms: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Stores a report's digest (opaque JSON) and counts its terms; replaces an earlier digest of it. */
  addLinkedReport(article: number, digest: unknown, terms: readonly string[]): Promise<void>;
  /** Forgets a report's digest and uncounts its terms; returns the digest, or null when there was none. */
  removeLinkedReport(article: number): Promise<unknown>;
  /** Digests of these reports, in the order asked; missing ones are left out. */
  linkedReports(articles: readonly number[]): Promise<readonly unknown[]>;
  /** Articles with a digest, in link order (for relink). */
  linkedArticleIds(): Promise<readonly number[]>;
  /**
   * Stories sharing a key with the query, or holding `article`, newest last date first, at most
   * `limit`; each key contributes at most `limit` stories, so a very common key cannot make this slow.
   */
  storyCandidates(keys: readonly string[], article: number | null, limit: number): Promise<readonly StoryRow[]>;
  storyOfArticle(article: number): Promise<number | null>;
  getStory(id: number): Promise<StoryRow | null>;
  /** A new story id, never given before in this store (until clearStories). */
  newStoryId(): Promise<number>;
  /** Writes a story with its index rows, replacing what was stored under its id. */
  saveStory(story: StoryRow): Promise<void>;
  deleteStory(id: number): Promise<void>;
  /** Stories, newest last date first (undated last), then by id. */
  listStories(page?: PageRequest): Promise<Page<StoryRow>>;
  /** Stories indexed under a key (a global entity), newest first. */
  storiesWithKey(key: string, page?: PageRequest): Promise<Page<StoryRow>>;
  /** Drops every story, digest and term count, and restarts story ids (before a relink). */
  clearStories(): Promise<void>;
}

export interface Store extends FeedStore, StoryStore {
  readonly engine: StoreEngine;
  /** Where the store lives (file path, ":memory:", or a database URL). */
  readonly location: string;

  /**
   * Writes an article with its layers in one transaction. Idempotent: if the content hash, the
   * canonical URL or the URL is already stored, nothing is written and the existing id is returned.
   */
  insertArticle(article: NewArticle, layers: readonly LayerWrite[]): Promise<InsertResult>;
  /** Replaces (or adds) layers of an existing article in one transaction; E_NOT_FOUND for an unknown id. */
  putLayers(articleId: number, layers: readonly LayerWrite[]): Promise<void>;

  getArticle(id: number): Promise<StoredArticle | null>;
  /** Deletes an article with its layers, search entry and near-duplicate rows; false when there was none. */
  deleteArticle(id: number): Promise<boolean>;
  /** Looks up by URL or canonical URL. */
  getArticleByUrl(url: string): Promise<StoredArticle | null>;
  findByContentHash(hash: string): Promise<StoredArticle | null>;
  /** An article's layers in the order they were written; only the named ones when `names` is given. */
  getLayers(articleId: number, names?: readonly string[]): Promise<readonly StoredLayer[]>;
  /** Newest published first; unknown dates last; limit 1–200 (default 50), offset ≥ 0. */
  listArticles(page?: PageRequest): Promise<Page<StoredArticle>>;
  /**
   * Full-text search over title and text, narrowed by `filter` (see SearchFilter). Any user string,
   * query or filter value, is safe: it is never parsed as query syntax nor spliced into SQL.
   */
  search(query: string, page?: PageRequest, filter?: SearchFilter): Promise<SearchPage>;
  countArticles(): Promise<number>;
  /** Article ids above `after`, ascending, at most `limit` (for walking the whole store in arrival order). */
  listArticleIds(after: number, limit: number): Promise<readonly number[]>;

  /**
   * Stored articles that share an LSH band with the signature (hex), each once, by id: the candidates
   * for a near-duplicate check. Each band contributes at most NEAR_DUP_BUCKET_SCAN articles, oldest
   * first; a near-duplicate copy is not listed under bands its group already holds.
   */
  nearDupCandidates(signature: string): Promise<readonly SignatureRow[]>;
  /** Every article with a signature in the groups of these first-seen copies (the copies included), by id. */
  nearDupGroups(firstSeen: readonly number[]): Promise<readonly SignatureRow[]>;

  /** Runs fn in one transaction (see the contract above) and returns what it returns. */
  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T>;
  /**
   * Inside a transaction: waits for and holds an exclusive lock on `name` until the outermost
   * transaction ends, across every process that uses this database (story linking takes 'stories', so
   * two workers never rewrite one story at once). Outside a transaction: E_STORE.
   */
  lock(name: string): Promise<void>;

  /** Applied schema migrations, by module then id. */
  migrations(): Promise<readonly AppliedMigration[]>;
  /** The migrations this store applied when it was opened (empty when the schema was already current). */
  readonly migratedOnOpen: readonly AppliedMigration[];
  /** Waits for pending work, then closes; later calls fail with E_STORE. Closing twice is harmless. */
  close(): Promise<void>;
}

/** One numbered schema step, as SQL text for one engine. */
export interface Migration {
  /** Increasing within its module; never reuse or edit a shipped id: append a new one. */
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * A module's own tables (e.g. the link layer's stories), one migration list per engine. Passed to
 * `openStore(location, { modules })`; each module numbers its migrations on its own.
 */
export interface StoreModule {
  /** Unique; 'core' is the store's own. */
  readonly name: string;
  readonly migrations: { readonly sqlite: readonly Migration[]; readonly postgres?: readonly Migration[] };
}

export interface OpenStoreOptions {
  /** Modules whose migrations are applied after the store's own, in this order. */
  readonly modules?: readonly StoreModule[];
}
