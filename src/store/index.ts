/**
 * The store: where articles, their layers and feeds live. `openStore(path)` gives the SQLite
 * implementation; callers depend only on the `Store` interface.
 */
import { resolve } from 'node:path';
import { SqliteStore, type SqliteStoreOptions } from './sqlite.js';
import type { Store } from './types.js';

export type * from './types.js';
export { SqliteStore } from './sqlite.js';
export { toFtsQuery } from './fts-query.js';
export { MIGRATIONS } from './migrations.js';

/** Where the database lives unless --db or WIRETRACE_DB says otherwise. */
export const DEFAULT_DB_PATH = './data/wiretrace.db';

/** Resolves the database path: an explicit path, else $WIRETRACE_DB, else ./data/wiretrace.db. */
export function resolveDbPath(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  const p = explicit || env.WIRETRACE_DB || DEFAULT_DB_PATH;
  return p === ':memory:' ? p : resolve(p);
}

/**
 * Opens (creating when needed, with its directory) the store at `path` and runs pending migrations.
 * `path` defaults as in resolveDbPath; ":memory:" gives a throwaway in-memory store.
 */
export function openStore(path?: string | null, options: SqliteStoreOptions = {}): Store & { readonly db: SqliteStore['db'] } {
  return new SqliteStore(resolveDbPath(path), options);
}
