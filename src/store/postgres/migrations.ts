/**
 * PostgreSQL schema migrations: the same steps as the SQLite store's (../sqlite/migrations.ts), in
 * PostgreSQL's dialect, numbered alike so `migrations()` reads the same on both engines. Each runs once,
 * in its own transaction, under an advisory lock, so two processes opening one new database cannot
 * both apply a step. Never edit a shipped migration: append a new one.
 *
 * Differences from SQLite, on purpose:
 * - JSON columns are jsonb (validated by the type, not a CHECK).
 * - Full-text search is a stored tsvector column with a GIN index, over a text search configuration
 *   `wiretrace_search`: English snowball stemming without stop words (so every word a reader types
 *   counts, as in SQLite's FTS5 with the porter tokenizer) and diacritics folded by unaccent.
 *   PostgreSQL caps a tsvector at 1 MB, so only the first SEARCH_CHARS characters of a text are indexed.
 */
import type pg from 'pg';
import { WiretraceError } from '../../errors.js';
import { checkModules, refuseNewerMigration } from '../module-checks.js';
import type { AppliedMigration, Migration } from '../types.js';
import { bundleOfRows, type LayerRowData } from '../layer-bundle.js';
import { nearDupBandHashes, nearDupBands, signatureFromBytea } from '../near-dup.js';
import { NEAR_DUP_KEYS_INDEXES, NEAR_DUP_KEYS_TABLE, writeBands } from './near-dup.js';
import { rebuildChange, REBUILD_BATCH, type RebuildRow } from '../rebuild-migration.js';
import { rebuiltDigestMark } from '../report-codec.js';
import { spanSource } from './digests.js';
import { packMeta, unpackMeta } from '../meta-codec.js';
import { createdAtFromBytea, createdAtToBytea, STAMP_BYTES } from '../created-at.js';
import { articleText, articleTextNow, PACK_OPTIONS_RAW, packedTextSql, packFunctionSql, packingCrypto, pgcryptoSchema } from './packed-text.js';

export const CORE_MODULE = 'core';

/** Characters of an article's text that full-text search indexes (PostgreSQL's tsvector limit is 1 MB). */
export const SEARCH_CHARS = 400_000;

/**
 * The tsvector search reads, over an article's columns (prefixed with `alias.` when given). Since
 * migration 7 it is not stored: the GIN index articles_search is built on this expression, so a query
 * must spell it exactly so for the planner to use the index.
 */
export function searchVector(alias = ''): string {
  return searchVectorOf(alias, articleText(alias));
}

/** The search vector over the title and this text expression (`text` itself before migration 14). */
function searchVectorOf(alias: string, text: string): string {
  const col = (c: string): string => (alias ? `${alias}.${c}` : c);
  return (
    `setweight(to_tsvector('wiretrace_search', coalesce(${col('title')}, '')), 'A') || ` +
    `setweight(to_tsvector('wiretrace_search', left(${text}, ${SEARCH_CHARS})), 'B')`
  );
}

export const CORE_MIGRATIONS: readonly PostgresMigration[] = [
  {
    id: 1,
    name: 'articles, outlets, layers',
    sql: `
      CREATE TABLE outlets (
        id          BIGSERIAL PRIMARY KEY,
        name        TEXT NOT NULL,
        kind        TEXT,
        created_at  TEXT NOT NULL
      );
      -- names are unique without regard to case, as SQLite's COLLATE NOCASE
      CREATE UNIQUE INDEX outlets_name ON outlets (lower(name));

      CREATE TABLE articles (
        id              BIGSERIAL PRIMARY KEY,
        url             TEXT,
        canonical_url   TEXT,
        content_hash    TEXT NOT NULL UNIQUE,
        outlet          TEXT,
        title           TEXT,
        byline          JSONB NOT NULL DEFAULT '[]',
        published       TEXT,
        published_known SMALLINT NOT NULL DEFAULT 0 CHECK (published_known IN (0, 1)),
        modified        TEXT,
        fetched         TEXT,
        language        TEXT,
        image           TEXT,
        image_credit    TEXT,
        text            TEXT NOT NULL,
        meta            JSONB NOT NULL DEFAULT '{}',
        near_dup_of     BIGINT REFERENCES articles(id) ON DELETE SET NULL,
        signature       TEXT,
        created_at      TEXT NOT NULL,
        published_at    TIMESTAMPTZ          -- the instant 'published' names, for ordering (SQLite: julianday)
      );
      CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
      CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_published ON articles(published_known DESC, published_at DESC NULLS LAST, id DESC);
      CREATE INDEX articles_near_dup_of ON articles(near_dup_of) WHERE near_dup_of IS NOT NULL;

      CREATE TABLE layers (
        article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        annotator   TEXT NOT NULL,
        version     TEXT NOT NULL,
        data        JSONB NOT NULL,
        position    INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (article_id, name)
      );
      CREATE INDEX layers_annotator ON layers(annotator, version);
    `,
  },
  {
    id: 2,
    name: 'full-text index over title and text',
    sql: `
      CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
      CREATE TEXT SEARCH DICTIONARY wiretrace_stem (TEMPLATE = snowball, Language = english);
      CREATE TEXT SEARCH CONFIGURATION wiretrace_search (COPY = pg_catalog.english);
      ALTER TEXT SEARCH CONFIGURATION wiretrace_search
        ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
        WITH public.unaccent, wiretrace_stem;
      ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('wiretrace_search', coalesce(title, '')), 'A') ||
        setweight(to_tsvector('wiretrace_search', left(text, ${SEARCH_CHARS})), 'B')
      ) STORED;
      CREATE INDEX articles_search ON articles USING GIN (search);
    `,
  },
  {
    id: 3,
    name: 'feeds and feed items',
    sql: `
      CREATE TABLE feeds (
        id             BIGSERIAL PRIMARY KEY,
        url            TEXT NOT NULL UNIQUE,
        title          TEXT,
        etag           TEXT,
        last_modified  TEXT,
        last_polled    TEXT,
        last_error     TEXT,
        created_at     TEXT NOT NULL
      );
      CREATE TABLE feed_items (
        feed_id     BIGINT NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid        TEXT NOT NULL,
        url         TEXT,
        first_seen  TEXT NOT NULL,
        PRIMARY KEY (feed_id, guid)
      );
    `,
  },
  {
    id: 4,
    name: 'near-duplicate LSH buckets',
    sql: `
      CREATE TABLE near_dup_bands (
        band_key    BIGINT NOT NULL,
        article_id  BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      );
      CREATE INDEX near_dup_bands_article ON near_dup_bands(article_id);
    `,
  },
  {
    id: 5,
    name: 'stories: link digests, term counts, stories and their indexes',
    sql: `
      CREATE TABLE link_reports (
        article_id  BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        digest      JSONB NOT NULL,
        terms       JSONB NOT NULL,
        seq         BIGINT NOT NULL
      );
      CREATE INDEX link_reports_seq ON link_reports(seq);
      CREATE TABLE link_terms (
        term  TEXT PRIMARY KEY,
        df    INTEGER NOT NULL CHECK (df >= 0)
      );
      CREATE TABLE link_counters (
        name   TEXT PRIMARY KEY,
        value  BIGINT NOT NULL
      );
      CREATE TABLE stories (
        id          BIGINT PRIMARY KEY,
        title       TEXT NOT NULL,
        first_date  TEXT,
        last_date   TEXT,
        state       JSONB NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX stories_recent ON stories((last_date IS NULL), last_date DESC, id DESC);
      CREATE TABLE story_keys (
        key        TEXT NOT NULL,
        story_id   BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        last_date  TEXT,
        PRIMARY KEY (key, story_id)
      );
      CREATE INDEX story_keys_recent ON story_keys(key, last_date DESC, story_id DESC);
      CREATE INDEX story_keys_story ON story_keys(story_id);
      CREATE TABLE story_articles (
        article_id  BIGINT PRIMARY KEY,
        story_id    BIGINT NOT NULL REFERENCES stories(id) ON DELETE CASCADE
      );
      CREATE INDEX story_articles_story ON story_articles(story_id);
    `,
  },
  {
    id: 6,
    name: 'layers, report digests, term lists and story states packed (layer-codec), no longer JSONB',
    // As SQLite's migration 7: jsonb took more room than the JSON text (TOAST compresses only rows over
    // 2 kB, and its pglz gains little), and lost the records' key order. Rows written before become
    // their JSON text's bytes, which still read (layer-codec tells the two apart by their first byte).
    // Packed data is deflated already: EXTERNAL keeps TOAST from compressing it again. The index
    // layers_annotator goes: no query reads layers by annotator, and it cost about 40 bytes a row.
    sql: `
      ALTER TABLE layers ALTER COLUMN data TYPE BYTEA USING convert_to(data::text, 'UTF8');
      ALTER TABLE layers ALTER COLUMN data SET STORAGE EXTERNAL;
      ALTER TABLE link_reports ALTER COLUMN digest TYPE BYTEA USING convert_to(digest::text, 'UTF8');
      ALTER TABLE link_reports ALTER COLUMN digest SET STORAGE EXTERNAL;
      ALTER TABLE link_reports ALTER COLUMN terms TYPE BYTEA USING convert_to(terms::text, 'UTF8');
      ALTER TABLE link_reports ALTER COLUMN terms SET STORAGE EXTERNAL;
      DROP INDEX layers_annotator;
      ALTER TABLE stories ALTER COLUMN state TYPE BYTEA USING convert_to(state::text, 'UTF8');
      ALTER TABLE stories ALTER COLUMN state SET STORAGE EXTERNAL;
    `,
  },
  {
    id: 7,
    name: 'signatures as bytes; near-duplicate buckets as one key array per article; search vector not stored',
    // Per further article these were most of what was left (npm run bench -- storage):
    // - a signature in hex took 1024 bytes; its bytes take 512 (another spelling is kept as a zero byte
    //   and its text: ../near-dup.ts signatureToBytea);
    // - 63 bucket rows cost a tuple header and two index entries each (about 5 kB an article); one row
    //   with the keys as an array under a GIN index keeps each key once, in the index's posting lists;
    // - the stored tsvector repeated the text's words with their positions (about 1.5 times the text):
    //   the GIN index is built on the same expression instead (searchVector), and a query computes the
    //   vector only for the rows it ranks. The column goes first, so the signature's rewrite skips it.
    sql: `
      DROP INDEX articles_search;
      ALTER TABLE articles DROP COLUMN search;
      ALTER TABLE articles ALTER COLUMN signature TYPE BYTEA USING CASE
        WHEN signature ~ '^([0-9a-f]{2})+$' AND left(signature, 2) <> '00' THEN decode(signature, 'hex')
        ELSE '\\x00'::bytea || convert_to(signature, 'UTF8') END;
      CREATE INDEX articles_search ON articles USING GIN ((${searchVectorOf('', 'text')}));

      CREATE TABLE near_dup_keys (
        article_id  BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        band_keys   BIGINT[] NOT NULL
      );
      INSERT INTO near_dup_keys (article_id, band_keys)
        SELECT article_id, array_agg(band_key ORDER BY band_key) FROM near_dup_bands GROUP BY article_id;
      DROP TABLE near_dup_bands;
      CREATE INDEX near_dup_keys_bands ON near_dup_keys USING GIN (band_keys);
    `,
  },
  {
    id: 8,
    name: "an article's layers as one bundle row (layer-bundle), not a row per layer",
    // As SQLite's migration 9: a row per layer cost a tuple header, its names, version and timestamp,
    // a primary-key entry and a deflate stream of its own, more than half again the layers' data.
    // The bundle is deflated already: EXTERNAL keeps TOAST from compressing it again.
    sql: `
      CREATE TABLE layer_bundles (
        article_id  BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data        BYTEA NOT NULL
      );
      ALTER TABLE layer_bundles ALTER COLUMN data SET STORAGE EXTERNAL;
    `,
    after: bundleLayerRows,
  },
  {
    id: 9,
    name: 'what the text gives back is not stored: its signature as a mark, the text layers rebuilt when read',
    // As SQLite's migration 10: 512 bytes of signature and about a fifth of the layers per article are
    // computed again from the text when read; only values the running code gives back exactly go.
    sql: 'SELECT 1',
    after: rebuildFromTexts,
  },
  {
    id: 10,
    name: 'near-duplicate bucket keys folded into 32 bits',
    // As SQLite's migration 11: each of an article's 63 keys as int4, not int8, in the row and in the
    // GIN index (../near-dup.ts foldBandKey). The keys are written again from the stored signatures.
    sql: `
      DROP TABLE near_dup_keys;
      CREATE TABLE near_dup_keys (
        article_id  BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        band_keys   INT[] NOT NULL
      );
      CREATE INDEX near_dup_keys_bands ON near_dup_keys USING GIN (band_keys);
    `,
    after: backfillBandKeys,
  },
  {
    id: 11,
    name: 'bundles, digests and story states kept in their rows (STORAGE MAIN), not moved out to TOAST',
    // They are compressed already, so TOAST could only move them: a 2-3 kB value went out in ~2 kB
    // chunks, each a tuple of its own with a header and a TOAST index entry, and its partial last
    // chunk; kept in the row (up to a page; larger values still go out) a further article took about
    // 230 bytes less for its bundle and 180 for its digest. Rows written before stay where they are.
    sql: `
      ALTER TABLE layer_bundles ALTER COLUMN data SET STORAGE MAIN;
      ALTER TABLE link_reports ALTER COLUMN digest SET STORAGE MAIN;
      ALTER TABLE stories ALTER COLUMN state SET STORAGE MAIN;
    `,
  },
  {
    id: 12,
    name: 'link digests rebuilt from the article and its layers when read, not stored',
    // As SQLite's migration 13: each stored digest that the running code rebuilds exactly from the
    // article's row and layers becomes a one-byte mark (../derived-digest.ts); any other stays.
    sql: 'SELECT 1',
    after: markRebuiltDigests,
  },
  {
    id: 13,
    name: 'content hashes as their 32 digest bytes',
    // As SQLite's migration 14: an ingest hash (sha256: and 64 hex digits) took 71 bytes in the row and
    // in its unique index; its digest takes 32. Any other spelling is a zero byte and its UTF-8, two
    // zero bytes where that would make 32 (../hash-codec.ts hashToBytea).
    sql: `
      ALTER TABLE articles ALTER COLUMN content_hash TYPE BYTEA USING CASE
        WHEN content_hash ~ '^sha256:[0-9a-f]{64}$' THEN decode(substr(content_hash, 8), 'hex')
        WHEN octet_length(content_hash) = 31 THEN '\\x0000'::bytea || convert_to(content_hash, 'UTF8')
        ELSE '\\x00'::bytea || convert_to(content_hash, 'UTF8')
      END;
    `,
  },
  {
    id: 14,
    name: 'article texts packed by pgcrypto where the server has it, unpacked in SQL for search and reads',
    // The text was the largest part of an article's row (about 1.3 times the text's bytes with the
    // row and its TOAST; TOAST's own compression gives up on most texts). Packed (./packed-text.ts),
    // a text takes about 0.6 of its bytes, and the search index is built on the unpacking
    // expression. Without pgcrypto (a server that lacks the extension, a user who may not install
    // it) texts stay plain and every query reads the same. Rows written before are packed here.
    sql: 'SELECT 1',
    after: packTexts,
  },
  {
    id: 15,
    name: "article meta deflated against the article's title and text, no longer JSONB",
    // jsonb took 139 bytes an article on the shipped reports (more than its JSON text); deflated with
    // layer-codec's dictionary, then the title and text a description or caption repeats, 76
    // (../meta-codec.ts). Rows are converted to their JSON text's bytes, which still read, then packed.
    sql: `
      ALTER TABLE articles ALTER COLUMN meta DROP DEFAULT;
      ALTER TABLE articles ALTER COLUMN meta TYPE BYTEA USING convert_to(meta::text, 'UTF8');
      ALTER TABLE articles ALTER COLUMN meta SET DEFAULT '\\x7b7d'::bytea;
    `,
    after: packMetas,
  },
  {
    id: 16,
    name: 'no index on link_reports.seq',
    // It served only linkedArticleIds, a listing of every linked report that a sort serves as well (no
    // command reads it in pages), and cost an entry per linked article: 0.025 of the growth per text byte.
    sql: 'DROP INDEX link_reports_seq',
  },
  {
    id: 17,
    name: 'article texts packed as raw deflate (pgcrypto compress-algo 1), not zlib',
    // zlib's header and Adler-32 cost 6 bytes a text inside a message that frames the stream anyway
    // (./packed-text.ts PACK_OPTIONS_RAW). Only where migration 14 made the packing function; texts
    // packed before read as they are (pgp_sym_decrypt reads both).
    sql: 'SELECT 1',
    after: packRawDeflate,
  },
  {
    id: 18,
    name: "an article's creation time as six bytes of milliseconds since the epoch",
    // As SQLite's migration 15: the store stamps created_at with toISOString, 24 bytes (25 in the
    // row); six bytes of milliseconds read back as the same string (../created-at.ts). Every value
    // first becomes marked text, then each stamp that six bytes give back exactly takes them, in
    // code, since a cast in SQL would fail on a date that does not exist (February 30).
    sql: `
      ALTER TABLE articles ALTER COLUMN created_at TYPE BYTEA USING
        CASE WHEN octet_length(created_at) = ${STAMP_BYTES - 1} THEN '\\x0000'::bytea ELSE '\\x00'::bytea END || convert_to(created_at, 'UTF8');
    `,
    after: stampCreatedAt,
  },
  {
    id: 19,
    name: 'near-duplicate buckets: 16 LSH bands of one hash, a b-tree per band, not 63 keys under GIN',
    // For distinct articles the 63 keys cost 3.2 times the text's bytes (npm run bench -- storage): a
    // GIN entry for each, in half-empty pages. 16 bands of one row find the same copies
    // (src/ingest/dedupe/minhash.ts LSH_BANDS), each in a column of its own under a b-tree (./near-dup.ts).
    // The keys are written again from the stored signatures, oldest first, then the indexes built.
    sql: `DROP TABLE near_dup_keys; ${NEAR_DUP_KEYS_TABLE};`,
    after: backfillBandColumns,
  },
];

/** Migration 19: every signed article's band hashes in their columns, then the indexes. */
async function backfillBandColumns(client: pg.ClientBase): Promise<void> {
  await eachSignedArticle(client, articleText('a'), nearDupBandHashes, (id, hashes, group) => writeBands(client, id, hashes, group));
  for (const sql of NEAR_DUP_KEYS_INDEXES) await client.query(sql);
}

/**
 * Runs `write` with the keys `keysOf` makes of every signed article's signature, oldest first (so a
 * group's first-seen copy takes its buckets before its copies), its text read as `text` (SQL over
 * articles `a`). A stored string that is not a signature was never in a bucket and is skipped.
 */
async function eachSignedArticle(
  client: pg.ClientBase,
  text: string,
  keysOf: (signature: string) => number[],
  write: (id: number, keys: number[], group: number | null) => Promise<void>,
): Promise<void> {
  await eachArticle<{ id: string; signature: Buffer | null; text: string; nearDupOf: string | null }>(
    client,
    `SELECT a.id, a.signature, ${text} AS text, a.near_dup_of AS "nearDupOf" FROM articles a`,
    async (r) => {
      if (r.signature === null) return;
      let keys: number[];
      try {
        keys = keysOf(signatureFromBytea(r.signature, r.text)!);
      } catch {
        return;
      }
      await write(Number(r.id), keys, r.nearDupOf === null ? null : Number(r.nearDupOf));
    },
  );
}

/** Migration 18: each creation time that six bytes give back exactly, as them, a batch at a time. */
async function stampCreatedAt(client: pg.ClientBase): Promise<void> {
  await eachArticle<{ id: string; created_at: Buffer }>(client, 'SELECT a.id, a.created_at FROM articles a', async (r) => {
    const stamp = createdAtToBytea(createdAtFromBytea(r.created_at));
    if (!stamp.equals(r.created_at)) await client.query('UPDATE articles SET created_at = $1 WHERE id = $2', [stamp, r.id]);
  });
}

/** Runs `each` on every row of `select` (over articles `a`), in order of id, a batch at a time. */
async function eachArticle<R extends { id: string }>(client: pg.ClientBase, select: string, each: (row: R) => Promise<void>): Promise<void> {
  let after = 0;
  while (true) {
    const rows = (await client.query<R>(`${select} WHERE a.id > $1 ORDER BY a.id LIMIT $2`, [after, REBUILD_BATCH])).rows;
    if (rows.length === 0) return;
    for (const r of rows) await each(r);
    after = Number(rows[rows.length - 1]!.id);
  }
}

/** Migration 17: the packing function with raw deflate, where the store packs at all. */
async function packRawDeflate(client: pg.ClientBase, schema: string): Promise<void> {
  const crypto = await packingCrypto(client, schema);
  if (crypto) await client.query(packFunctionSql(schema, crypto, PACK_OPTIONS_RAW));
}

/** Migration 15: each article's meta packed where that is smaller, a batch at a time. */
async function packMetas(client: pg.ClientBase): Promise<void> {
  await eachArticle<{ id: string; meta: Buffer; title: string | null; text: string }>(client, `SELECT a.id, a.meta, a.title, ${articleText('a')} AS text FROM articles a`, async (r) => {
    const packed = packMeta(unpackMeta(r.meta, r.title, r.text), r.title, r.text);
    if (!packed.equals(r.meta)) await client.query('UPDATE articles SET meta = $1 WHERE id = $2', [packed, r.id]);
  });
}

/** Migration 14, with pgcrypto installed when the server allows it. */
async function packTexts(client: pg.ClientBase, schema: string): Promise<void> {
  await packTextsWith(client, schema, await pgcryptoSchema(client));
}

/**
 * Migration 14's work with pgcrypto in schema `crypto` (null: without it): the packed column and its
 * functions, every text packed, the search index on the new expression.
 */
export async function packTextsWith(client: pg.ClientBase, schema: string, crypto: string | null): Promise<void> {
  await client.query('DROP INDEX articles_search');
  await client.query(packedTextSql(schema, crypto));
  // the trigger packs each text as it is written again
  if (crypto) await client.query('UPDATE articles SET text = text WHERE text IS NOT NULL');
  await client.query(`CREATE INDEX articles_search ON articles USING GIN ((${searchVector()}))`);
}

/** Migration 12: each stored digest that the store rebuilds exactly, as its mark, a batch at a time. */
async function markRebuiltDigests(client: pg.ClientBase, schema: string): Promise<void> {
  // texts are plain until migration 14 packs them
  const text = await articleTextNow(client, schema, 'a');
  let after = 0;
  while (true) {
    const rows = (
      await client.query<{ id: number; digest: Buffer }>('SELECT article_id AS id, digest FROM link_reports WHERE article_id > $1 ORDER BY article_id LIMIT $2', [after, REBUILD_BATCH])
    ).rows;
    if (rows.length === 0) return;
    for (const r of rows) {
      const mark = rebuiltDigestMark(r.digest, await spanSource(client, Number(r.id), text));
      if (mark) await client.query('UPDATE link_reports SET digest = $1 WHERE article_id = $2', [mark, r.id]);
    }
    after = Number(rows[rows.length - 1]!.id);
  }
}

/**
 * Migration 10: every signed article's keys in the key array of then, oldest first (so a group's
 * first-seen copy takes its buckets before its copies). Migration 19 replaces the table; this is the
 * array form's writer, kept for the stores that pass through it.
 */
async function backfillBandKeys(client: pg.ClientBase): Promise<void> {
  // texts are plain until migration 14 packs them
  await eachSignedArticle(client, 'a.text', nearDupBands, (id, keys, group) => writeKeyArray(client, id, keys, group));
}

/** An article's keys as one int4[] row (migrations 10-18): a copy only the keys its group lacks. */
async function writeKeyArray(client: pg.ClientBase, articleId: number, bands: readonly number[], group: number | null): Promise<void> {
  if (!bands.length) return;
  if (group === null) {
    await client.query('INSERT INTO near_dup_keys (article_id, band_keys) VALUES ($2, $1::int[]) ON CONFLICT DO NOTHING', [[...bands], articleId]);
    return;
  }
  await client.query(
    `WITH held AS (
       SELECT coalesce(array_agg(k), '{}') AS ks FROM near_dup_keys n, unnest(n.band_keys) AS k
       WHERE n.article_id IN (SELECT $3::bigint UNION ALL SELECT id FROM articles WHERE near_dup_of = $3)),
     kept AS (
       SELECT array(SELECT u.k FROM unnest($1::int[]) WITH ORDINALITY AS u(k, i), held WHERE u.k <> ALL(held.ks) ORDER BY u.i) AS ks)
     INSERT INTO near_dup_keys (article_id, band_keys) SELECT $2, ks FROM kept WHERE cardinality(ks) > 0
     ON CONFLICT DO NOTHING`,
    [[...bands], articleId, group],
  );
}

/** Migration 9: each article's signature and bundle in their rebuilt forms, a batch at a time. */
async function rebuildFromTexts(client: pg.ClientBase): Promise<void> {
  let after = 0;
  while (true) {
    const rows = (
      await client.query<RebuildRow>(
        'SELECT a.id, a.text, a.signature, b.data AS bundle FROM articles a LEFT JOIN layer_bundles b ON b.article_id = a.id WHERE a.id > $1 ORDER BY a.id LIMIT $2',
        [after, REBUILD_BATCH],
      )
    ).rows;
    if (rows.length === 0) return;
    for (const r of rows) {
      // signatures are bytes here since migration 7; the mark is not stored yet
      const change = rebuildChange(r, (stored) => signatureFromBytea(stored as Uint8Array, r.text));
      if (change.signature) await client.query('UPDATE articles SET signature = $1 WHERE id = $2', [change.signature, r.id]);
      if (change.bundle) await client.query('UPDATE layer_bundles SET data = $1 WHERE article_id = $2', [change.bundle, r.id]);
    }
    after = Number(rows[rows.length - 1]!.id);
  }
}

/** A migration that may run code after its SQL, in its transaction, for what SQL cannot express. */
export interface PostgresMigration extends Migration {
  /** `schema`: the schema migrated, which is also first in the client's search path. */
  readonly after?: (client: pg.ClientBase, schema: string) => Promise<void>;
}

export interface PostgresModule {
  readonly name: string;
  readonly migrations: readonly PostgresMigration[];
}

/** Articles whose layer rows are bundled per step of migration 8. */
const BUNDLE_BATCH = 200;

/** Migration 8: each article's rows of the per-layer table as one bundle, then the table dropped. */
async function bundleLayerRows(client: pg.ClientBase): Promise<void> {
  let after = 0;
  while (true) {
    const ids = (await client.query<{ id: number }>('SELECT DISTINCT article_id AS id FROM layers WHERE article_id > $1 ORDER BY article_id LIMIT $2', [after, BUNDLE_BATCH])).rows.map((r) => Number(r.id));
    if (ids.length === 0) break;
    for (const id of ids) {
      const rows = await client.query<LayerRowData>('SELECT name, annotator, version, data, position, created_at AS "createdAt" FROM layers WHERE article_id = $1', [id]);
      await client.query('INSERT INTO layer_bundles (article_id, data) VALUES ($1, $2)', [id, bundleOfRows(rows.rows)]);
    }
    after = ids[ids.length - 1]!;
  }
  await client.query('DROP TABLE layers');
}

export const CORE: PostgresModule = { name: CORE_MODULE, migrations: CORE_MIGRATIONS };

/** Any fixed number: the advisory lock every process takes while it migrates one schema. */
const MIGRATION_LOCK = 0x77697265;

/**
 * Applies every migration not yet recorded, module by module (core first), each in its own
 * transaction, while holding an advisory lock on the schema; returns those it applied.
 */
export async function migrate(client: pg.ClientBase, schema: string, modules: readonly PostgresModule[]): Promise<AppliedMigration[]> {
  checkModules(modules);
  await client.query('SELECT pg_advisory_lock($1, hashtext($2))', [MIGRATION_LOCK, schema]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      module      TEXT NOT NULL,
      id          INTEGER NOT NULL,
      name        TEXT NOT NULL,
      applied_at  TEXT NOT NULL,
      PRIMARY KEY (module, id))`);
    await refuseNewer(client, modules);
    const ran: AppliedMigration[] = [];
    for (const mod of modules) {
      const done = new Set((await client.query<{ id: number }>('SELECT id FROM schema_migrations WHERE module = $1', [mod.name])).rows.map((r) => r.id));
      for (const m of mod.migrations) {
        if (done.has(m.id)) continue;
        const appliedAt = new Date().toISOString();
        await client.query('BEGIN');
        try {
          await client.query(m.sql);
          await m.after?.(client, schema);
          await client.query('INSERT INTO schema_migrations (module, id, name, applied_at) VALUES ($1, $2, $3, $4)', [mod.name, m.id, m.name, appliedAt]);
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK');
          throw new WiretraceError('E_STORE', `migration ${mod.name} ${m.id} (${m.name}) failed: ${(err as Error).message}`);
        }
        ran.push({ module: mod.name, id: m.id, name: m.name, appliedAt });
      }
    }
    return ran;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [MIGRATION_LOCK, schema]);
  }
}

export async function appliedMigrations(client: pg.ClientBase | pg.Pool): Promise<AppliedMigration[]> {
  const r = await client.query<AppliedMigration>(
    `SELECT module, id, name, applied_at AS "appliedAt" FROM schema_migrations
     ORDER BY module <> '${CORE_MODULE}', module, id`,
  );
  return r.rows;
}


async function refuseNewer(client: pg.ClientBase, modules: readonly PostgresModule[]): Promise<void> {
  for (const mod of modules) {
    refuseNewerMigration(mod, (await client.query<{ id: number | null }>('SELECT max(id) AS id FROM schema_migrations WHERE module = $1', [mod.name])).rows[0]?.id ?? null);
  }
}
