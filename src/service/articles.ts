/** Read side of the service: one article with its layers, pages of articles, full-text search. */
import { WiretraceError } from '../errors.js';
import type { ArticleDetail, ArticleList, ArticleSummary, SearchResponse } from './schemas.js';
import type { PageRequest, Store } from '../store/types.js';
import { toDetail, toSearchResponse, toSummary } from './views.js';

/** Finds an article by numeric id or by URL / canonical URL; E_NOT_FOUND when there is none. */
export function getArticle(store: Store, idOrUrl: number | string): ArticleDetail {
  const key = typeof idOrUrl === 'string' && /^\d+$/.test(idOrUrl.trim()) ? Number(idOrUrl) : idOrUrl;
  const a = typeof key === 'number' ? store.getArticle(key) : store.getArticleByUrl(key.trim());
  if (!a) throw new WiretraceError('E_NOT_FOUND', `no article ${typeof key === 'number' ? `with id ${key}` : `at ${key}`}`);
  return toDetail(a, store.getLayers(a.id));
}

export function listArticles(store: Store, page: PageRequest = {}): ArticleList {
  const p = store.listArticles(page);
  return { items: p.items.map(toSummary), total: p.total, limit: p.limit, offset: p.offset };
}

export function searchArticles(store: Store, query: string, page: PageRequest = {}): SearchResponse {
  return toSearchResponse(store.search(query, page));
}

export function countArticles(store: Store): number {
  return store.countArticles();
}

/** An article's metadata without its text and layers (what lists and ingest replies show). */
export function getArticleSummary(store: Store, id: number): ArticleSummary {
  const a = store.getArticle(id);
  if (!a) throw new WiretraceError('E_NOT_FOUND', `no article with id ${id}`);
  return toSummary(a);
}
