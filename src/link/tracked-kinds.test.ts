import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DigestEvent } from './digest.js';
import { backgroundWhy, type BackgroundWhy } from './tracked-kinds.js';

const S1 = { article: 1, start: 0, end: 40, text: 'one' };
const S2 = { article: 1, start: 41, end: 80, text: 'two' };
const BILL = { article: 1, start: 81, end: 200, text: 'The government tabled a bill on Monday, and it could come to a vote before the recess.' };
const RATE_VOTE = { article: 1, start: 201, end: 260, text: 'The committee held the rate at 1.75% in a 5-2 vote.' };
const ev = (cluster: string, type: string, lemma: string, more: Partial<DigestEvent> = {}): DigestEvent =>
  ({ cluster, type, lemma, trigger: lemma, participants: [], actors: [], places: [], time: null, status: null, modality: 'asserted', certainty: 0.8, cues: [], evidence: S1, sentences: [S1], claims: [], ...more }) as DigestEvent;

const collapse = ev('c', 'DISASTER', 'collapse', { sentences: [S2] });
/** A casualty word told in `text`, alone in its sentence. */
const said = (cluster: string, lemma: string, trigger: string, text: string): DigestEvent => {
  const sentence = { article: 1, start: 300, end: 300 + text.length, text };
  return ev(cluster, 'CASUALTY', lemma, { trigger, evidence: sentence, sentences: [sentence], triggerAt: text.indexOf(trigger) });
};
const hold = ev('h', 'ECONOMY', 'hold', { family: 'rate', sentences: [S2] });
const visit = ev('v', 'CONSULT', 'visit');
const strike = ev('s', 'PROTEST', 'strike');

const ROWS: readonly { name: string; e: DigestEvent; others: DigestEvent[]; want: BackgroundWhy }[] = [
  { name: 'a toll beside a disaster', e: ev('t', 'CASUALTY', 'toll'), others: [collapse], want: 'harm' },
  { name: 'deaths nobody caused', e: ev('d', 'CASUALTY', 'die'), others: [], want: 'harm' },
  { name: 'thanks', e: ev('x', 'SUPPORT', 'thank'), others: [visit], want: 'stance' },
  { name: 'an invitation', e: ev('x', 'REQUEST', 'invite'), others: [], want: 'stance' },
  { name: 'an accepted invitation', e: ev('x', 'AGREE', 'accept'), others: [], want: 'stance' },
  // a union's ballot, a council's vote on a measure, a referendum are happenings followed through time of their own
  { name: "members' vote on what its sentence names (a strike, a deal)", e: ev('x', 'POLITICAL', 'vote'), others: [strike], want: null },
  { name: 'a vote on a rate decision, in a sentence without a bill', e: ev('x', 'POLITICAL', 'vote', { sentences: [RATE_VOTE] }), others: [{ ...hold, sentences: [RATE_VOTE] }], want: 'vote' },
  { name: 'a meeting in a report about a rate decision', e: ev('x', 'CONSULT', 'meet'), others: [hold], want: 'sitting' },
  { name: 'talks during a visit (one sentence)', e: ev('x', 'CONSULT', 'talks'), others: [visit], want: 'sitting' },
  { name: 'talks of the visitor in another sentence', e: ev('x', 'CONSULT', 'talks', { sentences: [S2], participants: ['per:a-b', 'per:c-d'] }), others: [{ ...visit, participants: ['per:a-b'] }], want: 'sitting' },
  { name: 'a count of deaths', e: said('d4', 'die', 'died', 'Two workers died when the roof fell in.'), others: [collapse], want: 'harm' },
  { name: 'a plural death word', e: said('d5', 'death', 'deaths', 'The deaths were reported on Monday.'), others: [collapse], want: 'harm' },
  { name: 'a toll with a number after the trigger', e: said('d6', 'die', 'died', 'Residents died, 14 of them children.'), others: [collapse], want: 'harm' },
  { name: 'people in the plural', e: said('d7', 'die', 'morreram', 'Pessoas morreram no incêndio.'), others: [collapse], want: 'harm' },
  // negatives: tracked events of their own
  { name: "one person's death told with a pronoun", e: said('d8', 'die', 'died', 'He had been treated since August and died in his sleep.'), others: [collapse], want: null },
  { name: "one person's death with an age and a date", e: said('d9', 'die', 'died', 'Tavares Delgado, who died on October 4 at the age of 86, served as president.'), others: [collapse], want: null },
  { name: 'a denied death ("no one")', e: said('d10', 'die', 'died', 'No one has died in our custody.'), others: [collapse], want: null },
  { name: "one person's death in Portuguese, with an age", e: said('d11', 'die', 'morreu', 'Tavares Delgado, que morreu no domingo aos 86 anos, será sepultado.'), others: [collapse], want: null },
  { name: 'a killing with a killer, no incident', e: ev('k', 'CASUALTY', 'kill', { actors: ['per:a-b'] }), others: [], want: null },
  { name: 'a named person\'s death, no incident', e: ev('d2', 'CASUALTY', 'die', { actors: ['per:a-b'] }), others: [], want: null },
  { name: 'a named victim beside an incident', e: ev('d3', 'CASUALTY', 'die', { actors: ['per:a-b'] }), others: [collapse], want: 'harm' },
  { name: 'a rescue beside a disaster', e: ev('r', 'CASUALTY', 'rescue'), others: [collapse], want: null },
  { name: 'agreeing a deal', e: ev('a', 'AGREE', 'agree'), others: [], want: null },
  { name: 'a vote alone in its sentence', e: ev('x', 'POLITICAL', 'vote'), others: [ev('y', 'PROTEST', 'strike', { sentences: [S2] })], want: null },
  { name: 'a legislature\'s vote on a bill beside the bill\'s tabling', e: ev('x', 'POLITICAL', 'vote', { sentences: [BILL] }), others: [ev('y', 'POLITICAL', 'table-bill', { sentences: [BILL] })], want: null },
  { name: 'a vote beside a stance only', e: ev('x', 'POLITICAL', 'vote'), others: [ev('y', 'SUPPORT', 'support')], want: null },
  { name: 'talks in another sentence than the visit', e: ev('x', 'CONSULT', 'talks', { sentences: [S2] }), others: [visit], want: null },
  { name: 'talks of other people than the visit\'s, in another sentence', e: ev('x', 'CONSULT', 'talks', { sentences: [S2], participants: ['per:e-f'] }), others: [{ ...visit, participants: ['per:a-b'] }], want: null },
  { name: 'talks with no decision or visit', e: ev('x', 'CONSULT', 'talks'), others: [ev('a', 'AGREE', 'agree')], want: null },
  { name: 'a visit', e: visit, others: [hold], want: null },
];

for (const r of ROWS) {
  test(`link/tracked-kinds: ${r.name}`, () => {
    assert.equal(backgroundWhy(r.e, [r.e, ...r.others]), r.want);
  });
}
