/**
 * The HTTP API and the web UI's files (Fastify 5). A thin layer over src/service: each resource is a
 * fastify plugin in ./routes/ that validates with the service's TypeBox schemas (src/service/schemas.ts),
 * calls the service and lets coded errors map to statuses. Every error body is {error: {code, message}};
 * requests for a Host not allowed are 421 E_HOST (docs/http.md).
 *
 *   GET  /api/health                      -> Health                   routes/health.ts
 *   GET  /api/articles?limit&offset       -> ArticleList              routes/articles.ts
 *   GET  /api/articles/:id?layers         -> ArticleDetail (text + stored layers, all or those named + provenance)
 *   POST /api/articles  (Bearer token)    -> IngestResponse (201 created, 200 already stored; 429 over the rate limit;
 *                                            annotated on the worker pool, 503 E_BUSY when its queue is full)
 *   GET  /api/search?q&limit&offset       -> SearchResponse           routes/search.ts
 *   GET  /api/stories?asOf&limit&offset   -> StoryList                routes/stories.ts
 *   GET  /api/stories/:id                 -> StoryDetail              routes/stories.ts
 *   GET  /api/stories.jsonl               -> every story, JSON Lines  routes/stories.ts
 *   GET  /api/events/:id?asOf             -> TrackedEventDetail       routes/stories.ts
 *   GET  /api/entities/:key               -> EntityDetail             routes/stories.ts
 *   GET  /openapi.json                    -> the OpenAPI 3.1 document routes/openapi.ts
 *   GET  /*                               -> the web UI's files       routes/ui.ts
 */
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Pipeline } from '../../doc/pipeline.js';
import { WiretraceError } from '../../errors.js';
import { DEFAULT_MAX_INPUT_BYTES, DEFAULT_WRITES_PER_MINUTE } from '../../service/config.js';
import { API_VERSION } from '../../service/schemas.js';
import type { Store } from '../../store/types.js';
import type { Annotation } from '../../service/annotation.js';
import { annotationPool } from '../../service/annotation-pool.js';
import { frameworkErrorOptions, replyWithCodedErrors } from './error-replies.js';
import { allowedHostsFor, checkHostHeader } from './host-check.js';
import { logEachRequest, loggerSettings, type RequestLogOptions } from './request-log.js';
import { articleRoutes } from './routes/articles.js';
import { healthRoutes } from './routes/health.js';
import { openApiRoutes } from './routes/openapi.js';
import { searchRoutes } from './routes/search.js';
import { storyRoutes } from './routes/stories.js';
import { uiRoutes } from './routes/ui.js';
import { sendSecurityHeaders } from './security-headers.js';
import { defaultUiDir } from './ui-files.js';
import { compileValidator } from './validation.js';

export { CONTENT_SECURITY_POLICY } from './security-headers.js';

export interface ServerOptions {
  readonly store: Store;
  /** Bearer token for write routes; null or empty disables writes (every POST gets 401 E_AUTH). */
  readonly token?: string | null;
  /** Directory of the web UI; default src/web/ui in the package. null serves no UI. */
  readonly uiDir?: string | null;
  /** Largest article accepted by POST /api/articles (bytes). */
  readonly maxInputBytes?: number;
  /** Lets POST {url} reach private addresses (local use and tests only). */
  readonly allowPrivate?: boolean;
  /** POST /api/articles per client and minute (429 E_RATE_LIMITED beyond); 0 or null: no limit. */
  readonly writesPerMinute?: number | null;
  /** One JSON log line per request at this level; default none. */
  readonly log?: RequestLogOptions | null;
  /**
   * Host header names answered ("*": any; others get 421 E_HOST, the DNS-rebinding guard). Default: the
   * loopback names, plus `bindHost` when it names one interface.
   */
  readonly allowedHosts?: readonly string[] | null;
  /** The interface the server listens on (listen.ts sets it), for the default allowed hosts. */
  readonly bindHost?: string;
  /** Annotators run on POSTed articles, in the server's thread (tests); default: the default pipeline on `annotation`. */
  readonly pipeline?: Pipeline;
  /**
   * Where POSTed articles are annotated when no `pipeline` is given: default a worker-thread pool
   * (service/annotation-pool.ts) that the server closes with itself; one passed in is the caller's to close.
   */
  readonly annotation?: Annotation;
  /** Worker threads and waiting articles of the default pool (503 E_BUSY beyond). */
  readonly annotationWorkers?: number;
  readonly maxQueuedArticles?: number;
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const maxInputBytes = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const writesPerMinute = opts.writesPerMinute === undefined ? DEFAULT_WRITES_PER_MINUTE : opts.writesPerMinute || null;
  const app = Fastify({
    ...loggerSettings(opts.log),
    // JSON escaping can double a text's size; the service enforces the real limit with E_INPUT_TOO_LARGE.
    bodyLimit: maxInputBytes * 2 + 64 * 1024,
    ...frameworkErrorOptions(maxInputBytes),
  });
  app.setValidatorCompiler(compileValidator);
  replyWithCodedErrors(app, maxInputBytes);
  sendSecurityHeaders(app);
  checkHostHeader(app, allowedHostsFor(opts.bindHost ?? 'localhost', opts.allowedHosts));
  if (opts.log) logEachRequest(app);

  // Before the routes: swagger collects each route's schema as it registers.
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'wiretrace',
        version: API_VERSION,
        description: 'wiretrace: who said what, according to whom, about which event. Errors are {error: {code, message}}.',
      },
      components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
    },
  });
  // Off everywhere but on the routes that ask for it (app.rateLimit in routes/articles.ts).
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => new WiretraceError('E_RATE_LIMITED', `too many requests (at most ${ctx.max} a minute); retry in ${ctx.after}`),
  });

  // annotation runs off the event loop, so health and reads answer while articles are annotated
  const annotation = opts.pipeline ? null : (opts.annotation ?? annotationPool({
    ...(opts.annotationWorkers ? { workers: opts.annotationWorkers } : {}),
    ...(opts.maxQueuedArticles !== undefined ? { maxQueued: opts.maxQueuedArticles } : {}),
  }));
  if (annotation && !opts.annotation) app.addHook('onClose', async () => annotation.close());

  await app.register(healthRoutes, { store: opts.store });
  await app.register(articleRoutes, {
    store: opts.store,
    token: opts.token ?? null,
    maxInputBytes,
    allowPrivate: opts.allowPrivate ?? false,
    writesPerMinute,
    ...(opts.pipeline ? { pipeline: opts.pipeline } : {}),
    ...(annotation ? { annotate: annotation.annotate } : {}),
  });
  await app.register(searchRoutes, { store: opts.store });
  await app.register(storyRoutes, { store: opts.store });
  await app.register(openApiRoutes);
  await app.register(uiRoutes, { uiDir: opts.uiDir === undefined ? defaultUiDir() : opts.uiDir });

  await app.ready();
  return app;
}
