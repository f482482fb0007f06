/**
 * The SQLite store (better-sqlite3 12): WAL, foreign keys, a busy timeout, migrations on open, one
 * transaction per write. better-sqlite3 is synchronous; the async contract sits on top of one
 * connection: every call is queued behind the work already on it, and `transaction(fn)` holds the
 * connection (BEGIN IMMEDIATE … COMMIT) while fn awaits, so interleaved async callers never share a
 * transaction by accident. Calls made inside fn run inside the transaction (found through
 * AsyncLocalStorage, so calling the store itself from fn joins it rather than deadlocking).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { ensureDir } from '../../util/ensure-dir.js';
import { mergeBundle, unpackBundle } from '../layer-bundle.js';
import { nearDupBands, signatureColumn, signatureHex } from '../near-dup.js';
import { clampPage } from '../paging.js';
import { packText, unpackText, type StoredText } from '../text-codec.js';
import { hashColumn, hashFromColumn } from '../hash-codec.js';
import { createdAtColumn, createdAtFromColumn } from './created-at.js';
import { checkSearchFilter, searchFilterSql } from '../search-filter.js';
import type {
  AppliedMigration,
  Feed,
  SeenFeedItem,
  FeedPollUpdate,
  InsertResult,
  LayerWrite,
  NewArticle,
  Page,
  PageRequest,
  SearchFilter,
  SearchPage,
  SignatureRow,
  Store,
  StoredArticle,
  StoredLayer,
  StoryRow,
  StoreModule,
} from '../types.js';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, parseSnippet, toFtsQuery } from './fts-query.js';
import { appliedMigrations, CORE, migrate } from './migrations.js';
import { candidates, deleteBands, groups, writeBands } from './near-dup.js';
import { statement } from './statements.js';
import { registerTextFunction } from './text-sql.js';
import * as stories from './stories.js';

/** Words of context on each side of a search snippet. */
const SNIPPET_TOKENS = 24;
/** Title matches count this many times more than body matches (bm25 column weights). */
const TITLE_WEIGHT = 10.0;
/** Page size of a new database file (bytes; see the constructor). */
export const PAGE_SIZE = 16384;
/** How long a write waits for another process's write lock before failing with E_STORE. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Newest published first, unknown dates last. Served by the index articles_published_time (migration 6);
 * list-plans.test.ts checks that no list query sorts in a temp B-tree.
 */
export const LIST_ARTICLES_SQL = `SELECT * FROM articles
  ORDER BY published_known DESC, julianday(published) DESC, published DESC, id DESC
  LIMIT ? OFFSET ?`;

interface ArticleRow {
  id: number;
  url: string | null;
  canonical_url: string | null;
  content_hash: Buffer | string;
  outlet: string | null;
  title: string | null;
  byline: string;
  published: string | null;
  published_known: number;
  modified: string | null;
  fetched: string | null;
  language: string | null;
  image: string | null;
  image_credit: string | null;
  /** packed (../text-codec.ts), or the text itself: short, or written before migration 12 */
  text: StoredText;
  meta: string;
  near_dup_of: number | null;
  /** the mark of the text's own signature, bytes (signatureBytes), or text in a row written before migration 8 or in another spelling */
  signature: Buffer | string | null;
  /** six bytes of milliseconds since the epoch (./created-at.ts), or text in another spelling */
  created_at: Buffer | string;
}

interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_polled: string | null;
  last_error: string | null;
}

/**
 * Work on the connection happens one piece at a time per scope: the store itself, then each open
 * transaction (whose nested transactions and calls queue inside it, so savepoints stay last-in first-out).
 */
interface Scope {
  readonly parent: Scope | null;
  /** 0 for the store itself, 1 for a transaction, 2+ for nested ones (savepoints). */
  readonly depth: number;
  open: boolean;
  tail: Promise<unknown>;
}

export class SqliteStore implements Store {
  readonly engine = 'sqlite' as const;
  readonly location: string;
  readonly migratedOnOpen: readonly AppliedMigration[];
  private readonly db: Database.Database;
  /**
   * A second, read-only connection (file stores only): reads made outside any transaction run on it at
   * once instead of queueing behind a long write (an ingest, a story link). WAL gives it the last
   * committed state, so it never sees a transaction's uncommitted writes.
   */
  private reader: Database.Database | null = null;
  /** The connection `sql()` prepares on: the writer, or the reader while a read call runs on it. */
  private active: Database.Database;
  private readonly root: Scope = { parent: null, depth: 0, open: true, tail: Promise.resolve() };
  private readonly context = new AsyncLocalStorage<Scope>();
  private closed = false;

  private constructor(path: string, modules: readonly StoreModule[]) {
    this.location = path;
    if (path !== ':memory:') ensureDir(dirname(path));
    let db: Database.Database | null = null;
    let ran: AppliedMigration[];
    try {
      db = new Database(path);
      // A new file's pages are 16 kB, not 4 kB: an article row or a report digest (1–3 kB) took a 4 kB
      // page of its own, a third of it empty. Only an empty file takes it; an existing one keeps its size.
      db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      // WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commit.
      db.pragma('synchronous = NORMAL');
      registerTextFunction(db);
      ran = migrate(db, [CORE, ...modules.map((m) => ({ name: m.name, migrations: m.migrations.sqlite }))]);
    } catch (err) {
      db?.close();
      if (err instanceof WiretraceError) throw err;
      throw new WiretraceError('E_STORE', `cannot open store at ${path}: ${(err as Error).message}`);
    }
    this.db = db;
    this.active = db;
    if (path !== ':memory:') {
      try {
        this.reader = new Database(path, { readonly: true, fileMustExist: true });
        this.reader.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
        registerTextFunction(this.reader);
      } catch {
        this.reader = null; // reads then share the writer's queue, as before
      }
    }
    this.migratedOnOpen = ran;
  }

  /** Opens (creating when needed, with its directory) the database at `path` and applies pending migrations. */
  static async open(path: string, modules: readonly StoreModule[] = []): Promise<SqliteStore> {
    return new SqliteStore(path, modules);
  }

  insertArticle(article: NewArticle, layers: readonly LayerWrite[]): Promise<InsertResult> {
    return this.call('insert article', () => {
      const bands = article.signature === null ? [] : nearDupBands(article.signature);
      // IMMEDIATE takes the write lock before the existence check, so two writers cannot both insert.
      return this.db.transaction((): InsertResult => {
        const existing = this.findExisting(article);
        if (existing) return existing;
        if (article.outlet) {
          this.sql('INSERT INTO outlets (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING')
            .run(article.outlet, now());
        }
        const outlet = article.outlet
          ? (this.sql('SELECT name FROM outlets WHERE name = ?').get(article.outlet) as { name: string }).name
          : null;
        const info = this.sql(
            `INSERT INTO articles (url, canonical_url, content_hash, outlet, title, byline, published, published_known,
               modified, fetched, language, image, image_credit, text, meta, near_dup_of, signature, created_at)
             VALUES (@url, @canonical_url, @content_hash, @outlet, @title, @byline, @published, @published_known,
               @modified, @fetched, @language, @image, @image_credit, @text, @meta, @near_dup_of, @signature, @created_at)`,
          )
          .run({
            url: article.url,
            canonical_url: article.canonicalUrl,
            content_hash: hashColumn(article.contentHash),
            outlet,
            title: article.title,
            byline: JSON.stringify(article.byline),
            published: article.published,
            published_known: article.published ? 1 : 0,
            modified: article.modified,
            fetched: article.fetched,
            language: article.language,
            image: article.image,
            image_credit: article.imageCredit,
            text: packText(article.text),
            meta: JSON.stringify(article.meta),
            near_dup_of: article.nearDupOf,
            signature: signatureColumn(article.signature, article.text),
            created_at: createdAtColumn(Date.now()),
          });
        const id = Number(info.lastInsertRowid);
        this.writeLayers(id, layers, article.text);
        writeBands(this.db, id, bands, article.nearDupOf);
        return { id, created: true };
      }).immediate();
    });
  }

  putLayers(articleId: number, layers: readonly LayerWrite[]): Promise<void> {
    return this.call('write layers', () =>
      this.db.transaction(() => {
        const article = this.sql('SELECT text FROM articles WHERE id = ?').get(articleId) as { text: StoredText } | undefined;
        if (!article) throw new WiretraceError('E_NOT_FOUND', `no article with id ${articleId}`);
        // a digest rebuilt from the layers is written out whole first (../derived-digest.ts)
        if (layers.length > 0) stories.materializeDigests(this.db, [articleId]);
        this.writeLayers(articleId, layers, unpackText(article.text));
      }).immediate(),
    );
  }

  getArticle(id: number): Promise<StoredArticle | null> {
    return this.readCall('read article', () => {
      const row = this.sql('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
      return row ? toArticle(row) : null;
    });
  }

  getArticleByUrl(url: string): Promise<StoredArticle | null> {
    return this.readCall('read article', () => {
      const row = this.sql('SELECT * FROM articles WHERE canonical_url = ? OR url = ? ORDER BY id LIMIT 1')
        .get(url, url) as ArticleRow | undefined;
      return row ? toArticle(row) : null;
    });
  }

  findByContentHash(hash: string): Promise<StoredArticle | null> {
    return this.readCall('read article', () => {
      const row = this.sql('SELECT * FROM articles WHERE content_hash = ?').get(hashColumn(hash)) as ArticleRow | undefined;
      return row ? toArticle(row) : null;
    });
  }

  getLayers(articleId: number, names?: readonly string[]): Promise<readonly StoredLayer[]> {
    return this.readCall('read layers', () => {
      // only the named layers are decoded (a large layer has a stream of its own: ../layer-bundle.ts)
      // the text rebuilds the layers a bundle does not keep (../derived-layers.ts)
      const row = this.sql('SELECT b.data, a.text FROM layer_bundles b JOIN articles a ON a.id = b.article_id WHERE b.article_id = ?').get(articleId) as
        | { data: Buffer; text: StoredText }
        | undefined;
      return row ? unpackBundle(row.data, articleId, names, unpackText(row.text)) : [];
    });
  }

  listArticles(page: PageRequest = {}): Promise<Page<StoredArticle>> {
    return this.readCall('list articles', () => {
      const { limit, offset } = clampPage(page);
      const rows = this.sql(LIST_ARTICLES_SQL).all(limit, offset) as ArticleRow[];
      return { items: rows.map(toArticle), total: this.count(), limit, offset };
    });
  }

  search(query: string, page: PageRequest = {}, filter: SearchFilter = {}): Promise<SearchPage> {
    return this.readCall('search', () => {
      const { limit, offset } = clampPage(page);
      const checked = checkSearchFilter(filter);
      const match = toFtsQuery(query);
      if (!match) return { query, items: [], total: 0, limit, offset };
      const params: string[] = [];
      const where = searchFilterSql(checked, (v) => {
        params.push(v);
        return '?';
      });
      // without a filter the count reads the full-text index alone
      const total = (
        where
          ? this.sql(`SELECT count(*) AS n FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH ?${where}`)
              .get([match, ...params])
          : this.sql('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match)
      ) as { n: number };
      const rows = this.sql(
          `SELECT a.*, snippet(articles_fts, 1, ?, ?, '…', ${SNIPPET_TOKENS}) AS marked,
                  bm25(articles_fts, ${TITLE_WEIGHT}, 1.0) AS rank
           FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
           WHERE articles_fts MATCH ?${where}
           ORDER BY rank, a.id
           LIMIT ? OFFSET ?`,
        )
        .all([HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, match, ...params, limit, offset]) as Array<ArticleRow & { marked: string; rank: number }>;
      const items = rows.map((r) => {
        const { snippet, highlights } = parseSnippet(r.marked ?? '');
        // bm25 is lower-is-better and negative; flip it so callers read "higher is better".
        return { article: toArticle(r), snippet, highlights, score: -r.rank };
      });
      return { query, items, total: total.n, limit, offset };
    });
  }

  deleteArticle(id: number): Promise<boolean> {
    return this.call('delete article', () =>
      this.db.transaction(() => {
        // copies of it keep their text; they lose the pointer (ON DELETE SET NULL) and their own bands stay;
        // their digests rebuilt with the pointer are written out whole first (../derived-digest.ts)
        stories.materializeDigests(this.db, stories.copiesWithRebuiltDigest(this.db, id));
        deleteBands(this.db, id);
        const info = this.sql('DELETE FROM articles WHERE id = ?').run(id);
        this.sql('DELETE FROM story_articles WHERE article_id = ?').run(id);
        return info.changes > 0;
      }).immediate(),
    );
  }

  // ---- stories (the link layer's projection) ----

  linkedReportCount(): Promise<number> {
    return this.call('count linked reports', () => stories.linkedReportCount(this.db));
  }

  termFrequencies(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return this.call('read term counts', () => stories.termFrequencies(this.db, terms));
  }

  addLinkedReport(article: number, digest: unknown, terms: readonly string[]): Promise<void> {
    return this.call('store report digest', () => this.db.transaction(() => stories.addLinkedReport(this.db, article, digest, terms)).immediate());
  }

  removeLinkedReport(article: number): Promise<unknown> {
    return this.call('remove report digest', () => this.db.transaction(() => stories.removeLinkedReport(this.db, article)).immediate());
  }

  linkedReports(articles: readonly number[]): Promise<readonly unknown[]> {
    return this.call('read report digests', () => stories.linkedReports(this.db, articles));
  }

  linkedArticleIds(): Promise<readonly number[]> {
    return this.call('list linked reports', () => stories.linkedArticleIds(this.db));
  }

  storyCandidates(keys: readonly string[], article: number | null, limit: number): Promise<readonly StoryRow[]> {
    return this.call('find story candidates', () => stories.storyCandidates(this.db, keys, article, limit));
  }

  storyOfArticle(article: number): Promise<number | null> {
    return this.call('read story of article', () => stories.storyOfArticle(this.db, article));
  }

  getStory(id: number): Promise<StoryRow | null> {
    return this.call('read story', () => stories.getStory(this.db, id));
  }

  newStoryId(): Promise<number> {
    return this.call('new story id', () => this.db.transaction(() => stories.newStoryId(this.db)).immediate());
  }

  saveStory(story: StoryRow): Promise<void> {
    return this.call('save story', () => this.db.transaction(() => stories.saveStory(this.db, story, now())).immediate());
  }

  deleteStory(id: number): Promise<void> {
    return this.call('delete story', () => stories.deleteStory(this.db, id));
  }

  listStories(page: PageRequest = {}): Promise<Page<StoryRow>> {
    return this.call('list stories', () => stories.listStories(this.db, page));
  }

  storiesWithKey(key: string, page: PageRequest = {}): Promise<Page<StoryRow>> {
    return this.call('list stories by key', () => stories.storiesWithKey(this.db, key, page));
  }

  clearStories(): Promise<void> {
    return this.call('clear stories', () => this.db.transaction(() => stories.clearStories(this.db)).immediate());
  }

  listArticleIds(after: number, limit: number): Promise<readonly number[]> {
    return this.call('list article ids', () =>
      (this.sql('SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?').all(after, Math.max(1, Math.min(limit, 10_000))) as Array<{ id: number }>).map((r) => r.id),
    );
  }

  countArticles(): Promise<number> {
    return this.readCall('count articles', () => this.count());
  }

  nearDupCandidates(signature: string): Promise<readonly SignatureRow[]> {
    return this.call('near-duplicate lookup', () => candidates(this.db, signature));
  }

  nearDupGroups(firstSeen: readonly number[]): Promise<readonly SignatureRow[]> {
    return this.call('near-duplicate lookup', () => groups(this.db, firstSeen));
  }

  migrations(): Promise<readonly AppliedMigration[]> {
    return this.call('list migrations', () => appliedMigrations(this.db));
  }

  // ---- feeds ----

  addFeed(url: string, title: string | null = null): Promise<{ id: number; created: boolean }> {
    return this.call('add feed', () => {
      const info = this.sql('INSERT INTO feeds (url, title, created_at) VALUES (?, ?, ?) ON CONFLICT(url) DO NOTHING')
        .run(url, title, now());
      const row = this.sql('SELECT id FROM feeds WHERE url = ?').get(url) as { id: number };
      return { id: row.id, created: info.changes > 0 };
    });
  }

  getFeed(idOrUrl: number | string): Promise<Feed | null> {
    return this.call('read feed', () => {
      const row = (
        typeof idOrUrl === 'number'
          ? this.sql('SELECT * FROM feeds WHERE id = ?').get(idOrUrl)
          : this.sql('SELECT * FROM feeds WHERE url = ?').get(idOrUrl)
      ) as FeedRow | undefined;
      return row ? toFeed(row) : null;
    });
  }

  listFeeds(): Promise<readonly Feed[]> {
    return this.call('list feeds', () => (this.sql('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toFeed));
  }

  removeFeed(id: number): Promise<boolean> {
    return this.call('remove feed', () => this.sql('DELETE FROM feeds WHERE id = ?').run(id).changes > 0);
  }

  updateFeedPoll(id: number, u: FeedPollUpdate): Promise<void> {
    return this.call('update feed', () => {
      const info = this.sql(
          `UPDATE feeds SET
             title = CASE WHEN @setTitle THEN @title ELSE title END,
             etag = CASE WHEN @setEtag THEN @etag ELSE etag END,
             last_modified = CASE WHEN @setLm THEN @lm ELSE last_modified END,
             last_polled = @polled,
             last_error = @error
           WHERE id = @id`,
        )
        .run({
          id,
          setTitle: u.title !== undefined ? 1 : 0,
          title: u.title ?? null,
          setEtag: u.etag !== undefined ? 1 : 0,
          etag: u.etag ?? null,
          setLm: u.lastModified !== undefined ? 1 : 0,
          lm: u.lastModified ?? null,
          polled: u.lastPolled,
          error: u.lastError ?? null,
        });
      if (info.changes === 0) throw new WiretraceError('E_NOT_FOUND', `no feed with id ${id}`);
    });
  }

  addFeedItem(feedId: number, guid: string, url: string | null): Promise<boolean> {
    return this.call('add feed item', () => {
      if (!this.sql('SELECT 1 FROM feeds WHERE id = ?').get(feedId)) throw new WiretraceError('E_NOT_FOUND', `no feed with id ${feedId}`);
      return (
        this.sql('INSERT INTO feed_items (feed_id, guid, url, first_seen) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
          .run(feedId, guid, url, now()).changes > 0
      );
    });
  }

  hasFeedItem(feedId: number, guid: string): Promise<boolean> {
    return this.call('read feed item', () => !!this.sql('SELECT 1 FROM feed_items WHERE feed_id = ? AND guid = ?').get(feedId, guid));
  }

  listFeedItems(feedId: number): Promise<readonly SeenFeedItem[]> {
    return this.call('list feed items', () =>
      this.sql('SELECT guid, url, first_seen AS firstSeen FROM feed_items WHERE feed_id = ? ORDER BY guid').all(feedId) as SeenFeedItem[]
    );
  }

  // ---- transactions and the connection ----

  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    const parent = this.scope();
    return this.enqueue(parent, async () => {
      this.refuseEnded(parent, 'begin transaction');
      const scope: Scope = { parent, depth: parent.depth + 1, open: true, tail: Promise.resolve() };
      const outermost = parent === this.root;
      const savepoint = `wiretrace_tx_${scope.depth}`;
      this.run('begin transaction', () => this.sql(outermost ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`).run());
      try {
        const result = await this.context.run(scope, () => fn(this));
        await scope.tail; // calls fn started but did not await still belong to the transaction
        this.refuseEnded(parent, 'commit'); // an enclosing transaction rolled back meanwhile
        this.run('commit', () => this.sql(outermost ? 'COMMIT' : `RELEASE ${savepoint}`).run());
        return result;
      } catch (err) {
        // Once an enclosing transaction has ended, the connection may already be in someone else's.
        if (this.live(parent)) this.undo(outermost, savepoint);
        throw err;
      } finally {
        scope.open = false;
      }
    });
  }

  lock(name: string): Promise<void> {
    // a SQLite transaction already holds the database's one write lock (BEGIN IMMEDIATE): nothing more to take
    if (this.scope() === this.root) return Promise.reject(new WiretraceError('E_STORE', `lock "${name}" needs a transaction`));
    return this.call('lock', () => undefined);
  }

  close(): Promise<void> {
    if (this.scope() !== this.root) {
      return Promise.reject(new WiretraceError('E_STORE', 'cannot close the store inside one of its transactions'));
    }
    return this.enqueue(this.root, async () => {
      this.closed = true;
      if (this.reader?.open) this.reader.close();
      if (this.db.open) this.db.close();
    });
  }

  // ---- internals ----

  /** The innermost open transaction of the calling async context, else the store itself. */
  private scope(): Scope {
    let s = this.context.getStore() ?? this.root;
    while (!s.open) s = s.parent!;
    return s;
  }

  private enqueue<T>(scope: Scope, work: () => Promise<T>): Promise<T> {
    const result = scope.tail.then(work);
    scope.tail = result.then(noop, noop);
    return result;
  }

  /**
   * A read: outside any transaction, on the reader connection at once (it is synchronous, so swapping the
   * active connection for its duration cannot interleave with other work); inside one, like any call.
   */
  private readCall<T>(what: string, work: () => T): Promise<T> {
    if (!this.reader || this.scope() !== this.root) return this.call(what, work);
    try {
      this.active = this.reader;
      return Promise.resolve(this.run(what, work));
    } catch (err) {
      return Promise.reject(err);
    } finally {
      this.active = this.db;
    }
  }

  /** One call: queued in its scope, run synchronously on the connection, failures coded. */
  private call<T>(what: string, work: () => T): Promise<T> {
    const scope = this.scope();
    return this.enqueue(scope, async () => {
      this.refuseEnded(scope, what);
      return this.run(what, work);
    });
  }

  /**
   * A call made inside a transaction that has since ended (a nested one still running after its outer
   * one rolled back) must not run: outside the transaction it would commit by itself.
   */
  private refuseEnded(scope: Scope, what: string): void {
    if (!this.live(scope)) throw new WiretraceError('E_STORE', `${what} failed: the transaction it was made in has ended`);
  }

  /** Whether a scope and every transaction around it are still open. */
  private live(scope: Scope): boolean {
    for (let s: Scope | null = scope; s; s = s.parent) if (!s.open) return false;
    return true;
  }

  private run<T>(what: string, work: () => T): T {
    if (this.closed) throw new WiretraceError('E_STORE', `${what} failed: the store at ${this.location} is closed`);
    try {
      return work();
    } catch (err) {
      if (err instanceof WiretraceError) throw err;
      throw new WiretraceError('E_STORE', `${what} failed: ${(err as Error).message}`);
    }
  }

  /** Rolls back what the failed (nested) transaction wrote; SQLite may already have rolled back on its own. */
  private undo(outermost: boolean, savepoint: string): void {
    if (!this.db.open || !this.db.inTransaction) return;
    if (outermost) this.db.exec('ROLLBACK');
    else this.db.exec(`ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
  }

  private sql(text: string): Database.Statement {
    return statement(this.active, text);
  }

  private count(): number {
    return (this.sql('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  private findExisting(article: NewArticle): InsertResult | null {
    const byHash = this.sql('SELECT id FROM articles WHERE content_hash = ?').get(hashColumn(article.contentHash)) as
      | { id: number }
      | undefined;
    if (byHash) return { id: byHash.id, created: false, matchedBy: 'content_hash' };
    if (article.canonicalUrl) {
      const byCanon = this.sql('SELECT id FROM articles WHERE canonical_url = ?')
        .get(article.canonicalUrl) as { id: number } | undefined;
      if (byCanon) return { id: byCanon.id, created: false, matchedBy: 'canonical_url' };
    }
    if (article.url) {
      const byUrl = this.sql('SELECT id FROM articles WHERE url = ? OR canonical_url = ? ORDER BY id LIMIT 1')
        .get(article.url, article.url) as { id: number } | undefined;
      if (byUrl) return { id: byUrl.id, created: false, matchedBy: 'url' };
    }
    return null;
  }

  /** Adds or replaces layers in the article's bundle (inside the caller's write transaction). */
  private writeLayers(articleId: number, layers: readonly LayerWrite[], text: string): void {
    if (layers.length === 0) return;
    const row = this.sql('SELECT data FROM layer_bundles WHERE article_id = ?').get(articleId) as { data: Buffer } | undefined;
    this.sql('INSERT INTO layer_bundles (article_id, data) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET data = excluded.data')
      .run(articleId, mergeBundle(row?.data ?? null, layers, now(), text));
  }
}

function toArticle(r: ArticleRow): StoredArticle {
  const text = unpackText(r.text);
  return {
    id: r.id,
    url: r.url,
    canonicalUrl: r.canonical_url,
    contentHash: hashFromColumn(r.content_hash),
    outlet: r.outlet,
    title: r.title,
    byline: JSON.parse(r.byline) as string[],
    published: r.published,
    publishedKnown: r.published_known === 1,
    modified: r.modified,
    fetched: r.fetched,
    language: r.language,
    image: r.image,
    imageCredit: r.image_credit,
    text,
    meta: JSON.parse(r.meta) as Record<string, unknown>,
    nearDupOf: r.near_dup_of,
    signature: signatureHex(r.signature, text),
    createdAt: createdAtFromColumn(r.created_at),
  };
}

function toFeed(r: FeedRow): Feed {
  return {
    id: r.id,
    url: r.url,
    title: r.title,
    etag: r.etag,
    lastModified: r.last_modified,
    lastPolled: r.last_polled,
    lastError: r.last_error,
  };
}

function now(): string {
  return new Date().toISOString();
}

function noop(): void {}
