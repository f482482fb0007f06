/**
 * A PostgreSQL store's link digests and what rebuilds them: the article's row and layer bundle read
 * beside a digest (../derived-digest.ts), and digests written out whole before what rebuilds them
 * changes. Apart from ./store.ts so that a migration can use it too.
 */
import type pg from 'pg';
import { digestSource } from '../derived-digest.js';
import { articleText } from './packed-text.js';
import { DIGEST_REBUILT_V1, packDigest, unpackDigest, type SpanSource } from '../report-codec.js';

type Db = pg.ClientBase | pg.Pool;

/**
 * What a digest's source reads: the article's row and its layer bundle (as columns of a row of link_reports l);
 * `text`: the article's text as SQL (plain `a.text` in a migration before 14, which packs texts: ./packed-text.ts).
 */
function sourceColumns(text: string): string {
  return `a.id AS source_id, coalesce(${text}, '') AS text, a.title, a.outlet, a.published, a.language, a.near_dup_of, b.data AS bundle`;
}
export const SOURCE_COLUMNS = sourceColumns(articleText('a'));
export const SOURCE_JOINS = 'LEFT JOIN articles a ON a.id = l.article_id LEFT JOIN layer_bundles b ON b.article_id = l.article_id';

export interface SourceRow {
  source_id: number | null;
  text: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  near_dup_of: number | null;
  bundle: Buffer | null;
}

/** The source of a digest from its row: the text its spans point into, and what rebuilds it (../derived-digest.ts). */
export function sourceOf(article: number, r: SourceRow | undefined): SpanSource {
  if (!r || r.source_id === null) return { article, text: r?.text ?? '' };
  return digestSource({ id: article, text: r.text, title: r.title, outlet: r.outlet, published: r.published, language: r.language, nearDupOf: r.near_dup_of === null ? null : Number(r.near_dup_of), bundle: r.bundle });
}

/**
 * The article a digest's spans point into, and that rebuilds it; link_reports rows always have one
 * (ON DELETE CASCADE), a missing one reads as an empty text.
 */
export async function spanSource(db: Db, article: number, text = articleText('a')): Promise<SpanSource> {
  const r = await db.query<SourceRow>(
    `SELECT ${sourceColumns(text)} FROM (SELECT $1::bigint AS article_id) l ${SOURCE_JOINS}`,
    [article],
  );
  return sourceOf(article, r.rows[0]);
}

/**
 * Writes out whole the digests of these articles that are kept as rebuilt from the store, before
 * what a rebuild reads changes (their layers, their near-duplicate pointer): ../derived-digest.ts.
 */
export async function materializeDigests(db: Db, articles: readonly number[]): Promise<void> {
  if (articles.length === 0) return;
  const r = await db.query<SourceRow & { article_id: string; digest: Buffer }>(
    `SELECT l.article_id, l.digest, ${SOURCE_COLUMNS} FROM link_reports l ${SOURCE_JOINS} WHERE l.article_id = ANY($1::bigint[]) AND l.digest = $2`,
    [[...articles], DIGEST_MARK],
  );
  for (const row of r.rows) {
    const article = Number(row.article_id);
    const source = sourceOf(article, row);
    await db.query('UPDATE link_reports SET digest = $1 WHERE article_id = $2', [packDigest(unpackDigest(row.digest, source), { article, text: source.text }), article]);
  }
}

/** The stored mark of a rebuilt digest (../report-codec.ts). */
const DIGEST_MARK = Buffer.from([DIGEST_REBUILT_V1]);
