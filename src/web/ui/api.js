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

/** → ArticleDetail {…summary, text, meta, layers, provenance} */
export const getArticle = (id) => getJson(`/api/articles/${encodeURIComponent(id)}`);

/** → {query, items: [{article, snippet, highlights, score}], total, limit, offset} */
export const search = (q, { limit = 50, offset = 0 } = {}) => getJson(`/api/search?${qs({ q, limit, offset })}`);
