/** GET /api/health: liveness and how many articles are stored. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { countArticles } from '../../../service/articles.js';
import { API_VERSION, Health } from '../../../service/schemas.js';
import type { Store } from '../../../store/types.js';

export interface HealthRouteOptions {
  readonly store: Store;
}

export const healthRoutes: FastifyPluginAsyncTypebox<HealthRouteOptions> = async (app, opts) => {
  app.get('/api/health', { schema: { summary: 'Liveness and article count', response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
    version: API_VERSION,
    articles: await countArticles(opts.store),
  }));
};
