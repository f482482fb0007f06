// The HTTP API as the UI uses it (shapes: src/service/schemas.ts). Errors keep the server's code.

export class ApiError extends Error {
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

async function getJson(path) {
  let res;
  try {
    res = await fetch(path, { headers: { accept: 'application/json' } });
  } catch (err) {
    throw new ApiError('E_NETWORK', `The server could not be reached (${err.message}).`, 0);
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    // fall through: reported below
  }
  if (!res.ok) {
    const e = body && body.error;
    throw new ApiError(e?.code || `HTTP_${res.status}`, e?.message || res.statusText || 'Request failed', res.status);
  }
  if (body === null) throw new ApiError('E_BAD_RESPONSE', 'The server sent a response that is not JSON.', res.status);
  return body;
}

const qs = (params) =>
  new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '')).toString();

/** → {items: ArticleSummary[], total, limit, offset} */
export const listArticles = ({ limit = 50, offset = 0 } = {}) => getJson(`/api/articles?${qs({ limit, offset })}`);

/**
 * → ArticleDetail {…summary, text, meta, layers, provenance}; with `layers` (names), only those layers
 * and their provenance (a name not stored for the article is simply absent).
 */
export const getArticle = (id, layers) =>
  getJson(`/api/articles/${encodeURIComponent(id)}${layers ? `?${new URLSearchParams({ layers: layers.join(',') })}` : ''}`);

/** The filters a search takes besides its words (the story list's that apply to a report). */
export const SEARCH_FILTERS = ['from', 'to', 'outlet', 'language', 'entity'];

/** → {query, filter, items: [{article, snippet, highlights, score}], total, limit, offset} */
export const search = (q, { limit = 50, offset = 0, filter = {} } = {}) => {
  const f = Object.fromEntries(SEARCH_FILTERS.map((k) => [k, filter[k]]));
  return getJson(`/api/search?${qs({ q, ...f, limit, offset })}`);
};

/** → {items: StorySummary[], total, limit, offset} (src/service/story-schemas.ts) */
export const listStories = ({ limit = 200, offset = 0 } = {}) => getJson(`/api/stories?${qs({ limit, offset })}`);

/** → Story with summary: articles, entities, events (timelines), claims, findings */
export const getStory = (id) => getJson(`/api/stories/${encodeURIComponent(id)}`);

/** → EntityDetail: names, roles, and per story the events it took part in and what it said */
export const getEntity = (key, { limit = 200, offset = 0 } = {}) => getJson(`/api/entities/${encodeURIComponent(key)}?${qs({ limit, offset })}`);
