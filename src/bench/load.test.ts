import { test } from 'node:test';
import assert from 'node:assert/strict';
import { benchPgLocation, loadResults, loadRow } from './load.js';

test('bench load: a row counts every kind of failure as an error', () => {
  const cases: Array<{ name: string; errors: number; timeouts: number; non2xx: number; want: number }> = [
    { name: 'clean', errors: 0, timeouts: 0, non2xx: 0, want: 0 },
    { name: 'connection errors', errors: 3, timeouts: 0, non2xx: 0, want: 3 },
    { name: 'timeouts', errors: 0, timeouts: 2, non2xx: 0, want: 2 },
    { name: '5xx answers', errors: 0, timeouts: 0, non2xx: 7, want: 7 },
    { name: 'all at once', errors: 1, timeouts: 1, non2xx: 1, want: 3 },
  ];
  for (const c of cases) {
    const row = loadRow({ requests: { average: 1234.5 }, latency: { p99: 12 }, errors: c.errors, timeouts: c.timeouts, non2xx: c.non2xx });
    assert.deepEqual(row, { rps: 1234.5, p99Ms: 12, errors: c.want }, c.name);
    const [rps, p99] = loadResults('http', 'sqlite', 'GET /x', row, 'n');
    assert.equal(rps?.value, 1234.5);
    assert.equal(p99?.unit, 'ms');
    assert.match(rps?.note ?? '', c.want === 0 ? /^zero errors/ : new RegExp(`^${c.want} ERRORS`), c.name);
  }
});

test('bench load: PostgreSQL locations name a schema, and only a plain one', () => {
  assert.equal(benchPgLocation('wt_bench_1', 'postgres://u@h:5432/db'), 'postgres://u@h:5432/db?schema=wt_bench_1');
  for (const bad of ['x;DROP', 'A', '1abc', '', 'a-b']) assert.throws(() => benchPgLocation(bad, 'postgres://u@h/db'), /plain identifier/, bad);
});
