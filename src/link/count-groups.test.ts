import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { QuantityObservation } from './state.js';
import { groupOf, instanceRank, otherGroups, otherInstances } from './count-groups.js';

/** An amount `text` in `sentence` (only the fields count-groups reads). */
const amount = (sentence: string, text: string): QuantityObservation => ({ text, at: sentence.indexOf(text), evidence: { text: sentence } }) as unknown as QuantityObservation;

test('groupOf: the capitalised word naming the group counted', () => {
  const cases: Array<[string, string, string | null]> = [
    ['Thirteen Kyrgyz and eleven Tajik citizens walked across the apron.', 'eleven Tajik citizens', 'tajik'],
    ['Rahmon signed pardons for seven Kyrgyz citizens serving sentences.', 'seven Kyrgyz citizens', 'kyrgyz'],
    ['Of the 26, fourteen are Kyrgyz citizens and twelve are Tajik.', 'twelve', 'tajik'],
    ['The captives were two Germans and a South Korean woman.', 'two Germans', 'german'],
    // negative: a lower-case noun names no group
    ['About 40 ships were waiting.', 'About 40 ships', null],
    ['Police arrested 12 people.', '12 people', null],
  ];
  for (const [sentence, text, want] of cases) assert.equal(groupOf(amount(sentence, text)), want, text);
});

test('otherGroups: only two named groups that differ', () => {
  const kyrgyz = amount('He pardoned seven Kyrgyz citizens.', 'seven Kyrgyz citizens');
  assert.equal(otherGroups(kyrgyz, amount('Then eleven Tajik citizens left.', 'eleven Tajik citizens')), true);
  assert.equal(otherGroups(kyrgyz, amount('Then eight Kyrgyz citizens left.', 'eight Kyrgyz citizens')), false);
  // negative: one side names no group
  assert.equal(otherGroups(kyrgyz, amount('Then eight citizens left.', 'eight citizens')), false);
});

test('instanceRank: an ordinal ranking the instance counted', () => {
  const cases: Array<[string, string, number | null]> = [
    ['The first strike, on July 3, led to the cancellation of 64 flights.', '64 flights', 1],
    ['Ponte Livre held its second go-slow at 8 am, with about 250 cars.', 'about 250 cars', 2],
    ['La première grève des bagagistes a entraîné l’annulation de 62 vols.', '62 vols', 1],
    ['The second tranche, of 120 million euros, is expected in September.', '120 million euros', 2],
    // negatives: no article before the ordinal, a fraction, a version of a figure, a day, a time
    ['A third worker has died, and 19 people remain in hospital.', '19 people', null],
    ['The city put a first estimate of the cost at about 400,000 euros.', 'about 400,000 euros', null],
    ['The first estimate of the cost was about 400,000 euros.', 'about 400,000 euros', null],
    ['La première journée de grève, 17 navires attendaient en rade.', '17 navires', null],
    ['Prices rose for the first time in 14 months.', '14 months', null],
    ['Two one-day strikes forced the cancellation of 135 flights in all.', '135 flights', null],
  ];
  for (const [sentence, text, want] of cases) assert.equal(instanceRank(amount(sentence, text)), want, sentence);
});

test('otherInstances: a ranked instance against a total or another rank', () => {
  const first = amount('The first strike led to the cancellation of 64 flights.', '64 flights');
  assert.equal(otherInstances(first, amount('Two strikes forced the cancellation of 135 flights in all.', '135 flights')), true);
  assert.equal(otherInstances(first, amount('The second strike led to the cancellation of 71 flights.', '71 flights')), true);
  // negative: the same instance, told twice
  assert.equal(otherInstances(first, amount('La première grève a entraîné l’annulation de 62 vols.', '62 vols')), false);
  assert.equal(otherInstances(amount('About 40 ships waited.', 'About 40 ships'), amount('Now 63 ships wait.', '63 ships')), false);
});
