/**
 * Retry timing: exponential backoff with jitter, and Retry-After (seconds or an HTTP date) when a
 * server sends one. Which failures are retried is decided in fetcher.ts.
 */

export interface BackoffOptions {
  readonly baseMs: number;
  readonly maxMs: number;
  /** Source of randomness in [0, 1); injected by tests. */
  readonly random?: () => number;
}

/** Statuses that mean "try again later" rather than "this will never work". */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * "Equal jitter": half the exponential step is fixed, half random, so retries from many clients
 * spread out but each still waits at least half the step.
 */
export function backoffDelay(attempt: number, opts: BackoffOptions): number {
  const step = Math.min(opts.maxMs, opts.baseMs * 2 ** attempt);
  const random = opts.random ?? Math.random;
  return Math.round(step / 2 + random() * (step / 2));
}

/** Milliseconds a Retry-After header asks for, or null when absent or unreadable. */
export function parseRetryAfter(header: string | undefined, now: number = Date.now()): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason ?? new Error('aborted'));
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(t);
      reject(signal!.reason ?? new Error('aborted'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
