/** Opening the configured store, lazily, for commands and servers. */
import { existsSync } from 'node:fs';
import { WiretraceError } from '../errors.js';
import { engineOf, openStore, resolveDbPath } from '../store/index.js';
import type { OpenStoreOptions, Store } from '../store/types.js';
import { loadConfig, type WiretraceConfig } from './config.js';

export type { Store };
export { openStore };

/** --db, else $WIRETRACE_DB, else the config file's "db", else ./data/wiretrace.db (absolute). */
export function resolveStorePath(dbOption?: string | null, config: WiretraceConfig = loadConfig(), env: NodeJS.ProcessEnv = process.env): string {
  return resolveDbPath(dbOption || env.WIRETRACE_DB || config.db || null, {});
}

export interface LazyStore {
  /** Opens the store on first call (creating file, directory and schema as needed); later calls share it. */
  readonly ref: () => Promise<Store>;
  readonly path: string;
  opened(): boolean;
  close(): Promise<void>;
}

/** `options.modules`: tables of other modules (e.g. the link layer's) to migrate on open. */
export function lazyStore(path: string, options: OpenStoreOptions = {}): LazyStore {
  let store: Promise<Store> | null = null;
  return {
    path,
    ref: () => (store ??= openStore(path, options)),
    opened: () => store !== null,
    close: async () => {
      const opening = store;
      store = null;
      // A store that failed to open has nothing to close; its error went to whoever asked for it.
      const s = await opening?.catch(() => null);
      await s?.close();
    },
  };
}

/**
 * The store path for commands that only read or change what is already stored: a missing SQLite file is
 * E_NOT_FOUND (saying what to run first), never a new empty file.
 */
export function existingStorePath(dbOption: string | null | undefined, firstStep: string, config: WiretraceConfig = loadConfig()): string {
  const path = resolveStorePath(dbOption, config);
  // a database URL (PostgreSQL) is checked by opening it: the server says whether it is there
  if (path !== ':memory:' && engineOf(path) === 'sqlite' && !existsSync(path)) {
    throw new WiretraceError('E_NOT_FOUND', `no database at ${path} (${firstStep} first, or pass --db)`);
  }
  return path;
}

/** Opens the store at `path`, runs `use`, and closes the store whatever happens. */
export async function withStore<T>(path: string, use: (store: Store) => T | Promise<T>): Promise<T> {
  const store = lazyStore(path);
  try {
    return await use(await store.ref());
  } finally {
    await store.close();
  }
}
