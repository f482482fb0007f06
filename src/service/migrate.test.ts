import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dropSchemas, postgresUnavailable, testLocation, testSchema } from '../store/postgres/testing.js';
import { migrateStore } from './migrate.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-migrate-'));
const schemas: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  await dropSchemas(schemas);
});

const unavailable = await postgresUnavailable();
if (unavailable && process.env.CI !== 'true') console.warn(`\n*** SKIPPING migrate on PostgreSQL: ${unavailable} ***\n`);

const engines: Array<{ engine: 'sqlite' | 'postgres'; location: () => string; skip: string | null }> = [
  { engine: 'sqlite', location: () => join(dir, 'fresh.db'), skip: null },
  {
    engine: 'postgres',
    location: () => {
      const schema = testSchema('migrate');
      schemas.push(schema);
      return testLocation(schema);
    },
    skip: process.env.CI === 'true' ? null : unavailable,
  },
];

for (const e of engines) {
  test(`migrate (${e.engine}): a new store runs every migration, a current one runs none`, { skip: e.skip ?? false }, async () => {
    const location = e.location();
    const first = await migrateStore(location);
    assert.equal(first.engine, e.engine);
    assert.ok(first.ran.length > 0 && first.ran.length === first.total, 'every migration ran');
    assert.equal(first.ran[0]?.module, 'core');
    const again = await migrateStore(location);
    assert.deepEqual(again.ran, [], 'nothing left to run');
    assert.equal(again.total, first.total);
  });
}
