/**
 * PostgreSQL for tests: the server named by WIRETRACE_TEST_PG (default: the local one on loopback),
 * a fresh schema per store, and a loud skip when no server answers (a failure under CI=true, where
 * the machine has one).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import pg from 'pg';

export const TEST_PG_URL = process.env.WIRETRACE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Why PostgreSQL cannot be used here, or null when it answers. */
export async function postgresUnavailable(url = TEST_PG_URL): Promise<string | null> {
  // generous: under CI=true an answer that is merely slow on a loaded machine must not read as no server
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 20_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return `PostgreSQL at ${url} is not reachable (${(err as Error).message})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other test run uses. */
export function testSchema(label: string): string {
  return `wt_test_${process.pid}_${label}_${Math.random().toString(36).slice(2, 8)}`.toLowerCase().replace(/[^a-z0-9_]/g, '_');
}

/** The store location for a schema on the test server. */
export function testLocation(schema: string, url = TEST_PG_URL): string {
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}

export async function dropSchemas(schemas: readonly string[], url = TEST_PG_URL): Promise<void> {
  if (!schemas.length) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Registers the tests `register` defines when PostgreSQL answers (`unavailable` is null). Otherwise one test
 * named `name` stands for them: skipped with a loud message, or failing under CI=true, where the machine
 * runs PostgreSQL.
 */
export function withPostgres(unavailable: string | null, name: string, register: () => void): void {
  if (!unavailable) {
    register();
    return;
  }
  if (process.env.CI === 'true') {
    test(name, () => assert.fail(`${unavailable} (CI=true: PostgreSQL is required)`));
    return;
  }
  console.warn(`\n*** SKIPPING ${name}: ${unavailable} ***\n`);
  test(name, { skip: unavailable }, () => undefined);
}
