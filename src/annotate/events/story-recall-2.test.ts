/**
 * Events 1.92.0 (h-evrecall2, issue 12): more event mentions the story eval found the events layer missing, so that a
 * tracked event had no status step in its report. Sentences written for these tests, each positive beside a negative.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt } from './testing/event-at.js';

const PUBLISHED = '2026-05-10';

/** A text, a trigger word in it, and the type/lemma it must be read as ("!type/lemma": must not be read as it). */
const TRIGGERS: ReadonlyArray<readonly [string, string, string]> = [
  // a court that freezes a measure
  ['Lyon will appeal after a lower court froze the measure days before it was due to begin.', 'froze', 'LEGAL/rule'],
  ['The zone was to have started on February 1 but was frozen by the regional administrative court on January 27.', 'frozen', 'LEGAL/rule'],
  ['The court froze the suspect\'s bank accounts.', 'froze', '!LEGAL/rule'],
  ['The council froze new tourist licences for two years.', 'froze', 'COERCE/ban'],
  ['The deal freezes the planned rise in the farm diesel tax until 2028.', 'freezes', 'ECONOMY/freeze'],
  // an inquiry named by the government that holds it, or as what its findings came from
  ['The crush was caused by a gate locked too early, a government inquiry found in a report published on Thursday.', 'inquiry', 'LEGAL/investigate'],
  ['A government inquiry line opened on Monday.', 'inquiry', '!LEGAL/investigate'],
  ['The regulator said on Tuesday as it published the findings of its inquiry that a relay was to blame.', 'inquiry', 'LEGAL/investigate'],
  ['The bank said its findings answered the customer\'s inquiry.', 'inquiry', '!LEGAL/investigate'],
  // a train off its rails, in a report that names a vehicle elsewhere
  ['A passenger train derailed on Monday. In 2019 a freight train came off the rails at the same pass.', 'rails', 'DISASTER/derail'],
  ['A passenger train derailed on Monday. The talks came off the rails in March.', 'rails', '!DISASTER/derail'],
  ['A passenger train derailed on Monday. Trains were back on the tracks on Friday.', 'tracks', '!DISASTER/derail'],
  // the crack named again in a report about a structure
  ['Water was seeping through cracks in the dam\'s wall. The crack has not grown since Tuesday, officials said.', 'crack', 'DISASTER/damage'],
  ['Water was seeping through cracks in the dam\'s wall. The crack of gunfire was heard at dawn.', 'crack', '!DISASTER/damage'],
  ['The crack has not grown since Tuesday.', 'crack', '!DISASTER/damage'],
  // visas issued again
  ['Gabon resumed issuing visas to citizens of its neighbour on Monday.', 'resumed', 'SANCTION/visa-suspension'],
  ['Gabon resumed issuing licences to mining firms on Monday.', 'resumed', '!SANCTION/visa-suspension'],
  // places emptied of their people
  ['About 2,300 people had left their homes as villages to the north of the fire were cleared as a precaution.', 'cleared', 'CASUALTY/evacuate'],
  ['The village road was cleared of debris on Monday.', 'cleared', '!CASUALTY/evacuate'],
  ['The town\'s streets were cleared by Monday.', 'cleared', '!CASUALTY/evacuate'],
];

test('events/story-recall-2: each trigger word reads as its type and lemma, or not as it', () => {
  for (const [text, word, want] of TRIGGERS) {
    const ev = eventAt(text, word, PUBLISHED);
    const got = ev ? `${ev.type}/${ev.lemma}` : 'none';
    if (want.startsWith('!')) assert.notEqual(got, want.slice(1), `${word}: ${text}`);
    else assert.equal(got, want, `${word}: ${text}`);
  }
});

/** Visas issued again end their suspension; a suspension begun is under way. */
test('events/story-recall-2: "resumed issuing visas" is the visa suspension ended', () => {
  assert.equal(eventAt('Gabon resumed issuing visas to citizens of its neighbour on Monday.', 'resumed', PUBLISHED)?.phase, 'ended');
  assert.notEqual(eventAt('Gabon suspended visas for citizens of its neighbour on Monday.', 'suspended', PUBLISHED)?.phase, 'ended');
});
