/**
 * Events 1.84.0 (h-evblind12): motions against a government filed and voted, a post given by asking, ground that gives
 * way, an office-holder suspended, a search paused or taken up again, an evacuation order, and the modality words around
 * them ("could be held", "which he set for", "drafting … for signing", "has just begun"). Sentences written for these
 * tests, each positive beside a negative.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt } from './testing/event-at.js';

const PUBLISHED = '2026-02-10';

/** A trigger word and the lemma it must be read as; `lemma: null` means no event of that lemma on the word. */
const TRIGGERS: ReadonlyArray<readonly [string, string, string | null]> = [
  ['Opposition parties filed a motion of no confidence in the government on Monday.', 'filed', 'table-motion'],
  ['Opposition files no-confidence motion against the cabinet.', 'files', 'table-motion'],
  ['Deputies tabled a censure motion against the minister.', 'tabled', 'table-motion'],
  ['The defence filed a motion to dismiss the charges.', 'filed', null],
  ['The families filed a lawsuit against the company.', 'filed', null],
  ['The last no-confidence motion, against the previous cabinet in June 2019, failed.', 'motion', 'vote'],
  ['The motion carries the signatures of 62 deputies.', 'motion', null],
  ['He said he could step down if the motion passed.', 'motion', null],
  ['The president asked the finance minister to lead a caretaker cabinet until the election.', 'lead', 'appoint'],
  ['The president asked the finance minister to lead the talks.', 'lead', null],
  ['A hillside gave way before dawn on Monday, burying 30 houses.', 'gave', 'landslide'],
  ['The government gave way to the protesters on Monday.', 'gave', null],
  ['A radio station reported that the mayor had been suspended from office.', 'suspended', 'suspend-office'],
  ['The governor suspended the mayor for 90 days.', 'suspended', 'suspend-office'],
  ['Officials suspended ferry services on Tuesday.', 'suspended', 'suspend'],
  ['The judge suspended the decree on Tuesday.', 'suspended', 'rule'],
  ['Rescuers went back to the site of the landslide at dawn.', 'went', 'search'],
  ['Prices went back up in March.', 'went', null],
  ['Rescuers are digging by hand and ten people are missing. The search could end this weekend.', 'search', 'search'],
  ['The search could end this weekend.', 'search', null],
  ['The town council lifted its evacuation order on Monday.', 'evacuation', 'evacuate'],
  ['The town council issued an evacuation warning on Monday.', 'evacuation', null],
];

/** The lemmas these rules give: a negative row must read as none of them. */
const NEW_READINGS: ReadonlySet<string> = new Set(['table-motion', 'vote', 'appoint', 'landslide', 'suspend-office', 'search', 'evacuate']);

test('events/motions-pauses: each trigger word reads as its lemma, or as none', () => {
  for (const [text, word, lemma] of TRIGGERS) {
    const ev = eventAt(text, word, PUBLISHED);
    if (lemma === null) assert.ok(!ev || !NEW_READINGS.has(ev.lemma), `${word}: ${text} read as ${ev?.lemma}`);
    else assert.equal(ev?.lemma, lemma, `${word}: ${text}`);
  }
});

/** A trigger, its modality and status, and the rule of its status cue when one must decide it. */
const READINGS: ReadonlyArray<readonly [string, string, string, string | undefined, string | undefined]> = [
  // a noun before a modal is a subject, and its possibility in the passive follows it
  ['The president said an early election could be held in April.', 'election', 'hypothetical', undefined, undefined],
  ['The president said an early election will be held in April.', 'election', 'planned', undefined, undefined],
  // a relative clause that dates its noun
  ['She will lead a caretaker cabinet until an early election, which he set for April 17 and 18.', 'election', 'expected', 'scheduled', 'sched:set-for'],
  ['She will lead a caretaker cabinet until an early election, which he called a necessity.', 'election', 'expected', 'anticipated', undefined],
  // a promise on a condition after it is expected; a possibility on one stays hypothetical (events 1.84.0)
  ['The prime minister said he will resign if the government loses.', 'resign', 'expected', undefined, undefined],
  ['The prime minister said he could resign if the government loses.', 'resign', 'hypothetical', undefined, undefined],
  // a post given by a past asking is the appointment made
  ['The president asked the finance minister to lead a caretaker cabinet until the election.', 'lead', 'asserted', 'occurred', undefined],
  // what is drafted for a happening is a plan
  ['Officials were drafting eight agreements for signing during the visit.', 'signing', 'planned', 'anticipated', undefined],
  // a search paused for the night goes on after it; one over, or ended, is no pause
  ['Rescue teams called off the search for survivors for the night on Tuesday.', 'search', 'asserted', 'in-progress', 'status:pause-postponed'],
  ['Rescuers returned at dawn, after the search for survivors was halted overnight.', 'search', 'asserted', undefined, undefined],
  ['Rescuers called off the search for survivors on Sunday.', 'search', 'asserted', 'occurred', undefined],
  // an office-holder's suspension denied by a negative subject; an inquiry begun
  ['"No official has been suspended," the office said.', 'suspended', 'negated', undefined, undefined],
  ['"The inquiry has just begun," the office said.', 'inquiry', 'asserted', 'in-progress', undefined],
];

test('events/motions-pauses: modality, status and the rule that decided the status', () => {
  for (const [text, word, modality, status, rule] of READINGS) {
    const ev = eventAt(text, word, PUBLISHED);
    assert.ok(ev, `${word}: ${text}`);
    assert.equal(ev.modality, modality, `modality of ${word}: ${text}`);
    if (status !== undefined) assert.equal(ev.status, status, `status of ${word}: ${text}`);
    if (rule !== undefined) assert.equal(ev.statusCue?.rule, rule, `rule of ${word}: ${text}`);
    else assert.notEqual(ev.statusCue?.rule, 'status:pause-postponed', `no pause for ${word}: ${text}`);
  }
});
