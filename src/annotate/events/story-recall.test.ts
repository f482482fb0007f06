/**
 * Events 1.91.0 (h-evrecall, issue 12): event mentions the story eval found the events layer missing, so that a tracked
 * event had no status step in its report. Sentences written for these tests, each positive beside a negative.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt } from './testing/event-at.js';

const PUBLISHED = '2026-05-10';

/** A text, a trigger word in it and the lemma it must be read as; `lemma: null` means none of the new readings. */
const TRIGGERS: ReadonlyArray<readonly [string, string, string | null]> = [
  // a lightning strike
  ['The failure began when lightning struck a 500-kilovolt line near the dam.', 'struck', 'lightning'],
  ['The court struck down the decree on Thursday.', 'struck', 'overturn'],
  ['The operator said lightning striking a line had set off the failure.', 'striking', 'lightning'],
  ['Striking workers marched to the ministry.', 'Striking', null],
  ['A lightning strike set the barn on fire.', 'strike', 'lightning'],
  ['Dock workers began a strike on Monday.', 'strike', 'strike'],
  // a takeover offer
  ['A newspaper said an investment firm had offered to buy the retailer.', 'offered', 'acquire'],
  ['The mayor offered to help the families.', 'offered', null],
  ['The fund made an offer for most of the chain\'s stores.', 'offer', 'acquire'],
  ['The union rejected an offer of a 3 percent rise.', 'offer', null],
  // an extradition request
  ['The foreign ministry said it would formally request his extradition.', 'request', 'extradition-request'],
  ['The foreign ministry said it would formally request a meeting.', 'request', null],
  // people compensated; a payment in pesos
  ['Households could be compensated for spoiled food, the minister said.', 'compensated', 'pay'],
  ['The car\'s light weight compensated for its weak engine.', 'compensated', null],
  ['Payments of 1,500 pesos to each household began on Monday.', 'Payments', 'pay'],
  // found guilty with a long object
  ['A court found the driver of a bus that fell into a ravine in March guilty of negligent homicide.', 'guilty', 'guilty'],
  ['He said he felt guilty of nothing.', 'guilty', null],
  // a place closed to the public
  ['The stadium, which holds about 45,000 spectators, will be closed to the public until further notice.', 'closed', 'close'],
  ['The hearing was closed to the public.', 'closed', null],
  // an inquiry's findings named by "its"
  ['He ordered an inquiry and said its findings were expected within a month.', 'findings', 'inquiry-report'],
  ['The marketing team said its findings on customer habits surprised the managers.', 'findings', null],
  // people held by someone for a time; held before their release
  ['Two men were among the crew of a trawler who were held by Bissau for seven weeks.', 'held', 'detain'],
  ['The talks were held by video link for two days.', 'held', null],
  ['Belarus held a Latvian photographer in Minsk for five months in 2021 before releasing him.', 'held', 'detain'],
  ['The party held a meeting on Monday.', 'held', null],
  // a place reopened, in a report about a public work
  ['The railway bridge was damaged by the landslide. The line over the pass reopened on January 27.', 'reopened', 'open'],
  ['Investigators said the case reopened on Monday.', 'reopened', null],
  // a structure's collapse in the verb
  ['In April 2011, part of a stand collapsed at the same ground, injuring 40 fans.', 'collapsed', 'collapse'],
  ['His stand on tariffs collapsed within a week.', 'collapsed', null],
  // a planned rise frozen
  ['The deal freezes the planned rise in the farm diesel tax until 2028.', 'freezes', 'freeze'],
  ['The scandal froze the rise of the party in the polls.', 'froze', null],
  // a decision on an asylum claim
  ['Each detainee would receive a decision on his asylum claim within two weeks.', 'decision', 'decide-claim'],
  ['The decision was unanimous, the bank said.', 'decision', null],
  ['Forty men protested against months of detention without a decision on their asylum claims.', 'decision', null],
];

const NEW_READINGS: ReadonlySet<string> = new Set(['lightning', 'acquire', 'extradition-request', 'pay', 'guilty', 'close', 'inquiry-report', 'detain', 'open', 'collapse', 'decide-claim', 'freeze']);

test('events/story-recall: each trigger word reads as its lemma, or as none of the new readings', () => {
  for (const [text, word, lemma] of TRIGGERS) {
    const ev = eventAt(text, word, PUBLISHED);
    if (lemma === null) assert.ok(!ev || !NEW_READINGS.has(ev.lemma), `${word}: ${text} read as ${ev?.lemma}`);
    else assert.equal(ev?.lemma, lemma, `${word}: ${text}`);
  }
});

/** A leak sealed is its repair only in a report about a spill. */
test('events/story-recall: "was sealed" is a repair in a report about a spill, not elsewhere', () => {
  const spill = 'About 400 tonnes of crude leaked from the pipeline. The line was sealed by divers on September 24.';
  assert.equal(eventAt(spill, 'sealed', PUBLISHED)?.lemma, 'repair');
  const border = 'Troops moved to the frontier on Monday. The border was sealed by soldiers on Tuesday.';
  assert.notEqual(eventAt(border, 'sealed', PUBLISHED)?.lemma, 'repair');
});
