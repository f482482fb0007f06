/**
 * Liveness and readiness for load balancers and orchestrators: `/healthz` says the process answers,
 * `/readyz` says the store answers too. A store that hangs (a PostgreSQL server gone quiet) must not
 * hang the probe, so readiness has a deadline and the probe reports E_NOT_READY when it passes.
 */
import { WiretraceError } from '../errors.js';
import type { Store } from '../store/types.js';
import type { Liveness, Readiness } from './schemas.js';

/** How long the store has to answer a readiness probe; probes usually time out after 1–5 s themselves. */
export const READY_DEADLINE_MS = 2000;

export function liveness(): Liveness {
  return { status: 'ok' };
}

export interface ReadinessOptions {
  readonly deadlineMs?: number;
  /** Timer functions (a fake clock in tests). */
  readonly setTimer?: (fn: () => void, ms: number) => unknown;
  readonly clearTimer?: (handle: unknown) => void;
}

/** Asks the store for its applied migrations: a query every engine answers cheaply. E_NOT_READY otherwise. */
export async function readiness(store: Store, opts: ReadinessOptions = {}): Promise<Readiness> {
  const deadline = opts.deadlineMs ?? READY_DEADLINE_MS;
  const setTimer = opts.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  const clearTimer = opts.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout));
  let timer: unknown = null;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimer(() => reject(new WiretraceError('E_NOT_READY', `the ${store.engine} store did not answer within ${deadline} ms`)), deadline);
  });
  try {
    const applied = await Promise.race([store.migrations(), timedOut]);
    if (applied.length === 0) throw new WiretraceError('E_NOT_READY', `the ${store.engine} store has no schema (run \`wiretrace migrate\`)`);
    return { status: 'ready', engine: store.engine, migrations: applied.length };
  } catch (err) {
    if (err instanceof WiretraceError && err.code === 'E_NOT_READY') throw err;
    throw new WiretraceError('E_NOT_READY', `the ${store.engine} store does not answer: ${(err as Error).message}`);
  } finally {
    clearTimer(timer);
  }
}
