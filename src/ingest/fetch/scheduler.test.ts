import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostScheduler } from './scheduler.js';

test('scheduler: limits concurrency per host and spaces starts', async () => {
  const s = new HostScheduler({ maxPerHost: 2, delayMs: 40 });
  let active = 0;
  let peak = 0;
  const starts: number[] = [];
  const task = async (): Promise<void> => {
    starts.push(Date.now());
    active++;
    peak = Math.max(peak, active);
    await new Promise((r) => setTimeout(r, 30));
    active--;
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: 5 }, () => s.run('a.test', task)));
  assert.ok(peak <= 2, `scheduler: peak ${peak}`);
  const sorted = starts.map((t) => t - t0).sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i]! - sorted[i - 1]! >= 35, `scheduler: starts ${sorted.join(',')}`);
});

test('scheduler: different hosts do not wait for each other', async () => {
  const s = new HostScheduler({ maxPerHost: 1, delayMs: 200 });
  const t0 = Date.now();
  await Promise.all(['a.test', 'b.test', 'c.test'].map((h) => s.run(h, async () => undefined)));
  assert.ok(Date.now() - t0 < 150);
});

test('scheduler: crawl-delay lengthens spacing and a failing task frees its slot', async () => {
  const s = new HostScheduler({ maxPerHost: 1, delayMs: 0 });
  s.setCrawlDelay('slow.test', 0.1);
  await assert.rejects(s.run('slow.test', async () => { throw new Error('boom'); }));
  const t0 = Date.now();
  await s.run('slow.test', async () => undefined);
  assert.ok(Date.now() - t0 >= 80, 'scheduler: second start waited for crawl-delay');
});
