import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isWiretraceError } from '../errors.js';
import { engineOf, openStore, resolveDbPath } from './index.js';

test('store: resolveDbPath honours an explicit location, then WIRETRACE_DB, then the default', () => {
  const cases: Array<{ explicit: string | undefined; env: string | undefined; want: string | RegExp }> = [
    { explicit: '/tmp/a.db', env: '/tmp/b.db', want: '/tmp/a.db' },
    { explicit: undefined, env: '/tmp/b.db', want: '/tmp/b.db' },
    { explicit: undefined, env: undefined, want: new RegExp(`${join('data', 'wiretrace.db').replace(/[\\/.]/g, '\\$&')}$`) },
    { explicit: 'rel/x.db', env: undefined, want: new RegExp(`^/.*${join('rel', 'x.db').replace(/[\\/.]/g, '\\$&')}$`) },
    { explicit: ':memory:', env: undefined, want: ':memory:' },
    { explicit: undefined, env: 'postgres://db.test/wire', want: 'postgres://db.test/wire' },
    { explicit: 'postgresql://u@db.test:5433/wire?ssl=true', env: undefined, want: 'postgresql://u@db.test:5433/wire?ssl=true' },
  ];
  for (const c of cases) {
    const env: NodeJS.ProcessEnv = c.env ? { WIRETRACE_DB: c.env } : {};
    const got = resolveDbPath(c.explicit, env);
    if (typeof c.want === 'string') assert.equal(got, c.want, JSON.stringify(c));
    else assert.match(got, c.want, JSON.stringify(c));
  }
});

test('store: the location picks the engine; other schemes are refused with E_STORE_ENGINE', () => {
  const cases: Array<{ location: string; engine?: 'sqlite' | 'postgres' }> = [
    { location: '/var/lib/wiretrace.db', engine: 'sqlite' },
    { location: ':memory:', engine: 'sqlite' },
    { location: 'C:\\data\\w.db', engine: 'sqlite' },
    { location: 'postgres://u:p@db.test/wire', engine: 'postgres' },
    { location: 'POSTGRESQL://db.test/wire', engine: 'postgres' },
    { location: 'mysql://db.test/wire' },
    { location: 'file:///tmp/w.db' },
  ];
  for (const c of cases) {
    if (c.engine) assert.equal(engineOf(c.location), c.engine, c.location);
    else assert.throws(() => engineOf(c.location), (e: unknown) => isWiretraceError(e) && e.code === 'E_STORE_ENGINE', c.location);
  }
});

test('store: a postgres:// location no server answers is E_STORE, without echoing credentials', async () => {
  // port 1 on loopback refuses at once: no server, no wait
  await assert.rejects(openStore('postgres://reader:s3cret@127.0.0.1:1/wire'), (e: unknown) => {
    assert.ok(isWiretraceError(e) && e.code === 'E_STORE', String(e));
    assert.match(e.message, /cannot open store at postgres:\/\/reader:\*\*\*@127\.0\.0\.1:1\/wire/);
    assert.ok(!e.message.includes('s3cret'));
    return true;
  });
});
