/**
 * Events 1.94.0 (h-evace, issues 12 and 18): trigger words of the ACE 2005 event inventory and PLOVER the events layer did
 * not type (runoffs and rounds of voting, listings, prisoner swaps, court challenges, clashes, executions, phone calls,
 * reshuffles, departures from office). Sentences written for these tests, each positive beside a negative.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt } from './testing/event-at.js';

const PUBLISHED = '2026-05-10';

/** A text, a trigger word in it and the lemma it must be read as; `lemma: null` means none of the new readings. */
const TRIGGERS: ReadonlyArray<readonly [string, string, string | null]> = [
  // Personnel-Elect: a runoff, a round of voting, polling
  ['The presidential election will go to a runoff next month.', 'runoff', 'elect'],
  ['Fertiliser runoff from farms has polluted the lake.', 'runoff', null],
  ['No candidate won half of the votes in the first round of the election.', 'round', 'elect'],
  ['The first round of talks ended without agreement.', 'round', null],
  ['Turnout in the second round was 58 percent. The runoff was the first since the new electoral law.', 'round', 'elect'],
  ['The champion was knocked out in the second round of the tournament.', 'round', null],
  ['About 4,000 police officers will be deployed on polling day.', 'polling', 'elect'],
  ['Recent opinion polling shows the party ahead.', 'polling', null],
  // Business: a listing of shares
  ['The company plans to list its shares on the stock exchange next year.', 'list', 'ipo'],
  ['The ministry published a list of names on Monday.', 'list', null],
  ['The payments firm readies a stock exchange listing for next year.', 'listing', 'ipo'],
  ['The agent posted a property listing for the flat.', 'listing', null],
  ['It shelved an earlier attempt to go public in 2019.', 'go', 'ipo'],
  ['The nurse decided to go public with her claims.', 'go', null],
  ['Its shares would start trading on the stock exchange on June 9.', 'trading', 'ipo'],
  ['The two men began trading insults in the street.', 'trading', null],
  ['The bank arranged a share offering for the retailer.', 'offering', 'ipo'],
  ['The minister called the aid a peace offering.', 'offering', null],
  // Justice: a prisoner swap
  ['The two countries last swapped prisoners in 2022.', 'swapped', 'exchange'],
  ['The two armies exchanged fire across the border.', 'exchanged', null],
  ['Twenty prisoners will be freed. He did not say where the exchange would take place.', 'exchange', 'exchange'],
  ['The central bank kept the exchange rate steady.', 'exchange', null],
  // Justice: a challenge or a complaint in court, and its ruling
  ['The party filed a challenge to the first-round results.', 'challenge', 'petition'],
  ['Rising costs are a big challenge for the industry.', 'challenge', null],
  ['The party said it would contest the results from two regions.', 'contest', 'petition'],
  ['The singer won the song contest in Lisbon.', 'contest', null],
  ['The party lodged a complaint with the electoral commission.', 'complaint', 'complaint'],
  ['Customer complaints about the app rose sharply.', 'complaints', null],
  ['The court threw out a challenge to the first-round results.', 'threw', 'rule'],
  ['The court dismissed the complaint on Monday.', 'dismissed', 'rule'],
  ['The president dismissed the criticism as noise.', 'dismissed', null],
  // Personnel: start and end of a position, a reshuffle
  ['The new president will take office on May 14.', 'take', 'sworn'],
  ['The ministers will take part in the talks.', 'take', null],
  ['Bankers said a departure from the cabinet at this stage would unsettle them.', 'departure', 'resign'],
  ['The flight\'s departure was delayed by fog.', 'departure', null],
  ['The finance minister is under pressure. Belhadj quit last week.', 'quit', 'resign'],
  ['She quit smoking last year.', 'quit', null],
  ['He would be the second finance minister to leave office early.', 'leave', 'resign'],
  ['Belhadj left the government in March.', 'left', 'resign'],
  ['The minister left the building in a hurry.', 'left', null],
  ['The prime minister announced a cabinet reshuffle on Monday.', 'reshuffle', 'reshuffle'],
  // Conflict: clashes and fighting
  ['Prisoners were detained after border clashes last year.', 'clashes', 'clash'],
  ['Ministers clashed over the budget on Monday.', 'clashed', null],
  ['Heavy fighting broke out in the east on Sunday.', 'fighting', 'fighting'],
  ['Crews were fighting fires in the hills.', 'fighting', null],
  // Justice-Execute
  ['The convicted murderer was executed by lethal injection on Thursday.', 'executed', 'execute'],
  ['The plan was executed perfectly by the team.', 'executed', null],
  // Contact: a phone call
  ['The two leaders spoke in a phone call on Tuesday.', 'call', 'phone-call'],
  ['The opposition renewed its call for new elections.', 'call', null],
  // a protest in the streets
  ['Thousands took to the streets of the capital on Sunday.', 'took', 'protest'],
  ['The band took to the stage at nine.', 'took', null],
  // a refusal
  ['The regulator turned down the application in March.', 'turned', 'reject'],
  ['She turned down the volume.', 'turned', null],
];

const NEW_READINGS: ReadonlySet<string> = new Set(['elect', 'ipo', 'exchange', 'petition', 'complaint', 'rule', 'sworn', 'resign', 'reshuffle', 'clash', 'fighting', 'execute', 'phone-call', 'reject', 'protest']);

test('events/ace-coverage: each trigger word reads as its lemma, or as none of the new readings', () => {
  for (const [text, word, lemma] of TRIGGERS) {
    const ev = eventAt(text, word, PUBLISHED);
    if (lemma === null) assert.ok(!ev || !NEW_READINGS.has(ev.lemma), `${word}: ${text} read as ${ev?.lemma}`);
    else assert.equal(ev?.lemma, lemma, `${word}: ${text}`);
  }
});

test('events/ace-coverage: a runoff is of the election family, so it gets a status (a postponement is read)', () => {
  const postponed = eventAt('The electoral commission postponed the presidential runoff by two weeks.', 'runoff', PUBLISHED);
  assert.equal(postponed?.family, 'election');
  assert.ok(postponed?.status, 'a runoff has a status');
});
