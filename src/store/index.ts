/**
 * The store: where articles, their layers, feeds and near-duplicate buckets live. `openStore(location)`
 * picks the engine from the location; callers depend only on the `Store` interface (./types.ts).
 */
import { resolve } from 'node:path';
import { WiretraceError } from '../errors.js';
import { PostgresStore } from './postgres/store.js';
import { SqliteStore } from './sqlite/store.js';
import type { OpenStoreOptions, Store, StoreEngine } from './types.js';

export type * from './types.js';

/** Where the database lives unless --db or WIRETRACE_DB says otherwise. */
export const DEFAULT_DB_PATH = './data/wiretrace.db';

const URL_SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const POSTGRES_SCHEMES = new Set(['postgres', 'postgresql']);

/**
 * Resolves the store location: an explicit one, else $WIRETRACE_DB, else ./data/wiretrace.db. File
 * paths become absolute; ":memory:" and database URLs are kept as given.
 */
export function resolveDbPath(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const p = explicit || env.WIRETRACE_DB || DEFAULT_DB_PATH;
  return p === ':memory:' || URL_SCHEME.test(p) ? p : resolve(p);
}

/** The engine a location names: a file path or ":memory:" is SQLite, a postgres:// URL PostgreSQL. */
export function engineOf(location: string): StoreEngine {
  const scheme = URL_SCHEME.exec(location)?.[1]?.toLowerCase();
  if (scheme === undefined) return 'sqlite';
  if (POSTGRES_SCHEMES.has(scheme)) return 'postgres';
  throw new WiretraceError('E_STORE_ENGINE', `no store engine for ${scheme}:// locations (use a file path, ":memory:" or postgres://…)`);
}

/**
 * Opens (creating when needed, with its directory) the store at `location` and applies pending
 * migrations, the store's own and then each module's. `location` defaults as in resolveDbPath;
 * ":memory:" gives a throwaway in-memory store.
 */
export async function openStore(location?: string | null, options: OpenStoreOptions = {}): Promise<Store> {
  const where = resolveDbPath(location);
  const engine = engineOf(where);
  if (engine === 'postgres') return PostgresStore.open(where, options.modules ?? []);
  return SqliteStore.open(where, options.modules ?? []);
}
