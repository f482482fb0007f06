import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HostScheduler, type SchedulerClock } from './scheduler.js';

/**
 * A virtual clock: sleeps wait until `run` advances time to them, so the test sees exact start times
 * and never depends on how busy the machine is.
 */
class FakeClock implements SchedulerClock {
  private t = 0;
  private readonly timers: Array<{ at: number; seq: number; wake: () => void }> = [];
  private seq = 0;

  now(): number {
    return this.t;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.timers.push({ at: this.t + Math.max(0, ms), seq: this.seq++, wake }));
  }

  /** Runs `work` to completion, advancing time to each pending timer whenever nothing else can run. */
  async run<T>(work: Promise<T>): Promise<T> {
    let done = false;
    const result = work.finally(() => {
      done = true;
    });
    result.catch(() => undefined); // the caller sees the rejection from the returned promise
    while (!done) {
      await new Promise((r) => setImmediate(r)); // let every ready promise settle first
      if (done) break;
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.timers.shift();
      if (!next) throw new Error('deadlock: work is pending but no timer is set');
      this.t = Math.max(this.t, next.at);
      next.wake();
    }
    return result;
  }
}

/** Runs `count` tasks of `workMs` virtual milliseconds each on the given hosts; records each start. */
async function runTasks(s: HostScheduler, clock: FakeClock, hosts: readonly string[], workMs: number) {
  let active = 0;
  let peak = 0;
  const starts: Array<{ host: string; at: number }> = [];
  await clock.run(
    Promise.all(
      hosts.map((host) =>
        s.run(host, async () => {
          starts.push({ host, at: clock.now() });
          active++;
          peak = Math.max(peak, active);
          await clock.sleep(workMs);
          active--;
        }),
      ),
    ),
  );
  return { starts, peak };
}

test('scheduler: concurrency per host and spacing of starts, on a fake clock', async () => {
  const cases: Array<{ name: string; maxPerHost: number; delayMs: number; workMs: number; hosts: string[]; peak: number; starts: number[] }> = [
    // 2 in flight, starts 40 ms apart: the third start waits for the slot (40+30 < 80 so spacing rules)
    { name: 'spacing', maxPerHost: 2, delayMs: 40, workMs: 30, hosts: ['a', 'a', 'a', 'a', 'a'], peak: 1, starts: [0, 40, 80, 120, 160] },
    // long tasks: the slot, not the spacing, holds back the third start
    { name: 'slots', maxPerHost: 2, delayMs: 10, workMs: 100, hosts: ['a', 'a', 'a', 'a'], peak: 2, starts: [0, 10, 100, 110] },
    { name: 'one at a time', maxPerHost: 1, delayMs: 0, workMs: 50, hosts: ['a', 'a', 'a'], peak: 1, starts: [0, 50, 100] },
    // negative: different hosts never wait for each other
    { name: 'hosts apart', maxPerHost: 1, delayMs: 200, workMs: 5, hosts: ['a', 'b', 'c'], peak: 3, starts: [0, 0, 0] },
  ];
  for (const c of cases) {
    const clock = new FakeClock();
    const s = new HostScheduler({ maxPerHost: c.maxPerHost, delayMs: c.delayMs, clock });
    const r = await runTasks(s, clock, c.hosts, c.workMs);
    assert.equal(r.peak, c.peak, `${c.name}: peak`);
    assert.deepEqual(r.starts.map((x) => x.at).sort((a, b) => a - b), c.starts, c.name);
  }
});

test('scheduler: crawl-delay lengthens spacing (clamped), and a failing task frees its slot', async () => {
  const cases: Array<{ name: string; crawlDelayS: number | null; maxCrawlDelayMs?: number; wantSecondAt: number }> = [
    { name: 'crawl delay', crawlDelayS: 0.1, wantSecondAt: 100 },
    { name: 'clamped', crawlDelayS: 3600, maxCrawlDelayMs: 500, wantSecondAt: 500 },
    { name: 'cleared', crawlDelayS: null, wantSecondAt: 20 },
  ];
  for (const c of cases) {
    const clock = new FakeClock();
    const s = new HostScheduler({ maxPerHost: 1, delayMs: 20, clock, ...(c.maxCrawlDelayMs ? { maxCrawlDelayMs: c.maxCrawlDelayMs } : {}) });
    s.setCrawlDelay('slow.test', c.crawlDelayS);
    await assert.rejects(clock.run(s.run('slow.test', async () => { throw new Error('boom'); })), /boom/);
    let at = -1;
    await clock.run(s.run('slow.test', async () => void (at = clock.now())));
    assert.equal(at, c.wantSecondAt, c.name);
  }
});
