/** A closed store's footprint, whichever engine holds it (compacted first, so dead rows do not count). */
import { engineOf, resolveDbPath } from './index.js';
import type { StoreFootprint } from './footprint.js';
import { compactSchema, postgresFootprint } from './postgres/footprint.js';
import { compactFile, sqliteFootprint } from './sqlite/footprint.js';

export async function measureFootprint(location: string): Promise<StoreFootprint> {
  const where = resolveDbPath(location);
  if (engineOf(where) === 'postgres') {
    await compactSchema(where);
    return postgresFootprint(where);
  }
  compactFile(where);
  return sqliteFootprint(where);
}
