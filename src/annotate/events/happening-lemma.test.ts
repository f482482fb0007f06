import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventiveNoun, happeningLemma, saidNoun } from './happening-lemma.js';

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

// noun → whether the tagger may read it as a happening though WordNet has no act or event of it (negatives: things,
// people, groups, and nouns WordNet has as acts, which eventiveNoun answers)
const SAID: readonly { word: string; said: boolean }[] = [
  { word: 'restart', said: true },
  { word: 'buy-back', said: true },
  { word: 'request', said: true },
  { word: 'discussions', said: true },
  { word: 'pipeline', said: false },
  { word: 'satellite', said: false },
  { word: 'government', said: false },
  { word: 'minister', said: false },
];

test('saidNoun: nouns WordNet lacks, and nouns of communication that are no thing', () => {
  for (const c of SAID) assert.equal(saidNoun(c.word), c.said, c.word);
});
