import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the shared benchmark data lives: $WIRETRACE_DATA, else ../shared/data beside the repo. */
export function sharedDataRoot(): string {
  return resolve(process.env.WIRETRACE_DATA ?? resolve(process.cwd(), '..', 'shared', 'data'));
}

/**
 * For tests that need benchmark data: returns the path, or null after a loud warning when absent.
 * Under CI=true a missing data set is a failure, not a skip.
 */
export function requireData(rel: string): string | null {
  const p = resolve(sharedDataRoot(), rel);
  if (existsSync(p)) return p;
  const msg = `benchmark data not found at ${p} (set WIRETRACE_DATA or put ../shared/data beside the repo)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${msg}`);
  console.warn(`\n*** SKIPPING: ${msg} ***\n`);
  return null;
}

/** Where the shared fixtures live (the seed article): $WIRETRACE_FIXTURES, else ../shared/fixtures beside the repo. */
export function sharedFixturesRoot(): string {
  return resolve(process.env.WIRETRACE_FIXTURES ?? resolve(process.cwd(), '..', 'shared', 'fixtures'));
}

/**
 * For tests that need a shared fixture (the seed article lives outside the repo): its path, or null
 * after a loud warning and a skip of the calling test when absent. Under CI=true a missing fixture fails.
 */
export function requireFixture(rel: string, t?: { skip(message: string): void }): string | null {
  const p = resolve(sharedFixturesRoot(), rel);
  if (existsSync(p)) return p;
  const msg = `shared fixture not found at ${p} (set WIRETRACE_FIXTURES or put ../shared/fixtures beside the repo)`;
  if (process.env.CI === 'true') throw new Error(`CI=true and ${msg}`);
  console.warn(`\n*** SKIPPING: ${msg} ***\n`);
  t?.skip(msg);
  return null;
}

/** The seed article's path (src/eval/data-path.ts requireFixture): null, skipped loudly, when absent. */
export function requireSeed(t?: { skip(message: string): void }): string | null {
  return requireFixture('seed/article.txt', t);
}
