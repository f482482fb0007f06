/**
 * The PostgreSQL store passes the store contract, each case in a schema of its own. Needs a server:
 * WIRETRACE_TEST_PG, or the local one on loopback. Without one the suite skips loudly; under CI=true
 * it fails, since CI machines run PostgreSQL.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { runStoreContract } from '../contract/index.js';
import { openStore } from '../index.js';
import { dropSchemas, postgresUnavailable, testLocation, testSchema } from './testing.js';

const unavailable = await postgresUnavailable();
if (unavailable) {
  if (process.env.CI === 'true') {
    test('PostgreSQL store contract', () => assert.fail(`${unavailable} (CI=true: PostgreSQL is required)`));
  } else {
    console.warn(`\n*** SKIPPING the PostgreSQL store contract: ${unavailable} ***\n`);
    test('PostgreSQL store contract', { skip: unavailable }, () => undefined);
  }
} else {
  const schemas: string[] = [];
  after(() => dropSchemas(schemas));
  runStoreContract('postgres', () => {
    const schema = testSchema('contract');
    schemas.push(schema);
    return openStore(testLocation(schema));
  });
}
