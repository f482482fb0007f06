import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventiveNoun, happeningLemma } from './happening-lemma.js';

// word → lemma: inflected verbs read as their verb, nominalisations as the verb they name where WordNet has it,
// other nouns as themselves (negatives: no verb to find, or the noun is no nominalisation)
const CASES: readonly { word: string; lemma: string }[] = [
  { word: 'listed', lemma: 'list' },
  { word: 'listing', lemma: 'list' },
  { word: 'reopening', lemma: 'reopen' },
  { word: 'ratified', lemma: 'ratify' },
  { word: 'ratification', lemma: 'ratify' },
  { word: 'devalued', lemma: 'devalue' },
  { word: 'devaluation', lemma: 'devalue' },
  { word: 'postponement', lemma: 'postpone' },
  { word: 'cancellation', lemma: 'cancel' },
  { word: 'suspension', lemma: 'suspend' },
  { word: 'evacuation', lemma: 'evacuate' },
  { word: 'approval', lemma: 'approve' },
  { word: 'sank', lemma: 'sink' },
  { word: 'pass', lemma: 'pass' },
  { word: 'crosses', lemma: 'cross' },
  { word: 'runoffs', lemma: 'runoff' },
  { word: 'advisory', lemma: 'advisory' },
  { word: 'marathon', lemma: 'marathon' },
  { word: 'census', lemma: 'census' },
];

test('happeningLemma: one lemma for a verb and its nominalisations', () => {
  for (const c of CASES) assert.equal(happeningLemma(c.word), c.lemma, c.word);
});

// noun → whether it can name a happening (negatives: things, amounts)
const NOUNS: readonly { word: string; eventive: boolean }[] = [
  { word: 'ratification', eventive: true },
  { word: 'listing', eventive: true },
  { word: 'runoff', eventive: true },
  { word: 'rise', eventive: true },
  { word: 'census', eventive: true },
  { word: 'pipeline', eventive: false },
  { word: 'satellite', eventive: false },
  { word: 'pay', eventive: false },
  { word: 'rate', eventive: false },
];

test('eventiveNoun: nominalised verbs and WordNet acts, events, processes, phenomena, states; not things or amounts', () => {
  for (const c of NOUNS) assert.equal(eventiveNoun(c.word), c.eventive, c.word);
});
