import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backoffDelay, parseRetryAfter } from './retry.js';

test('retry: backoff doubles, stays within [step/2, step] and under the cap', () => {
  const at = (attempt: number, r: number): number => backoffDelay(attempt, { baseMs: 100, maxMs: 1000, random: () => r });
  assert.equal(at(0, 0), 50);
  assert.equal(at(0, 0.999), 100);
  assert.equal(at(2, 0), 200);
  assert.equal(at(10, 0.999), 1000);
});

test('retry: Retry-After in seconds or as an HTTP date', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  assert.equal(parseRetryAfter('3', now), 3000);
  assert.equal(parseRetryAfter('Wed, 01 May 2024 12:00:10 GMT', now), 10_000);
  assert.equal(parseRetryAfter('Wed, 01 May 2024 11:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter(undefined, now), null);
  assert.equal(parseRetryAfter('soon', now), null);
});
