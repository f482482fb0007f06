import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHANGE_PARTICIPLES, changeWords, PLAN_CHANGE_WORDS, POSTPONEMENT, wordsGroup, type PlanChange } from './plan-change.js';

const P = 'util/plan-change:';

/** Every form of the list, written out: [words, change, participle]. */
const EVERY_FORM: ReadonlyArray<readonly [string, PlanChange, boolean]> = [
  ['postponed', 'postponed', true],
  ['put off', 'postponed', true],
  ['put back', 'postponed', true],
  ['pushed back', 'postponed', true],
  ['moved back', 'postponed', true],
  ['delayed', 'postponed', true],
  ['deferred', 'postponed', true],
  ['rescheduled', 'postponed', true],
  ['scrubbed', 'postponed', true],
  ['postpone', 'postponed', false],
  ['postpones', 'postponed', false],
  ['postponement', 'postponed', false],
  ['scrub', 'postponed', false],
  ['scrubs', 'postponed', false],
  ['cancelled', 'cancelled', true],
  ['canceled', 'cancelled', true],
  ['called off', 'cancelled', true],
  ['scrapped', 'cancelled', true],
  ['suspended', 'cancelled', true],
  ['shelved', 'cancelled', true],
  ['cancel', 'cancelled', false],
  ['cancels', 'cancelled', false],
  ['cancelling', 'cancelled', false],
];

test(`${P} the list holds every form, each with its change and part`, () => {
  assert.deepEqual(
    PLAN_CHANGE_WORDS.map((w) => [w.words, w.change, w.participle]),
    EVERY_FORM.map((r) => [...r]),
  );
  assert.deepEqual(CHANGE_PARTICIPLES, EVERY_FORM.filter(([, , participle]) => participle).map(([words]) => words));
});

test(`${P} the postponement pattern matches every postponement form in a sentence, and no calling-off`, () => {
  for (const [words, change] of EVERY_FORM) {
    const sentence = `The visit was ${words} on Monday.`;
    assert.equal(POSTPONEMENT.test(sentence), change === 'postponed', sentence);
  }
  // other words that only look like a postponement
  const negatives = [
    'Flights ran despite delays at the border.',
    'The minister made a put offer on the shares.',
    'The fire burned through the scrubland.',
    'The crowd pushed backward into the square.',
  ];
  for (const sentence of negatives) assert.equal(POSTPONEMENT.test(sentence), false, sentence);
  assert.equal(POSTPONEMENT.test('The launch was put\noff again.'), true, 'a line break between the words');
});

test(`${P} each change's words, and a group of words for a pattern with any whitespace between the words of one`, () => {
  for (const change of ['postponed', 'cancelled'] as const) {
    assert.deepEqual(changeWords(change), EVERY_FORM.filter(([, c]) => c === change).map(([words]) => words), change);
  }
  const called = new RegExp(`^${wordsGroup(changeWords('cancelled'))}$`, 'i');
  const cases: ReadonlyArray<[string, boolean, string]> = [
    ['called off', true, 'two words'],
    ['called\noff', true, 'a line break between them'],
    ['Cancelling', true, 'any case'],
    ['calledoff', false, 'negative: the words run together'],
    ['cancellation', false, 'negative: the noun is no form of the list'],
    ['postponed', false, 'negative: another change'],
  ];
  for (const [text, want, why] of cases) assert.equal(called.test(text), want, why);
});
