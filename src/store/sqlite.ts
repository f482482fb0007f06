/**
 * The SQLite store (better-sqlite3 12): WAL, foreign keys, migrations on open, one transaction per write.
 */
import Database from 'better-sqlite3';
import { dirname } from 'node:path';
import { WiretraceError } from '../errors.js';
import { ensureDir } from '../util/ensure-dir.js';
import { appliedMigrations, migrate } from './migrations.js';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, parseSnippet, toFtsQuery } from './fts-query.js';
import type {
  Feed,
  FeedPollUpdate,
  InsertResult,
  LayerWrite,
  NewArticle,
  Page,
  PageRequest,
  SearchPage,
  SignatureRow,
  Store,
  StoredArticle,
  StoredLayer,
} from './types.js';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;
/** Words of context on each side of a search snippet. */
const SNIPPET_TOKENS = 24;
/** Title matches count this many times more than body matches (bm25 column weights). */
const TITLE_WEIGHT = 10.0;

interface ArticleRow {
  id: number;
  url: string | null;
  canonical_url: string | null;
  content_hash: string;
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
  text: string;
  meta: string;
  near_dup_of: number | null;
  signature: string | null;
  created_at: string;
}

interface LayerRow {
  article_id: number;
  name: string;
  annotator: string;
  version: string;
  data: string;
  created_at: string;
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

export interface SqliteStoreOptions {
  readonly readonly?: boolean;
}

export class SqliteStore implements Store {
  readonly location: string;
  /** The underlying connection, for modules that add their own tables through a migration. */
  readonly db: Database.Database;

  constructor(path: string, options: SqliteStoreOptions = {}) {
    this.location = path;
    if (path !== ':memory:' && !options.readonly) ensureDir(dirname(path));
    try {
      this.db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
      if (!options.readonly) this.db.pragma('journal_mode = WAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
      // WAL makes NORMAL durable against application crashes; only an OS crash can lose the last commit.
      this.db.pragma('synchronous = NORMAL');
      if (!options.readonly) migrate(this.db);
    } catch (err) {
      if (err instanceof WiretraceError) throw err;
      throw new WiretraceError('E_STORE', `cannot open store at ${path}: ${(err as Error).message}`);
    }
  }

  insertArticle(article: NewArticle, layers: readonly LayerWrite[]): InsertResult {
    const tx = this.db.transaction((): InsertResult => {
      const existing = this.findExisting(article);
      if (existing) return existing;
      if (article.outlet) {
        this.db
          .prepare('INSERT INTO outlets (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING')
          .run(article.outlet, now());
      }
      const outlet = article.outlet
        ? ((this.db.prepare('SELECT name FROM outlets WHERE name = ?').get(article.outlet) as { name: string }).name)
        : null;
      const info = this.db
        .prepare(
          `INSERT INTO articles (url, canonical_url, content_hash, outlet, title, byline, published, published_known,
             modified, fetched, language, image, image_credit, text, meta, near_dup_of, signature, created_at)
           VALUES (@url, @canonical_url, @content_hash, @outlet, @title, @byline, @published, @published_known,
             @modified, @fetched, @language, @image, @image_credit, @text, @meta, @near_dup_of, @signature, @created_at)`,
        )
        .run({
          url: article.url,
          canonical_url: article.canonicalUrl,
          content_hash: article.contentHash,
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
          text: article.text,
          meta: JSON.stringify(article.meta),
          near_dup_of: article.nearDupOf,
          signature: article.signature,
          created_at: now(),
        });
      const id = Number(info.lastInsertRowid);
      this.writeLayers(id, layers);
      return { id, created: true };
    });
    try {
      // IMMEDIATE takes the write lock before the existence check, so two writers cannot both insert.
      return tx.immediate();
    } catch (err) {
      throw storeError('insert article', err);
    }
  }

  putLayers(articleId: number, layers: readonly LayerWrite[]): void {
    const tx = this.db.transaction(() => {
      if (!this.db.prepare('SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
        throw new WiretraceError('E_NOT_FOUND', `no article with id ${articleId}`);
      }
      this.writeLayers(articleId, layers);
    });
    try {
      tx.immediate();
    } catch (err) {
      throw storeError('write layers', err);
    }
  }

  getArticle(id: number): StoredArticle | null {
    const row = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }

  getArticleByUrl(url: string): StoredArticle | null {
    const row = this.db
      .prepare('SELECT * FROM articles WHERE canonical_url = ? OR url = ? ORDER BY id LIMIT 1')
      .get(url, url) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }

  findByContentHash(hash: string): StoredArticle | null {
    const row = this.db.prepare('SELECT * FROM articles WHERE content_hash = ?').get(hash) as ArticleRow | undefined;
    return row ? toArticle(row) : null;
  }

  getLayers(articleId: number): readonly StoredLayer[] {
    const rows = this.db
      .prepare('SELECT * FROM layers WHERE article_id = ? ORDER BY created_at, position, name')
      .all(articleId) as LayerRow[];
    return rows.map(toLayer);
  }

  listArticles(page: PageRequest = {}): Page<StoredArticle> {
    const { limit, offset } = clampPage(page);
    const rows = this.db
      .prepare(
        `SELECT * FROM articles
         ORDER BY published_known DESC, julianday(published) DESC, published DESC, id DESC
         LIMIT ? OFFSET ?`,
      )
      .all(limit, offset) as ArticleRow[];
    return { items: rows.map(toArticle), total: this.countArticles(), limit, offset };
  }

  search(query: string, page: PageRequest = {}): SearchPage {
    const { limit, offset } = clampPage(page);
    const match = toFtsQuery(query);
    if (!match) return { query, items: [], total: 0, limit, offset };
    try {
      const total = (
        this.db.prepare('SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?').get(match) as { n: number }
      ).n;
      const rows = this.db
        .prepare(
          `SELECT a.*, snippet(articles_fts, 1, ?, ?, '…', ${SNIPPET_TOKENS}) AS marked,
                  bm25(articles_fts, ${TITLE_WEIGHT}, 1.0) AS rank
           FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
           WHERE articles_fts MATCH ?
           ORDER BY rank, a.id
           LIMIT ? OFFSET ?`,
        )
        .all(HIGHLIGHT_OPEN, HIGHLIGHT_CLOSE, match, limit, offset) as Array<ArticleRow & { marked: string; rank: number }>;
      const items = rows.map((r) => {
        const { snippet, highlights } = parseSnippet(r.marked ?? '');
        // bm25 is lower-is-better and negative; flip it so callers read "higher is better".
        return { article: toArticle(r), snippet, highlights, score: -r.rank };
      });
      return { query, items, total, limit, offset };
    } catch (err) {
      throw storeError('search', err);
    }
  }

  countArticles(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
  }

  listSignatures(): readonly SignatureRow[] {
    return this.db
      .prepare('SELECT id, signature, near_dup_of AS nearDupOf FROM articles WHERE signature IS NOT NULL ORDER BY id')
      .all() as SignatureRow[];
  }

  migrations(): ReturnType<Store['migrations']> {
    return appliedMigrations(this.db);
  }

  // ---- feeds ----

  addFeed(url: string, title: string | null = null): { id: number; created: boolean } {
    const info = this.db
      .prepare('INSERT INTO feeds (url, title, created_at) VALUES (?, ?, ?) ON CONFLICT(url) DO NOTHING')
      .run(url, title, now());
    const row = this.db.prepare('SELECT id FROM feeds WHERE url = ?').get(url) as { id: number };
    return { id: row.id, created: info.changes > 0 };
  }

  getFeed(idOrUrl: number | string): Feed | null {
    const row = (
      typeof idOrUrl === 'number'
        ? this.db.prepare('SELECT * FROM feeds WHERE id = ?').get(idOrUrl)
        : this.db.prepare('SELECT * FROM feeds WHERE url = ?').get(idOrUrl)
    ) as FeedRow | undefined;
    return row ? toFeed(row) : null;
  }

  listFeeds(): readonly Feed[] {
    return (this.db.prepare('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toFeed);
  }

  removeFeed(id: number): boolean {
    return this.db.prepare('DELETE FROM feeds WHERE id = ?').run(id).changes > 0;
  }

  updateFeedPoll(id: number, u: FeedPollUpdate): void {
    const info = this.db
      .prepare(
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
  }

  addFeedItem(feedId: number, guid: string, url: string | null): boolean {
    return (
      this.db
        .prepare('INSERT INTO feed_items (feed_id, guid, url, first_seen) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING')
        .run(feedId, guid, url, now()).changes > 0
    );
  }

  hasFeedItem(feedId: number, guid: string): boolean {
    return !!this.db.prepare('SELECT 1 FROM feed_items WHERE feed_id = ? AND guid = ?').get(feedId, guid);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ---- internals ----

  private findExisting(article: NewArticle): InsertResult | null {
    const byHash = this.db.prepare('SELECT id FROM articles WHERE content_hash = ?').get(article.contentHash) as
      | { id: number }
      | undefined;
    if (byHash) return { id: byHash.id, created: false, matchedBy: 'content_hash' };
    if (article.canonicalUrl) {
      const byCanon = this.db
        .prepare('SELECT id FROM articles WHERE canonical_url = ?')
        .get(article.canonicalUrl) as { id: number } | undefined;
      if (byCanon) return { id: byCanon.id, created: false, matchedBy: 'canonical_url' };
    }
    return null;
  }

  private writeLayers(articleId: number, layers: readonly LayerWrite[]): void {
    const put = this.db.prepare(
      `INSERT INTO layers (article_id, name, annotator, version, data, position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(article_id, name) DO UPDATE SET annotator = excluded.annotator, version = excluded.version,
         data = excluded.data, position = excluded.position, created_at = excluded.created_at`,
    );
    const at = now();
    layers.forEach((l, i) => put.run(articleId, l.name, l.annotator, l.version, JSON.stringify(l.data), i, at));
  }
}

export function clampPage(page: PageRequest): { limit: number; offset: number } {
  const limit = Math.min(MAX_PAGE_LIMIT, Math.max(1, Math.trunc(finiteOr(page.limit, DEFAULT_PAGE_LIMIT))));
  // Capped at the largest safe integer: SQLite refuses to bind bigger numbers ("datatype mismatch").
  const offset = Math.min(Number.MAX_SAFE_INTEGER, Math.max(0, Math.trunc(finiteOr(page.offset, 0))));
  return { limit, offset };
}

/** NaN and undefined take the default; infinities are kept so that the clamps above bound them. */
function finiteOr(n: number | undefined, fallback: number): number {
  return n === undefined || Number.isNaN(n) ? fallback : n;
}

function toArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    url: r.url,
    canonicalUrl: r.canonical_url,
    contentHash: r.content_hash,
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
    text: r.text,
    meta: JSON.parse(r.meta) as Record<string, unknown>,
    nearDupOf: r.near_dup_of,
    signature: r.signature,
    createdAt: r.created_at,
  };
}

function toLayer(r: LayerRow): StoredLayer {
  return {
    articleId: r.article_id,
    name: r.name,
    annotator: r.annotator,
    version: r.version,
    data: JSON.parse(r.data) as unknown[],
    createdAt: r.created_at,
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

function storeError(what: string, err: unknown): WiretraceError {
  if (err instanceof WiretraceError) return err;
  return new WiretraceError('E_STORE', `${what} failed: ${(err as Error).message}`);
}
