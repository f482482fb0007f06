import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nearbyPreparation } from './preparations.js';

const P = 'link/preparations:';
const ownOf = (stem: string) => (word: string) => word.toLowerCase().startsWith(stem);

test(`${P} preparations stated beside a plan, in a sentence of their own`, () => {
  const cases: ReadonlyArray<{ sentences: string[]; at: number[]; stem: string; want: string | null; why: string }> = [
    { sentences: ['Preparations are continuing as planned.', 'The president intends to make this visit.'], at: [1], stem: 'visi', want: 'preparations are', why: 'no object: the plan beside it' },
    { sentences: ['Officials say they are preparing the legal text for signature.', 'The lawyers are on the last pages.', 'Then the ministers will sign.'], at: [2], stem: 'sign', want: 'preparing the', why: 'two sentences before, its object the event' },
    { sentences: ['The president will visit in May.', 'Preparations for the summit are under way.'], at: [0], stem: 'visi', want: null, why: 'negative: preparations for another happening' },
    { sentences: ['No preparations have been made.', 'He will visit in May.'], at: [1], stem: 'visi', want: null, why: 'negative: negated before the words' },
    { sentences: ['Preparations are continuing.', 'A.', 'B.', 'He will visit in May.'], at: [3], stem: 'visi', want: null, why: 'negative: too far from the mention' },
    { sentences: ['He will visit in May.'], at: [0], stem: 'visi', want: null, why: 'negative: no preparation at all' },
  ];
  for (const c of cases) assert.equal(nearbyPreparation(c.sentences, c.at, ownOf(c.stem)), c.want, c.why);
});
