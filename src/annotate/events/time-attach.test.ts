/**
 * events 1.121.0 (issue #12 item 2): a time of a sentence is kept from an event it does not date. Each row gives the time
 * (as written, "-" for none) the lexicon's event at a trigger word takes; every rule beside a negative where the trigger
 * keeps the time. Sentences written for these tests (published Wednesday 20 May 2026).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventAt } from './testing/event-at.js';

const P = 'events 1.121.0 time attachment:';

interface Case {
  readonly text: string;
  readonly trigger: string;
  readonly want: string;
  readonly why: string;
}

const CASES: readonly Case[] = [
  // a trigger inside the insertion between the sentence's subject and its verb
  { text: 'The curfew, ordered on the night of the march, ended at 5 a.m. on Wednesday.', trigger: 'march', want: '-', why: 'an insertion after the subject' },
  { text: 'Nightjar, the group behind the attack, posted the records on its leak site last week.', trigger: 'attack', want: '-', why: 'an appositive after the subject' },
  { text: 'Police broke up the march, arrested 40 people and freed them on Wednesday.', trigger: 'march', want: '-', why: 'negative (no time reaches it anyway): a list of verbs is no insertion' },
  { text: 'On Monday, the march went ahead in the capital.', trigger: 'march', want: 'Monday', why: 'negative: a fronted time is no subject' },
  { text: 'LIMA, Peru - Thousands joined the march on Tuesday.', trigger: 'march', want: 'Tuesday', why: 'negative: a dateline comma opens no insertion' },
  // a time in a relative clause of another noun
  { text: 'The agreement also ends the dispute that began in January.', trigger: 'agreement', want: '-', why: 'a relative clause of another noun with its own verb' },
  { text: 'The strike that began on Monday ended on Friday.', trigger: 'strike', want: 'Monday', why: "negative: the trigger's own relative clause" },
  { text: 'The union said that the strike began on Monday.', trigger: 'strike', want: 'Monday', why: 'negative: a reported clause with its own trigger' },
  // a past form that dates what it does, and the noun it brings about
  { text: 'The approval follows a staff-level agreement reached in early April and a 12 percent devaluation of the kwacha in March.', trigger: 'devaluation', want: 'March', why: 'a time a past form dates passes to no later trigger' },
  { text: 'The approval follows a staff-level agreement reached in early April and a 12 percent devaluation of the kwacha in March.', trigger: 'agreement', want: 'early April', why: 'an agreement reached dates the agreement' },
  { text: 'He announced the trip, first mooted in January.', trigger: 'trip', want: '-', why: 'negative: a past form after another word dates what it does' },
  // a bare "now" before a word of likelihood
  { text: 'A strike is now likely unless the minister makes a serious offer.', trigger: 'strike', want: '-', why: '"now likely" is when the odds stand' },
  { text: 'The strike is now under way across the country.', trigger: 'strike', want: 'now', why: 'negative: "now under way" dates the strike' },
  // the object of a verb that changes an event's scope
  { text: 'Kessler widened the recall on Wednesday to its Lindo compact.', trigger: 'recall', want: '-', why: 'the day the recall was widened, not its own' },
  { text: 'The government extended the curfew until Monday.', trigger: 'curfew', want: 'Monday', why: 'negative: a new end is the curfew\'s' },
  { text: 'The two sides signed an agreement on Monday.', trigger: 'agreement', want: 'Monday', why: 'negative: a verb that carries out the noun leaves it its day' },
  { text: 'The carmaker announced a recall on Wednesday.', trigger: 'recall', want: 'Wednesday', why: 'negative: no verb of scope' },
  // the noun of an "after/before" phrase
  { text: 'The court suspended the ban days before its planned start on April 1.', trigger: 'ban', want: '-', why: 'a time right after the noun of a "before" phrase dates that noun' },
  { text: 'The protesters ended the blockade before dawn on Friday.', trigger: 'blockade', want: 'Friday', why: 'negative: a part of the day is a time, no noun' },
  { text: 'The airline resumed its flights on Monday, two weeks after the strike in the hangar.', trigger: 'strike', want: '-', why: 'negative (as before): a trigger after "after" is what the time counts from' },
  // a day counted from an event
  { text: 'Her party signed a coalition agreement on May 14, following talks that began the day after the vote.', trigger: 'talks', want: '-', why: '"the day after the vote" counts from a day the sentence does not give' },
  { text: 'The talks began the day after Christmas.', trigger: 'talks', want: 'the day after Christmas', why: 'negative: a day counted from a named day' },
  // a time after the predicate of a small clause
  { text: 'The ministry declared the investigation of the attack complete on Tuesday.', trigger: 'attack', want: '-', why: 'the day of the declaration, not of the attack in its object' },
  { text: 'The ministry closed the investigation of the attack on Tuesday.', trigger: 'attack', want: 'Tuesday', why: 'negative: no small clause' },
  // a possessive time past modifiers, against a plan moved
  { text: "The findings of the inquiry into last month's deadly crush have been put back to the end of May.", trigger: 'crush', want: 'last month', why: 'a possessive time owns its noun past a modifier' },
  { text: "The findings of the inquiry into last month's deadly crush have been put back to the end of May.", trigger: 'findings', want: 'the end of May', why: 'the plan moved is the head, not its topic' },
  { text: "The assembly postponed Tuesday's vote on the bill to July 14.", trigger: 'vote', want: 'July 14', why: 'negative (as before): the vote moved takes its new day' },
  // events 1.123.0: a phrase set off by commas that describes the trigger's object does not count toward the reach
  { text: 'The president will visit the port city of Merrow, home to the largest shipyard on the northern coast since 1990, on Saturday, May 23.', trigger: 'visit', want: 'Saturday, May 23', why: 'a describing phrase between the object and the time' },
  { text: 'The president will visit the port city of Merrow, which has been home to the largest shipyard on the coast, on Saturday, May 23.', trigger: 'visit', want: '-', why: 'negative: a phrase with a finite verb is no describing phrase' },
  { text: 'The president will visit the port city of Merrow and its shipyard after the ministers have finished their talks with the unions on Saturday, May 23.', trigger: 'visit', want: '-', why: 'negative: no commas, the time stays out of reach' },
  // events 1.123.0: a ", when" clause right after a time tells what happens at it; its first verb trigger shares the time
  { text: 'The strike will end on Friday, May 29, when the union and the employers sign the new pay agreement.', trigger: 'sign', want: 'Friday, May 29', why: 'a when-clause after the time of the trigger before' },
  { text: 'The strike will end on Friday, May 29, because the union and the employers sign the new pay agreement.', trigger: 'sign', want: '-', why: 'negative: no when-clause' },
  { text: 'The strike will end on Friday, May 29, when, after weeks of talks that stalled twice, the union and the employers sign the agreement.', trigger: 'sign', want: '-', why: 'negative: the clause verb stands past a comma' },
];

for (const c of CASES) {
  test(`${P} ${c.why}`, () => {
    const e = eventAt(c.text, c.trigger, '2026-05-20');
    assert.ok(e, `no event at "${c.trigger}": ${c.text}`);
    assert.equal(e.time ? c.text.slice(e.time.start, e.time.end) : '-', c.want, c.text);
  });
}
