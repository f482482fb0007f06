import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topicPolarity } from './drift.js';

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
