/**
 * Structured request logs with fastify's own logger (pino): one JSON line per request with method, url,
 * status and ms, instead of fastify's two ("incoming request", "request completed"). The Authorization
 * header is redacted wherever it would appear, so a bearer token never reaches a log.
 */
import { LogController, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { LogLevel } from '../../service/config.js';

export interface RequestLogOptions {
  readonly level: LogLevel;
  /** Where the JSON lines go; default stderr (stdout is for the command's own output). */
  readonly stream?: { write(line: string): unknown };
}

/** Paths pino blanks out: the header itself, as a request or an error would carry it. */
export const REDACTED_PATHS = ['req.headers.authorization', 'headers.authorization', 'err.headers.authorization', 'request.headers.authorization'];

/** fastify's logger settings for these options; null: no logger at all (tests stay quiet). */
export function loggerSettings(log: RequestLogOptions | null | undefined): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  if (!log) return { logger: false };
  return {
    logger: { level: log.level, stream: log.stream ?? process.stderr, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    // fastify's own two lines per request are off: logEachRequest writes the one line
    logController: new LogController({ disableRequestLogging: true }),
  };
}

export function logEachRequest(app: FastifyInstance): void {
  app.addHook('onResponse', async (req, reply) => {
    req.log.info({ method: req.method, url: req.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime * 100) / 100 }, 'request');
  });
}
