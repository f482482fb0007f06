/** `wiretrace migrate`: opens the store (which applies pending migrations) and says which ran. */
import type { AppliedMigration, StoreEngine } from '../store/types.js';
import { withStore } from './open.js';

export interface MigrateReport {
  readonly engine: StoreEngine;
  readonly location: string;
  /** Migrations applied by this run, in order; empty when the schema was current. */
  readonly ran: readonly AppliedMigration[];
  /** Every migration the store now has. */
  readonly total: number;
}

export async function migrateStore(location: string): Promise<MigrateReport> {
  return withStore(location, async (store) => ({
    engine: store.engine,
    location: store.location,
    ran: store.migratedOnOpen,
    total: (await store.migrations()).length,
  }));
}
