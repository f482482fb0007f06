/**
 * Stored records -> the public JSON shapes (./schemas.ts). The CLI's --json output and the
 * HTTP API use these same functions, so both print exactly the same objects.
 */
import { isLayerName, type LayerName } from '../doc/layers.js';
import type { ArticleDetail, ArticleSummary, SearchResponse, StoredLayers } from './schemas.js';
import type { SearchFilter, SearchPage, StoredArticle, StoredLayer } from '../store/types.js';

export function toSummary(a: StoredArticle): ArticleSummary {
  return {
    id: a.id,
    url: a.url,
    canonicalUrl: a.canonicalUrl,
    outlet: a.outlet,
    title: a.title,
    byline: [...a.byline],
    published: a.published,
    modified: a.modified,
    fetched: a.fetched,
    language: a.language,
    nearDupOf: a.nearDupOf,
    createdAt: a.createdAt,
    textLength: a.text.length,
  };
}

export function toDetail(a: StoredArticle, layers: readonly StoredLayer[]): ArticleDetail {
  const out: ArticleDetail = {
    ...toSummary(a),
    text: a.text,
    image: a.image,
    imageCredit: a.imageCredit,
    contentHash: a.contentHash,
    meta: { ...a.meta },
    layers: {},
    provenance: {},
  };
  for (const l of layers) {
    // a layer name no annotator produces any more has no schema to describe it: it is left out
    if (!isLayerName(l.name)) continue;
    const name: LayerName = l.name;
    // stored by the annotator that declares this layer's schema, so the records have its shape
    (out.layers as Record<LayerName, StoredLayers[LayerName]>)[name] = [...l.data] as StoredLayers[LayerName];
    out.provenance[name] = { annotator: l.annotator, version: l.version, createdAt: l.createdAt };
  }
  return out;
}

export function toSearchResponse(page: SearchPage, filter: SearchFilter = {}): SearchResponse {
  return {
    query: page.query,
    filter: { ...filter },
    items: page.items.map((h) => ({
      article: toSummary(h.article),
      snippet: h.snippet,
      highlights: h.highlights.map((x) => ({ start: x.start, end: x.end })),
      score: h.score,
    })),
    total: page.total,
    limit: page.limit,
    offset: page.offset,
  };
}
