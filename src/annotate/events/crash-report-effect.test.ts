/**
 * Events 1.86.0 (h-evblind14): a crash named alone in a report of a vehicle's, an investigation's preliminary report, a
 * noun's long phrase before "will take effect", and what a change of plan is "after" or "into". Sentences written for
 * these tests, each positive beside a negative.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt } from './testing/event-at.js';

const PUBLISHED = '2026-05-10';

/** A trigger word and the lemma it must be read as; `lemma: null` means no event of that lemma on the word. */
const TRIGGERS: ReadonlyArray<readonly [string, string, string | null]> = [
  ['Twelve people died in the May 2 crash. The bus was carrying pilgrims.', 'crash', 'crash'],
  ['Savers lost money in the crash. Shares fell 20 percent.', 'crash', null],
  ['Investigators said in a preliminary report published on Wednesday that ice caused the stall.', 'report', 'inquiry-report'],
  ['A preliminary report said the vote was fair.', 'report', null],
  ['The report was read on the radio.', 'report', null],
];

test('events/crash-report-effect: each trigger word reads as its lemma, or as none', () => {
  for (const [text, word, lemma] of TRIGGERS) {
    const ev = eventAt(text, word, PUBLISHED);
    if (lemma === null) assert.ok(!ev || ev.lemma !== (word === 'crash' ? 'crash' : 'inquiry-report'), `${word}: ${text} read as ${ev?.lemma}`);
    else assert.equal(ev?.lemma, lemma, `${word}: ${text}`);
  }
});

/** A word, its modality, its status (undefined: none). */
const READINGS: ReadonlyArray<readonly [string, string, string, string | undefined]> = [
  ["Uganda's ban on eggs and live poultry from Kenya will take effect on March 1.", 'ban', 'planned', undefined],
  ['The ban on poultry imports took effect on March 1.', 'ban', 'asserted', undefined],
  ['The ban took effect on March 1 and was suspended in May after talks between the two ministers.', 'talks', 'asserted', 'occurred'],
  ['The minister suspended the talks on Friday.', 'talks', 'asserted', 'cancelled'],
  ["The final report into last month's bus crash near the border has been delayed. The bus was full.", 'crash', 'asserted', 'occurred'],
  ["The minister's visit to the border has been delayed.", 'visit', 'asserted', 'cancelled'],
  ['Diplomats said a meeting could produce about 10 agreements on trade.', 'agreements', 'hypothetical', undefined],
  ['Diplomats said the ministers could hold talks about the agreements on trade.', 'agreements', 'asserted', undefined],
];

test('events/crash-report-effect: modality and status', () => {
  for (const [text, word, modality, status] of READINGS) {
    const ev = eventAt(text, word, PUBLISHED);
    assert.equal(ev?.modality, modality, `${word} modality: ${text}`);
    assert.equal(ev?.status, status, `${word} status: ${text}`);
  }
});
