/**
 * Events 1.85.0 (h-evblind13): a collapse of a stand or after the harm it did, the report of an inquiry, what is
 * investigated, people seized and released, charges someone could face. Sentences written for these tests, each positive
 * beside a negative.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt } from './testing/event-at.js';

const PUBLISHED = '2026-05-10';

/** A trigger word and the lemma it must be read as; `lemma: null` means no event of that lemma on the word. */
const TRIGGERS: ReadonlyArray<readonly [string, string, string | null]> = [
  ['The collapse of a stand at the stadium killed 12 fans.', 'collapse', 'collapse'],
  ['The collapse of his stand on tariffs was swift.', 'collapse', null],
  ['Seventeen people died and about 60 were injured in the collapse on March 7.', 'collapse', 'collapse'],
  ['Investors were hurt by the collapse of the currency.', 'collapse', null],
  ['The report of the presidential inquiry into the fire has been put back.', 'report', 'inquiry-report'],
  ['A report of an inquiry was leaked to the press.', 'report', null],
  ['Six people seized last weekend from a resort are being held on the island.', 'seized', 'abduct'],
  ['Soldiers seized the town on Monday.', 'seized', null],
  ['The six people seized from the resort are being held on the island and could be released within days.', 'released', 'release'],
  ['The film could be released within days.', 'released', null],
  ['The manager could face charges once engineers have examined the supports.', 'charges', 'charge'],
  ['Customers face charges for late payment.', 'charges', null],
];

const NEW_READINGS: ReadonlySet<string> = new Set(['collapse', 'inquiry-report', 'abduct', 'release', 'charge']);

test('events/collapse-inquiry: each trigger word reads as its lemma, or as none', () => {
  for (const [text, word, lemma] of TRIGGERS) {
    const ev = eventAt(text, word, PUBLISHED);
    if (lemma === null) assert.ok(!ev || !NEW_READINGS.has(ev.lemma), `${word}: ${text} read as ${ev?.lemma}`);
    else assert.equal(ev?.lemma, lemma, `${word}: ${text}`);
  }
});

/** What an inquiry investigates has happened, whatever the inquiry's own plan; a planned one stays a plan. */
const STATUSES: ReadonlyArray<readonly [string, string, string | undefined]> = [
  ['The panel investigating the collapse of a bridge will hand its findings to the president by May 15.', 'collapse', 'occurred'],
  ['The panel investigating the fire at the factory will hand its findings to the president by May 15.', 'fire', 'occurred'],
  ['Police will investigate the planned strike.', 'strike', 'anticipated'],
];

test('events/collapse-inquiry: what is investigated has happened', () => {
  for (const [text, word, status] of STATUSES) assert.equal(eventAt(text, word, PUBLISHED)?.status, status, `${word}: ${text}`);
});
