import assert from 'node:assert/strict';
import { test } from 'node:test';
import { happeningLemma } from './happening-lemma.js';

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
