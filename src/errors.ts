/**
 * Coded errors. Every failure that reaches a user carries a stable code from this table,
 * so the CLI, the HTTP API and tests can branch on the code rather than on message text.
 */
export const ERROR_CODES = {
  E_PIPELINE_UNMET: 'An annotator requires a layer that no earlier annotator produces',
  E_PIPELINE_DUPLICATE: 'Two annotators produce the same layer',
  E_LAYER_MISSING: 'A layer was read before it was produced',
  E_INPUT_EMPTY: 'The input is empty',
  E_INPUT_BINARY: 'The input looks binary, not text',
  E_INPUT_ENCODING: 'The input is not valid UTF-8 (or its declared charset)',
  E_INPUT_TOO_LARGE: 'The input is larger than the configured limit',
  E_INPUT_NOT_FOUND: 'The input file or directory does not exist',
  E_INPUT_FORMAT: 'The input is not in the expected format',
  E_DATE_INVALID: 'A date could not be parsed',
  E_LANG_UNSUPPORTED: "The report's language has no model for some layers; they were not produced",
  E_NOT_FOUND: 'No such record',
  E_STORE: 'The store failed',
  E_LAYER_STALE: 'A stored layer is rebuilt from the text when read, but the running annotator no longer makes it: annotate the article again',
  E_STORE_ENGINE: 'The store location names an engine this wiretrace cannot open',
  E_NOT_READY: 'The store does not answer, so the server cannot serve requests yet',
  E_QUEUE: 'The work queue is not available (it needs a PostgreSQL store) or refused the job',
  E_AUTH: 'Missing or wrong bearer token',
  E_VALIDATION: 'The request does not match its schema',
  E_RATE_LIMITED: 'Too many requests from this client; wait before retrying',
  E_BUSY: 'The server is annotating as many articles as it queues; retry after the Retry-After seconds',
  E_MEDIA_TYPE: 'The request body has a content type this route does not accept (send application/json)',
  E_HEADERS_TOO_LARGE: 'The request line or headers are larger than the server accepts',
  E_REQUEST_TIMEOUT: 'The client did not send the whole request in time',
  E_HOST: 'The Host header names a host this server does not answer for (DNS rebinding guard)',
  E_FETCH: 'Fetching a URL failed',
  E_FETCH_BLOCKED: 'The URL resolves to an address that is not allowed (SSRF guard)',
  E_FETCH_TOO_LARGE: 'The response body is larger than the limit',
  E_FETCH_CONTENT_TYPE: 'The response has a content type that cannot be ingested',
  E_FETCH_REDIRECTS: 'Too many redirects, or a redirect loop',
  E_FETCH_ROBOTS: 'robots.txt disallows this URL',
  E_FETCH_TLS: "The server's TLS certificate is not trusted or not valid for the host name",
  E_FEED_MALFORMED: 'The feed could not be parsed',
  E_MODEL: 'A model file is missing or corrupt',
  E_EVAL_DATA: 'Benchmark data is missing or not in the expected layout',
  E_USAGE: 'The command was called with wrong arguments',
  E_INTERNAL: 'An unexpected internal error (a bug: please report it)',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class WiretraceError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message?: string, details?: Record<string, unknown>) {
    super(message ?? ERROR_CODES[code]);
    this.name = 'WiretraceError';
    this.code = code;
    this.details = details;
  }
}

export function isWiretraceError(err: unknown): err is WiretraceError {
  return err instanceof WiretraceError;
}
