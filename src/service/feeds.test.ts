import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WiretraceError } from '../errors.js';
import { parseInterval, runPollLoop, type PollReport } from './feeds.js';

const EMPTY: PollReport = { feeds: [], newItems: 0, ingested: 0, failed: 0 };

test('feeds: intervals', () => {
  const table: ReadonlyArray<{ text: string; ms: number }> = [
    { text: '15m', ms: 900_000 },
    { text: '1h', ms: 3_600_000 },
    { text: '90s', ms: 90_000 },
    { text: '2h30m', ms: 9_000_000 },
    { text: '120', ms: 120_000 },
    { text: ' 1H ', ms: 3_600_000 },
  ];
  for (const c of table) assert.equal(parseInterval(c.text), c.ms, `feeds: ${c.text}`);
  for (const bad of ['soon', '5s', '59', '10x', '', '1m banana', '-5m']) {
    assert.throws(() => parseInterval(bad), (e: unknown) => e instanceof WiretraceError && e.code === 'E_USAGE', `feeds: ${JSON.stringify(bad)}`);
  }
});

test('feeds: the poll loop waits the interval between polls and stops when told, on a fake clock', async () => {
  const ac = new AbortController();
  const waits: number[] = [];
  let polls = 0;
  await runPollLoop({
    intervalMs: 900_000,
    signal: ac.signal,
    poll: async () => (++polls, EMPTY),
    onReport: () => undefined,
    sleep: async (ms) => {
      waits.push(ms);
      if (waits.length === 3) ac.abort(); // Ctrl-C during the third wait
    },
  });
  assert.deepEqual({ polls, waits }, { polls: 3, waits: [900_000, 900_000, 900_000] });
});

test('feeds: without an interval the loop polls once and never waits', async () => {
  let polls = 0;
  const reports: PollReport[] = [];
  await runPollLoop({
    intervalMs: null,
    signal: new AbortController().signal,
    poll: async () => (++polls, EMPTY),
    onReport: (r) => void reports.push(r),
    sleep: async () => assert.fail('a single poll does not wait'),
  });
  assert.deepEqual({ polls, reports }, { polls: 1, reports: [EMPTY] });
});

test('feeds: an interrupt reaches the poll in progress, which stops between items', async () => {
  const ac = new AbortController();
  const seen: boolean[] = [];
  await runPollLoop({
    intervalMs: 60_000,
    signal: ac.signal,
    poll: async (signal) => {
      ac.abort();
      seen.push(signal.aborted);
      return EMPTY;
    },
    onReport: () => undefined,
    sleep: async () => assert.fail('no wait after an interrupt'),
  });
  assert.deepEqual(seen, [true]);
});
