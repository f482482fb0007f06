/**
 * Ordered schema migrations. Each runs once, in its own transaction, and is recorded in
 * `schema_migrations`; opening a store applies whatever is missing. Never edit a shipped
 * migration: append a new one (the ids are the order).
 */
import type Database from 'better-sqlite3';
import { WiretraceError } from '../errors.js';

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
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
];

const MIGRATIONS_TABLE = `
  CREATE TABLE IF NOT EXISTS schema_migrations (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
  )`;

export interface AppliedMigration {
  readonly id: number;
  readonly name: string;
  readonly appliedAt: string;
}

/** Applies every migration not yet recorded; returns the ids it applied (empty on a current DB). */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  assertOrdered(migrations);
  db.exec(MIGRATIONS_TABLE);
  const applied = new Set(
    (db.prepare('SELECT id FROM schema_migrations').all() as Array<{ id: number }>).map((r) => r.id),
  );
  const newest = migrations.length ? migrations[migrations.length - 1]!.id : 0;
  for (const id of applied) {
    if (id > newest) {
      throw new WiretraceError(
        'E_STORE',
        `the database has schema migration ${id}, newer than this wiretrace knows (${newest}); upgrade wiretrace`,
      );
    }
  }
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  const ran: number[] = [];
  for (const m of migrations) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.id, m.name, new Date().toISOString());
    })();
    ran.push(m.id);
  }
  return ran;
}

export function appliedMigrations(db: Database.Database): AppliedMigration[] {
  return db
    .prepare('SELECT id, name, applied_at AS appliedAt FROM schema_migrations ORDER BY id')
    .all() as AppliedMigration[];
}

function assertOrdered(migrations: readonly Migration[]): void {
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.id <= migrations[i - 1]!.id) {
      throw new WiretraceError('E_STORE', `migration ids must increase: ${migrations[i]!.id} follows ${migrations[i - 1]!.id}`);
    }
  }
}
