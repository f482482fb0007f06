/**
 * GET /api/health (liveness and how many articles are stored), GET /healthz (the process answers) and
 * GET /readyz (the store answers too: 503 E_NOT_READY when it does not).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { countArticles } from '../../../service/articles.js';
import { liveness, readiness } from '../../../service/health.js';
import { API_VERSION, Health, Liveness, Readiness } from '../../../service/schemas.js';
import type { Store } from '../../../store/types.js';
import { errorResponses } from '../error-replies.js';

export interface HealthRouteOptions {
  readonly store: Store;
}

export const healthRoutes: FastifyPluginAsyncTypebox<HealthRouteOptions> = async (app, opts) => {
  app.get('/api/health', { schema: { summary: 'Liveness and article count', response: { 200: Health } } }, async () => ({
    status: 'ok' as const,
    version: API_VERSION,
    articles: await countArticles(opts.store),
  }));
  app.get('/healthz', { schema: { summary: 'Liveness: the process answers (the store is not asked)', response: { 200: Liveness } } }, async () => liveness());
  app.get(
    '/readyz',
    { schema: { summary: 'Readiness: the store answers a query within 2 s', response: { 200: Readiness, ...errorResponses(503) } } },
    async () => readiness(opts.store)
  );
};
