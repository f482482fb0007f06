import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDrift, topicPolarity } from './drift.js';
import type { QuantityObservation } from './state.js';

const P = 'link/drift:';
const POSTPONE = /\b(?:postpon\w*|put off|delay\w*)\b/i;

test(`${P} a topic is negated by a nearby negation or a governing denial verb, and stated otherwise`, () => {
  const cases: ReadonlyArray<{ text: string; want: boolean | null }> = [
    { text: 'The visit has been postponed because of the outbreak.', want: false },
    { text: 'The visit has not been postponed.', want: true },
    { text: '“There has been no postponement, because no date was ever announced,” she said.', want: true },
    { text: 'The Foreign Ministry on Wednesday denied reports that the planned visit to Mongolia had been postponed.', want: true },
    { text: 'Officials dismissed a website’s claim that the trip had been put off until the autumn.', want: true },
    { text: 'The website reported that the trip had been put off until the autumn.', want: false },
    { text: 'Preparations are continuing according to plan.', want: null },
  ];
  for (const c of cases) assert.equal(topicPolarity(c.text, POSTPONE), c.want, c.text);
});

test(`${P} a quantity drifts from where the earlier figure first appeared, not from a later copy of it; same figures make none`, () => {
  const obs = (article: number, low: number, high: number, text: string): QuantityObservation => ({
    article, day: `2025-03-0${article}`, outlet: `Outlet ${article}`, source: null, text, low, high, unit: 'company',
    evidence: { article, start: 0, end: text.length, text },
  });
  const quantities = [obs(1, 40, 40, 'about 40 companies'), obs(2, 40, 40, 'about 40 companies'), obs(3, 50, 50, 'up to 50 companies')];
  const found = findDrift([], { events: [], claims: [], quantities }, 3).filter((f) => f.kind === 'quantity');
  assert.deepEqual(found.map((f) => [f.a.article, f.b.article]), [[1, 3]], 'from report 1, where 40 first appeared');
  // negative: the same figure again is no drift
  const same = findDrift([], { events: [], claims: [], quantities: [obs(1, 40, 40, 'about 40 companies'), obs(2, 40, 40, 'some 40 companies')] }, 2);
  assert.deepEqual(same.filter((f) => f.kind === 'quantity'), []);
});
