/**
 * The SQLite side of the StoryStore: report digests, term document frequencies and stories with their
 * key and article indexes. Every lookup goes through an index (term, key, article, story id), so its
 * cost does not grow with the number of stored reports. Runs inside the store's own call queue.
 */
import type Database from 'better-sqlite3';
import type { Page, PageRequest, StoryRow } from '../types.js';
import { clampPage } from '../paging.js';
import { packJson, unpackJson } from '../layer-codec.js';
import { DIGEST_REBUILT_V1, isRebuiltDigest, packDigest, packReport, unpackDigest, unpackTerms, type SpanSource } from '../report-codec.js';
import { statement } from './statements.js';
import { unpackText, type StoredText } from '../text-codec.js';
import { digestSource } from '../derived-digest.js';

interface StoryDbRow {
  id: number;
  title: string;
  first_date: string | null;
  last_date: string | null;
  /** packed (layer-codec), or JSON text in a row written before migration 7 */
  state: Buffer | string;
}

/** SQLite's default limit on bound parameters is 32766; term lists are chunked well below it. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function toStory(db: Database.Database, r: StoryDbRow): StoryRow {
  const keys = (statement(db, 'SELECT key FROM story_keys WHERE story_id = ? ORDER BY key').all(r.id) as Array<{ key: string }>).map((k) => k.key);
  const articles = (statement(db, 'SELECT article_id AS a FROM story_articles WHERE story_id = ? ORDER BY article_id').all(r.id) as Array<{ a: number }>).map((x) => x.a);
  return { id: r.id, title: r.title, firstDate: r.first_date, lastDate: r.last_date, state: unpackJson(r.state), keys, articles };
}

export function linkedReportCount(db: Database.Database): number {
  return (statement(db, 'SELECT count(*) AS n FROM link_reports').get() as { n: number }).n;
}

export function termFrequencies(db: Database.Database, terms: readonly string[]): Map<string, number> {
  const out = new Map<string, number>(terms.map((t) => [t, 0]));
  for (const part of chunks([...new Set(terms)])) {
    // eslint-disable-next-line no-restricted-syntax -- chunks() bounds each part to CHUNK (500) bound parameters
    const rows = db.prepare(`SELECT term, df FROM link_terms WHERE term IN (${part.map(() => '?').join(',')})`).all(...part) as Array<{ term: string; df: number }>;
    for (const r of rows) out.set(r.term, r.df);
  }
  return out;
}

function countTerms(db: Database.Database, terms: readonly string[], delta: 1 | -1): void {
  const up = statement(db, 'INSERT INTO link_terms (term, df) VALUES (?, 1) ON CONFLICT(term) DO UPDATE SET df = df + 1');
  const down = statement(db, 'UPDATE link_terms SET df = max(df - 1, 0) WHERE term = ?');
  for (const t of new Set(terms)) (delta === 1 ? up : down).run(t);
}

function nextCounter(db: Database.Database, name: string): number {
  statement(db, 'INSERT INTO link_counters (name, value) VALUES (?, 1) ON CONFLICT(name) DO UPDATE SET value = value + 1').run(name);
  return (statement(db, 'SELECT value FROM link_counters WHERE name = ?').get(name) as { value: number }).value;
}

/** The mark of a rebuilt digest as a SQL blob literal's hex. */
const DIGEST_MARK_HEX = DIGEST_REBUILT_V1.toString(16).padStart(2, '0');

/** The columns a digest's source reads: the article's row and its layer bundle. */
const SOURCE_SQL = `SELECT a.text, a.title, a.outlet, a.published, a.language, a.near_dup_of AS nearDupOf, b.data AS bundle
  FROM articles a LEFT JOIN layer_bundles b ON b.article_id = a.id WHERE a.id = ?`;

interface SourceRow {
  text: StoredText;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  nearDupOf: number | null;
  bundle: Buffer | null;
}

/**
 * The article a digest's spans point into, and that rebuilds it (../derived-digest.ts); link_reports
 * rows always have one (ON DELETE CASCADE), a missing one reads as an empty text.
 */
export function spanSource(db: Database.Database, article: number): SpanSource {
  const row = statement(db, SOURCE_SQL).get(article) as SourceRow | undefined;
  if (!row) return { article, text: '' };
  return digestSource({ ...row, id: article, text: unpackText(row.text) });
}

/**
 * Writes out whole the digests of these articles that are kept as rebuilt from the store, before
 * what a rebuild reads changes (their layers, their near-duplicate pointer): ../derived-digest.ts.
 */
export function materializeDigests(db: Database.Database, articles: readonly number[]): void {
  const get = statement(db, 'SELECT digest FROM link_reports WHERE article_id = ?');
  const put = statement(db, 'UPDATE link_reports SET digest = ? WHERE article_id = ?');
  for (const a of articles) {
    const row = get.get(a) as { digest: Buffer | string } | undefined;
    if (!row || !isRebuiltDigest(row.digest)) continue;
    const source = spanSource(db, a);
    put.run(packDigest(unpackDigest(row.digest, source), { article: a, text: source.text }), a);
  }
}

/** Copies of this article (their near-duplicate pointer goes when it is deleted) whose digest is rebuilt. */
export function copiesWithRebuiltDigest(db: Database.Database, article: number): number[] {
  return (
    statement(db, `SELECT a.id FROM articles a JOIN link_reports l ON l.article_id = a.id WHERE a.near_dup_of = ? AND l.digest = x'${DIGEST_MARK_HEX}'`).all(article) as Array<{ id: number }>
  ).map((r) => r.id);
}

export function removeLinkedReport(db: Database.Database, article: number): unknown {
  const row = statement(db, 'SELECT digest, terms FROM link_reports WHERE article_id = ?').get(article) as { digest: Buffer | string; terms: Buffer | string } | undefined;
  if (!row) return null;
  const digest = unpackDigest(row.digest, spanSource(db, article));
  countTerms(db, unpackTerms(row.terms, digest), -1);
  statement(db, 'DELETE FROM link_reports WHERE article_id = ?').run(article);
  return digest;
}

export function addLinkedReport(db: Database.Database, article: number, digest: unknown, terms: readonly string[]): void {
  removeLinkedReport(db, article);
  countTerms(db, terms, 1);
  const packed = packReport(digest, terms, spanSource(db, article));
  statement(db, 'INSERT INTO link_reports (article_id, digest, terms, seq) VALUES (?, ?, ?, ?)').run(article, packed.digest, packed.terms, nextCounter(db, 'report_seq'));
}

export function linkedReports(db: Database.Database, articles: readonly number[]): unknown[] {
  const get = statement(db, 'SELECT digest FROM link_reports WHERE article_id = ?');
  const out: unknown[] = [];
  for (const a of articles) {
    const row = get.get(a) as { digest: Buffer | string } | undefined;
    if (row) out.push(unpackDigest(row.digest, spanSource(db, a)));
  }
  return out;
}

export function linkedArticleIds(db: Database.Database): number[] {
  return (statement(db, 'SELECT article_id AS a FROM link_reports ORDER BY seq').all() as Array<{ a: number }>).map((r) => r.a);
}

export function storyCandidates(db: Database.Database, keys: readonly string[], article: number | null, limit: number): StoryRow[] {
  const ids = new Set<number>();
  if (article !== null) {
    const s = statement(db, 'SELECT story_id AS s FROM story_articles WHERE article_id = ?').get(article) as { s: number } | undefined;
    if (s) ids.add(s.s);
  }
  const perKey = statement(db, 'SELECT story_id AS s FROM story_keys WHERE key = ? ORDER BY last_date DESC, story_id DESC LIMIT ?');
  for (const k of new Set(keys)) for (const r of perKey.all(k, limit) as Array<{ s: number }>) ids.add(r.s);
  const get = statement(db, 'SELECT * FROM stories WHERE id = ?');
  const rows = [...ids].map((id) => get.get(id) as StoryDbRow).filter(Boolean);
  rows.sort((a, b) => (b.last_date ?? '').localeCompare(a.last_date ?? '') || b.id - a.id);
  return rows.slice(0, limit).map((r) => toStory(db, r));
}

export function storyOfArticle(db: Database.Database, article: number): number | null {
  const r = statement(db, 'SELECT story_id AS s FROM story_articles WHERE article_id = ?').get(article) as { s: number } | undefined;
  return r ? r.s : null;
}

export function getStory(db: Database.Database, id: number): StoryRow | null {
  const r = statement(db, 'SELECT * FROM stories WHERE id = ?').get(id) as StoryDbRow | undefined;
  return r ? toStory(db, r) : null;
}

export function newStoryId(db: Database.Database): number {
  return nextCounter(db, 'story_id');
}

export function deleteStory(db: Database.Database, id: number): void {
  statement(db, 'DELETE FROM stories WHERE id = ?').run(id);
}

export function saveStory(db: Database.Database, story: StoryRow, now: string): void {
  deleteStory(db, story.id);
  statement(db, 'INSERT INTO stories (id, title, first_date, last_date, state, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(
    story.id,
    story.title,
    story.firstDate,
    story.lastDate,
    packJson(story.state),
    now,
  );
  const key = statement(db, 'INSERT OR IGNORE INTO story_keys (key, story_id, last_date) VALUES (?, ?, ?)');
  for (const k of story.keys) key.run(k, story.id, story.lastDate);
  // an article belongs to one story: linking it elsewhere moves it
  const art = statement(db, 'INSERT INTO story_articles (article_id, story_id) VALUES (?, ?) ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id');
  for (const a of story.articles) art.run(a, story.id);
}

/** Most recent first, undated last: served by stories_recent (migration 5). */
export const LIST_STORIES_SQL = 'SELECT * FROM stories ORDER BY last_date IS NULL, last_date DESC, id DESC LIMIT ? OFFSET ?';
/** The same order among one key's stories: served by story_keys_recent (migration 6). */
export const STORIES_WITH_KEY_SQL = `SELECT s.* FROM story_keys k JOIN stories s ON s.id = k.story_id WHERE k.key = ?
     ORDER BY k.last_date IS NULL, k.last_date DESC, k.story_id DESC LIMIT ? OFFSET ?`;

export function listStories(db: Database.Database, page: PageRequest): Page<StoryRow> {
  const { limit, offset } = clampPage(page);
  const rows = statement(db, LIST_STORIES_SQL).all(limit, offset) as StoryDbRow[];
  const total = (statement(db, 'SELECT count(*) AS n FROM stories').get() as { n: number }).n;
  return { items: rows.map((r) => toStory(db, r)), total, limit, offset };
}

export function storiesWithKey(db: Database.Database, key: string, page: PageRequest): Page<StoryRow> {
  const { limit, offset } = clampPage(page);
  const rows = statement(db, STORIES_WITH_KEY_SQL).all(key, limit, offset) as StoryDbRow[];
  const total = (statement(db, 'SELECT count(*) AS n FROM story_keys WHERE key = ?').get(key) as { n: number }).n;
  return { items: rows.map((r) => toStory(db, r)), total, limit, offset };
}

export function clearStories(db: Database.Database): void {
  db.exec('DELETE FROM story_articles; DELETE FROM story_keys; DELETE FROM stories; DELETE FROM link_reports; DELETE FROM link_terms; DELETE FROM link_counters;');
}
