/**
 * The PostgreSQL store passes the store contract, each case in a schema of its own. Needs a server:
 * WIRETRACE_TEST_PG, or the local one on loopback. Without one the suite skips loudly; under CI=true
 * it fails, since CI machines run PostgreSQL.
 */
import { after } from 'node:test';
import { runStoreContract } from '../contract/index.js';
import { openStore } from '../index.js';
import { dropSchemas, postgresUnavailable, testLocation, testSchema, withPostgres } from './testing.js';

const unavailable = await postgresUnavailable();
const schemas: string[] = [];
after(() => (unavailable ? undefined : dropSchemas(schemas)));
withPostgres(unavailable, 'the PostgreSQL store contract', () =>
  runStoreContract('postgres', () => {
    const schema = testSchema('contract');
    schemas.push(schema);
    return openStore(testLocation(schema));
  }),
);
