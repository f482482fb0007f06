/**
 * /api/articles: list, one article with its layers, and ingest (POST, bearer token, rate limited).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Pipeline } from '../../../doc/pipeline.js';
import { WiretraceError } from '../../../errors.js';
import { getArticle, getArticleSummary, listArticles, parseLayerSelection } from '../../../service/articles.js';
import { ingestHtml, ingestText, ingestUrl, type IngestOptions } from '../../../service/ingest.js';
import { ArticleDetail, ArticleList, ArticleParams, ArticleQuery, IngestRequest, IngestResponse, Paging } from '../../../service/schemas.js';
import type { AnnotateFn } from '../../../service/annotation.js';
import type { Store } from '../../../store/types.js';
import { requireBearer } from '../bearer-auth.js';
import { errorResponses } from '../error-replies.js';

export interface ArticleRouteOptions {
  readonly store: Store;
  readonly token: string | null;
  readonly maxInputBytes: number;
  readonly allowPrivate: boolean;
  readonly pipeline?: Pipeline;
  /** Where the default pipeline runs (the server's worker pool). */
  readonly annotate?: AnnotateFn;
  /** POST requests per client and minute; null: no limit. */
  readonly writesPerMinute: number | null;
}

export const articleRoutes: FastifyPluginAsyncTypebox<ArticleRouteOptions> = async (app, opts) => {
  app.get(
    '/api/articles',
    {
      schema: {
        summary: 'Articles, newest published first (unknown dates last)',
        querystring: Paging,
        response: { 200: ArticleList, ...errorResponses(400, 500) },
      },
    },
    async (req) => listArticles(opts.store, req.query),
  );

  app.get(
    '/api/articles/:id',
    {
      schema: {
        summary: 'One article with its text, its stored layers (all, or those named in ?layers=) and their provenance',
        params: ArticleParams,
        querystring: ArticleQuery,
        response: { 200: ArticleDetail, ...errorResponses(400, 404, 500) },
      },
    },
    async (req) =>
      getArticle(opts.store, req.params.id, req.query.layers === undefined ? {} : { layers: parseLayerSelection(req.query.layers) }),
  );

  // The limit runs first, so wrong tokens count too: guessing the token is rate limited as well.
  const onRequest = [
    ...(opts.writesPerMinute !== null ? [app.rateLimit({ max: opts.writesPerMinute, timeWindow: 60_000 })] : []),
    requireBearer(opts.token), // before the body is even parsed
  ];
  app.post(
    '/api/articles',
    {
      schema: {
        summary: 'Ingest one article from text, HTML or a URL (bearer token required)',
        security: [{ bearerAuth: [] }],
        body: IngestRequest,
        response: { 200: IngestResponse, 201: IngestResponse, ...errorResponses(400, 401, 404, 413, 415, 421, 429, 500, 503) },
      },
      onRequest,
    },
    async (req, reply) => {
      const b = req.body;
      const given = [b.text, b.html, b.url].filter((x) => x !== undefined).length;
      if (given !== 1) throw new WiretraceError('E_VALIDATION', 'give exactly one of "text", "html" or "url"');
      const io: IngestOptions = {
        maxBytes: opts.maxInputBytes,
        allowPrivate: opts.allowPrivate,
        ...(opts.pipeline ? { pipeline: opts.pipeline } : {}),
        ...(opts.annotate ? { annotate: opts.annotate } : {}),
        ...(b.published !== undefined ? { published: b.published } : {}),
        ...(b.outlet ? { outlet: b.outlet } : {}),
        ...(b.title ? { title: b.title } : {}),
      };
      const r =
        b.url !== undefined
          ? await ingestUrl(opts.store, b.url, io)
          : b.html !== undefined
            ? await ingestHtml(opts.store, b.html, io)
            : await ingestText(opts.store, b.text!, io);
      const article = await getArticleSummary(opts.store, r.id);
      return reply.status(r.created ? 201 : 200).send({ id: r.id, created: r.created, article });
    },
  );
};
