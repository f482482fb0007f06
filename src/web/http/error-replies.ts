/**
 * Every HTTP error, ours or fastify's, leaves as {error: {code, message}} with the status its code
 * maps to: one error shape for validation, auth, rate limits, unknown routes and bugs alike.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { ERROR_CODES, isWiretraceError, type ErrorCode } from '../../errors.js';
import { tooLarge } from '../../service/input.js';
import { ErrorResponse } from '../../service/schemas.js';

/** HTTP status for each coded error; anything unlisted is a 500. */
const STATUS: Partial<Record<ErrorCode, number>> = {
  E_NOT_FOUND: 404,
  E_AUTH: 401,
  E_VALIDATION: 400,
  E_RATE_LIMITED: 429,
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

/** `maxInputBytes` words fastify's own body-limit refusal as the input guard words every other too-large input. */
export function describeError(err: FastifyError | Error, maxInputBytes: number): ErrorReply {
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

/** Installs the error and not-found handlers on the root instance, so every route plugin inherits them. */
export function replyWithCodedErrors(app: FastifyInstance, maxInputBytes: number): void {
  app.setErrorHandler((err: FastifyError | Error, req, reply) => {
    const { status, code, message } = describeError(err, maxInputBytes);
    // a bug: the client sees only E_INTERNAL, the log (when on) keeps the stack
    if (status >= 500) req.log.error({ err }, 'request failed');
    return reply.status(status).send({ error: { code, message } });
  });
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ error: { code: 'E_NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` } }),
  );
}
