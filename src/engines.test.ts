/**
 * Every installed package accepts Node 20, the oldest Node the README supports: `npm install` on Node 20
 * prints no EBADENGINE warning. cookie@2 (pulled in by fastify's light-my-request) wants Node 22, so
 * package.json "overrides" pins light-my-request's cookie to 1.1.1, which has the same API for it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

/** The oldest Node 20 release that every dependency of ours supports (jsdom and eslint need 20.19). */
const OLDEST_NODE_20 = '20.19.0';

interface LockEntry {
  readonly engines?: { readonly node?: string } | string[];
  readonly optional?: boolean;
}

test('engines: every package in package-lock.json accepts Node 20', () => {
  const lock = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const refusing: string[] = [];
  let checked = 0;
  for (const [path, entry] of Object.entries(lock.packages)) {
    const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
    if (!path || !range) continue;
    checked++;
    if (!semver.satisfies(OLDEST_NODE_20, range)) refusing.push(`${path} (node ${range})`);
  }
  assert.ok(checked > 50, `read only ${checked} engine ranges: is package-lock.json complete?`);
  assert.deepEqual(refusing, [], 'these packages refuse Node 20: pin or override them');
});

test('engines: the check itself refuses a Node-22-only range and accepts the usual ones', () => {
  const cases: Array<{ range: string; ok: boolean }> = [
    { range: '>=22', ok: false },
    { range: '^22.12.0 || >=24', ok: false },
    { range: '>=20.20', ok: false },
    { range: '>=20', ok: true },
    { range: '^20.19.0 || ^22.13.0 || >=24', ok: true },
    { range: '18 || 20 || >=22', ok: true },
  ];
  for (const c of cases) assert.equal(semver.satisfies(OLDEST_NODE_20, c.range), c.ok, c.range);
});
