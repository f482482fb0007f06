/**
 * Every HTTP error, ours or fastify's, leaves as {error: {code, message}} with the status its code
 * maps to: one error shape for validation, auth, rate limits, unknown routes and bugs alike. Three
 * doors lead past fastify's error handler, and each gets the same shape here: URLs fastify cannot
 * decode (`frameworkErrors`), requests Node's HTTP parser refuses before fastify sees them
 * (`clientErrorHandler`: 431 oversized headers, 408, malformed requests), and JSON bodies (our parser,
 * so a `__proto__` key is named as such instead of "not valid JSON"). The codes: docs/http.md.
 */
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { ERROR_CODES, WiretraceError, isWiretraceError, type ErrorCode } from '../../errors.js';
import { tooLarge } from '../../service/input.js';
import { ErrorResponse } from '../../service/schemas.js';
import { SECURITY_HEADERS } from './security-headers.js';

/** HTTP status for each coded error; anything unlisted is a 500. */
export const STATUS: Partial<Record<ErrorCode, number>> = {
  E_NOT_FOUND: 404,
  E_AUTH: 401,
  E_VALIDATION: 400,
  E_RATE_LIMITED: 429,
  E_BUSY: 503,
  E_NOT_READY: 503,
  // the article is stored, but its text layers were made by another text annotator: re-annotate it
  E_LAYER_STALE: 409,
  E_MEDIA_TYPE: 415,
  E_HEADERS_TOO_LARGE: 431,
  E_REQUEST_TIMEOUT: 408,
  E_HOST: 421,
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

/** Response schemas for a route's error statuses: the one error shape under each (for the OpenAPI document). */
export function errorResponses<S extends number>(...statuses: S[]): Record<S, typeof ErrorResponse> {
  return Object.fromEntries(statuses.map((s) => [s, ErrorResponse])) as Record<S, typeof ErrorResponse>;
}

export interface ErrorReply {
  readonly status: number;
  readonly code: ErrorCode;
  readonly message: string;
}

/** Fastify's own 4xx codes that have a code of ours other than E_VALIDATION. */
const FASTIFY_CODES: Readonly<Record<string, { code: ErrorCode; message?: string }>> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'E_MEDIA_TYPE', message: 'unsupported content type: send the body as application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'E_VALIDATION', message: 'the Content-Length header does not match the body' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'E_VALIDATION', message: 'the body is empty but content-type is application/json' },
  FST_ERR_BAD_URL: { code: 'E_VALIDATION' },
  FST_ERR_MAX_PARAM_LENGTH: { code: 'E_VALIDATION' },
};

/** `maxInputBytes` words fastify's own body-limit refusal as the input guard words every other too-large input. */
export function describeError(err: FastifyError | Error, maxInputBytes: number): ErrorReply {
  if (isWiretraceError(err)) return { status: STATUS[err.code] ?? 500, code: err.code, message: err.message };
  const fe = err as FastifyError;
  if (fe.validation || fe.code === 'FST_ERR_VALIDATION') return { status: 400, code: 'E_VALIDATION', message: fe.message };
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { status: 413, code: 'E_INPUT_TOO_LARGE', message: tooLarge({ name: 'request body', maxBytes: maxInputBytes }).message };
  }
  const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
  if (known) return { status: STATUS[known.code] ?? 400, code: known.code, message: known.message ?? fe.message };
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return { status: fe.statusCode, code: 'E_VALIDATION', message: fe.message };
  }
  return { status: 500, code: 'E_INTERNAL', message: ERROR_CODES.E_INTERNAL };
}

function replyWith(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply, maxInputBytes: number): FastifyReply {
  const { status, code, message } = describeError(err, maxInputBytes);
  const retryAfter = isWiretraceError(err) ? err.details?.retryAfterSeconds : undefined;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(Math.ceil(retryAfter)));
  // a bug: the client sees only E_INTERNAL, the log (when on) keeps the stack
  if (status >= 500 && code === 'E_INTERNAL') req.log.error({ err }, 'request failed');
  return reply.status(status).send({ error: { code, message } });
}

/** Installs the error and not-found handlers and the JSON parser on the root instance, so every route plugin inherits them. */
export function replyWithCodedErrors(app: FastifyInstance, maxInputBytes: number): void {
  app.setErrorHandler((err: FastifyError | Error, req, reply) => replyWith(err, req, reply, maxInputBytes));
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'E_NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` } }),
  );
  // JSON is the only body any route takes: text/plain and the rest are 415 E_MEDIA_TYPE
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}

/**
 * A JSON body, refusing the keys that pollute prototypes when a handler later merges the object
 * (`__proto__`, and `constructor` holding `prototype`), with a message that names the key.
 */
export function parseJsonBody(body: string): unknown {
  if (body.trim() === '') throw new WiretraceError('E_VALIDATION', 'the body is empty but content-type is application/json');
  try {
    return JSON.parse(body, (key, value: unknown) => {
      if (key === '__proto__') throw new WiretraceError('E_VALIDATION', 'the body has a "__proto__" key, which is not allowed');
      if (key === 'constructor' && typeof value === 'object' && value !== null && Object.hasOwn(value, 'prototype')) {
        throw new WiretraceError('E_VALIDATION', 'the body has a "constructor.prototype" key, which is not allowed');
      }
      return value;
    });
  } catch (err) {
    if (isWiretraceError(err)) throw err;
    throw new WiretraceError('E_VALIDATION', `the body is not valid JSON: ${(err as Error).message}`);
  }
}

/** The fastify constructor options that route its own early refusals through the one error shape. */
export function frameworkErrorOptions(maxInputBytes: number): Pick<FastifyServerOptions, 'frameworkErrors' | 'clientErrorHandler'> {
  return {
    frameworkErrors: (err, req, reply) => {
      void replyWith(err, req, reply, maxInputBytes);
    },
    clientErrorHandler: (err, socket) => writeClientError(err as NodeJS.ErrnoException, socket),
  };
}

/** What Node's HTTP parser refused, before any request object exists. */
export function clientErrorReply(err: NodeJS.ErrnoException): ErrorReply {
  if (err.code === 'HPE_HEADER_OVERFLOW') return { status: 431, code: 'E_HEADERS_TOO_LARGE', message: 'the request line and headers are over the server limit' };
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return { status: 408, code: 'E_REQUEST_TIMEOUT', message: 'the request did not arrive in time' };
  return { status: 400, code: 'E_VALIDATION', message: 'malformed HTTP request' };
}

const REASON: Readonly<Record<number, string>> = { 400: 'Bad Request', 408: 'Request Timeout', 431: 'Request Header Fields Too Large' };

function writeClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const { status, code, message } = clientErrorReply(err);
  const body = JSON.stringify({ error: { code, message } });
  if (socket.writable) {
    const headers = [
      `HTTP/1.1 ${status} ${REASON[status] ?? 'Error'}`,
      'content-type: application/json; charset=utf-8',
      `content-length: ${Buffer.byteLength(body)}`,
      'connection: close',
      ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`),
    ];
    socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
  } else socket.destroy();
}
