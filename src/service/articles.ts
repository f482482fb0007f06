/** Read side of the service: one article with its layers, pages of articles, full-text search. */
import { isLayerName, LAYER_NAMES, type LayerName } from '../doc/layers.js';
import { WiretraceError } from '../errors.js';
import type { ArticleDetail, ArticleList, ArticleSummary, SearchResponse } from './schemas.js';
import { checkSearchFilter } from '../store/search-filter.js';
import type { PageRequest, SearchFilter, Store } from '../store/types.js';
import { toDetail, toSearchResponse, toSummary } from './views.js';

export interface ArticleReadOptions {
  /** Only these layers (and their provenance); default every stored layer. */
  readonly layers?: readonly LayerName[];
}

/** Finds an article by numeric id or by URL / canonical URL; E_NOT_FOUND when there is none. */
export async function getArticle(store: Store, idOrUrl: number | string, opts: ArticleReadOptions = {}): Promise<ArticleDetail> {
  const key = typeof idOrUrl === 'string' && /^\d+$/.test(idOrUrl.trim()) ? Number(idOrUrl) : idOrUrl;
  const a = typeof key === 'number' ? await store.getArticle(key) : await store.getArticleByUrl(key.trim());
  if (!a) throw new WiretraceError('E_NOT_FOUND', `no article ${typeof key === 'number' ? `with id ${key}` : `at ${key}`}`);
  return toDetail(a, await store.getLayers(a.id, opts.layers));
}

/**
 * A layer selection as the API and CLI take it: comma-separated names ("sentences, entities"); an empty
 * string selects none. Unknown names are E_VALIDATION, naming the known ones.
 */
export function parseLayerSelection(spec: string): LayerName[] {
  const names = spec.split(',').map((n) => n.trim()).filter((n) => n !== '');
  const unknown = names.filter((n) => !isLayerName(n));
  if (unknown.length) {
    throw new WiretraceError('E_VALIDATION', `unknown layer ${unknown.map((n) => JSON.stringify(n)).join(', ')}; layers are ${LAYER_NAMES.join(', ')}`);
  }
  return [...new Set(names as LayerName[])];
}

export async function listArticles(store: Store, page: PageRequest = {}): Promise<ArticleList> {
  const p = await store.listArticles(page);
  return { items: p.items.map(toSummary), total: p.total, limit: p.limit, offset: p.offset };
}

/** Full-text search, narrowed by `filter`; a malformed filter value is E_VALIDATION. */
export async function searchArticles(store: Store, query: string, page: PageRequest = {}, filter: SearchFilter = {}): Promise<SearchResponse> {
  const checked = checkSearchFilter(filter);
  return toSearchResponse(await store.search(query, page, checked), checked);
}

export async function countArticles(store: Store): Promise<number> {
  return store.countArticles();
}

/** An article's metadata without its text and layers (what lists and ingest replies show). */
export async function getArticleSummary(store: Store, id: number): Promise<ArticleSummary> {
  const a = await store.getArticle(id);
  if (!a) throw new WiretraceError('E_NOT_FOUND', `no article with id ${id}`);
  return toSummary(a);
}
