/**
 * The PostgreSQL store (node-postgres): the same contract as the SQLite store (../types.ts), for
 * when one machine or one file is not enough. Calls outside a transaction each take a pooled
 * connection, so readers run side by side; a write that needs several statements runs in its own
 * transaction on one connection. `transaction(fn)` holds one connection (BEGIN … COMMIT) while fn
 * awaits; calls made inside fn, on `tx` or on the store itself (found through AsyncLocalStorage), run
 * on that connection one at a time, and nested transactions are savepoints. Outermost transactions of
 * one store run one after another, as the contract asks.
 *
 * Across processes: article inserts take a transaction-scoped advisory lock, so two workers cannot
 * both insert one text (the check for an existing copy and the insert are one step, as SQLite's
 * BEGIN IMMEDIATE makes them); story ids and sequence numbers come from UPSERT … RETURNING.
 *
 * The location is a postgres:// URL; `?schema=NAME` keeps the store in its own schema (created when
 * missing), so one database can hold several stores (and each test its own).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { WiretraceError } from '../../errors.js';
import { nearDupBandHashes, signatureFromBytea, signatureToBytea } from '../near-dup.js';
import { candidateIds, writeBands } from './near-dup.js';
import { clampPage } from '../paging.js';
import { checkSearchFilter, searchFilterSql } from '../search-filter.js';
import { parseSearch, renderSearch, type SearchTerm } from '../search-terms.js';
import { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, parseSnippet } from '../snippet.js';
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
import { appliedMigrations, CORE, migrate, SEARCH_CHARS, searchVector, type PostgresModule } from './migrations.js';
import { packJson, unpackJson } from '../layer-codec.js';
import { hashFromBytea, hashToBytea } from '../hash-codec.js';
import { createdAtFromBytea, stampBytes } from '../created-at.js';
import { packMeta, unpackMeta } from '../meta-codec.js';
import { mergeBundle, unpackBundle } from '../layer-bundle.js';
import { packReport, unpackDigest, unpackTerms } from '../report-codec.js';
import { articleText } from './packed-text.js';
import { materializeDigests, sourceOf, spanSource, SOURCE_COLUMNS, SOURCE_JOINS, type SourceRow } from './digests.js';

/** Connections one store keeps open at most. */
const POOL_SIZE = 10;
/** Title matches weigh this many times more than body matches (ts_rank weights {D, C, B, A}). */
const RANK_WEIGHTS = '{0.0, 0.0, 0.1, 1.0}';
/** The search vector of article `a`, as the index articles_search is built on it. */
const SEARCH_VECTOR = searchVector('a');
/** The advisory lock article inserts take, so that the existence check and the insert are one step across processes. */
const INSERT_LOCK = 0x77697274;
/** The advisory lock space of Store.lock(name). */
const NAMED_LOCKS = 0x776c6f63;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** BIGINT (int8) columns come back as numbers: ids and counts stay far below 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

type Db = pg.PoolClient | pg.Pool;

interface ArticleRow {
  id: number;
  url: string | null;
  canonical_url: string | null;
  content_hash: Buffer;
  outlet: string | null;
  title: string | null;
  byline: string[];
  published: string | null;
  published_known: number;
  modified: string | null;
  fetched: string | null;
  language: string | null;
  image: string | null;
  image_credit: string | null;
  text: string;
  /** ../meta-codec.ts (JSONB before migration 15) */
  meta: Buffer;
  near_dup_of: number | null;
  /** bytes, or a zero byte and text (../near-dup.ts signatureToBytea); TEXT before migration 7 */
  signature: Buffer | null;
  /** six bytes of milliseconds, or marked text (../created-at.ts); TEXT before migration 18 */
  created_at: Buffer;
}

/** An article's text, plain or packed (./packed-text.ts). */
const TEXT = articleText('a');

const ARTICLE_COLUMNS =
  `a.id, a.url, a.canonical_url, a.content_hash, a.outlet, a.title, a.byline, a.published, a.published_known, a.modified, a.fetched, a.language, a.image, a.image_credit, ${TEXT} AS text, a.meta, a.near_dup_of, a.signature, a.created_at`;

/** Work inside one transaction runs one call at a time on its connection; the store itself has no client. */
interface Scope {
  readonly parent: Scope | null;
  readonly depth: number;
  readonly client: pg.PoolClient | null;
  open: boolean;
  tail: Promise<unknown>;
}

/** A postgres:// location split into what node-postgres connects to and the schema the store lives in. */
export function parseLocation(location: string): { connectionString: string; schema: string; display: string } {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new WiretraceError('E_STORE', `not a PostgreSQL URL: ${location}`);
  }
  const schema = url.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) throw new WiretraceError('E_VALIDATION', `schema must be a lower-case SQL name (a-z, 0-9, _), got "${schema}"`);
  url.searchParams.delete('schema');
  const display = new URL(location);
  if (display.password) display.password = '***';
  return { connectionString: url.toString(), schema, display: display.toString() };
}

export class PostgresStore implements Store {
  readonly engine = 'postgres' as const;
  readonly location: string;
  readonly migratedOnOpen: readonly AppliedMigration[];
  private readonly pool: pg.Pool;
  private readonly root: Scope = { parent: null, depth: 0, client: null, open: true, tail: Promise.resolve() };
  private readonly context = new AsyncLocalStorage<Scope>();
  /** Outermost transactions wait here for the one before them. */
  private txTail: Promise<unknown> = Promise.resolve();
  /** Calls in flight outside any transaction, so that close can wait for them. */
  private readonly pending = new Set<Promise<unknown>>();
  private closed = false;

  private constructor(location: string, pool: pg.Pool, migratedOnOpen: readonly AppliedMigration[]) {
    this.location = location;
    this.migratedOnOpen = migratedOnOpen;
    this.pool = pool;
  }

  /** Connects, creates the schema when missing and applies pending migrations (core first, then each module's). */
  static async open(location: string, modules: readonly StoreModule[] = []): Promise<PostgresStore> {
    const { connectionString, schema, display } = parseLocation(location);
    const mods: PostgresModule[] = [CORE];
    for (const m of modules) {
      if (!m.migrations.postgres) throw new WiretraceError('E_STORE_ENGINE', `store module "${m.name}" has no PostgreSQL migrations`);
      mods.push({ name: m.name, migrations: m.migrations.postgres });
    }
    const pool = new pg.Pool({ connectionString, max: POOL_SIZE, types: TYPES, options: `-c search_path=${schema},public` });
    // an idle connection the server drops must not crash the process
    pool.on('error', () => undefined);
    let ran: AppliedMigration[];
    try {
      const client = await pool.connect();
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        ran = await migrate(client, schema, mods);
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end().catch(() => undefined);
      if (err instanceof WiretraceError) throw err;
      throw new WiretraceError('E_STORE', `cannot open store at ${display}: ${(err as Error).message}`);
    }
    return new PostgresStore(display, pool, ran);
  }

  insertArticle(article: NewArticle, layers: readonly LayerWrite[]): Promise<InsertResult> {
    return this.atomic('insert article', async (db) => {
      const bands = article.signature === null ? [] : nearDupBandHashes(article.signature);
      await db.query('SELECT pg_advisory_xact_lock($1)', [INSERT_LOCK]);
      const existing = await findExisting(db, article);
      if (existing) return existing;
      if (article.outlet) {
        await db.query('INSERT INTO outlets (name, created_at) VALUES ($1, $2) ON CONFLICT (lower(name)) DO NOTHING', [article.outlet, now()]);
      }
      const outlet = article.outlet
        ? (await db.query<{ name: string }>('SELECT name FROM outlets WHERE lower(name) = lower($1)', [article.outlet])).rows[0]!.name
        : null;
      const r = await db.query<{ id: number }>(
        `INSERT INTO articles (url, canonical_url, content_hash, outlet, title, byline, published, published_known,
           modified, fetched, language, image, image_credit, text, meta, near_dup_of, signature, created_at, published_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19) RETURNING id`,
        [
          article.url,
          article.canonicalUrl,
          hashToBytea(article.contentHash),
          outlet,
          article.title,
          JSON.stringify(article.byline),
          article.published,
          article.published ? 1 : 0,
          article.modified,
          article.fetched,
          article.language,
          article.image,
          article.imageCredit,
          article.text,
          packMeta(article.meta, article.title, article.text),
          article.nearDupOf,
          signatureToBytea(article.signature, article.text),
          stampBytes(Date.now()),
          publishedInstant(article.published),
        ],
      );
      const id = r.rows[0]!.id;
      await writeLayers(db, id, layers, article.text);
      await writeBands(db, id, bands, article.nearDupOf);
      return { id, created: true };
    });
  }

  putLayers(articleId: number, layers: readonly LayerWrite[]): Promise<void> {
    return this.atomic('write layers', async (db) => {
      const article = (await db.query<{ text: string }>(`SELECT ${TEXT} AS text FROM articles a WHERE a.id = $1`, [articleId])).rows[0];
      if (!article) throw new WiretraceError('E_NOT_FOUND', `no article with id ${articleId}`);
      // a digest rebuilt from the layers is written out whole first (../derived-digest.ts)
      if (layers.length > 0) await materializeDigests(db, [articleId]);
      await writeLayers(db, articleId, layers, article.text);
    });
  }

  getArticle(id: number): Promise<StoredArticle | null> {
    return this.one('read article', `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = $1`, [id]);
  }

  getArticleByUrl(url: string): Promise<StoredArticle | null> {
    return this.one('read article', `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.canonical_url = $1 OR a.url = $1 ORDER BY a.id LIMIT 1`, [url]);
  }

  findByContentHash(hash: string): Promise<StoredArticle | null> {
    return this.one('read article', `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.content_hash = $1`, [hashToBytea(hash)]);
  }

  getLayers(articleId: number, names?: readonly string[]): Promise<readonly StoredLayer[]> {
    return this.call('read layers', async (db) => {
      // only the named layers are decoded (a large layer has a stream of its own: ../layer-bundle.ts)
      // the text rebuilds the layers a bundle does not keep (../derived-layers.ts)
      const r = await db.query<{ data: Buffer; text: string }>(
        `SELECT b.data, ${TEXT} AS text FROM layer_bundles b JOIN articles a ON a.id = b.article_id WHERE b.article_id = $1`,
        [articleId],
      );
      return r.rows[0] ? unpackBundle(r.rows[0].data, articleId, names, r.rows[0].text) : [];
    });
  }

  listArticles(page: PageRequest = {}): Promise<Page<StoredArticle>> {
    return this.call('list articles', async (db) => {
      const { limit, offset } = clampPage(page);
      // by instant, not by string ("13:30+02:00" is before "12:00Z"); the index articles_published serves this order
      const r = await db.query<ArticleRow>(
        `SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.published_known DESC, a.published_at DESC NULLS LAST, a.id DESC LIMIT $1 OFFSET $2`,
        [limit, offset],
      );
      return { items: r.rows.map(toArticle), total: await count(db, 'SELECT count(*) AS n FROM articles'), limit, offset };
    });
  }

  search(query: string, page: PageRequest = {}, filter: SearchFilter = {}): Promise<SearchPage> {
    return this.call('search', async (db) => {
      const { limit, offset } = clampPage(page);
      const checked = checkSearchFilter(filter);
      const tsquery = toTsQuery(query);
      if (!tsquery) return { query, items: [], total: 0, limit, offset };
      const params: unknown[] = [...tsquery.params];
      const bind = (v: unknown): string => {
        params.push(v);
        return `$${params.length}`;
      };
      const where = searchFilterSql(checked, bind);
      const total = await count(db, `SELECT count(*) AS n FROM articles a WHERE (${SEARCH_VECTOR}) @@ (${tsquery.sql})${where}`, params);
      const options = `StartSel=${HIGHLIGHT_OPEN}, StopSel=${HIGHLIGHT_CLOSE}, MaxWords=40, MinWords=20, ShortWord=0, MaxFragments=1, FragmentDelimiter=" … "`;
      const r = await db.query<ArticleRow & { marked: string; rank: number }>(
        `WITH q AS (SELECT (${tsquery.sql}) AS query)
         SELECT ${ARTICLE_COLUMNS},
                ts_headline('wiretrace_search', left(${TEXT}, ${SEARCH_CHARS}), q.query, ${bind(options)}) AS marked,
                ts_rank('${RANK_WEIGHTS}', ${SEARCH_VECTOR}, q.query) AS rank
         FROM articles a, q
         WHERE (${SEARCH_VECTOR}) @@ q.query${where}
         ORDER BY rank DESC, a.id
         LIMIT ${bind(limit)} OFFSET ${bind(offset)}`,
        params,
      );
      const items = r.rows.map((row) => {
        const { snippet, highlights } = parseSnippet(row.marked ?? '');
        return { article: toArticle(row), snippet, highlights, score: row.rank };
      });
      return { query, items, total, limit, offset };
    });
  }

  deleteArticle(id: number): Promise<boolean> {
    return this.atomic('delete article', async (db) => {
      // copies lose their near-duplicate pointer (ON DELETE SET NULL): their digests rebuilt with it are written out whole first
      const copies = await db.query<{ id: string }>('SELECT id FROM articles WHERE near_dup_of = $1', [id]);
      await materializeDigests(db, copies.rows.map((c) => Number(c.id)));
      const r = await db.query('DELETE FROM articles WHERE id = $1', [id]);
      await db.query('DELETE FROM story_articles WHERE article_id = $1', [id]);
      return (r.rowCount ?? 0) > 0;
    });
  }

  // ---- stories (the link layer's projection) ----

  linkedReportCount(): Promise<number> {
    return this.call('count linked reports', (db) => count(db, 'SELECT count(*) AS n FROM link_reports'));
  }

  termFrequencies(terms: readonly string[]): Promise<ReadonlyMap<string, number>> {
    return this.call('read term counts', async (db) => {
      const out = new Map<string, number>(terms.map((t) => [t, 0]));
      const r = await db.query<{ term: string; df: number }>('SELECT term, df FROM link_terms WHERE term = ANY($1::text[])', [[...new Set(terms)]]);
      for (const row of r.rows) out.set(row.term, row.df);
      return out;
    });
  }

  addLinkedReport(article: number, digest: unknown, terms: readonly string[]): Promise<void> {
    return this.atomic('store report digest', async (db) => {
      await removeLinkedReport(db, article);
      const unique = [...new Set(terms)];
      await db.query(
        `INSERT INTO link_terms (term, df) SELECT t, 1 FROM unnest($1::text[]) AS t
         ON CONFLICT (term) DO UPDATE SET df = link_terms.df + 1`,
        [unique],
      );
      const seq = await nextCounter(db, 'report_seq');
      const packed = packReport(digest, unique, await spanSource(db, article));
      await db.query('INSERT INTO link_reports (article_id, digest, terms, seq) VALUES ($1, $2, $3, $4)', [article, packed.digest, packed.terms, seq]);
    });
  }

  removeLinkedReport(article: number): Promise<unknown> {
    return this.atomic('remove report digest', (db) => removeLinkedReport(db, article));
  }

  linkedReports(articles: readonly number[]): Promise<readonly unknown[]> {
    return this.call('read report digests', async (db) => {
      const r = await db.query<SourceRow & { article_id: number; digest: Buffer }>(
        `SELECT l.article_id, l.digest, ${SOURCE_COLUMNS} FROM link_reports l ${SOURCE_JOINS} WHERE l.article_id = ANY($1::bigint[])`,
        [[...articles]],
      );
      const by = new Map(r.rows.map((row) => [row.article_id, unpackDigest(row.digest, sourceOf(row.article_id, row))]));
      return articles.filter((a) => by.has(a)).map((a) => by.get(a));
    });
  }

  linkedArticleIds(): Promise<readonly number[]> {
    return this.call('list linked reports', async (db) => (await db.query<{ a: number }>('SELECT article_id AS a FROM link_reports ORDER BY seq')).rows.map((r) => r.a));
  }

  storyCandidates(keys: readonly string[], article: number | null, limit: number): Promise<readonly StoryRow[]> {
    return this.call('find story candidates', async (db) => {
      // each key contributes at most `limit` stories (a lateral index scan per key), so a common key stays cheap
      const r = await db.query<StoryDbRow>(
        `WITH ids AS (
           SELECT story_id FROM story_articles WHERE article_id = $2
           UNION
           SELECT k.story_id FROM unnest($1::text[]) AS q(key)
             CROSS JOIN LATERAL (SELECT story_id FROM story_keys WHERE key = q.key ORDER BY last_date DESC NULLS LAST, story_id DESC LIMIT $3) k)
         SELECT s.* FROM stories s JOIN ids ON ids.story_id = s.id
         ORDER BY coalesce(s.last_date, '') DESC, s.id DESC LIMIT $3`,
        [[...new Set(keys)], article, limit],
      );
      return withIndexes(db, r.rows);
    });
  }

  storyOfArticle(article: number): Promise<number | null> {
    return this.call('read story of article', async (db) => (await db.query<{ s: number }>('SELECT story_id AS s FROM story_articles WHERE article_id = $1', [article])).rows[0]?.s ?? null);
  }

  getStory(id: number): Promise<StoryRow | null> {
    return this.call('read story', async (db) => {
      const r = await db.query<StoryDbRow>('SELECT * FROM stories WHERE id = $1', [id]);
      return (await withIndexes(db, r.rows))[0] ?? null;
    });
  }

  newStoryId(): Promise<number> {
    return this.call('new story id', (db) => nextCounter(db, 'story_id'));
  }

  saveStory(story: StoryRow): Promise<void> {
    return this.atomic('save story', async (db) => {
      await db.query('DELETE FROM stories WHERE id = $1', [story.id]);
      await db.query('INSERT INTO stories (id, title, first_date, last_date, state, updated_at) VALUES ($1, $2, $3, $4, $5, $6)', [
        story.id,
        story.title,
        story.firstDate,
        story.lastDate,
        packJson(story.state),
        now(),
      ]);
      await db.query('INSERT INTO story_keys (key, story_id, last_date) SELECT k, $2, $3 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING', [
        [...new Set(story.keys)],
        story.id,
        story.lastDate,
      ]);
      // an article belongs to one story: linking it elsewhere moves it
      await db.query(
        `INSERT INTO story_articles (article_id, story_id) SELECT a, $2 FROM unnest($1::bigint[]) AS a
         ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`,
        [[...new Set(story.articles)], story.id],
      );
    });
  }

  deleteStory(id: number): Promise<void> {
    return this.call('delete story', async (db) => void (await db.query('DELETE FROM stories WHERE id = $1', [id])));
  }

  listStories(page: PageRequest = {}): Promise<Page<StoryRow>> {
    return this.call('list stories', async (db) => {
      const { limit, offset } = clampPage(page);
      const r = await db.query<StoryDbRow>('SELECT * FROM stories ORDER BY (last_date IS NULL), last_date DESC, id DESC LIMIT $1 OFFSET $2', [limit, offset]);
      return { items: await withIndexes(db, r.rows), total: await count(db, 'SELECT count(*) AS n FROM stories'), limit, offset };
    });
  }

  storiesWithKey(key: string, page: PageRequest = {}): Promise<Page<StoryRow>> {
    return this.call('list stories by key', async (db) => {
      const { limit, offset } = clampPage(page);
      const r = await db.query<StoryDbRow>(
        `SELECT s.* FROM story_keys k JOIN stories s ON s.id = k.story_id WHERE k.key = $1
         ORDER BY (k.last_date IS NULL), k.last_date DESC, s.id DESC LIMIT $2 OFFSET $3`,
        [key, limit, offset],
      );
      return { items: await withIndexes(db, r.rows), total: await count(db, 'SELECT count(*) AS n FROM story_keys WHERE key = $1', [key]), limit, offset };
    });
  }

  clearStories(): Promise<void> {
    return this.atomic('clear stories', async (db) => {
      await db.query('DELETE FROM story_articles; DELETE FROM story_keys; DELETE FROM stories; DELETE FROM link_reports; DELETE FROM link_terms; DELETE FROM link_counters;');
    });
  }

  listArticleIds(after: number, limit: number): Promise<readonly number[]> {
    return this.call('list article ids', async (db) =>
      (await db.query<{ id: number }>('SELECT id FROM articles WHERE id > $1 ORDER BY id LIMIT $2', [after, Math.max(1, Math.min(limit, 10_000))])).rows.map((r) => r.id),
    );
  }

  countArticles(): Promise<number> {
    return this.call('count articles', (db) => count(db, 'SELECT count(*) AS n FROM articles'));
  }

  nearDupCandidates(signature: string): Promise<readonly SignatureRow[]> {
    return this.call('near-duplicate lookup', async (db) => {
      const hashes = nearDupBandHashes(signature);
      if (!hashes.length) return [];
      const ids = candidateIds(hashes, 0);
      const r = await db.query<StoredSignature>(
        `SELECT id, signature, ${articleText()} AS text, coalesce(near_dup_of, id) AS "firstSeen" FROM articles
         WHERE signature IS NOT NULL AND ${ids.sql}
         ORDER BY id`,
        ids.values,
      );
      return readSignatures(r.rows);
    });
  }

  nearDupGroups(firstSeen: readonly number[]): Promise<readonly SignatureRow[]> {
    return this.call('near-duplicate lookup', async (db) => {
      if (!firstSeen.length) return [];
      const r = await db.query<StoredSignature>(
        `SELECT id, signature, ${articleText()} AS text, coalesce(near_dup_of, id) AS "firstSeen" FROM articles
         WHERE signature IS NOT NULL AND (id = ANY($1::bigint[]) OR near_dup_of = ANY($1::bigint[]))
         ORDER BY id`,
        [[...firstSeen]],
      );
      return readSignatures(r.rows);
    });
  }

  migrations(): Promise<readonly AppliedMigration[]> {
    return this.call('list migrations', (db) => appliedMigrations(db));
  }

  // ---- feeds ----

  addFeed(url: string, title: string | null = null): Promise<{ id: number; created: boolean }> {
    return this.atomic('add feed', async (db) => {
      const ins = await db.query<{ id: number }>('INSERT INTO feeds (url, title, created_at) VALUES ($1, $2, $3) ON CONFLICT (url) DO NOTHING RETURNING id', [url, title, now()]);
      if (ins.rows[0]) return { id: ins.rows[0].id, created: true };
      return { id: (await db.query<{ id: number }>('SELECT id FROM feeds WHERE url = $1', [url])).rows[0]!.id, created: false };
    });
  }

  getFeed(idOrUrl: number | string): Promise<Feed | null> {
    return this.call('read feed', async (db) => {
      const r = typeof idOrUrl === 'number' ? await db.query<FeedRow>('SELECT * FROM feeds WHERE id = $1', [idOrUrl]) : await db.query<FeedRow>('SELECT * FROM feeds WHERE url = $1', [idOrUrl]);
      return r.rows[0] ? toFeed(r.rows[0]) : null;
    });
  }

  listFeeds(): Promise<readonly Feed[]> {
    return this.call('list feeds', async (db) => (await db.query<FeedRow>('SELECT * FROM feeds ORDER BY id')).rows.map(toFeed));
  }

  removeFeed(id: number): Promise<boolean> {
    return this.call('remove feed', async (db) => ((await db.query('DELETE FROM feeds WHERE id = $1', [id])).rowCount ?? 0) > 0);
  }

  updateFeedPoll(id: number, u: FeedPollUpdate): Promise<void> {
    return this.call('update feed', async (db) => {
      const r = await db.query(
        `UPDATE feeds SET
           title = CASE WHEN $2 THEN $3 ELSE title END,
           etag = CASE WHEN $4 THEN $5 ELSE etag END,
           last_modified = CASE WHEN $6 THEN $7 ELSE last_modified END,
           last_polled = $8,
           last_error = $9
         WHERE id = $1`,
        [id, u.title !== undefined, u.title ?? null, u.etag !== undefined, u.etag ?? null, u.lastModified !== undefined, u.lastModified ?? null, u.lastPolled, u.lastError ?? null],
      );
      if (!r.rowCount) throw new WiretraceError('E_NOT_FOUND', `no feed with id ${id}`);
    });
  }

  addFeedItem(feedId: number, guid: string, url: string | null): Promise<boolean> {
    return this.atomic('add feed item', async (db) => {
      if (!(await db.query('SELECT 1 FROM feeds WHERE id = $1', [feedId])).rowCount) throw new WiretraceError('E_NOT_FOUND', `no feed with id ${feedId}`);
      const r = await db.query('INSERT INTO feed_items (feed_id, guid, url, first_seen) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [feedId, guid, url, now()]);
      return (r.rowCount ?? 0) > 0;
    });
  }

  hasFeedItem(feedId: number, guid: string): Promise<boolean> {
    return this.call('read feed item', async (db) => ((await db.query('SELECT 1 FROM feed_items WHERE feed_id = $1 AND guid = $2', [feedId, guid])).rowCount ?? 0) > 0);
  }

  listFeedItems(feedId: number): Promise<readonly SeenFeedItem[]> {
    // COLLATE "C": the same byte order as SQLite's, so both engines list (and export) items alike
    return this.call(
      'list feed items',
      async (db) => (await db.query<SeenFeedItem>('SELECT guid, url, first_seen AS "firstSeen" FROM feed_items WHERE feed_id = $1 ORDER BY guid COLLATE "C"', [feedId])).rows
    );
  }

  // ---- transactions and connections ----

  transaction<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    const parent = this.scope();
    if (parent === this.root) {
      // outermost: after the transaction before it, on a connection of its own
      const run = this.txTail.then(() => this.outermost(fn));
      this.txTail = run.then(noop, noop);
      return this.track(run);
    }
    return this.enqueue(parent, () => this.nested(parent, fn));
  }

  lock(name: string): Promise<void> {
    if (this.scope() === this.root) return Promise.reject(new WiretraceError('E_STORE', `lock "${name}" needs a transaction`));
    // transaction-scoped: released by COMMIT or ROLLBACK, and by PostgreSQL when the session dies
    return this.call('lock', async (db) => void (await db.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [NAMED_LOCKS, name])));
  }

  close(): Promise<void> {
    if (this.scope() !== this.root) return Promise.reject(new WiretraceError('E_STORE', 'cannot close the store inside one of its transactions'));
    const wait = async (): Promise<void> => {
      while (this.pending.size) await Promise.allSettled([...this.pending]);
      if (!this.closed) {
        this.closed = true;
        await this.pool.end();
      }
    };
    return wait();
  }

  // ---- internals ----

  private async outermost<T>(fn: (tx: Store) => Promise<T>): Promise<T> {
    this.refuseClosed('begin transaction');
    const client = await this.connect();
    const scope: Scope = { parent: this.root, depth: 1, client, open: true, tail: Promise.resolve() };
    let broken = false;
    try {
      await this.run('begin transaction', () => client.query('BEGIN'));
      try {
        const result = await this.context.run(scope, () => fn(this));
        await scope.tail; // calls fn started but did not await still belong to the transaction
        await this.run('commit', () => client.query('COMMIT'));
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => (broken = true));
        throw err;
      }
    } finally {
      scope.open = false;
      client.release(broken);
    }
  }

  private async nested<T>(parent: Scope, fn: (tx: Store) => Promise<T>): Promise<T> {
    this.refuseEnded(parent, 'begin transaction');
    const client = parent.client!;
    const scope: Scope = { parent, depth: parent.depth + 1, client, open: true, tail: Promise.resolve() };
    const savepoint = `wiretrace_tx_${scope.depth}`;
    await this.run('begin transaction', () => client.query(`SAVEPOINT ${savepoint}`));
    try {
      const result = await this.context.run(scope, () => fn(this));
      await scope.tail;
      this.refuseEnded(parent, 'commit');
      await this.run('commit', () => client.query(`RELEASE SAVEPOINT ${savepoint}`));
      return result;
    } catch (err) {
      if (this.live(parent)) await client.query(`ROLLBACK TO SAVEPOINT ${savepoint}; RELEASE SAVEPOINT ${savepoint}`).catch(noop);
      throw err;
    } finally {
      scope.open = false;
    }
  }

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

  private track<T>(p: Promise<T>): Promise<T> {
    const settled = p.then(noop, noop);
    this.pending.add(settled);
    void settled.then(() => this.pending.delete(settled));
    return p;
  }

  /**
   * One call of one statement or a few reads: inside a transaction on its connection, in turn;
   * outside on the pool. Failures come back coded.
   */
  private call<T>(what: string, work: (db: Db) => Promise<T>): Promise<T> {
    const scope = this.scope();
    if (scope === this.root) {
      return this.track(
        (async () => {
          this.refuseClosed(what);
          return this.run(what, () => work(this.pool));
        })(),
      );
    }
    return this.enqueue(scope, async () => {
      this.refuseEnded(scope, what);
      return this.run(what, () => work(scope.client!));
    });
  }

  /** A write of several statements that lands whole or not at all: its own transaction, or a savepoint inside one. */
  private atomic<T>(what: string, work: (db: pg.PoolClient) => Promise<T>): Promise<T> {
    const scope = this.scope();
    if (scope === this.root) {
      return this.track(
        (async () => {
          this.refuseClosed(what);
          const client = await this.connect();
          let broken = false;
          try {
            await client.query('BEGIN');
            try {
              const out = await this.run(what, () => work(client));
              await this.run(what, () => client.query('COMMIT'));
              return out;
            } catch (err) {
              await client.query('ROLLBACK').catch(() => (broken = true));
              throw err;
            }
          } finally {
            client.release(broken);
          }
        })(),
      );
    }
    return this.enqueue(scope, async () => {
      this.refuseEnded(scope, what);
      const client = scope.client!;
      // a savepoint, so a refused write leaves the surrounding transaction usable
      await this.run(what, () => client.query('SAVEPOINT wiretrace_call'));
      try {
        const out = await this.run(what, () => work(client));
        await client.query('RELEASE SAVEPOINT wiretrace_call');
        return out;
      } catch (err) {
        await client.query('ROLLBACK TO SAVEPOINT wiretrace_call; RELEASE SAVEPOINT wiretrace_call').catch(noop);
        throw err;
      }
    });
  }

  private async one(what: string, sql: string, params: unknown[]): Promise<StoredArticle | null> {
    return this.call(what, async (db) => {
      const r = await db.query<ArticleRow>(sql, params);
      return r.rows[0] ? toArticle(r.rows[0]) : null;
    });
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (err) {
      throw new WiretraceError('E_STORE', `cannot reach the store at ${this.location}: ${(err as Error).message}`);
    }
  }

  private refuseClosed(what: string): void {
    if (this.closed) throw new WiretraceError('E_STORE', `${what} failed: the store at ${this.location} is closed`);
  }

  private refuseEnded(scope: Scope, what: string): void {
    this.refuseClosed(what);
    if (!this.live(scope)) throw new WiretraceError('E_STORE', `${what} failed: the transaction it was made in has ended`);
  }

  private live(scope: Scope): boolean {
    for (let s: Scope | null = scope; s; s = s.parent) if (!s.open) return false;
    return true;
  }

  private async run<T>(what: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (err instanceof WiretraceError) throw err;
      throw new WiretraceError('E_STORE', `${what} failed: ${(err as Error).message}`);
    }
  }
}

interface StoryDbRow {
  id: number;
  title: string;
  first_date: string | null;
  last_date: string | null;
  /** packed (layer-codec), or JSON text bytes in a row written before migration 6 */
  state: Buffer;
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
 * A search as a tsquery expression with bound parameters: each term is a phrase read by the same
 * parser and configuration as the index (so "U.N." and "Jong-un" match as they were indexed); a prefix
 * term's last word matches as a prefix. User text only ever reaches PostgreSQL as a bound value of
 * phraseto_tsquery, which reads plain text, never query syntax.
 */
export function toTsQuery(input: string): { sql: string; params: string[] } | null {
  const tree = parseSearch(input);
  if (!tree) return null;
  const params: string[] = [];
  const term = (t: SearchTerm): string => {
    if (!t.prefix) {
      params.push(t.text);
      return `phraseto_tsquery('wiretrace_search', $${params.length})`;
    }
    const last = t.words[t.words.length - 1]!.toLowerCase();
    params.push(`'${last}':*`);
    const prefix = `to_tsquery('simple', $${params.length})`;
    if (t.words.length === 1) return prefix;
    params.push(t.words.slice(0, -1).join(' '));
    return `tsquery_phrase(phraseto_tsquery('wiretrace_search', $${params.length}), ${prefix})`;
  };
  return { sql: renderSearch(tree, term, { and: '&&', or: '||' }), params };
}

async function count(db: Db, sql: string, params: unknown[] = []): Promise<number> {
  return Number((await db.query<{ n: number }>(sql, params)).rows[0]!.n);
}

async function findExisting(db: Db, article: NewArticle): Promise<InsertResult | null> {
  const byHash = (await db.query<{ id: number }>('SELECT id FROM articles WHERE content_hash = $1', [hashToBytea(article.contentHash)])).rows[0];
  if (byHash) return { id: byHash.id, created: false, matchedBy: 'content_hash' };
  if (article.canonicalUrl) {
    const byCanon = (await db.query<{ id: number }>('SELECT id FROM articles WHERE canonical_url = $1', [article.canonicalUrl])).rows[0];
    if (byCanon) return { id: byCanon.id, created: false, matchedBy: 'canonical_url' };
  }
  if (article.url) {
    const byUrl = (await db.query<{ id: number }>('SELECT id FROM articles WHERE url = $1 OR canonical_url = $1 ORDER BY id LIMIT 1', [article.url])).rows[0];
    if (byUrl) return { id: byUrl.id, created: false, matchedBy: 'url' };
  }
  return null;
}

/**
 * Adds or replaces layers in the article's bundle, inside the caller's transaction. The article's row
 * is locked first: two writers of one article's first layers would otherwise both find no bundle, and
 * the second would overwrite the first's layers (rows per layer could not lose each other's).
 */
async function writeLayers(db: Db, articleId: number, layers: readonly LayerWrite[], text: string): Promise<void> {
  if (layers.length === 0) return;
  await db.query('SELECT 1 FROM articles WHERE id = $1 FOR NO KEY UPDATE', [articleId]);
  const r = await db.query<{ data: Buffer }>('SELECT data FROM layer_bundles WHERE article_id = $1', [articleId]);
  await db.query(
    'INSERT INTO layer_bundles (article_id, data) VALUES ($1, $2) ON CONFLICT (article_id) DO UPDATE SET data = excluded.data',
    [articleId, mergeBundle(r.rows[0]?.data ?? null, layers, now(), text)],
  );
}

/** A signature row as read: the signature as stored. */
interface StoredSignature {
  readonly id: number;
  readonly signature: Buffer;
  readonly text: string;
  readonly firstSeen: number;
}

function readSignatures(rows: readonly StoredSignature[]): SignatureRow[] {
  return rows.map((r) => ({ id: r.id, signature: signatureFromBytea(r.signature, r.text)!, firstSeen: r.firstSeen }));
}

async function removeLinkedReport(db: Db, article: number): Promise<unknown> {
  const row = (await db.query<{ digest: Buffer; terms: Buffer }>('SELECT digest, terms FROM link_reports WHERE article_id = $1', [article])).rows[0];
  if (!row) return null;
  const digest = unpackDigest(row.digest, await spanSource(db, article));
  await db.query('UPDATE link_terms SET df = greatest(df - 1, 0) WHERE term = ANY($1::text[])', [unpackTerms(row.terms, digest)]);
  await db.query('DELETE FROM link_reports WHERE article_id = $1', [article]);
  return digest;
}


async function nextCounter(db: Db, name: string): Promise<number> {
  const r = await db.query<{ value: number }>(
    'INSERT INTO link_counters (name, value) VALUES ($1, 1) ON CONFLICT (name) DO UPDATE SET value = link_counters.value + 1 RETURNING value',
    [name],
  );
  return r.rows[0]!.value;
}

/** Story rows with their key and article indexes, read in two queries for the whole page. */
async function withIndexes(db: Db, rows: readonly StoryDbRow[]): Promise<StoryRow[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const keys = await db.query<{ story_id: number; key: string }>('SELECT story_id, key FROM story_keys WHERE story_id = ANY($1::bigint[]) ORDER BY key COLLATE "C"', [ids]);
  const arts = await db.query<{ story_id: number; a: number }>('SELECT story_id, article_id AS a FROM story_articles WHERE story_id = ANY($1::bigint[]) ORDER BY article_id', [ids]);
  const keyMap = new Map<number, string[]>(ids.map((id) => [id, []]));
  for (const k of keys.rows) keyMap.get(k.story_id)!.push(k.key);
  const artMap = new Map<number, number[]>(ids.map((id) => [id, []]));
  for (const a of arts.rows) artMap.get(a.story_id)!.push(a.a);
  return rows.map((r) => ({ id: r.id, title: r.title, firstDate: r.first_date, lastDate: r.last_date, state: unpackJson(r.state), keys: keyMap.get(r.id) ?? [], articles: artMap.get(r.id) ?? [] }));
}

function toArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id,
    url: r.url,
    canonicalUrl: r.canonical_url,
    contentHash: hashFromBytea(r.content_hash),
    outlet: r.outlet,
    title: r.title,
    byline: r.byline,
    published: r.published,
    publishedKnown: r.published_known === 1,
    modified: r.modified,
    fetched: r.fetched,
    language: r.language,
    image: r.image,
    imageCredit: r.image_credit,
    text: r.text,
    meta: unpackMeta(r.meta, r.title, r.text),
    nearDupOf: r.near_dup_of,
    signature: signatureFromBytea(r.signature, r.text),
    createdAt: createdAtFromBytea(r.created_at),
  };
}

function toFeed(r: FeedRow): Feed {
  return { id: r.id, url: r.url, title: r.title, etag: r.etag, lastModified: r.last_modified, lastPolled: r.last_polled, lastError: r.last_error };
}

/** The instant a publication date names (a date alone: its midnight, UTC), for ordering; null when it names none. */
export function publishedInstant(published: string | null): string | null {
  if (!published) return null;
  const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(published) ? `${published}T00:00:00Z` : published);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function now(): string {
  return new Date().toISOString();
}

function noop(): void {}
