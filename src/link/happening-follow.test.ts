import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HAPPENING_TYPE } from '../doc/schemas/events.js';
import { COUNTED_TYPE, followedIfLed } from './happening-follow.js';

const ROWS: readonly { name: string; type: string; lemma: string; want: boolean }[] = [
  { name: 'a happening', type: HAPPENING_TYPE, lemma: 'reopen', want: true },
  { name: 'a happening whose verb is also a counted one', type: HAPPENING_TYPE, lemma: 'fall', want: true },
  // a counted event whose verb names a happening with a life of its own
  { name: 'recovered 17 of the 23 pieces', type: COUNTED_TYPE, lemma: 'recover', want: true },
  { name: 'sold 40,000 tickets', type: COUNTED_TYPE, lemma: 'sell', want: true },
  { name: 'relocated 3,000 residents', type: COUNTED_TYPE, lemma: 'relocate', want: true },
  { name: 'grounded 12 aircraft', type: COUNTED_TYPE, lemma: 'ground', want: true },
  { name: 'retire $300m of notes', type: COUNTED_TYPE, lemma: 'retire', want: true },
  // counted events whose amount is what is followed
  { name: 'shares fell 3%', type: COUNTED_TYPE, lemma: 'fall', want: false },
  { name: 'carrying 120 passengers', type: COUNTED_TYPE, lemma: 'carry', want: false },
  { name: 'prices rose 5%', type: COUNTED_TYPE, lemma: 'rise', want: false },
  { name: 'pulled 200 survivors', type: COUNTED_TYPE, lemma: 'pull', want: false },
  // the lexicon's kinds are followed wherever they are told, not only when led with
  { name: 'an evacuation of the lexicon', type: 'AID', lemma: 'evacuate', want: false },
  { name: 'a sale of the lexicon', type: 'ECONOMY', lemma: 'sell', want: false },
];

test('followedIfLed: happenings, and counted events whose verb has a life of its own', () => {
  for (const r of ROWS) assert.equal(followedIfLed({ type: r.type, lemma: r.lemma }), r.want, r.name);
});
