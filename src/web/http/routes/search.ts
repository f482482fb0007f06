/** GET /api/search: full-text search; any query string is safe. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { searchArticles } from '../../../service/articles.js';
import { SearchQuery, SearchResponse } from '../../../service/schemas.js';
import type { Store } from '../../../store/types.js';
import { errorResponses } from '../error-replies.js';

export interface SearchRouteOptions {
  readonly store: Store;
}

export const searchRoutes: FastifyPluginAsyncTypebox<SearchRouteOptions> = async (app, opts) => {
  app.get(
    '/api/search',
    {
      schema: {
        summary: 'Full-text search over titles and text; snippets are plain text with highlight ranges',
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...errorResponses(400, 500) },
      },
    },
    async (req) => searchArticles(opts.store, req.query.q, req.query),
  );
};
