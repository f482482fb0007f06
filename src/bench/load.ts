/** Building blocks of the load benchmarks: reading an autocannon result into a row, and engines to run on. */
import type { BenchResult } from './types.js';

/** The parts of an autocannon result a row needs. */
export interface LoadRun {
  readonly requests: { readonly average: number };
  readonly latency: { readonly p99: number };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
}

export interface LoadRow {
  readonly rps: number;
  readonly p99Ms: number;
  /** Connection errors, timeouts and answers other than 2xx: the benchmark's goal is zero. */
  readonly errors: number;
}

export function loadRow(run: LoadRun): LoadRow {
  return { rps: run.requests.average, p99Ms: run.latency.p99, errors: run.errors + run.timeouts + run.non2xx };
}

/** Two result rows (req/s and p99) for one route on one engine; a run with errors says so in its note. */
export function loadResults(suite: string, engine: string, route: string, row: LoadRow, note: string): BenchResult[] {
  const errors = row.errors === 0 ? 'zero errors' : `${row.errors} ERRORS`;
  return [
    { suite, name: `${engine} ${route}`, value: row.rps, unit: 'req/s', note: `${errors}; ${note}` },
    { suite, name: `${engine} ${route} p99`, value: row.p99Ms, unit: 'ms' },
  ];
}

/** The PostgreSQL server benchmarks use: $WIRETRACE_BENCH_PG, else the local one. */
export const BENCH_PG_URL = process.env.WIRETRACE_BENCH_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A store location in its own schema on the benchmark server. */
export function benchPgLocation(schema: string, url = BENCH_PG_URL): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bench: schema name "${schema}" is not a plain identifier`);
  const u = new URL(url);
  u.searchParams.set('schema', schema);
  return u.toString();
}
