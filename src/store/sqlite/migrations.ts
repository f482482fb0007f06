/**
 * SQLite schema migrations. The store's own ('core') come first, then each StoreModule's SQLite list
 * (e.g. the link layer's tables), each module numbered on its own. Each migration runs once, in its
 * own IMMEDIATE transaction, and is recorded in `schema_migrations`; opening a store applies whatever
 * is missing, so two processes opening one new file cannot both apply the same step. Never edit a
 * shipped migration: append a new one (the ids are the order).
 */
import type Database from 'better-sqlite3';
import type { AppliedMigration, Migration } from '../types.js';
import { checkModules, refuseNewerMigration } from '../module-checks.js';
import { backfillNearDupBands } from './near-dup.js';
import { bundleOfRows, type LayerRowData } from '../layer-bundle.js';
import { statement } from './statements.js';
import { packText } from '../text-codec.js';
import { rebuildChange, REBUILD_BATCH, type RebuildRow } from '../rebuild-migration.js';
import { rebuiltDigestMark } from '../report-codec.js';
import { spanSource } from './stories.js';

/** A core migration may run code after its SQL, for what SQL cannot express (a backfill). */
export interface SqliteMigration extends Migration {
  readonly after?: (db: Database.Database) => void;
}

/** One module's SQLite migrations. */
export interface SqliteModule {
  readonly name: string;
  readonly migrations: readonly SqliteMigration[];
}

export const CORE_MODULE = 'core';

export const CORE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    id: 1,
    name: 'articles, outlets, layers',
    sql: `
      CREATE TABLE outlets (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
        kind        TEXT,                    -- publisher | agency | state_media, when known
        created_at  TEXT NOT NULL
      );

      CREATE TABLE articles (
        id              INTEGER PRIMARY KEY,
        url             TEXT,
        canonical_url   TEXT,
        content_hash    TEXT NOT NULL UNIQUE,
        outlet          TEXT REFERENCES outlets(name),
        title           TEXT,
        byline          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(byline)),
        published       TEXT,                -- ISO 8601; NULL = unknown, never "now"
        published_known INTEGER NOT NULL DEFAULT 0 CHECK (published_known IN (0, 1)),
        modified        TEXT,
        fetched         TEXT,
        language        TEXT,
        image           TEXT,
        image_credit    TEXT,
        text            TEXT NOT NULL,
        meta            TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta)),
        near_dup_of     INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        signature       TEXT,                -- near-duplicate signature (SimHash/MinHash), opaque here
        created_at      TEXT NOT NULL
      );
      -- One article per canonical URL; many articles may lack one.
      CREATE UNIQUE INDEX articles_canonical_url ON articles(canonical_url) WHERE canonical_url IS NOT NULL;
      CREATE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
      CREATE INDEX articles_published ON articles(published_known DESC, published DESC, id DESC);
      CREATE INDEX articles_near_dup_of ON articles(near_dup_of) WHERE near_dup_of IS NOT NULL;

      -- One row per (article, layer); provenance says which annotator version made it.
      CREATE TABLE layers (
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        annotator   TEXT NOT NULL,
        version     TEXT NOT NULL,
        data        TEXT NOT NULL CHECK (json_valid(data)),
        position    INTEGER NOT NULL DEFAULT 0,  -- order in the pipeline that wrote it
        created_at  TEXT NOT NULL,
        PRIMARY KEY (article_id, name)
      ) WITHOUT ROWID;
      CREATE INDEX layers_annotator ON layers(annotator, version);
    `,
  },
  {
    id: 2,
    name: 'full-text index over title and text',
    sql: `
      -- External-content FTS5: the text lives once, in articles; triggers keep the index in step.
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = 'articles', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
      END;
      CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
      END;
      CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.id, coalesce(old.title, ''), old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), new.text);
      END;
      INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
    `,
  },
  {
    id: 3,
    name: 'feeds and feed items',
    sql: `
      CREATE TABLE feeds (
        id             INTEGER PRIMARY KEY,
        url            TEXT NOT NULL UNIQUE,
        title          TEXT,
        etag           TEXT,
        last_modified  TEXT,
        last_polled    TEXT,
        last_error     TEXT,
        created_at     TEXT NOT NULL
      );
      CREATE TABLE feed_items (
        feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid        TEXT NOT NULL,
        url         TEXT,
        first_seen  TEXT NOT NULL,
        PRIMARY KEY (feed_id, guid)
      ) WITHOUT ROWID;
    `,
  },
  {
    id: 4,
    name: 'near-duplicate LSH buckets',
    sql: `
      -- One row per (LSH bucket, article): the near-duplicate index, shared by every process that
      -- writes this file. Keys and the copy rule: src/store/near-dup.ts and ./near-dup.ts.
      CREATE TABLE near_dup_bands (
        band_key    INTEGER NOT NULL,
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      ) WITHOUT ROWID;
      CREATE INDEX near_dup_bands_article ON near_dup_bands(article_id);
    `,
    // Articles stored before this migration kept their signature only; index them, oldest first.
    after: backfillNearDupBands,
  },
  {
    id: 5,
    name: 'stories: link digests, term counts, stories and their indexes',
    sql: `
      -- The link layer's projection (src/link/): rebuilt from stored layers by relink.
      CREATE TABLE link_reports (
        article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        digest      TEXT NOT NULL CHECK (json_valid(digest)),
        terms       TEXT NOT NULL CHECK (json_valid(terms)),
        seq         INTEGER NOT NULL               -- link order, for relink
      );
      CREATE INDEX link_reports_seq ON link_reports(seq);
      CREATE TABLE link_terms (
        term  TEXT PRIMARY KEY,
        df    INTEGER NOT NULL CHECK (df >= 0)
      ) WITHOUT ROWID;
      CREATE TABLE link_counters (
        name   TEXT PRIMARY KEY,
        value  INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE TABLE stories (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        first_date  TEXT,
        last_date   TEXT,
        state       TEXT NOT NULL CHECK (json_valid(state)),
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX stories_recent ON stories(last_date IS NULL, last_date DESC, id DESC);
      CREATE TABLE story_keys (
        key        TEXT NOT NULL,
        story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        last_date  TEXT,
        PRIMARY KEY (key, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_keys_recent ON story_keys(key, last_date DESC, story_id DESC);
      CREATE INDEX story_keys_story ON story_keys(story_id);
      CREATE TABLE story_articles (
        article_id  INTEGER PRIMARY KEY,
        story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE
      );
      CREATE INDEX story_articles_story ON story_articles(story_id);
    `,
  },
  {
    id: 6,
    name: 'list indexes that match the list orders',
    // The article list sorts on julianday(published) (an offset date and a plain date compare in time,
    // not as text): without an index on that expression every page sorted the whole table in a temp
    // B-tree. Stories by key sort NULL dates last, which the old story_keys index did not cover.
    sql: `
      DROP INDEX articles_published;
      CREATE INDEX articles_published_time ON articles(published_known DESC, julianday(published) DESC, published DESC, id DESC);
      DROP INDEX story_keys_recent;
      CREATE INDEX story_keys_recent ON story_keys(key, last_date IS NULL, last_date DESC, story_id DESC);
    `,
  },
  {
    id: 7,
    name: 'layers, report digests, term lists and story states packed (layer-codec), no longer JSON text',
    // As JSON text these were most of a stored article (the tokens layer alone 7x the text). The columns
    // lose their json_valid checks, which SQLite drops only by rebuilding a table; rows written before
    // keep their JSON text, which still reads (layer-codec tells the two apart by the first byte).
    // The index layers_annotator is not rebuilt: no query reads layers by annotator, and it cost about
    // 40 bytes per layer row. Term lists are packed too: the store reads them only whole.
    // Stories is a parent of story_keys and story_articles (ON DELETE CASCADE): they are set aside and
    // rebuilt after it, so dropping the old stories table deletes nothing.
    sql: `
      CREATE TABLE layers_packed (
        article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        annotator   TEXT NOT NULL,
        version     TEXT NOT NULL,
        data        BLOB NOT NULL,
        position    INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (article_id, name)
      ) WITHOUT ROWID;
      INSERT INTO layers_packed SELECT article_id, name, annotator, version, data, position, created_at FROM layers;
      DROP TABLE layers;
      ALTER TABLE layers_packed RENAME TO layers;

      CREATE TABLE link_reports_packed (
        article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        digest      BLOB NOT NULL,
        terms       BLOB NOT NULL,
        seq         INTEGER NOT NULL
      );
      INSERT INTO link_reports_packed SELECT article_id, digest, terms, seq FROM link_reports;
      DROP TABLE link_reports;
      ALTER TABLE link_reports_packed RENAME TO link_reports;
      CREATE INDEX link_reports_seq ON link_reports(seq);

      CREATE TEMP TABLE story_keys_kept AS SELECT key, story_id, last_date FROM story_keys;
      CREATE TEMP TABLE story_articles_kept AS SELECT article_id, story_id FROM story_articles;
      DROP TABLE story_keys;
      DROP TABLE story_articles;
      CREATE TABLE stories_packed (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        first_date  TEXT,
        last_date   TEXT,
        state       BLOB NOT NULL,
        updated_at  TEXT NOT NULL
      );
      INSERT INTO stories_packed SELECT id, title, first_date, last_date, state, updated_at FROM stories;
      DROP TABLE stories;
      ALTER TABLE stories_packed RENAME TO stories;
      CREATE INDEX stories_recent ON stories(last_date IS NULL, last_date DESC, id DESC);
      CREATE TABLE story_keys (
        key        TEXT NOT NULL,
        story_id   INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        last_date  TEXT,
        PRIMARY KEY (key, story_id)
      ) WITHOUT ROWID;
      INSERT INTO story_keys SELECT key, story_id, last_date FROM story_keys_kept;
      CREATE INDEX story_keys_recent ON story_keys(key, last_date IS NULL, last_date DESC, story_id DESC);
      CREATE INDEX story_keys_story ON story_keys(story_id);
      CREATE TABLE story_articles (
        article_id  INTEGER PRIMARY KEY,
        story_id    INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE
      );
      INSERT INTO story_articles SELECT article_id, story_id FROM story_articles_kept;
      CREATE INDEX story_articles_story ON story_articles(story_id);
      DROP TABLE story_keys_kept;
      DROP TABLE story_articles_kept;
    `,
  },
  {
    id: 8,
    name: 'signatures as bytes; near-duplicate buckets without an index by article',
    // A signature in hex took 1024 bytes of every article row; its bytes take 512 (rows keep any other
    // spelling as text: ../near-dup.ts signatureBytes). The index by article doubled the 63 bucket rows
    // of every article and served only deletes, which now find an article's rows by its signature's
    // keys (./near-dup.ts deleteBands); without it the foreign key could not cascade, so it goes too.
    sql: `
      UPDATE articles SET signature = unhex(signature)
        WHERE typeof(signature) = 'text' AND length(signature) > 0 AND length(signature) % 2 = 0
          AND signature NOT GLOB '*[^0-9a-f]*';
      CREATE TABLE near_dup_bands_keyed (
        band_key    INTEGER NOT NULL,
        article_id  INTEGER NOT NULL,
        PRIMARY KEY (band_key, article_id)
      ) WITHOUT ROWID;
      INSERT INTO near_dup_bands_keyed SELECT band_key, article_id FROM near_dup_bands;
      DROP TABLE near_dup_bands;
      ALTER TABLE near_dup_bands_keyed RENAME TO near_dup_bands;
    `,
  },
  {
    id: 9,
    name: "an article's layers as one bundle row (layer-bundle), not a row per layer",
    // Ten-odd rows an article, each with its name, annotator, version, timestamp and key, and each
    // deflated alone, were the largest part of a further article (npm run bench -- storage). The rows
    // are read into bundles in article order, a batch at a time, then the per-layer table goes.
    sql: `
      CREATE TABLE layer_bundles (
        article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        data        BLOB NOT NULL
      );
    `,
    after: bundleLayerRows,
  },
  {
    id: 10,
    name: 'what the text gives back is not stored: its signature as a mark, the text layers rebuilt when read',
    // Per further article these were 512 bytes of signature and about a fifth of the layers (tokens,
    // sentences, paragraphs): both are computed again from the text when read (../near-dup.ts,
    // ../derived-layers.ts). Only values that the running code gives back exactly are dropped.
    sql: '',
    after: rebuildFromTexts,
  },
  {
    id: 11,
    name: 'near-duplicate bucket keys folded into 32 bits',
    // A key was its band times 2^32 plus a hash: 6 bytes in every one of an article's 63 rows. Folded
    // into a signed 32-bit integer it takes 4 (../near-dup.ts foldBandKey). The rows are written again
    // from the stored signatures, oldest first, as the backfill of migration 4 wrote them.
    sql: 'DELETE FROM near_dup_bands;',
    after: backfillNearDupBands,
  },
  {
    id: 12,
    name: 'article texts compressed (text-codec); the full-text index reads them through wiretrace_text',
    // The text was a further article's largest value; compressed it takes about half (../text-codec.ts).
    // FTS5's external content becomes a view that gives the text back, and the triggers give it the
    // text, so the index holds the same words and snippets quote the same text. The index is rebuilt
    // once, after the texts are packed, rather than deleted and re-added row by row by the update trigger.
    sql: `
      DROP TRIGGER articles_fts_ai;
      DROP TRIGGER articles_fts_ad;
      DROP TRIGGER articles_fts_au;
      DROP TABLE articles_fts;
      CREATE VIEW article_texts AS SELECT id, title, wiretrace_text(text) AS text FROM articles;
      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = 'article_texts', content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), wiretrace_text(new.text));
      END;
      CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.id, coalesce(old.title, ''), wiretrace_text(old.text));
      END;
    `,
    // the update trigger comes after the texts are packed (packTexts)
    after: packTexts,
  },
  {
    id: 13,
    name: 'link digests rebuilt from the article and its layers when read, not stored',
    // A digest was a further article's largest value after its layers (about 1.5 times its text's
    // bytes, npm run bench -- storage). Each stored digest that the running code rebuilds exactly from
    // the article's row and layers becomes a one-byte mark (../derived-digest.ts); any other stays.
    sql: '',
    after: markRebuiltDigests,
  },
  {
    id: 14,
    name: 'content hashes as their 32 digest bytes',
    // An ingest hash (sha256: and 64 hex digits) took 71 bytes in the row and 71 in its unique index;
    // its digest takes 32 in each (../hash-codec.ts). Any other spelling stays text, as it came.
    sql: `
      UPDATE articles SET content_hash = unhex(substr(content_hash, 8))
        WHERE typeof(content_hash) = 'text' AND length(content_hash) = 71 AND substr(content_hash, 1, 7) = 'sha256:'
          AND substr(content_hash, 8) NOT GLOB '*[^0-9a-f]*';
    `,
  },
  {
    id: 15,
    name: "an article's creation time as milliseconds since the epoch; full-text segments merged two at a time",
    // The store stamps created_at with toISOString (24 bytes); as six bytes of milliseconds it reads
    // back as the same string (./created-at.ts). A value in any other spelling, or one that is not a
    // real date (which SQLite would roll over), stays text. FTS5 merged its index segments four at a time (automerge 4), so
    // each term's entry was kept in up to three segments a level; merging two at a time keeps one,
    // about 0.03 times a further article's text bytes (npm run bench -- storage), for more merge work.
    sql: `
      UPDATE articles SET created_at = unhex(substr(printf('%016x', unixepoch(created_at) * 1000 + CAST(substr(created_at, 21, 3) AS INTEGER)), 5))
        WHERE typeof(created_at) = 'text'
          AND created_at GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z'
          AND strftime('%Y-%m-%dT%H:%M:%S', created_at) = substr(created_at, 1, 19)
          AND created_at < '6000';  -- six bytes of milliseconds reach the year 6429
      INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 2);
    `,
  },
  {
    id: 16,
    name: 'near-duplicate buckets: 16 LSH bands of one hash each, not 63 of two',
    // PostgreSQL's index paid a whole entry for each of an article's 63 distinct keys (3.2 times the
    // text's bytes); 16 bands of one row find the same copies (src/ingest/dedupe/minhash.ts LSH_BANDS).
    // SQLite keeps the same table with fewer rows. The rows are written again from the stored
    // signatures, oldest first, as migration 11 wrote them.
    sql: 'DELETE FROM near_dup_bands;',
    after: backfillNearDupBands,
  },
];

/** Migration 13: each stored digest that the store rebuilds exactly, as its mark, a batch at a time. */
function markRebuiltDigests(db: Database.Database): void {
  const page = statement(db, 'SELECT article_id AS id, digest FROM link_reports WHERE article_id > ? ORDER BY article_id LIMIT ?');
  const put = statement(db, 'UPDATE link_reports SET digest = ? WHERE article_id = ?');
  let after = 0;
  while (true) {
    const rows = page.all(after, REBUILD_BATCH) as Array<{ id: number; digest: Buffer | string }>;
    if (rows.length === 0) return;
    for (const r of rows) {
      const mark = rebuiltDigestMark(r.digest, spanSource(db, r.id));
      if (mark) put.run(mark, r.id);
    }
    after = rows[rows.length - 1]!.id;
  }
}

/** Migration 12: each text in its packed form, a batch at a time, then the full-text index rebuilt. */
function packTexts(db: Database.Database): void {
  const page = statement(db, "SELECT id, text FROM articles WHERE id > ? AND typeof(text) = 'text' ORDER BY id LIMIT ?");
  const put = statement(db, 'UPDATE articles SET text = ? WHERE id = ?');
  let after = 0;
  while (true) {
    const rows = page.all(after, REBUILD_BATCH) as Array<{ id: number; text: string }>;
    if (rows.length === 0) break;
    for (const r of rows) {
      const packed = packText(r.text);
      if (typeof packed !== 'string') put.run(packed, r.id);
    }
    after = rows[rows.length - 1]!.id;
  }
  // made only now: it would have deleted and re-added every packed row's words; the rebuild indexes each once
  db.exec(`
    CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
      INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.id, coalesce(old.title, ''), wiretrace_text(old.text));
      INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, coalesce(new.title, ''), wiretrace_text(new.text));
    END;
    INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');`);
}

/** Migration 10: each article's signature and bundle in their rebuilt forms, a batch at a time. */
function rebuildFromTexts(db: Database.Database): void {
  const page = statement(db, 'SELECT a.id, a.text, a.signature, b.data AS bundle FROM articles a LEFT JOIN layer_bundles b ON b.article_id = a.id WHERE a.id > ? ORDER BY a.id LIMIT ?');
  const putSignature = statement(db, 'UPDATE articles SET signature = ? WHERE id = ?');
  const putBundle = statement(db, 'UPDATE layer_bundles SET data = ? WHERE article_id = ?');
  let after = 0;
  while (true) {
    const rows = page.all(after, REBUILD_BATCH) as RebuildRow[];
    if (rows.length === 0) return;
    for (const r of rows) {
      const change = rebuildChange(r, (stored) => (typeof stored === 'string' ? stored : Buffer.from(stored).toString('hex')));
      if (change.signature) putSignature.run(change.signature, r.id);
      if (change.bundle) putBundle.run(change.bundle, r.id);
    }
    after = rows[rows.length - 1]!.id;
  }
}

/** Articles whose layer rows are bundled per step of migration 9. */
const BUNDLE_BATCH = 200;

/** Migration 9: each article's rows of the per-layer table as one bundle, then the table dropped. */
function bundleLayerRows(db: Database.Database): void {
  const articles = statement(db, 'SELECT DISTINCT article_id AS id FROM layers WHERE article_id > ? ORDER BY article_id LIMIT ?');
  const rows = statement(db, 'SELECT name, annotator, version, data, position, created_at AS createdAt FROM layers WHERE article_id = ?');
  const put = statement(db, 'INSERT INTO layer_bundles (article_id, data) VALUES (?, ?)');
  let after = 0;
  while (true) {
    const ids = (articles.all(after, BUNDLE_BATCH) as Array<{ id: number }>).map((r) => r.id);
    if (ids.length === 0) break;
    for (const id of ids) put.run(id, bundleOfRows(rows.all(id) as LayerRowData[]));
    after = ids[ids.length - 1]!;
  }
  db.exec('DROP TABLE layers');
}

export const CORE: SqliteModule = { name: CORE_MODULE, migrations: CORE_MIGRATIONS };

const MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    module      TEXT NOT NULL,
    id          INTEGER NOT NULL,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL,
    PRIMARY KEY (module, id)
  ) WITHOUT ROWID`;

/** Before modules, schema_migrations had no module column: its rows were all the store's own. */
const UPGRADE_MIGRATIONS_TABLE = `
  ALTER TABLE schema_migrations RENAME TO schema_migrations_v1;
  ${MIGRATIONS_TABLE};
  INSERT INTO schema_migrations (module, id, name, applied_at)
    SELECT '${CORE_MODULE}', id, name, applied_at FROM schema_migrations_v1;
  DROP TABLE schema_migrations_v1;`;

/**
 * Applies every migration not yet recorded, module by module in the order given (core first when the
 * store opens); returns those it applied (empty on a current database).
 */
export function migrate(db: Database.Database, modules: readonly SqliteModule[] = [CORE]): AppliedMigration[] {
  checkModules(modules);
  // Reads first: a current database is opened without taking the write lock another process may hold.
  if (!hasModuleColumn(db)) {
    db.transaction(() => {
      db.exec(MIGRATIONS_TABLE);
      if (!hasModuleColumn(db)) db.exec(UPGRADE_MIGRATIONS_TABLE);
    }).immediate();
  }
  refuseNewer(db, modules);
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE module = ? AND id = ?');
  const record = db.prepare('INSERT INTO schema_migrations (module, id, name, applied_at) VALUES (?, ?, ?, ?)');
  const ran: AppliedMigration[] = [];
  for (const mod of modules) {
    for (const m of mod.migrations) {
      if (isApplied.get(mod.name, m.id)) continue;
      // Checked again inside the write lock: another process may have applied it meanwhile.
      const applied = db.transaction((): AppliedMigration | null => {
        if (isApplied.get(mod.name, m.id)) return null;
        db.exec(m.sql);
        m.after?.(db);
        const appliedAt = new Date().toISOString();
        record.run(mod.name, m.id, m.name, appliedAt);
        return { module: mod.name, id: m.id, name: m.name, appliedAt };
      }).immediate();
      if (applied) ran.push(applied);
    }
  }
  return ran;
}

/** Whether schema_migrations exists in its current layout (false: missing, or from before modules). */
function hasModuleColumn(db: Database.Database): boolean {
  const columns = db.prepare("SELECT name FROM pragma_table_info('schema_migrations')").all() as Array<{ name: string }>;
  return columns.some((c) => c.name === 'module');
}

export function appliedMigrations(db: Database.Database): AppliedMigration[] {
  return db
    .prepare(
      `SELECT module, id, name, applied_at AS appliedAt FROM schema_migrations
       ORDER BY module <> '${CORE_MODULE}', module, id`,
    )
    .all() as AppliedMigration[];
}


/** A module whose recorded migrations go past the ones this build knows was migrated by a newer wiretrace. */
function refuseNewer(db: Database.Database, modules: readonly SqliteModule[]): void {
  const newestApplied = db.prepare('SELECT max(id) AS id FROM schema_migrations WHERE module = ?');
  for (const mod of modules) {
    refuseNewerMigration(mod, (newestApplied.get(mod.name) as { id: number | null }).id);
  }
}
