/** GET /api/search: full-text search, narrowed by the story list's filters that apply to a report; any query string is safe. */
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
        summary: 'Full-text search over titles and text, filtered by day range, outlet, language and entity; snippets are plain text with highlight ranges',
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...errorResponses(400, 500) },
      },
    },
    async (req) => {
      const { q, limit, offset, from, to, outlet, language, entity } = req.query;
      return searchArticles(opts.store, q, { limit, offset }, { from, to, outlet, language, entity });
    },
  );
};
