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
