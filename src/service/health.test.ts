import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/index.js';
import type { AppliedMigration, Store } from '../store/types.js';
import { liveness, readiness } from './health.js';

/** A fake clock: timers fire only when the test says so. */
function fakeClock() {
  const timers = new Map<number, () => void>();
  let next = 1;
  return {
    setTimer: (fn: () => void) => (timers.set(next, fn), next++),
    clearTimer: (h: unknown) => void timers.delete(h as number),
    fireAll: () => [...timers.values()].forEach((fn) => fn()),
    pending: () => timers.size,
  };
}

/** A store whose migrations() is replaced: the only call readiness makes. */
function storeAnswering(migrations: () => Promise<readonly AppliedMigration[]>): Store {
  return { engine: 'postgres', migrations } as unknown as Store;
}

test('health: liveness asks nothing', () => {
  assert.deepEqual(liveness(), { status: 'ok' });
});

test('health: readiness is ready only when the store answers with a schema', async () => {
  const open = await openStore(':memory:');
  const ready = await readiness(open);
  assert.equal(ready.status, 'ready');
  assert.equal(ready.engine, 'sqlite');
  assert.ok(ready.migrations >= 1);
  await open.close();

  const cases: Array<{ name: string; store: Store; message: RegExp }> = [
    { name: 'closed store', store: open, message: /does not answer/ },
    { name: 'store that throws', store: storeAnswering(() => Promise.reject(new Error('connection refused'))), message: /connection refused/ },
    { name: 'store with no schema', store: storeAnswering(() => Promise.resolve([])), message: /no schema/ },
  ];
  for (const c of cases) {
    await assert.rejects(readiness(c.store), (e: Error & { code?: string }) => e.code === 'E_NOT_READY' && c.message.test(e.message), c.name);
  }
});

test('health: a store that never answers fails readiness at the deadline, and the timer is cleared on success', async () => {
  const clock = fakeClock();
  const hanging = readiness(storeAnswering(() => new Promise(() => undefined)), { deadlineMs: 50, ...clock });
  assert.equal(clock.pending(), 1);
  clock.fireAll();
  await assert.rejects(hanging, (e: Error & { code?: string }) => e.code === 'E_NOT_READY' && /within 50 ms/.test(e.message));

  const quick = fakeClock();
  const m: AppliedMigration = { module: 'core', id: 1, name: 'init', appliedAt: '2026-01-01T00:00:00.000Z' };
  assert.deepEqual(await readiness(storeAnswering(() => Promise.resolve([m])), quick), { status: 'ready', engine: 'postgres', migrations: 1 });
  assert.equal(quick.pending(), 0, 'no timer left behind');
});
