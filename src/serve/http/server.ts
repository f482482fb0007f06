/**
 * The HTTP API and the web UI's static files (Fastify 5). A thin layer over src/service: routes validate
 * with the TypeBox schemas in ../api-schema.ts, call the service, and map coded errors to statuses.
 * Every error body is {error: {code, message}}.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { TSchema } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import { ERROR_CODES, WiretraceError, isWiretraceError, type ErrorCode } from '../../errors.js';
import { getArticle, listArticles, searchArticles } from '../../service/articles.js';
import { DEFAULT_MAX_INPUT_BYTES, tooLarge } from '../../service/input.js';
import { ingestHtml, ingestText, ingestUrl, type IngestOptions } from '../../service/ingest.js';
import { toSummary } from '../../service/views.js';
import type { Store } from '../../store/types.js';
import type { Pipeline } from '../../doc/pipeline.js';
import {
  ArticleDetail,
  ArticleList,
  ArticleParams,
  ErrorResponse,
  Health,
  IngestRequest,
  IngestResponse,
  Paging,
  SearchQuery,
  SearchResponse,
} from '../api-schema.js';
import { buildOpenApi, type RouteDoc } from './openapi.js';
import { defaultUiDir, loadStatic } from './static.js';

export const API_VERSION = '0.1.0';

/**
 * Strict CSP: only same-origin scripts, styles and connections; no inline script, no plugins, no framing.
 * Article text is untrusted; the UI renders it as text, and this policy is the second line of defence.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

export interface ServerOptions {
  readonly store: Store;
  /** Bearer token for write routes; null or empty disables writes (every POST gets 401 E_AUTH). */
  readonly token?: string | null;
  /** Directory of the web UI; default src/serve/ui in the package. null serves no UI. */
  readonly uiDir?: string | null;
  /** Largest article accepted by POST /api/articles (bytes). */
  readonly maxInputBytes?: number;
  /** Lets POST {url} reach private addresses (local use and tests only). */
  readonly allowPrivate?: boolean;
  readonly logger?: boolean;
  /** Annotators run on POSTed articles; default: the default pipeline. */
  readonly pipeline?: Pipeline;
}

/** HTTP status for each coded error; anything unlisted is a 500. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  E_NOT_FOUND: 404,
  E_AUTH: 401,
  E_VALIDATION: 400,
  E_USAGE: 400,
  E_DATE_INVALID: 400,
  E_INPUT_EMPTY: 400,
  E_INPUT_BINARY: 400,
  E_INPUT_ENCODING: 400,
  E_INPUT_FORMAT: 400,
  E_INPUT_NOT_FOUND: 400,
  E_INPUT_TOO_LARGE: 413,
  E_FETCH_TOO_LARGE: 413,
  E_FETCH_BLOCKED: 400,
  E_FETCH_ROBOTS: 403,
  E_FETCH: 502,
  E_FETCH_REDIRECTS: 502,
  E_FETCH_CONTENT_TYPE: 502,
};

const errorResponses = { 400: ErrorResponse, 404: ErrorResponse, 500: ErrorResponse };

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const maxInputBytes = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const app = Fastify({
    logger: opts.logger ?? false,
    // JSON escaping can double a text's size; the service enforces the real limit with E_INPUT_TOO_LARGE.
    bodyLimit: maxInputBytes * 2 + 64 * 1024,
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(({ schema, httpPart }) => compileValidator(schema as TSchema, httpPart ?? 'body'));

  const routes: RouteDoc[] = [];
  app.addHook('onRoute', (r) => {
    const cfg = r.config as { doc?: { summary?: string; auth?: boolean } } | undefined;
    if (!cfg?.doc || r.method === 'HEAD') return;
    for (const method of Array.isArray(r.method) ? r.method : [r.method]) {
      routes.push({ method, url: r.url, summary: cfg.doc.summary, auth: cfg.doc.auth, schema: (r.schema ?? {}) as RouteDoc['schema'] });
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) reply.header(k, v);
    if (req.url.startsWith('/api/') || req.url === '/openapi.json') reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((err: FastifyError | WiretraceError | Error, _req, reply) => {
    const { status, code, message } = describeError(err, maxInputBytes);
    if (status >= 500 && opts.logger) app.log.error(err);
    return reply.status(status).send({ error: { code, message } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'E_NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` } }),
  );

  const requireToken = tokenCheck(opts.token ?? null);

  app.get(
    '/api/health',
    { schema: { response: { 200: Health } }, config: { doc: { summary: 'Liveness and article count' } } },
    async () => ({ status: 'ok' as const, version: API_VERSION, articles: opts.store.countArticles() }),
  );

  app.get(
    '/api/articles',
    {
      schema: { querystring: Paging, response: { 200: ArticleList, ...errorResponses } },
      config: { doc: { summary: 'Articles, newest published first (unknown dates last)' } },
    },
    async (req) => listArticles(opts.store, req.query),
  );

  app.get(
    '/api/articles/:id',
    {
      schema: { params: ArticleParams, response: { 200: ArticleDetail, ...errorResponses } },
      config: { doc: { summary: 'One article with its text, every stored layer and their provenance' } },
    },
    async (req) => getArticle(opts.store, req.params.id),
  );

  app.get(
    '/api/search',
    {
      schema: { querystring: SearchQuery, response: { 200: SearchResponse, ...errorResponses } },
      config: { doc: { summary: 'Full-text search over titles and text; snippets are plain text with highlight ranges' } },
    },
    async (req) => searchArticles(opts.store, req.query.q, req.query),
  );

  app.post(
    '/api/articles',
    {
      schema: {
        body: IngestRequest,
        response: { 200: IngestResponse, 201: IngestResponse, 401: ErrorResponse, 413: ErrorResponse, ...errorResponses },
      },
      onRequest: requireToken, // before the body is even parsed
      config: { doc: { summary: 'Ingest one article from text, HTML or a URL (bearer token required)', auth: true } },
    },
    async (req, reply) => {
      const b = req.body;
      const given = [b.text, b.html, b.url].filter((x) => x !== undefined).length;
      if (given !== 1) throw new WiretraceError('E_VALIDATION', 'give exactly one of "text", "html" or "url"');
      const io: IngestOptions = {
        maxBytes: maxInputBytes,
        allowPrivate: opts.allowPrivate ?? false,
        ...(opts.pipeline ? { pipeline: opts.pipeline } : {}),
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
      const stored = opts.store.getArticle(r.id);
      if (!stored) throw new WiretraceError('E_STORE', `article ${r.id} vanished after ingest`);
      return reply.status(r.created ? 201 : 200).send({ id: r.id, created: r.created, article: toSummary(stored) });
    },
  );

  let openapi: Record<string, unknown> | null = null;
  app.get('/openapi.json', async () => (openapi ??= buildOpenApi(routes, { title: 'wiretrace', version: API_VERSION })));

  const uiDir = opts.uiDir === undefined ? defaultUiDir() : opts.uiDir;
  app.get('/*', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (path.startsWith('/api/') || path === '/api') {
      return reply.status(404).send({ error: { code: 'E_NOT_FOUND', message: `no route GET ${path}` } });
    }
    const file = uiDir ? await loadStatic(uiDir, path) : null;
    if (!file) return reply.status(404).send({ error: { code: 'E_NOT_FOUND', message: `no file ${path}` } });
    return reply.header('content-type', file.contentType).header('cache-control', 'no-cache').send(file.body);
  });

  await app.ready();
  return app;
}

/**
 * Validates with TypeBox's compiler. URL parts (querystring, params) arrive as strings, so they are
 * converted ("12" -> 12) and given their defaults first; a JSON body is checked as sent: 42 is not a string.
 */
function compileValidator(schema: TSchema, httpPart: string) {
  const check = TypeCompiler.Compile(schema);
  const fromUrl = httpPart === 'querystring' || httpPart === 'params';
  return (data: unknown): { value: unknown } | { error: Error } => {
    const value = fromUrl ? convertUrlPart(schema, data) : data;
    if (check.Check(value)) return { value };
    const first = check.Errors(value).First();
    const where = first?.path ? `${httpPart} ${first.path.slice(1) || '(root)'}` : httpPart;
    return { error: new Error(first ? `${where}: ${first.message}` : `${httpPart} is invalid`) };
  };
}

const DECIMAL_INTEGER = /^\d+$/;

/**
 * Converts URL strings to the schema's types. TypeBox's Convert reads "1.5", "1e3" or " 1" as an
 * integer too, which would quietly turn /api/articles/1.5 into article 1; integer fields therefore
 * only convert from plain decimal digits, and anything else stays a string that fails the check.
 */
function convertUrlPart(schema: TSchema, data: unknown): unknown {
  const raw = { ...(data as Record<string, unknown>) };
  const value = Value.Convert(schema, Value.Default(schema, Value.Clone(raw))) as Record<string, unknown>;
  const props = (schema as { properties?: Record<string, TSchema> }).properties ?? {};
  for (const [key, prop] of Object.entries(props)) {
    const given = raw[key];
    if (prop.type === 'integer' && typeof given === 'string' && !DECIMAL_INTEGER.test(given)) value[key] = given;
  }
  return value;
}

function describeError(err: FastifyError | WiretraceError | Error, maxInputBytes: number): { status: number; code: string; message: string } {
  if (isWiretraceError(err)) return { status: STATUS[err.code] ?? 500, code: err.code, message: err.message };
  const fe = err as FastifyError;
  if (fe.validation || fe.code === 'FST_ERR_VALIDATION') return { status: 400, code: 'E_VALIDATION', message: fe.message };
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, code: 'E_INPUT_TOO_LARGE', message: tooLarge({ name: 'request body', maxBytes: maxInputBytes }).message };
  }
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, code: 'E_VALIDATION', message: fe.message };
  }
  return { status: 500, code: 'E_INTERNAL', message: ERROR_CODES.E_INTERNAL };
}

/** Constant-time bearer check (hash both sides so lengths never leak through timing). */
function tokenCheck(token: string | null) {
  const want = token ? createHash('sha256').update(token).digest() : null;
  return async (req: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    if (!want) throw new WiretraceError('E_AUTH', 'writes are disabled: start the server with WIRETRACE_TOKEN set');
    const m = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!m) throw new WiretraceError('E_AUTH', 'missing bearer token (Authorization: Bearer <token>)');
    const got = createHash('sha256').update(m[1]!).digest();
    if (!timingSafeEqual(got, want)) throw new WiretraceError('E_AUTH', 'wrong bearer token');
  };
}
