/** Checks every engine makes of the migration lists it is given (one wording for both engines). */
import { WiretraceError } from '../errors.js';

interface NamedMigrations {
  readonly name: string;
  readonly migrations: readonly { readonly id: number }[];
}

/** Module names are set and unique; migration ids increase within a module. */
export function checkModules(modules: readonly NamedMigrations[]): void {
  const names = new Set<string>();
  for (const mod of modules) {
    if (!mod.name.trim()) throw new WiretraceError('E_STORE', 'a store module needs a name');
    if (names.has(mod.name)) throw new WiretraceError('E_STORE', `store module "${mod.name}" is given twice`);
    names.add(mod.name);
    const ms = mod.migrations;
    for (let i = 1; i < ms.length; i++) {
      if (ms[i]!.id <= ms[i - 1]!.id) {
        throw new WiretraceError('E_STORE', `migration ids must increase: ${mod.name} ${ms[i]!.id} follows ${ms[i - 1]!.id}`);
      }
    }
  }
}

/** E_STORE when a database holds a migration of `mod` newer than this build knows (a newer wiretrace migrated it). */
export function refuseNewerMigration(mod: NamedMigrations, applied: number | null): void {
  const newest = mod.migrations.length ? mod.migrations[mod.migrations.length - 1]!.id : 0;
  if (applied !== null && applied > newest) {
    throw new WiretraceError('E_STORE', `the database has ${mod.name} schema migration ${applied}, newer than this wiretrace knows (${newest}); upgrade wiretrace`);
  }
}
