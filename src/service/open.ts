/** Opening the configured store, lazily, for commands and servers. */
import { openStore, resolveDbPath } from '../store/index.js';
import type { Store } from '../store/types.js';
import { loadConfig, type WiretraceConfig } from './config.js';

/** --db, else $WIRETRACE_DB, else the config file's "db", else ./data/wiretrace.db (absolute). */
export function resolveStorePath(dbOption?: string | null, config: WiretraceConfig = loadConfig(), env: NodeJS.ProcessEnv = process.env): string {
  return resolveDbPath(dbOption || env.WIRETRACE_DB || config.db || null, {});
}

export interface LazyStore {
  /** Opens the store on first call (creating file, directory and schema as needed). */
  readonly ref: () => Store;
  readonly path: string;
  opened(): boolean;
  close(): void;
}

export function lazyStore(path: string): LazyStore {
  let store: Store | null = null;
  return {
    path,
    ref: () => (store ??= openStore(path)),
    opened: () => store !== null,
    close: () => {
      store?.close();
      store = null;
    },
  };
}
