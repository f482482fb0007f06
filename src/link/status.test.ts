import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DigestEvent } from './digest.js';
import type { ReaderStatus, StatusStep } from './schema.js';
import { PLAN_CHANGE_WORDS } from '../util/plan-change.js';
import { endedWhileUnderWay, orderTimeline, readerStatus, reportStatus, settleDeniedChange, sinceHappened, statusAsOf } from './status.js';

const P = 'link/status:';

function ev(over: Partial<DigestEvent>): DigestEvent {
  return {
    cluster: 'c1', type: 'CONSULT', lemma: 'visit', trigger: 'visit', participants: [], actors: [], places: [], time: null, sentences: [],
    status: null, modality: 'asserted', certainty: 0.8, cues: [], evidence: { article: 1, start: 0, end: 1, text: 'x' }, claims: [],
    ...over,
  };
}
const said = (text: string): DigestEvent['evidence'] => ({ article: 1, start: 0, end: text.length, text });
const time = (text: string, value: string | null, notBefore = false): DigestEvent['time'] => ({ text, value, window: null, notBefore });

test(`${P} per-report readings map to the reader's statuses`, () => {
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { status: 'invited' }, want: 'invited', why: 'an invitation' },
    { e: { type: 'POLITICAL', lemma: 'resign', modality: 'planned', cues: ['offered to', 'not'], time: time('Tuesday night', '2025-02-04') }, want: 'denied', why: 'a plan reported and a mention of it negated: a claim and its denial' },
    { e: { type: 'POLITICAL', lemma: 'resign', modality: 'planned', cues: ['offered to'], time: time('Tuesday night', '2025-02-04') }, want: 'dates-announced', why: 'negative: a plan with no negated mention keeps its date' },
    { e: { type: 'LEGAL', lemma: 'charge', modality: 'expected', cues: ['not'], sentences: [said('He has not yet been charged, but prosecutors expect to charge him.')] }, want: 'expected', why: 'negative: what has not happened yet is no denial, and the plan stands' },
    { e: { status: 'anticipated', time: time('soon', 'FUTURE_REF') }, want: 'expected', why: 'vague future' },
    { e: { status: 'anticipated', time: time('the election', null, true) }, want: 'expected-not-before', why: '"not before"' },
    { e: { status: 'anticipated', time: time('April 8', '2025-04-08') }, want: 'dates-announced', why: 'a dated plan' },
    { e: { status: 'scheduled', time: time('April 8', '2025-04-08') }, want: 'dates-announced', why: 'scheduled with a date' },
    { e: { status: 'scheduled', time: time('in spring', '2025-SP') }, want: 'expected', why: 'scheduled needs a date' },
    { e: { status: 'in-progress' }, want: 'under-way', why: 'under way' },
    { e: { status: 'occurred' }, want: 'happened', why: 'over' },
    { e: { status: 'cancelled' }, want: 'cancelled', why: 'called off' },
    { e: { status: 'anticipated', cues: ['postponed'] }, want: 'postponed', why: 'a postponement cue wins' },
    { e: { type: 'ECONOMY', lemma: 'price-rise', trigger: 'rise', modality: 'hypothetical', sentences: [said('The pump price could rise to around 210 shillings once the subsidy ends on September 30.')] }, want: null, why: 'a possibility is not over because something else in its sentence ends' },
    { e: { type: 'ECONOMY', lemma: 'price-rise', trigger: 'rise', modality: 'asserted', sentences: [said('The rise in pump prices ended the subsidy on September 30.')] }, want: 'happened', why: 'negative: an asserted event with no status of its own still reads an end word' },
    { e: { lemma: 'summit', trigger: 'summit', status: 'scheduled', time: time('Monday, September 7', '2026-09-07'), sentences: [said('The postponed summit will now be held on Monday, September 7.')] }, want: 'dates-announced', why: 'a change named as the noun\'s attribute before a new plan is history' },
    { e: { lemma: 'summit', trigger: 'summit', status: 'anticipated', sentences: [said('The postponed summit has not been given a new date.')] }, want: 'postponed', why: 'negative: an attribute with no new plan after it is the standing status' },
    { e: { status: 'anticipated', cues: ['verschoben'], statusRules: ['status:lang-postponed'] }, want: 'postponed', why: 'the events layer read a postponement in German' },
    { e: { status: 'scheduled', cues: ['reporté'], statusRules: ['status:lang-postponed'], time: time('le 12 mars', '2025-03-12') }, want: 'postponed', why: 'in French, with a new date' },
    { e: { status: 'scheduled', cues: ['soll'], statusRules: ['status:time'], time: time('am 12. Februar', '2025-02-12') }, want: 'dates-announced', why: 'negative: a rule that is no postponement leaves the plan' },
    { e: { status: 'cancelled', cues: ['abgesagt'], statusRules: ['status:lang-cancelled'] }, want: 'cancelled', why: 'negative: called off is not put off' },
    { e: { status: 'anticipated', sentences: [said('Preparations for the visit are under way, officials said.')] }, want: 'preparing', why: 'preparations are under way' },
    { e: { status: 'anticipated', sentences: [said('The visit is being prepared, but no date has been set.')] }, want: 'preparing', why: 'being prepared' },
    { e: { status: 'anticipated', sentences: [said('Both sides agreed to prepare a package of agreements ahead of the visit.')] }, want: 'expected', why: 'preparing something else is not preparing the event' },
    { e: { status: 'anticipated', time: time('March 24 and 25', '2020-03-24'), sentences: [said('Preparations for the visit are continuing as planned.')] }, want: 'dates-announced', why: 'preparations for a plan with its days set: the days are the news' },
    // a bare denial in the next sentence ("Kessler denied it."): the digest adds it to the event's sentences
    { e: { type: 'CASUALTY', lemma: 'die', trigger: 'died', status: 'occurred', sentences: [said('A regional daily reported that a driver had died when his car caught fire.'), said('Kessler denied it.')] }, want: 'denied', why: 'a happening reported, then denied bare' },
    { e: { status: 'cancelled', cues: ['been put off'], sentences: [said('A website reported that the visit had been put off until the autumn.'), said('The ministry denied the report.')] }, want: 'expected', why: 'a change of plan reported, then denied bare: the plan stands' },
    { e: { type: 'CASUALTY', lemma: 'die', trigger: 'died', status: 'occurred', sentences: [said('A regional daily reported that a driver had died when his car caught fire.')] }, want: 'happened', why: 'negative: no denial, the report stands' },
    { e: { status: 'anticipated', sentences: [said("The ministry has begun organising the premier's visit to Riga.")] }, want: 'preparing', why: 'organising the visit' },
    { e: { status: 'anticipated', sentences: [said('Officials are arranging a trip by the premier to Riga.')] }, want: 'preparing', why: 'arranging the trip' },
    { e: { status: 'anticipated', sentences: [said('The ministry is organising a conference before the visit.')] }, want: 'expected', why: 'organising something else, then the visit, is not preparing it' },
    { e: { status: 'scheduled', sentences: [said('The ministry said the visit has not been postponed.')] }, want: 'dates-announced', why: 'a denied postponement is no postponement' },
    { e: { status: 'anticipated', sentences: [said('The visit has been put off because of the outbreak.')] }, want: 'postponed', why: 'put off' },
    // an accord reached is done; a status word before "after" is its main clause's, not the mention's after it
    { e: { type: 'AGREE', lemma: 'deal', trigger: 'deal', sentences: [said('The union called off the strike after reaching a pay deal with the operator late on Tuesday.')] }, want: 'happened', why: 'a deal reached' },
    { e: { type: 'AGREE', lemma: 'agreement', trigger: 'agreement', sentences: [said('The two sides struck an agreement on Friday.')] }, want: 'happened', why: 'an agreement struck' },
    { e: { type: 'AGREE', lemma: 'deal', trigger: 'deal', modality: 'expected', sentences: [said('The sides hope to reach a deal this week.')] }, want: 'expected', why: 'negative: a deal hoped for is not reached' },
    { e: { type: 'AGREE', lemma: 'deal', trigger: 'deal', sentences: [said('Bus strike called off after pay deal')] }, want: null, why: 'negative: the calling-off is the strike\'s' },
    { e: { lemma: 'visit', trigger: 'visit', sentences: [said('The visit was called off after the outbreak.')] }, want: 'cancelled', why: 'negative: the mention before the word keeps it' },
    { e: { type: 'AGREE', lemma: 'deal', trigger: 'deal', status: 'occurred', sentences: [said('A second stoppage was called off when the deal was reached in principle.')] }, want: 'happened', why: 'negative: "when" opens the clause of what brought the calling-off' },
    // a change on a condition is a threat or a possibility, no change
    { e: { status: 'scheduled', time: time('Friday', '2025-03-07'), sentences: [said('The strike, set for Friday, would be postponed if the operator made a new offer.')] }, want: 'dates-announced', why: 'a postponement only if' },
    { e: { status: 'scheduled', time: time('Friday', '2025-03-07'), sentences: [said('The union said the strike on Friday could be called off unless talks fail.')] }, want: 'dates-announced', why: 'a calling-off unless' },
    { e: { status: 'anticipated', sentences: [said('If the rain continues, the launch will have to be postponed.')] }, want: 'expected', why: 'a sentence-opening condition' },
    // talks or a process carried on are under way; a plan to carry on is not
    { e: { lemma: 'talks', trigger: 'talks', sentences: [said('The ministry said talks were continuing and declined to comment.')] }, want: 'under-way', why: 'talks continuing' },
    { e: { lemma: 'negotiate', trigger: 'négociations', sentences: [said('Une délégation conduite par la ministre poursuit les négociations avec les autorités.')] }, want: 'under-way', why: 'in French: carries on the negotiations' },
    { e: { lemma: 'talks', trigger: 'talks', modality: 'planned', sentences: [said('The two sides will continue the talks next week.')] }, want: 'expected', why: 'negative: a plan to carry on is a plan' },
    { e: { lemma: 'talks', trigger: 'talks', sentences: [said('Fighting continued near the border as the talks opened a new round.')] }, want: null, why: 'negative: what continues is the fighting, before the mention' },
    { e: { lemma: 'talks', trigger: 'talks', sentences: [said('The talks continued to stall, officials said.')] }, want: null, why: 'negative: "continued to" is an aspect of another verb' },
    { e: { status: 'anticipated', sentences: [said('The visit has been postponed, and it could be cancelled if the outbreak spreads.')] }, want: 'postponed', why: 'negative: the postponement stands; only the cancellation is conditional' },
    { e: { status: 'anticipated', sentences: [said('The visit has been called off, officials said, though it could resume if the outbreak ends.')] }, want: 'cancelled', why: 'negative: a calling-off told outright beside a condition' },
    { e: { status: 'anticipated', lemma: 'launch', trigger: 'launch', sentences: [said('The launch was scrubbed on Thursday night.')] }, want: 'postponed', why: 'a launch scrubbed' },
    {
      e: { status: 'cancelled', cues: ['postponed'], time: time('March 24', '2020-03-24'), sentences: [said('The visit, planned for March 24, has been postponed, a website reported.'), said('"The visit has not been postponed," the spokeswoman said.')] },
      want: 'dates-announced',
      why: 'a postponement reported and denied in the same report leaves the plan standing',
    },
    {
      e: { status: 'anticipated', sentences: [said('A website reported that the trip had been put off until the autumn.'), said('The ministry denied that the trip had been put off.')] },
      want: 'expected',
      why: 'a denied put-off is no postponement',
    },
    { e: { status: 'cancelled', cues: ['postponed'], sentences: [said('The visit has been postponed because of the outbreak.')] }, want: 'postponed', why: 'negative: an undenied postponement stands' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreement', status: null, modality: 'expected' }, want: 'expected', why: 'an agreement expected, with no schedule' },
    { e: { type: 'AGREE', lemma: 'sign', trigger: 'sign', status: null, modality: 'planned', time: time('May 20', '2025-05-20') }, want: 'dates-announced', why: 'a signing planned for a day' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreement', status: null, modality: 'asserted' }, want: null, why: 'negative: an agreement merely named has no status' },
    {
      e: { status: 'occurred', sentences: [said('The ministry denied reports that the planned visit had been postponed.'), said('A website reported on Tuesday that the visit had been postponed until the autumn.')] },
      want: 'expected',
      why: 'the past tense of a denied postponement does not make the visit happen',
    },
    {
      e: { status: 'occurred', lemma: 'summit', trigger: 'summit', sentences: [said('The presidents held their first summit by video link on Monday, months after the pandemic forced them to postpone a state visit.')] },
      want: 'happened',
      why: 'a status verb whose object is another happening is that one\'s',
    },
    { e: { status: 'anticipated', sentences: [said('The ministers decided to postpone the visit until the spring.')] }, want: 'postponed', why: 'negative: its own noun as the object' },
    { e: { status: 'occurred', sentences: [said('Temirov arrived in Ulaanbaatar on Tuesday for a two-day visit.')] }, want: 'under-way', why: 'arrived for a visit is under way, not over' },
    { e: { status: 'occurred', sentences: [said('Temirov ended a two-day visit on Wednesday.')] }, want: 'happened', why: 'ended' },
    { e: { status: 'anticipated', modality: 'negated' }, want: 'denied', why: 'negated' },
    { e: { lemma: 'charge', trigger: 'charges', status: 'occurred', modality: 'negated', evidence: said('No charges have been filed yet, she said.') }, want: null, why: 'not yet: no denial, no status' },
    { e: { lemma: 'ransom-demand', trigger: 'demand', status: 'occurred', modality: 'negated', evidence: said('Police said no demand had been received by Monday.') }, want: null, why: 'not by a day: no denial' },
    { e: { lemma: 'ransom-demand', trigger: 'demand', status: 'occurred', modality: 'negated', evidence: said('The company said no demand had been received.') }, want: 'denied', why: 'negative: no bound, a denial' },
    { e: { lemma: 'charge', trigger: 'charged', status: 'occurred', modality: 'negated', evidence: said('He has not been charged.') }, want: null, why: 'has not been: what has not happened by now' },
    { e: { lemma: 'talks', trigger: 'talks', type: 'CONSULT', status: null, modality: 'negated', evidence: said('No talks have been scheduled.') }, want: null, why: 'no … has been scheduled: not so far' },
    { e: { lemma: 'talks', trigger: 'talks', type: 'CONSULT', status: null, modality: 'negated', evidence: said('No talks took place, the ministry said.') }, want: 'denied', why: 'negative: a denial of the talks' },
    { e: { lemma: 'talks', trigger: 'talks', status: null, modality: 'negated', evidence: said('"We are not in talks with anyone," the spokeswoman said.') }, want: 'denied', why: 'negative: a denial on the record' },
    { e: { lemma: 'restore', trigger: 'fly', status: null, modality: 'expected', cues: ['not'], evidence: said('The turboprops will not fly again before every aircraft has been inspected.') }, want: 'expected-not-before', why: 'a negated plan bounded by a point' },
    { e: { lemma: 'restore', trigger: 'fly', status: null, modality: 'expected', cues: ['not'], evidence: said('The turboprops will not fly again, the airline said.') }, want: 'denied', why: 'negative: a negated plan with no bound' },
    { e: { status: 'occurred', sentences: [said('Temirov ended a two-day state visit to Mongolia on Wednesday in the western city of Olgii, where he opened a consulate.')] }, want: 'happened', why: 'a status word far from the event ("opened a consulate") is not the event\'s' },
    { e: { status: 'occurred', sentences: [said('The minister wrapped up her visit with a press conference.')] }, want: 'happened', why: 'wrapped up' },
    { e: { lemma: 'summon', trigger: 'summoned', status: 'occurred', sentences: [said('The row began in March, when Gabon summoned the ambassador over the detention.')] }, want: 'happened', why: 'a phase verb before a "when" clause is the clause head\'s, not the event\'s in it' },
    { e: { lemma: 'talks', trigger: 'talks', status: 'occurred', sentences: [said('The talks began on Monday, when the ministers arrived in Brazzaville.')] }, want: 'under-way', why: 'negative: the event before "when" keeps its own phase verb' },
    { e: { sentences: [said('The two sides agreed on Tuesday, at the end of a two-day visit by the trade minister.')] }, want: 'happened', why: 'at the end of a visit: over, though the noun has no status of its own' },
    { e: { lemma: 'sign', trigger: 'signed', status: 'anticipated', sentences: [said('A binding agreement would be signed in the coming months, at the end of a two-day visit by the minister.')] }, want: 'expected', why: '"at the end of" names what follows it, not the signing before it' },
    { e: { status: 'invited', sentences: [said('He invited Ganbold to make a return visit to Astana in 2026, and Ganbold accepted.')] }, want: 'expected', why: 'an invitation accepted' },
    { e: { status: 'anticipated', cues: ['postponed'], sentences: [said('The ministry denied reports that the visit had been postponed.')] }, want: 'expected', why: 'a denied postponement cue is no postponement' },
    { e: { status: 'anticipated', sentences: [said('The visit is planned for May; the minister said a separate summit had been postponed because of the floods in the north of the country.')] }, want: 'expected', why: 'a postponement of something else, far from the event' },
    { e: {}, want: null, why: 'nothing said of its status' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e)), c.want, c.why);
});

function step(id: string, date: string, status: ReaderStatus, article: number): StatusStep {
  return {
    id, date, status, article, outlet: null, evidence: { article, start: 0, end: 1, text: id },
    source: { key: null, name: null, chain: [] }, certainty: 0.8, conflicts: [],
  };
}

test(`${P} timelines are ordered; same-day disagreement and backward moves are conflicts on both sides`, () => {
  const t = orderTimeline([
    step('c', '2025-03-19', 'dates-announced', 4),
    step('a', '2025-03-02', 'expected', 1),
    step('b', '2025-03-05', 'postponed', 3),
    step('d', '2025-04-08', 'happened', 5),
    step('e', '2025-04-08', 'expected', 6),
  ]);
  assert.deepEqual(t.map((s) => s.id), ['a', 'b', 'c', 'd', 'e']);
  assert.deepEqual(t.find((s) => s.id === 'd')!.conflicts, ['e']);
  assert.deepEqual(t.find((s) => s.id === 'e')!.conflicts, ['d']);
  assert.deepEqual(t.find((s) => s.id === 'b')!.conflicts, [], 'a postponement is a reversal, not a conflict');
  assert.equal(statusAsOf(t)!.id, 'c', 'the latest step without a conflict');
  assert.equal(statusAsOf(t, '2025-03-10')!.id, 'b');
  assert.equal(statusAsOf(t, '2025-03-01'), null, 'nothing known before the first report');
});

test(`${P} a later "expected" after "happened" moves backwards and is flagged`, () => {
  const t = orderTimeline([step('a', '2025-04-08', 'happened', 1), step('b', '2025-04-20', 'expected', 2)]);
  assert.deepEqual(t[1]!.conflicts, ['a']);
  const ok = orderTimeline([step('a', '2025-03-01', 'expected', 1), step('b', '2025-04-20', 'happened', 2)]);
  assert.deepEqual(ok.flatMap((s) => s.conflicts), []);
});

const win = (text: string, value: string, from: string, to: string): DigestEvent['time'] => ({ text, value, window: { from, to }, notBefore: false });

test(`${P} incidents, warnings and strikes: the family decides what "occurred" means`, () => {
  const DAY = '2025-03-12';
  const warning = { type: 'DISASTER', lemma: 'warning', trigger: 'alert', family: 'incident' as const };
  const fire = { type: 'DISASTER', lemma: 'fire', trigger: 'wildfire', family: 'incident' as const };
  const evacuation = { type: 'CASUALTY', lemma: 'evacuate', trigger: 'evacuation', family: 'incident' as const, status: 'occurred' as const };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { ...warning, status: 'occurred', phase: 'warning-issued', time: win('Tuesday', '2025-03-11', '2025-03-11', '2025-03-11') }, want: 'under-way', why: 'a warning issued yesterday is in force' },
    { e: { ...warning, status: 'occurred', phase: 'warning-issued', time: win('February 2024', '2024-02', '2024-02-01', '2024-02-29') }, want: 'happened', why: 'a warning issued a year ago is over' },
    { e: { ...warning, status: 'occurred', phase: 'warning-lifted' }, want: 'happened', why: 'a warning lifted' },
    { e: { ...warning, status: 'occurred', sentences: [said('The weather service lifted its red alert for the two provinces on Sunday.')] }, want: 'happened', why: 'lifted, read from the sentence' },
    { e: { ...warning, status: 'cancelled', sentences: [said('The flood alert was cancelled on Monday morning.')] }, want: 'happened', why: 'a warning cancelled is lifted, not a plan called off' },
    { e: { type: 'ECONOMY', lemma: 'cut', trigger: 'cut', family: 'rate', phase: 'decided', status: 'occurred', sentences: [said('The bank last cut its rate in April 2025, in the final step of an easing cycle that began in 2023.')] }, want: 'happened', why: 'the cycle began, not the cut' },
    { e: { type: 'CONSULT', lemma: 'talks', trigger: 'talks', status: 'occurred', sentences: [said('The talks, which began on Monday, are expected to end on Friday.')] }, want: 'under-way', why: 'negative: the talks themselves began' },
    { e: { type: 'ASSAULT', lemma: 'attack', trigger: 'attack', status: 'occurred', sentences: [said('Prosecutors have opened a criminal investigation into the attack.')] }, want: 'happened', why: 'the investigation opened, not the attack' },
    { e: { type: 'CASUALTY', lemma: 'evacuate', trigger: 'evacuated', status: 'occurred', sentences: [said('The first of 3,400 people evacuated from its slopes began returning to their villages.')] }, want: 'happened', why: 'the return began, not the evacuation' },
    { e: { type: 'CONSULT', lemma: 'talks', trigger: 'talks', status: 'occurred', sentences: [said('The two ministers opened the talks on Monday.')] }, want: 'under-way', why: 'negative: the start’s object is the event’s own word' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: 'occurred', sentences: [said('The strike began on Monday, and the wage cycle that started in May goes on.')] }, want: 'under-way', why: 'negative: one start word is the event’s own' },
    { e: { type: 'COERCE', lemma: 'ban', trigger: 'interdiction', status: 'occurred', sentences: [said("Le tribunal administratif a suspendu vendredi l'interdiction des vélos, qui devait entrer en vigueur le 1er juillet.")] }, want: 'postponed', why: 'a measure suspended by a court before its start is put off (French)' },
    { e: { type: 'COERCE', lemma: 'ban', trigger: 'ban', status: 'occurred', sentences: [said('A lower court froze the ban days before it was due to begin, the city said.')] }, want: 'postponed', why: 'a measure frozen days before its start is put off' },
    { e: { type: 'ECONOMY', lemma: 'price-rise', trigger: 'rise', status: null, sentences: [said('The High Court suspended the rise in fuel prices that was due to take effect on Thursday.')] }, want: 'postponed', why: 'suspended … that was due to take effect' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike', status: 'occurred', sentences: [said("Last month's strike was suspended the night before it was due to start.")] }, want: 'postponed', why: 'the passive subject suspended before its start' },
    { e: { type: 'CONSULT', lemma: 'talks', trigger: 'talks', status: null, sentences: [said('The union suspended the strike that was due to begin on Friday, to allow talks.')] }, want: null, why: 'negative: another happening after the suspended one' },
    { e: { type: 'COERCE', lemma: 'ban', trigger: 'Fahrverbot', status: null, sentences: [said('Das Gericht hat das Fahrverbot wenige Tage vor dem geplanten Start am 1. April vorläufig ausgesetzt.')] }, want: 'postponed', why: 'German: the verb last' },
    { e: { type: 'LEGAL', lemma: 'injunction', trigger: 'suspended', status: 'occurred', sentences: [said('A court on Wednesday suspended the ban, which was due to take effect on April 1.')] }, want: 'happened', why: 'negative: the court’s own act happened' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: 'occurred', family: 'strike', sentences: [said('Police blocked the road where the strike was held on Monday.')] }, want: 'happened', why: 'negative: a blocking with no start ahead puts nothing off' },
    { e: { type: 'ASSAULT', lemma: 'abduct', trigger: 'kidnapped', family: 'incident', status: 'occurred', sentences: [said('The handover of six people kidnapped from the resort has been put off, officials said.')] }, want: 'happened', why: 'a kidnapping beside a handover put off is not put off' },
    { e: { type: 'LEGAL', lemma: 'handover', trigger: 'handover', family: 'legal', status: 'occurred', sentences: [said('The handover of six people kidnapped from the resort has been put off, officials said.')] }, want: 'postponed', why: 'negative: the handover itself is put off' },
    { e: { type: 'CASUALTY', lemma: 'search', trigger: 'search', family: 'incident', status: 'occurred', sentences: [said('The search for the missing has been delayed by the storm, officials said.')] }, want: 'postponed', why: 'negative: a search may be put off' },
    { e: { type: 'CASUALTY', lemma: 'rescue', trigger: 'rescue', family: 'incident', status: 'occurred', sentences: [said('The rescue was called off after teams found the last two missing people dead.')] }, want: 'happened', why: 'a rescue called off has ended' },
    { e: { type: 'LEGAL', lemma: 'trial', trigger: 'trial', family: 'legal', status: 'in-progress', sentences: [said('The court jailed him for nine years, ending a trial that opened on September 8.')] }, want: 'happened', why: '"ending a trial" that opened: over' },
    { e: { type: 'LEGAL', lemma: 'detain', trigger: 'detention', family: 'legal', sentences: [said('Guinea-Bissau released them, ending seven weeks of detention.')] }, want: 'happened', why: '"ending seven weeks of detention": the span of what ends' },
    { e: { type: 'LEGAL', lemma: 'detain', trigger: 'detention', family: 'legal', status: 'anticipated', modality: 'planned', sentences: [said('Ending seven weeks of detention is the aim of the talks.')] }, want: 'expected', why: 'negative: a plan to end it is still a plan' },
    { e: { type: 'CASUALTY', lemma: 'evacuate', trigger: 'evacuation', family: 'incident', status: 'occurred', sentences: [said('The evacuation of 40,000 people from the coast is under way, officials said.')] }, want: 'under-way', why: 'an evacuation under way' },
    { e: { type: 'DISASTER', lemma: 'capsize', trigger: 'capsized', family: 'incident', status: 'occurred', sentences: [said('The boat capsized on Sunday and a search is under way.')] }, want: 'happened', why: 'negative: the incident itself is not under way' },
    { e: { ...evacuation, sentences: [said('Romanian authorities ordered the evacuation of about 1,800 people from three villages on Tuesday.')], time: win('Tuesday', '2025-03-11', '2025-03-11', '2025-03-11') }, want: 'under-way', why: 'an evacuation ordered goes on' },
    { e: { ...evacuation, trigger: 'evacuate', sentences: [said('The governor ordered 3,000 residents of the river towns to evacuate on Monday.')] }, want: 'under-way', why: 'residents ordered to evacuate' },
    { e: { ...evacuation, sentences: [said('Police ordered the evacuation of the town on Monday, and it was completed by the evening.')] }, want: 'happened', why: 'negative: an evacuation ordered and completed' },
    { e: { ...evacuation, sentences: [said('Authorities ordered the evacuation on Tuesday and lifted the order on Sunday.')] }, want: 'happened', why: 'negative: its order lifted' },
    { e: { ...evacuation, sentences: [said('In 2005 the authorities ordered the evacuation of the same villages.')], time: win('2005', '2005', '2005-01-01', '2005-12-31') }, want: 'happened', why: 'negative: one ordered long ago' },
    { e: { ...evacuation, sentences: [said('Officials ordered an inquiry into the evacuation of the ward.')] }, want: 'happened', why: 'negative: something else ordered' },
    { e: { ...evacuation, sentences: [said('Passengers left the aircraft in an evacuation on the runway.')] }, want: 'happened', why: 'negative: an evacuation told, not ordered' },
    { e: { ...evacuation, sentences: [said('The evacuation below the dam has been widened to two more villages, the minister said.')] }, want: 'under-way', why: 'an evacuation widened goes on' },
    { e: { ...evacuation, trigger: 'leave', sentences: [said('About 1,800 residents of three villages were told to leave their homes on Tuesday.')] }, want: 'under-way', why: 'people told to leave their homes are out of them' },
    { e: { ...evacuation, trigger: 'evacuadas', sentences: [said('Más de 3.200 personas han sido evacuadas de las faldas del volcán desde el lunes, informó la Secretaría.')] }, want: 'under-way', why: 'out since a day, in the present perfect (Spanish)' },
    { e: { ...evacuation, trigger: 'evacuated', sentences: [said('More than 3,200 people have been evacuated since Monday, the secretariat said.')] }, want: 'under-way', why: 'out since a day, in the present perfect' },
    { e: { ...evacuation, trigger: 'evacuated', sentences: [said('The 3,200 people who have been evacuated since Monday were allowed to return home on Friday.')] }, want: 'happened', why: 'negative: out since a day, and back home now' },
    { e: { ...evacuation, trigger: 'leave', sentences: [said('Residents were told to leave the meeting early.')] }, want: 'happened', why: 'negative: told to leave something that is no home' },
    { e: { ...evacuation, trigger: 'evacuated', sentences: [said('The 4,100 people evacuated from five villages will be allowed to return home on Sunday, officials said.')] }, want: 'under-way', why: 'its people not yet back' },
    { e: { ...evacuation, trigger: 'evacuated', sentences: [said('The people evacuated on Tuesday could go back to their homes soon, she said.')] }, want: 'under-way', why: 'a return only possible' },
    { e: { ...evacuation, trigger: 'evacuated', sentences: [said('The 4,100 people evacuated last week have been allowed to return home, officials said.')] }, want: 'happened', why: 'negative: its people allowed back' },
    { e: { ...evacuation, trigger: 'evacuated', sentences: [said('Everyone evacuated from the tower on Monday is back home, the fire service said.')] }, want: 'happened', why: 'negative: its people back home' },
    { e: { ...evacuation, sentences: [said('The minister widened the inquiry into the evacuation of the ward.')] }, want: 'happened', why: 'negative: something else widened' },
    { e: { type: 'ECONOMY', lemma: 'cancel-services', trigger: 'cancelled', status: 'occurred', sentences: [said('The carrier has cancelled more than 300 flights since the fire.')] }, want: 'happened', why: 'services cancelled are the happening, no plan called off' },
    { e: { type: 'ECONOMY', lemma: 'ground', trigger: 'grounding', status: 'occurred', sentences: [said('By Wednesday the grounding had led to 460 cancelled flights, the airline said.')] }, want: 'happened', why: 'flights cancelled call off nothing beside them' },
    { e: { type: 'ECONOMY', lemma: 'ground', trigger: 'grounding', status: 'occurred', sentences: [said('The grounding was cancelled after a day, the airline said.')] }, want: 'cancelled', why: 'negative: the event itself cancelled' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike', phase: 'under-way', status: 'occurred', cues: ['last'], statusRules: ['done:held'], triggerAt: 29, time: win('July 2023', '2023-07', '2023-07-01', '2023-07-31'), evidence: said('Aliserra pilots last went on strike in July 2023, when 180 flights were cancelled.'), sentences: [said('Aliserra pilots last went on strike in July 2023, when 180 flights were cancelled.')] }, want: 'happened', why: 'flights that were cancelled call off no strike' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike', phase: 'under-way', status: 'occurred', cues: ['last'], statusRules: ['done:held'], triggerAt: 29, time: win('July 2023', '2023-07', '2023-07-01', '2023-07-31'), evidence: said('Aliserra pilots last went on strike in July 2023, when the second stoppage was cancelled.'), sentences: [said('Aliserra pilots last went on strike in July 2023, when the second stoppage was cancelled.')] }, want: 'cancelled', why: 'negative: a cancellation whose subject is no service still reads as one (the test is of the services subject only)' },
    { e: { ...warning, status: 'anticipated', modality: 'planned', sentences: [said('The institute said the alert for aftershocks would stay in force until at least Friday.')] }, want: 'under-way', why: 'a warning kept in force is in force now' },
    { e: { ...warning, status: 'anticipated', modality: 'planned', sentences: [said('The institute said a new alert would be issued on Friday.')] }, want: 'dates-announced', why: 'negative: a warning still to be issued is a plan, not in force' },
    { e: { type: 'ECONOMY', lemma: 'inspect', trigger: 'inspections', family: 'campaign', status: 'occurred', phase: 'under-way', sentences: [said('The aircraft could fly within days, once inspections are finished.'), said('Engineers began the inspections on Monday.')] }, want: 'under-way', why: 'an end still ahead ("once … are finished") ends nothing' },
    { e: { type: 'ECONOMY', lemma: 'inspect', trigger: 'inspections', family: 'campaign', status: 'occurred', phase: 'under-way', sentences: [said('The inspections of all 12 aircraft had been completed.')] }, want: 'happened', why: 'negative: an end told as past' },
    { e: { type: 'DISASTER', lemma: 'outbreak', trigger: 'outbreak', family: 'incident', status: 'occurred', sentences: [said('The cholera outbreak has grown to 100 cases.')] }, want: 'under-way', why: 'an outbreak lasts until declared over' },
    { e: { type: 'DISASTER', lemma: 'outbreak', trigger: 'outbreak', family: 'incident', status: 'occurred', sentences: [said('The ministry declared the cholera outbreak over on Friday.')] }, want: 'happened', why: 'negative: an outbreak declared over' },
    { e: { type: 'DISASTER', lemma: 'outbreak', trigger: 'outbreak', family: 'incident', status: 'occurred', sentences: [said('An outbreak in 2023 lasted seven months.')] }, want: 'happened', why: 'negative: an outbreak that lasted a while is over' },
    { e: { type: 'DISASTER', lemma: 'outbreak', trigger: 'outbreak', family: 'incident', status: 'occurred', time: win('2023', '2023', '2023-01-01', '2023-12-31') }, want: 'happened', why: 'negative: an outbreak long past' },
    { e: { type: 'DISASTER', lemma: 'outbreak', trigger: 'outbreak', family: 'outbreak', phase: 'declared', status: 'occurred', time: win('2023', '2023', '2023-01-01', '2023-12-31') }, want: 'happened', why: 'negative: "where the 2023 outbreak began" is over' },
    { e: { type: 'DISASTER', lemma: 'outbreak', trigger: 'outbreak', family: 'outbreak', phase: 'declared', status: 'occurred', time: win('Monday', '2025-03-10', '2025-03-10', '2025-03-10') }, want: 'under-way', why: 'an outbreak declared on Monday is going on' },
    { e: { type: 'DISASTER', lemma: 'outbreak', trigger: 'outbreak', family: 'incident', status: 'occurred', sentences: [said('Fears over the outbreak grew.')] }, want: 'under-way', why: '"over" as a preposition does not end it' },
    { e: { ...fire, status: 'occurred', evidence: said('The wildfire in the hills has now burned more than 3,000 hectares, the authority said.') }, want: 'under-way', why: 'a wildfire told in the present perfect is going on' },
    { e: { ...fire, trigger: 'flood', lemma: 'flood', status: 'occurred', evidence: said('The flood has spread to three more districts, officials said.') }, want: 'under-way', why: 'a flood that has spread' },
    { e: { ...fire, trigger: 'fire', status: 'occurred', evidence: said('The fire is still burning on its northern edge.') }, want: 'under-way', why: 'a fire still burning' },
    { e: { ...fire, trigger: 'fire', status: 'occurred', evidence: said('A fire destroyed a warehouse on Monday.') }, want: 'happened', why: 'negative: a fire told in the plain past happened' },
    { e: { ...fire, status: 'occurred', evidence: said('The wildfire has been extinguished after ten days.') }, want: 'happened', why: 'negative: a wildfire said to be out' },
    { e: { ...fire, status: 'occurred', time: win('2016', '2016', '2016-01-01', '2016-12-31'), evidence: said('The wildfire has burned 9,000 hectares in 2016.') }, want: 'happened', why: 'negative: one long past' },
    { e: { type: 'DISASTER', lemma: 'capsize', trigger: 'capsized', family: 'incident', status: 'occurred', evidence: said('The boat has capsized near the coast.') }, want: 'happened', why: 'negative: an incident that does not spread' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike', status: 'occurred', phase: 'called-off' }, want: 'cancelled', why: 'a strike whose calling-off happened' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike', status: 'occurred', phase: 'called', time: time('Feb. 12', '2025-02-12') }, want: 'dates-announced', why: 'a strike called for a day' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike', status: 'occurred', phase: 'held' }, want: 'happened', why: 'negative: a strike held happened' },
    { e: { lemma: 'meet', trigger: 'meeting', modality: 'hypothetical', cues: ['could'], time: win('August 20', '2025-08-20', '2025-08-20', '2025-08-20') }, want: 'expected', why: 'a possibility with a time ahead ("could come at its next meeting on August 20")' },
    { e: { lemma: 'meet', trigger: 'meeting', modality: 'hypothetical', cues: ['could'], time: win('March 1', '2025-03-01', '2025-03-01', '2025-03-01') }, want: null, why: 'negative: a possibility whose time is past' },
    { e: { lemma: 'meet', trigger: 'meeting', modality: 'hypothetical', cues: ['could'], evidence: said('The ministers could meet, officials said.') }, want: 'expected', why: 'a possibility with no time, said outright, is on the table' },
    { e: { lemma: 'meet', trigger: 'meeting', modality: 'hypothetical', cues: ['could'], evidence: said('The ministers could meet if the talks resume.') }, want: null, why: 'negative: a possibility under a condition' },
    { e: { type: 'LEGAL', lemma: 'investigate', trigger: 'Untersuchung', family: 'campaign', modality: 'hypothetical', cues: ['may'], evidence: said('The authority said it may open a formal investigation.') }, want: 'expected', why: 'a process possible outright, with no condition, is on the table' },
    { e: { type: 'LEGAL', lemma: 'appeal', trigger: 'appel', family: 'legal', modality: 'hypothetical', cues: ['pourrait'], evidence: said("La Ville a annoncé qu'elle pourrait faire appel.") }, want: 'expected', why: 'a possibility in French ("pourrait faire appel") is on the table too' },
    { e: { type: 'LEGAL', lemma: 'appeal', trigger: 'appel', family: 'legal', modality: 'hypothetical', cues: ['pourrait'], evidence: said("La Ville pourrait faire appel si le tribunal confirme.") }, want: null, why: 'negative: a French possibility under a condition ("si")' },
    { e: { type: 'AID', lemma: 'vaccinate', trigger: 'vaccination', family: 'campaign', modality: 'hypothetical', cues: ['could'], evidence: said('A vaccination campaign could start if the doses arrive.') }, want: null, why: 'negative: a process possible under a condition' },
    { e: { type: 'AID', lemma: 'vaccinate', trigger: 'vaccination', family: 'campaign', modality: 'hypothetical', cues: ['would'], evidence: said('A vaccination campaign would follow, officials said.') }, want: null, why: 'negative: no modal of possibility' },
    {
      e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike', status: 'cancelled', cues: ['called off'], sentences: [said('The union called off the strike on Tuesday, a day after denying reports that it had been cancelled.')] },
      want: 'cancelled',
      why: 'a denial the report places before its news leaves the calling-off standing',
    },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), DAY), c.want, c.why);
});

test(`${P} a report's change of plan that another of its mentions denies leaves the plan`, () => {
  const denial = [said('The union denied a report that it had called off the strike.'), said('"The strike has not been called off," she said.')];
  const strike = ev({ type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike', time: time('Wednesday', '2025-02-12') });
  const cases: ReadonlyArray<{ status: ReaderStatus; sentences: readonly { text: string }[]; want: ReaderStatus; why: string }> = [
    { status: 'cancelled', sentences: denial, want: 'dates-announced', why: 'denied elsewhere in the report: the dated plan stands' },
    { status: 'cancelled', sentences: [said('The union called off the strike after a new offer.')], want: 'cancelled', why: 'negative: nothing denies it' },
    { status: 'cancelled', sentences: [said('She had told reporters on Monday that the strike had not been called off.')], want: 'cancelled', why: 'negative: an earlier denial' },
    { status: 'happened', sentences: denial, want: 'happened', why: 'negative: only changes of plan are settled' },
  ];
  for (const c of cases) assert.equal(settleDeniedChange(c.status, strike, c.sentences), c.want, c.why);
});

test(`${P} one status per report: the lead's, made more precise or changed by what follows`, () => {
  const at = (status: ReaderStatus, start: number): StatusStep => ({ ...step(`s${start}`, '2025-06-01', status, 1), evidence: { article: 1, start, end: start + 1, text: 'x' } });
  const cases: ReadonlyArray<{ steps: ReaderStatus[]; want: ReaderStatus | null; why: string }> = [
    { steps: ['expected', 'dates-announced'], want: 'dates-announced', why: 'the dates follow the lead' },
    { steps: ['dates-announced', 'postponed'], want: 'postponed', why: 'a change of plan' },
    { steps: ['expected', 'cancelled'], want: 'cancelled', why: 'called off' },
    { steps: ['under-way', 'happened'], want: 'under-way', why: 'negative: a later "happened" is as often an earlier stage' },
    { steps: ['happened', 'expected'], want: 'happened', why: 'negative: a plan after the lead does not undo it' },
    { steps: ['dates-announced', 'expected'], want: 'dates-announced', why: 'negative: a vaguer plan does not replace a dated one' },
    { steps: ['denied', 'dates-announced'], want: 'dates-announced', why: 'not yet agreed, then a day to sign it' },
    { steps: ['denied', 'expected'], want: 'denied', why: 'negative: a vague hope does not undo a denial' },
    { steps: [], want: null, why: 'no steps' },
  ];
  for (const c of cases) assert.equal(reportStatus(c.steps.map((x, i) => at(x, i * 10))), c.want, c.why);
  // talks met on the report's day and said to be continuing go on; a happening with a past day of its own stays over
  const said2 = (status: ReaderStatus, id: string, start: number, text: string, time?: StatusStep['time']): StatusStep => ({ ...step(id, '2025-06-01', status, 1), evidence: { article: 1, start, end: start + text.length, text }, ...(time ? { time } : {}) });
  assert.equal(reportStatus([said2('happened', 'a', 0, 'Their leaders met the minister.'), said2('under-way', 'b', 40, '"The talks are continuing," a spokesman said.')]), 'under-way', 'talks continuing');
  assert.equal(reportStatus([said2('happened', 'a', 0, 'Their leaders met the minister in May.', { text: 'May', value: '2025-05', window: { from: '2025-05-01', to: '2025-05-31' } }), said2('under-way', 'b', 40, '"The talks are continuing," a spokesman said.')]), 'happened', 'negative: a lead with a past time of its own');
  // in the lead's own sentence: "voted to accept a new pay deal, and … signed it on Friday"
  const same = (status: ReaderStatus, id: string): StatusStep => ({ ...step(id, '2025-06-01', status, 1), evidence: { article: 1, start: 0, end: 90, text: 'x' } });
  assert.equal(reportStatus([same('expected', 'a'), same('happened', 'b')]), 'happened', 'a plan done in the lead sentence');
  assert.equal(reportStatus([same('dates-announced', 'a'), same('happened', 'b')]), 'dates-announced', 'negative: a dated plan keeps its dates ("a trip first mooted in January")');
  assert.equal(reportStatus([at('expected', 0), at('happened', 10)]), 'expected', 'negative: a happening in another sentence');
});

test(`${P} a denial on the record outweighs a plan, an unnamed source's account or another source's account before it in the same report`, () => {
  type Src = StatusStep['source'];
  const outlet: Src = { key: null, name: 'Wire', chain: ['Wire'] };
  const unnamed: Src = { key: null, name: 'two people', chain: ['two people', 'Wire'] };
  const named: Src = { key: 'per:spokeswoman', name: 'Spokeswoman', chain: ['Spokeswoman', 'Wire'] };
  const radio: Src = { key: 'org:radio-one', name: 'Radio One', chain: ['Radio One', 'Wire'] };
  const spokes: Src = { key: null, name: 'a company spokeswoman', chain: ['a company spokeswoman', 'Wire'] };
  const at = (status: ReaderStatus, start: number, source: Src): StatusStep => ({ ...step(`s${start}`, '2025-06-01', status, 1), source, evidence: { article: 1, start, end: start + 1, text: 'x' } });
  const cases: ReadonlyArray<{ steps: Array<[ReaderStatus, Src]>; want: ReaderStatus; why: string }> = [
    { steps: [['happened', unnamed], ['denied', named]], want: 'denied', why: 'talks two people describe, denied on the record' },
    { steps: [['expected', outlet], ['denied', named]], want: 'denied', why: 'a plan denied on the record' },
    { steps: [['happened', outlet], ['denied', named]], want: 'happened', why: "negative: the outlet's own account stands" },
    { steps: [['happened', unnamed], ['denied', unnamed]], want: 'happened', why: 'negative: an unnamed denial' },
    { steps: [['happened', radio], ['denied', named]], want: 'denied', why: 'a happening one source reports, denied on the record by another after it' },
    { steps: [['happened', named], ['denied', named]], want: 'happened', why: 'negative: one source, two readings' },
    { steps: [['denied', named], ['happened', radio]], want: 'denied', why: 'negative: the lead is the denial; a later account does not undo it' },
    { steps: [['happened', radio], ['denied', spokes]], want: 'denied', why: "a company's spokeswoman, unnamed, speaks on the record" },
    { steps: [['happened', radio], ['denied', unnamed]], want: 'happened', why: 'negative: people familiar with the matter are no spokesperson' },
  ];
  for (const c of cases) assert.equal(reportStatus(c.steps.map(([x, src], i) => at(x, i * 10, src))), c.want, c.why);
});

test(`${P} a denial is an earlier one only when its past time stands next to the verb of denying, not when it dates the denied event`, () => {
  type Src = StatusStep['source'];
  const union: Src = { key: 'org:union', name: 'Union', chain: ['Union', 'Courier'] };
  const named: Src = { key: 'per:spokeswoman', name: 'Spokeswoman', chain: ['Spokeswoman', 'Courier'] };
  const claim: StatusStep = { ...step('a', '2025-09-11', 'happened', 1), source: union, evidence: { article: 1, start: 0, end: 1, text: 'The union said an engine had caught fire in August.' } };
  const denial = (text: string, time: string, to: string): StatusStep => ({
    ...step('b', '2025-09-11', 'denied', 1), source: named, evidence: { article: 1, start: 10, end: 11, text }, time: { text: time, value: null, window: { from: null, to } },
  });
  const cases: ReadonlyArray<{ denial: StatusStep; want: ReaderStatus; why: string }> = [
    { denial: denial('"There was no fire in August," she said.', 'August', '2025-08-31'), want: 'denied', why: "the past time is the denied event's: the denial is the report's" },
    { denial: denial('She denied in August that there had been a fire.', 'in August', '2025-08-31'), want: 'happened', why: 'negative: "denied in August": a denial dated before the report leaves the account standing' },
    { denial: denial('The spokeswoman, who last week denied that there had been a fire, said on Thursday it was being checked.', 'last week', '2025-09-07'), want: 'happened', why: 'negative: "last week denied": an earlier denial leaves the account standing' },
    { denial: denial('"There was no fire," she said.', 'today', '2025-09-11'), want: 'denied', why: 'a time of the report\'s day dates nothing before it' },
    // every verb of denying (link/negation.ts DENIAL_VERBS), not only "denied"
    { denial: denial('She refuted in August the claim that there had been a fire.', 'in August', '2025-08-31'), want: 'happened', why: 'negative: "refuted in August": an earlier denial by another verb of denying' },
    { denial: denial('The spokeswoman, who rejected last week that there had been a fire, said on Thursday it was being checked.', 'last week', '2025-09-07'), want: 'happened', why: 'negative: the past time after the verb of denying' },
    { denial: denial('She refused in August to comment; "There was no fire," she said.', 'in August', '2025-08-31'), want: 'denied', why: 'a past time next to a verb that is no denial ("refused") dates no denial' },
  ];
  for (const c of cases) assert.equal(reportStatus([claim, c.denial]), c.want, c.why);
});

test(`${P} a future verb with a day announces the dates; a bound without a date is "not before"`, () => {
  const trial = { type: 'LEGAL', lemma: 'trial', trigger: 'trial', family: 'legal' } as const;
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; day?: string; want: ReaderStatus | null; why: string }> = [
    {
      e: { ...trial, status: 'occurred', sentences: [said('The hearing of Ana Ruiz, the harbour pilot accused over the ferry fire near Vigo in March, will open on 4 November in Madrid, a clerk said.')] },
      want: 'dates-announced',
      why: 'a trial that "will open on" a day after an appositive with a past verb',
    },
    { e: { status: 'anticipated', sentences: [said('The summit is scheduled for May 12 in Oslo, the ministry said.')] }, want: 'dates-announced', why: 'scheduled for a day' },
    { e: { status: 'anticipated', sentences: [said('The union said the walkout would begin at 6 a.m. on Friday.')], lemma: 'walkout', trigger: 'walkout' }, want: 'dates-announced', why: 'a weekday with a clock time' },
    {
      e: { status: 'cancelled', lemma: 'strike', trigger: 'strike', family: 'strike', sentences: [said('The union on Sunday denied a report that it had called off the strike, and said the strike would start on Tuesday.')] },
      want: 'dates-announced',
      why: 'a denial does not reach past a new statement',
    },
    {
      e: { type: 'ECONOMY', lemma: 'cut', trigger: 'cut', family: 'rate', status: 'scheduled', modality: 'expected', time: win('on June 30', '2026-06-30', '2026-06-30', '2026-06-30'), evidence: said('Most economists now expect a cut of 25 basis points on June 30.'), sentences: [said('Most economists now expect a cut of 25 basis points on June 30.')] },
      day: '2026-05-21',
      want: 'expected',
      why: "forecasters' day is theirs, not a day set (link 2026-12: FORECAST)",
    },
    {
      e: { type: 'ECONOMY', lemma: 'cut', trigger: 'cut', family: 'rate', status: 'scheduled', modality: 'expected', time: win('on June 30', '2026-06-30', '2026-06-30', '2026-06-30'), evidence: said('The bank is expected to announce a cut on June 30.'), sentences: [said('The bank is expected to announce a cut on June 30.')] },
      day: '2026-05-21',
      want: 'dates-announced',
      why: 'negative: an expectation with a day and no forecaster keeps the day',
    },
    { e: { status: 'anticipated', sentences: [said('The visit will not take place on Friday, officials said.')] }, want: 'expected', why: 'negative: a date denied' },
    { e: { status: 'anticipated', sentences: [said('The visit was to have taken place on March 3.')] }, want: 'expected', why: 'negative: a past plan' },
    {
      e: { status: 'occurred', lemma: 'collapse', trigger: 'collapse', family: 'incident', time: time('in June', '2025-06'), sentences: [said('The trial of the manager charged over the collapse in June will open on October 20.')] },
      want: 'happened',
      why: 'negative: an event over by its own time is not rescheduled by another event\'s date',
    },
    {
      e: { type: 'AGREE', lemma: 'agree', trigger: 'agreement', status: null, modality: 'planned', sentences: [said('Negotiators will meet again in Lome on June 2, when ministers hope to sign an agreement.')] },
      want: 'dates-announced',
      why: 'a deal planned for the day of a meeting',
    },
    {
      e: { type: 'AGREE', lemma: 'agree', trigger: 'agreement', status: null, modality: 'asserted', sentences: [said('Negotiators will meet again on June 2 to discuss the agreement.')] },
      want: null,
      why: 'negative: an agreement merely named beside a dated meeting',
    },
    { e: { status: 'anticipated', sentences: [said('A spokesman said the visit would not take place before the epidemic is under control.')] }, want: 'expected-not-before', why: 'a bare condition as a bound' },
    { e: { status: 'anticipated', sentences: [said('The premier will not travel until the dispute is settled, so no visit is planned.')] }, want: 'expected-not-before', why: '"not … until" a condition' },
    { e: { status: 'occurred', sentences: [said('He did not leave before the visit ended on Friday.')] }, want: 'happened', why: 'negative: a past event is not bounded' },
    {
      e: { status: 'occurred', time: { text: 'in March', value: '2020-03', window: { from: '2020-03-01', to: '2020-03-31' }, notBefore: false }, sentences: [said('The leaders met by video, nine months after the outbreak forced them to postpone a visit planned for March.')] },
      day: '2020-12-14',
      want: null,
      why: 'a postponement long before the report is the story\'s past',
    },
    {
      e: { status: 'cancelled', time: { text: 'on March 24', value: '2020-03-24', window: { from: '2020-03-24', to: '2020-03-24' }, notBefore: false }, sentences: [said('The visit planned for March 24 has been postponed.')] },
      day: '2020-03-16',
      want: 'postponed',
      why: 'negative: a postponement of a plan still ahead is news',
    },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), c.day ?? null), c.want, c.why);
});

test(`${P} a plan's date before the report's day is no date of the plan`, () => {
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; day: string | null; want: ReaderStatus | null; why: string }> = [
    { e: { status: 'anticipated', modality: 'planned', time: time('since March 2', '2026-03-02') }, day: '2026-03-11', want: 'expected', why: 'an extradition requested, with the day its subject has been held since' },
    { e: { status: null, modality: 'planned', time: time('on March 2', '2026-03-02') }, day: '2026-03-11', want: 'expected', why: 'a plan of no schedule with a past day' },
    { e: { status: 'anticipated', modality: 'planned', time: time('on April 21', '2026-04-21') }, day: '2026-03-11', want: 'dates-announced', why: 'negative: a date ahead is the plan\'s' },
    { e: { status: 'anticipated', modality: 'planned', time: time('today', '2026-03-11') }, day: '2026-03-11', want: 'dates-announced', why: 'negative: the report\'s own day is still ahead of the plan' },
    { e: { status: 'anticipated', modality: 'planned', time: time('on March 2', '2026-03-02') }, day: null, want: 'dates-announced', why: 'negative: an undated report keeps the date' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), c.day), c.want, c.why);
});

test('link/status: the point "since" counts from has happened, unless it is its own clause\'s subject', () => {
  const cases: ReadonlyArray<{ trigger: string; text: string; want: boolean }> = [
    { trigger: 'arrest', text: 'He has been in custody since his arrest and will stay in jail until the trial.', want: true },
    { trigger: 'collapse', text: 'It is the first inspection since the tunnel collapse.', want: true },
    { trigger: 'strike', text: 'Talks have stalled since the strike.', want: true },
    // negatives
    { trigger: 'outbreak', text: '130 cases had been recorded since the outbreak began.', want: false },
    { trigger: 'arrest', text: 'Police expect to make an arrest since the evidence is strong.', want: false },
    { trigger: 'trial', text: 'He will stay in jail until the trial.', want: false },
  ];
  for (const c of cases) assert.equal(sinceHappened({ trigger: c.trigger, evidence: said(c.text) }), c.want, c.text);
  assert.equal(readerStatus(ev({ lemma: 'arrest', trigger: 'arrest', status: 'anticipated', evidence: said(cases[0]!.text) })), 'happened');
});


test(`${P} elections and processes: a name of any mention, "on hold", "finished", an "of" complement, a bounded negation`, () => {
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    {
      e: { type: 'POLITICAL', lemma: 'sworn', trigger: 'sworn', triggers: ['sworn', 'swearing-in'], modality: 'planned', time: time('Monday', '2025-10-13'), sentences: [said('He was due to be sworn in on Monday, but the swearing-in has been put off until the court rules.')] },
      want: 'postponed',
      why: 'a status word beside another mention\'s trigger ("the swearing-in has been put off")',
    },
    {
      e: { type: 'POLITICAL', lemma: 'sworn', trigger: 'sworn', modality: 'planned', time: time('Monday', '2025-10-13'), sentences: [said('He was due to be sworn in on Monday, but the swearing-in has been put off until the court rules.')] },
      want: 'dates-announced',
      why: 'negative: without that mention the word is past "but", not the event\'s',
    },
    { e: { type: 'POLITICAL', lemma: 'sworn', trigger: 'swearing-in', sentences: [said('His swearing-in remains on hold until the recount is complete.')] }, want: 'postponed', why: 'on hold' },
    {
      e: { type: 'POLITICAL', lemma: 'recount', trigger: 'recount', status: 'anticipated', sentences: [said('His swearing-in remains on hold until the recount is complete.')] },
      want: 'expected',
      why: 'negative: what follows "until" is the condition, not the thing held',
    },
    { e: { type: 'POLITICAL', lemma: 'recount', trigger: 'recount', status: 'occurred', family: 'campaign', phase: 'under-way', sentences: [said('The recount finished late on Thursday after two days.')] }, want: 'happened', why: 'finished ends a process' },
    {
      e: { type: 'POLITICAL', lemma: 'elect', trigger: 'by-election', status: 'occurred', family: 'election', phase: 'held', sentences: [said("The recount of last month's by-election began on Wednesday morning.")] },
      want: 'happened',
      why: 'an "of" complement of another happening does not take the head\'s verb',
    },
    { e: { type: 'POLITICAL', lemma: 'elect', trigger: 'by-election', status: 'occurred', sentences: [said('The by-election began on Wednesday morning.')] }, want: 'under-way', why: 'negative: its own verb' },
    { e: { type: 'POLITICAL', lemma: 'sworn', trigger: 'posesión', modality: 'negated', evidence: said('Olivero no ha tomado posesión de su escaño y no lo hará hasta que termine el recuento.') }, want: 'expected-not-before', why: 'a negation bounded by a condition (Spanish)' },
    { e: { type: 'POLITICAL', lemma: 'sworn', trigger: 'sworn', modality: 'negated', evidence: said('He will not be sworn in until the recount is over.') }, want: 'expected-not-before', why: 'a negation bounded by a condition (English)' },
    { e: { type: 'POLITICAL', lemma: 'sworn', trigger: 'sworn', modality: 'negated', evidence: said('The clerk denied that he had been sworn in.') }, want: 'denied', why: 'negative: a plain denial' },
    { e: { type: 'ECONOMY', lemma: 'cut', trigger: 'lowering', modality: 'negated', evidence: said('Most members ruled out lowering interest rates before July 2027.') }, want: 'expected-not-before', why: 'ruled out … before: a bound' },
    { e: { type: 'ECONOMY', lemma: 'cut', trigger: 'lowering', modality: 'negated', evidence: said('Most members ruled out lowering interest rates this year.') }, want: 'denied', why: 'negative: ruled out with no bound' },
    { e: { type: 'POLITICAL', lemma: 'recount', trigger: 'recount', sentences: [said('"The recount has not been halted," the returning officer said.')] }, want: 'under-way', why: 'a stop denied: it goes on' },
    { e: { type: 'POLITICAL', lemma: 'recount', trigger: 'recount', status: 'anticipated', sentences: [said('The recount has not been halted, because it has not begun.')] }, want: 'expected', why: 'negative: a plan not yet begun is not under way' },
    // a suspension for a span or until a point is put off (it resumes), whatever a denied scrapping beside it says
    { e: { type: 'SANCTION', lemma: 'tariff', trigger: 'tariffs', status: 'cancelled', cues: ['suspended', 'scrapped'], time: time('the same period', '2025-Q1'), sentences: [said('Mexico has suspended its tariffs on steel for 90 days.'), said('"The tariffs have not been scrapped," a spokesman said.')] }, want: 'postponed', why: 'suspended for 90 days, a scrapping denied' },
    { e: { type: 'SANCTION', lemma: 'tariff', trigger: 'tariffs', status: 'cancelled', cues: ['suspended'], sentences: [said('Brazil has suspended its tariffs for the same period.')] }, want: 'postponed', why: 'suspended for a period' },
    { e: { type: 'SANCTION', lemma: 'tariff', trigger: 'tariffs', status: 'cancelled', cues: ['suspended'], sentences: [said('Brazil has suspended its tariffs.')] }, want: 'cancelled', why: 'negative: a suspension with no span is a stop' },
    { e: { type: 'CASUALTY', lemma: 'search', trigger: 'search', status: 'occurred', sentences: [said('The search for the missing was suspended at nightfall and will resume at first light.')] }, want: 'postponed', why: 'suspended, to resume' },
    { e: { type: 'CASUALTY', lemma: 'search', trigger: 'search', status: 'occurred', sentences: [said('The divers\' search was halted for the night and will restart at dawn.')] }, want: 'postponed', why: 'halted, to restart' },
    { e: { type: 'CONSULT', lemma: 'talks', trigger: 'talks', status: 'cancelled', cues: ['suspended'], sentences: [said('The talks were suspended on Monday, and the union said it would resume its strike.')] }, want: 'cancelled', why: 'negative: what resumes is another thing, past the clause' },
    // the appeal a court is to hear has been lodged; the hearing is the plan
    { e: { type: 'LEGAL', lemma: 'appeal', trigger: 'appeal', status: 'anticipated', modality: 'planned', evidence: said("The Council of State will hear Milan's appeal on Thursday, April 15."), triggerAt: 37 }, want: 'happened', why: 'will hear the appeal' },
    { e: { type: 'LEGAL', lemma: 'appeal', trigger: 'appeal', status: 'anticipated', modality: 'planned', evidence: said('The city will file an appeal on Monday.'), triggerAt: 25 }, want: 'expected', why: 'negative: an appeal still to be filed' },
    // "on hold": a plan put off, but a rate on hold is a hold decision
    { e: { type: 'CONSULT', lemma: 'visit', trigger: 'visit', status: 'anticipated', modality: 'planned', sentences: [said('The visit has been put on hold until the spring.')] }, want: 'postponed', why: 'a visit on hold' },
    { e: { type: 'ECONOMY', lemma: 'raise', trigger: 'rise', family: 'rate', status: null, modality: 'expected', sentences: [said('Seven of 15 economists expect a quarter-point rise in November, the rest see the rate on hold until the spring.')] }, want: 'expected', why: 'negative: a rate on hold is no plan put off' },
    // a negation inside a condition denies nothing
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreement', modality: 'negated', evidence: said('If there is no agreement they will apply again on September 3.') }, want: null, why: 'if there is no agreement' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreement', modality: 'negated', evidence: said('There is no agreement, the minister said.') }, want: 'denied', why: 'negative: a plain negation is a denial' },
    // a refusal to act on an event or to speak of it is a decision or a silence, no denial
    { e: { type: 'LEGAL', lemma: 'release', trigger: 'release', modality: 'negated', evidence: said('The court refused to release him on bail, the broadcaster said.') }, want: null, why: 'refused to release' },
    { e: { type: 'ECONOMY', lemma: 'demand', trigger: 'demand', modality: 'negated', evidence: said('The charity said it would not discuss any demand.') }, want: null, why: 'would not discuss any demand' },
    { e: { type: 'LEGAL', lemma: 'arrest', trigger: 'arrest', modality: 'negated', evidence: said('Police declined to confirm the arrest.') }, want: null, why: 'declined to confirm' },
    { e: { type: 'LEGAL', lemma: 'release', trigger: 'released', modality: 'negated', evidence: said('The prosecutor denied that he had been released.') }, want: 'denied', why: 'negative: a plain denial of the happening' },
    { e: { type: 'ECONOMY', lemma: 'devalue', trigger: 'devaluation', modality: 'negated', evidence: said('The governor declined on Tuesday to rule out a devaluation of the kwacha.') }, want: null, why: 'declined on Tuesday to rule out' },
    { e: { type: 'ECONOMY', lemma: 'devalue', trigger: 'devaluation', modality: 'negated', evidence: said('The minister would not rule out a devaluation.') }, want: null, why: 'would not rule out' },
    { e: { type: 'ECONOMY', lemma: 'pay', trigger: 'pay', modality: 'negated', evidence: said('"We do not pay ransoms," its director said.') }, want: null, why: 'a standing rule in the simple present' },
    { e: { type: 'ECONOMY', lemma: 'pay', trigger: 'pay', modality: 'negated', evidence: said('"We did not pay a ransom," its director said.') }, want: 'denied', why: 'negative: a past act denied' },
    // a negation in a relative clause on people sorts them; it denies nothing of the event
    { e: { type: 'POLITICAL', lemma: 'vote', trigger: 'vote', modality: 'negated', evidence: said('"I will be the president of those who did not vote for me too," he said.') }, want: null, why: 'those who did not vote' },
    { e: { type: 'POLITICAL', lemma: 'vote', trigger: 'vote', modality: 'negated', evidence: said('The commission said the runoff vote did not take place in two regions.') }, want: 'denied', why: 'negative: no relative clause on people' },
    // what another happening came after is over, though it began
    { e: { type: 'CONSULT', lemma: 'negotiate', trigger: 'negotiations', status: 'in-progress', sentences: [said('The deal was signed on August 21 after negotiations that began in Brasilia in June.')] }, want: 'happened', why: 'after negotiations that began' },
    { e: { type: 'CONSULT', lemma: 'negotiate', trigger: 'negotiations', status: 'in-progress', sentences: [said('Negotiations began in Brasilia in June.')] }, want: 'under-way', why: 'negative: begun and not over' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e)), c.want, c.why);
});

test(`${P} a lasting state (a ceasefire, a curfew) is under way once in force, until it ends; a future-dated one has its day`, () => {
  const truce = (over: Partial<DigestEvent>): Partial<DigestEvent> => ({ type: 'RETREAT', lemma: 'ceasefire', trigger: 'ceasefire', ...over });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; day?: string; want: ReaderStatus | null; why: string }> = [
    { e: truce({ status: 'occurred', sentences: [said('The ceasefire came into force at midnight on Friday.')] }), want: 'under-way', why: 'came into force' },
    { e: truce({ sentences: [said('The truce has held for ten days without a confirmed breach.')] }), want: 'under-way', why: 'has held, with no status of its own' },
    { e: truce({ lemma: 'curfew', trigger: 'curfew', status: 'occurred', sentences: [said('The curfew took effect on Monday night.')] }), want: 'under-way', why: 'a curfew took effect' },
    { e: truce({ lemma: 'curfew', trigger: 'curfew', sentences: [said('Police fired tear gas, and the government ordered a night-time curfew in the city.')] }), want: 'under-way', why: 'a curfew ordered' },
    { e: truce({ lemma: 'curfew', trigger: 'curfew', sentences: [said('The government said a curfew would be in force from 9 p.m. until further notice.')] }), want: 'under-way', why: 'a curfew until further notice' },
    { e: truce({ lemma: 'curfew', trigger: 'curfew', status: 'anticipated', sentences: [said('The government may order a curfew if the protests go on.')] }), want: 'expected', why: 'negative: a curfew that may be ordered is a prospect' },
    { e: truce({ lemma: 'curfew', trigger: 'curfew', status: 'occurred', sentences: [said('The curfew ordered on Saturday was lifted on Tuesday.')] }), want: 'happened', why: 'negative: ordered, then lifted' },
    { e: truce({ status: 'occurred', sentences: [said('The truce had held for three weeks before it collapsed.')] }), want: 'happened', why: 'negative: a truce that collapsed is over' },
    { e: truce({ status: 'occurred', sentences: [said('The ceasefire has not held.')] }), want: 'happened', why: 'negative: "has not held" puts nothing in force' },
    { e: { status: 'occurred', sentences: [said('The summit has held its first session.')] }, want: 'happened', why: 'negative: only a lasting state is held in force' },
    { e: truce({ status: 'anticipated', sentences: [said('The ceasefire is expected to take effect soon.')] }), want: 'expected', why: 'negative: a plan to take effect is not in force' },
    { e: truce({ cues: ['will'], time: time('at midnight on Friday', '2025-10-10T24:00') }), day: '2025-10-08', want: 'dates-announced', why: 'a ceasefire that will take effect on a later day' },
    { e: truce({ cues: ['will'], time: time('on Friday', '2025-10-03') }), day: '2025-10-08', want: null, why: 'negative: a day before the report is no announcement' },
    { e: truce({ cues: [], time: time('on Friday', '2025-10-10') }), day: '2025-10-08', want: null, why: 'negative: no future auxiliary, no schedule' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), c.day ?? null), c.want, c.why);
});

test(`${P} a place closed stays closed, under way, until it reopens`, () => {
  const closure = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({ type: 'ECONOMY', lemma: 'close', trigger: 'closed', status: 'occurred', sentences: [said(text)], evidence: said(text), ...over });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; day?: string; want: ReaderStatus | null; why: string }> = [
    { e: closure('Authorities closed six beaches around Sfax until further notice.'), want: 'under-way', why: 'a closure made is in force' },
    { e: closure("Gabon's consulate in Bata reopened on Thursday.", { trigger: 'reopened' }), want: 'happened', why: 'negative: a reopening ends it' },
    { e: closure('The consulate reopened on Thursday and began handing out passports.', { trigger: 'reopened', status: 'in-progress' }), want: 'happened', why: 'negative: a reopening ends it, whatever else its sentence starts' },
    { e: closure('The six beaches, closed since Monday, will reopen once the slick is gone.'), want: 'under-way', why: 'a reopening ahead leaves the closure in force' },
    { e: closure('The ministry reopened the six beaches that had been closed since mid-September.'), want: 'happened', why: 'negative: closed, and reopened in the same sentence' },
    { e: closure('The bridge was closed in 2019.', { time: win('in 2019', '2019', '2019-01-01', '2019-12-31') }), day: '2025-09-12', want: 'happened', why: 'negative: a closure long past is over' },
    { e: closure('The old bridge, closed to lorries since 2019, will stay open to cars.', { time: win('since 2019', '2019', '2019-01-01', '2025-09-12') }), day: '2025-09-12', want: 'happened', why: "negative: a closure made years before is the story's past" },
    { e: closure('The road has been closed since Monday.', { time: win('since Monday', '2025-09-08', '2025-09-08', '2025-09-12') }), day: '2025-09-12', want: 'under-way', why: 'a closure since a recent day is in force' },
    // made within a year of the report (its time's start), whatever its end
    { e: closure('The pier has been closed since February.', { time: win('since February', '2025-02', '2025-02-24', '2025-09-12') }), day: '2025-09-12', want: 'under-way', why: 'a closure made months before is in force' },
    { e: closure('The pier has been closed since August last year.', { time: win('since August last year', '2024-08', '2024-08-08', '2025-09-12') }), day: '2025-09-12', want: 'happened', why: "negative: made more than a year before, though its time runs to the report's day" },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), c.day ?? null), c.want, c.why);
});

test(`${P} an authority's ban is in force once imposed, until it is lifted, struck down or overturned`, () => {
  const ban = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({ type: 'COERCE', lemma: 'ban', trigger: 'barred', status: 'occurred', sentences: [said(text)], evidence: said(text), ...over });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; day?: string; want: ReaderStatus | null; why: string }> = [
    { e: ban("Police on Friday barred next week's march by nurses."), want: 'under-way', why: 'a ban imposed is in force' },
    { e: ban('Several thousand protesters defied a ban and marched against power cuts.'), want: 'under-way', why: 'a ban defied is in force' },
    { e: ban('Nurses marched despite a police ban, which a court struck down on Monday.'), want: 'happened', why: 'negative: defied, then struck down' },
    { e: ban('The High Court struck down the police ban on the march.', { trigger: 'ban' }), want: 'happened', why: 'negative: a ban struck down is over' },
    { e: ban('Two days after the court overturned a police ban, nurses marched.', { trigger: 'ban' }), want: 'happened', why: 'negative: a ban overturned is over' },
    { e: ban('The ban on gatherings was lifted on Monday.', { trigger: 'ban' }), want: 'happened', why: 'negative: a ban lifted is over' },
    { e: ban('Police barred a march in 2019.', { time: win('in 2019', '2019', '2019-01-01', '2019-12-31') }), day: '2025-09-12', want: 'happened', why: 'negative: a ban long past is over' },
    { e: ban('Police barred the march.', { lemma: 'arrest', type: 'LEGAL', trigger: 'arrested' }), want: 'happened', why: 'negative: only a ban stays in force' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), c.day ?? null), c.want, c.why);
});

test(`${P} a possibility bounded by a span from now ("could … within days") is expected`, () => {
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { lemma: 'ceasefire', modality: 'hypothetical', cues: ['could'], evidence: said('The two sides could agree to a ceasefire within days, the mediator said.') }, want: 'expected', why: 'within days' },
    { e: { lemma: 'deal', modality: 'hypothetical', cues: ['may'], evidence: said('A deal may be signed within the next few weeks.') }, want: 'expected', why: 'within the next few weeks' },
    { e: { lemma: 'ceasefire', modality: 'hypothetical', cues: ['could'], evidence: said('A ceasefire could follow, the mediator said.') }, want: 'expected', why: 'a possibility said outright is on the table, undated' },
    { e: { lemma: 'ceasefire', modality: 'hypothetical', cues: ['could'], evidence: said('A ceasefire could follow if the rebels withdraw.') }, want: null, why: 'negative: a possibility under a condition' },
    { e: { lemma: 'ceasefire', modality: 'asserted', evidence: said('The ceasefire broke down within days.') }, want: null, why: 'negative: a span in an asserted sentence is no plan' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e)), c.want, c.why);
});

test(`${P} a present progressive with a time ahead is an arrangement; a ban is no denial and no happening`, () => {
  const DAY = '2025-09-12';
  const march = { type: 'PROTEST', lemma: 'march', trigger: 'march' };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { ...march, trigger: 'marching', status: 'in-progress', time: win('September 18', '2025-09-18', '2025-09-18', '2025-09-18') }, want: 'dates-announced', why: '"We are still marching on September 18": a day ahead' },
    { e: { type: 'CONSULT', lemma: 'meet', trigger: 'meeting', status: 'in-progress', cues: ['is'], time: win('next week', '2025-W38', '2025-09-15', '2025-09-21') }, want: 'dates-announced', why: '"is meeting the premier next week": a week ahead' },
    { e: { type: 'CONSULT', lemma: 'visit', trigger: 'visiting', status: 'in-progress', cues: ['is'], time: win('in November', '2025-11', '2025-11-01', '2025-11-30') }, want: 'expected', why: '"is visiting in November": ahead, but no day' },
    { e: { type: 'CONSULT', lemma: 'visit', trigger: 'visiting', status: 'in-progress', cues: ['is'], time: win('on Friday', '2025-09-19', '2025-09-19', '2025-09-19'), sentences: [said('The minister is visiting Nairobi on Friday.')] }, want: 'dates-announced', why: 'the "is visiting" cue does not make it under way when its day is ahead' },
    { e: { ...march, trigger: 'marching', status: 'in-progress', time: win('Friday', '2025-09-12', '2025-09-12', '2025-09-12') }, want: 'under-way', why: 'negative: marching on the report\'s own day is under way' },
    { e: { ...march, trigger: 'marching', status: 'in-progress' }, want: 'under-way', why: 'negative: no time, under way' },
    { e: { ...march, trigger: 'marching', status: 'in-progress', time: win('Monday', '2025-09-08', '2025-09-08', '2025-09-08') }, want: 'under-way', why: 'negative: a past time stays under way' },
    { e: { ...march, trigger: 'procession', modality: 'negated', cues: ['no'], evidence: said('"No procession will be permitted on that route on the 18th," the police spokesman said.') }, want: null, why: 'a refused permission is no denial' },
    { e: { ...march, modality: 'negated', cues: ['no'], evidence: said('"No march will be authorised in the city centre this weekend," the prefect said.'), sentences: [said('"No march will be authorised in the city centre this weekend," the prefect said.'), said('In 2019 police dispersed its march outside the ministry.')] }, want: null, why: 'a refused permission is no denial, though the march is named elsewhere too' },
    { e: { ...march, status: 'occurred', time: win('Friday', '2025-09-12', '2025-09-12', '2025-09-12'), evidence: said('Police on Friday barred next week\'s march by nurses to Parliament.') }, want: null, why: 'the past tense is the ban\'s: the march has not happened' },
    { e: { ...march, status: 'occurred', evidence: said('The march was banned by police on Tuesday.') }, want: null, why: 'a passive ban' },
    { e: { ...march, status: 'cancelled', cues: ['called off'], evidence: said('The union called off the march after police banned it.'), sentences: [said('The union called off the march after police banned it.')] }, want: 'cancelled', why: 'negative: the organisers calling it off cancel it' },
    { e: { ...march, status: 'occurred', evidence: said('The march, which police had banned, went ahead on Thursday.'), sentences: [said('The march, which police had banned, went ahead on Thursday.'), said('Thousands joined the march on Thursday.')] }, want: 'happened', why: 'negative: a march held despite a ban happened' },
    { e: { ...march, status: 'occurred', evidence: said('The march was banned on Tuesday.'), sentences: [said('The march was banned on Tuesday.'), said('Nurses held the march anyway on Thursday.')] }, want: 'happened', why: 'negative: another sentence tells the march itself' },
    { e: { type: 'CONSULT', lemma: 'summit', trigger: 'summit', modality: 'negated', cues: ['denied'], evidence: said('The government denied that the summit would take place.') }, want: 'denied', why: 'negative: a denial stays a denial' },
    { e: { type: 'CONSULT', lemma: 'summit', trigger: 'summit', modality: 'negated', cues: ['will not take place'], evidence: said('The summit will not take place, the ministry said.') }, want: 'denied', why: 'negative: "will not take place" is no ban' },
    { e: { ...march, time: win('Thursday, September 18', '2025-09-18', '2025-09-18', '2025-09-18'), evidence: said('The union on Monday called a march through the capital for Thursday, September 18.') }, want: 'dates-announced', why: 'a happening of a general kind set for a day ahead' },
    { e: { ...march, time: win('Thursday', '2025-09-18', '2025-09-18', '2025-09-18'), evidence: said('Police said on Friday that the march through the capital on Thursday had worried traders.') }, want: null, why: 'negative: a day ahead, not set "for" it' },
    { e: { ...march, time: win('Thursday', '2025-09-18', '2025-09-18', '2025-09-18'), evidence: said("Organisers expect thousands at Thursday's nurses' march.") }, want: 'dates-announced', why: 'a day ahead that owns the event noun ("Thursday\'s nurses\' march")' },
    { e: { ...march, time: win('Thursday', '2025-09-18', '2025-09-18', '2025-09-18'), evidence: said("Thursday's heat will worry the march organisers.") }, want: null, why: 'negative: the day owns another noun' },
    { e: { ...march, time: win('Monday', '2025-09-08', '2025-09-08', '2025-09-08') }, want: 'happened', why: 'a day of its own gone by, asserted of a noun with no tense: past (since 2026-12-07)' },
    { e: { ...march, trigger: 'marched', time: win('Monday', '2025-09-08', '2025-09-08', '2025-09-08') }, want: null, why: 'negative: a verb the layer left without status says nothing here' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreement', time: win('January 1', '2026-01-01', '2026-01-01', '2026-01-01') }, want: null, why: 'negative: an agreement has rules of its own (it may take effect on a later day)' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), DAY), c.want, c.why);
});

test(`${P} a happening told only inside a denied report is denied with it`, () => {
  const fire = { type: 'DISASTER', lemma: 'fire', trigger: 'fire', family: 'incident' as const, status: 'occurred' };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { ...fire, evidence: said('Kessler has denied a newspaper report that a driver died in a Tamo fire near Heilbronn in January.') }, want: 'denied', why: 'inside "denied a newspaper report that"' },
    { e: { ...fire, evidence: said('The company dismissed claims that the fire had been started deliberately.') }, want: 'denied', why: '"dismissed claims that"' },
    { e: { ...fire, evidence: said('The fire near Heilbronn destroyed a car in January, police said.') }, want: 'happened', why: 'negative: no denial' },
    {
      e: { ...fire, trigger: 'explosion', evidence: said("Prosecutors denied a newspaper report that the director had been detained over Tuesday's explosion, in which three workers died.") },
      want: 'happened',
      why: 'negative: a happening the denied content takes for granted ("over Tuesday\'s explosion")',
    },
    { e: { ...fire, evidence: said('Police denied a report that the driver had fled after the fire.') }, want: 'happened', why: 'negative: "after the fire"' },
    { e: { ...fire, evidence: said('Police confirmed a report that a fire destroyed a car near Heilbronn.') }, want: 'happened', why: 'negative: a report confirmed' },
    { e: { ...fire, evidence: said('A report by a broadcaster that a fire had destroyed the depot was denied by the ministry.') }, want: 'denied', why: 'a report whose denial follows in the passive' },
    { e: { ...fire, evidence: said('A report that a fire had destroyed the depot was confirmed by the ministry.') }, want: 'happened', why: 'negative: a report confirmed in the passive' },
    { e: { ...fire, evidence: said('A report that a fire had destroyed the depot was published on Monday; the claim was denied.') }, want: 'happened', why: 'negative: a denial past the clause' },
    { e: { ...fire, evidence: said('The company denied a report about the recall; a fire destroyed a car near Heilbronn.') }, want: 'happened', why: 'negative: past the denied report\'s clause' },
    {
      e: { status: 'occurred', evidence: said('The ministry denied reports that the planned visit had been postponed.'), sentences: [said('The ministry denied reports that the planned visit had been postponed.')] },
      want: 'expected',
      why: 'negative: a change of plan denied leaves the plan',
    },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-02-13'), c.want, c.why);
});

test(`${P} every postponement word (util/plan-change.ts) and "on hold" put a plan off`, () => {
  const others: Readonly<Record<string, string>> = {
    postpone: 'The ministry will postpone the visit.',
    postpones: 'The ministry postpones the visit.',
    postponement: 'The postponement of the visit was announced.',
    scrub: 'Officials had to scrub the visit.',
    scrubs: 'The ministry scrubs the visit.',
  };
  const visit = (text: string): DigestEvent => ev({ status: 'anticipated', modality: 'planned', sentences: [said(text)], evidence: said(text) });
  for (const w of PLAN_CHANGE_WORDS.filter((x) => x.change === 'postponed')) {
    const text = w.participle ? `The visit has been ${w.words}.` : others[w.words];
    assert.ok(text, `a sentence for ${w.words}`);
    assert.equal(readerStatus(visit(text)), 'postponed', text);
  }
  assert.equal(readerStatus(visit('The visit is on hold.')), 'postponed', 'on hold');
  assert.equal(readerStatus(visit('The visit went ahead despite delays at the border.')), 'expected', 'negative: delays are no postponement');
});

test(`${P} every calling-off word (util/plan-change.ts, less "suspended", with "abandoned") calls a plan off`, () => {
  const visit = (text: string): DigestEvent => ev({ status: 'anticipated', modality: 'planned', sentences: [said(text)], evidence: said(text) });
  const cases: ReadonlyArray<{ text: string; want: ReaderStatus | null; why: string }> = [
    ...PLAN_CHANGE_WORDS.filter((w) => w.change === 'cancelled' && w.participle && w.words !== 'suspended').map((w) => ({ text: `The visit has been ${w.words}.`, want: 'cancelled' as const, why: w.words })),
    { text: 'The ministry cancels the visit.', want: 'cancelled', why: 'cancels' },
    { text: 'The ministry will cancel the visit.', want: 'cancelled', why: 'cancel' },
    { text: 'The ministry is cancelling the visit.', want: 'cancelled', why: 'cancelling' },
    { text: 'The visit was abandoned.', want: 'cancelled', why: "abandoned: the link layer's own" },
    { text: 'The visit has been called\noff.', want: 'cancelled', why: 'a line break between the words' },
    { text: 'The visit has been suspended.', want: 'expected', why: 'negative: a suspension alone calls nothing off here' },
    { text: 'The visit has been suspended for 90 days.', want: 'postponed', why: 'negative: a suspension for a span puts off' },
    { text: 'The visit went ahead though the airline cancelled 300 flights.', want: 'expected', why: 'negative: services cancelled call off no plan' },
  ];
  for (const c of cases) assert.equal(readerStatus(visit(c.text)), c.want, c.why);
});

test(`${P} a rule that reads the words before or after the mention reads them at the mention's own offset, where its word occurs twice`, () => {
  const deal = 'The deal signed in May lapses, and if there is no deal by June the union will strike.';
  const fire = 'The fire of 2019 destroyed a warehouse; this year the fire has burned 3,000 hectares.';
  const negatedDeal = (triggerAt?: number): DigestEvent =>
    ev({ type: 'ECONOMIC', lemma: 'deal', trigger: 'deal', modality: 'negated', sentences: [said(deal)], evidence: said(deal), ...(triggerAt === undefined ? {} : { triggerAt }) });
  const burning = (triggerAt?: number): DigestEvent =>
    ev({ type: 'DISASTER', lemma: 'fire', trigger: 'fire', family: 'incident', status: 'occurred', sentences: [said(fire)], evidence: said(fire), ...(triggerAt === undefined ? {} : { triggerAt }) });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: negatedDeal(deal.indexOf('deal', 5)), want: null, why: '"if there is no deal": the negation of the second "deal" is a condition' },
    { e: negatedDeal(4), want: 'denied', why: 'negative: the first "deal" has no condition before it' },
    { e: burning(fire.indexOf('fire', 5)), want: 'under-way', why: '"this year the fire has burned": the second fire goes on' },
    { e: burning(4), want: 'happened', why: 'negative: "the fire of 2019 destroyed a warehouse" is over' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2025-08-01'), c.want, c.why);
});

test(`${P} a change of plan in a clause of what came before ("after the vote was put off") is the story's past`, () => {
  const vote = (text: string, trigger: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ lemma: 'vote', trigger, type: 'POLITICAL', family: 'election', status: 'occurred', sentences: [said(text)], evidence: said(text), ...over });
  const rows: ReadonlyArray<[DigestEvent, string | null, string]> = [
    [vote('The assembly approved the bill on Tuesday, three weeks after the vote was put off.', 'approved'), 'happened', 'the approval is the news'],
    [vote('The assembly approved the bill on Tuesday, three weeks after the vote was put off.', 'vote', { status: 'cancelled' }), null, 'the put-off vote is past'],
    [vote('They met by video, months after the pandemic forced them to postpone a state visit.', 'visit', { lemma: 'visit', type: 'CONSULT', family: undefined }), null, 'a visit put off months ago'],
    // negatives: the change is the news, or the clause of what came before holds no change
    [vote('The vote has been put off after the opposition filed 140 amendments.', 'vote', { status: 'cancelled' }), 'postponed', 'a change before "after"'],
    [vote('The carrier has cancelled 300 flights since the engine fire on Monday.', 'fire', { lemma: 'fire', type: 'DISASTER', family: 'incident' }), 'happened', 'a change outside the clause of what came before'],
    // a calling-off ends the plan: told in a clause of what came before, it is still where the event stands, for the
    // mention it tells of and no other
    [vote('Students sat the paper again on Monday, ten days after the first sitting was cancelled because the questions had leaked.', 'sitting', { lemma: 'exam-sitting', type: 'ECONOMY', family: undefined, status: null }), 'cancelled', 'the sitting called off'],
    [vote('Students sat the paper again on Monday, ten days after the first sitting was cancelled because the questions had leaked.', 'sat', { lemma: 'resit', type: 'ECONOMY', family: undefined }), 'happened', "negative: the main clause's re-sit"],
    [vote('Students sat the paper again on Monday, ten days after the first sitting was cancelled because the questions had leaked.', 'leaked', { lemma: 'exam-leak', type: 'LEGAL', family: undefined }), 'happened', 'negative: the leak of a clause of its own after the change'],
    [vote('Students sat the paper again on Monday, ten days after the first sitting was postponed because the questions had leaked.', 'leaked', { lemma: 'exam-leak', type: 'LEGAL', family: undefined }), 'happened', 'negative: a postponement of another event in the clause is not the leak\'s past change'],
    [vote('Students sat the paper again on Monday, ten days after the first sitting was postponed.', 'sitting', { lemma: 'exam-sitting', type: 'ECONOMY', family: undefined, status: null }), null, 'negative: a postponement there is still the past'],
    [vote('Parliament ratified the deal on Thursday, a week after an opposition walk-out forced the ballot to be put off.', 'walk-out', { lemma: 'walkout', type: 'PROTEST', family: undefined }), 'happened', "the walk-out's object is put off, not the walk-out"],
    [vote('He was sworn in on Thursday, three weeks after he won a runoff that had been put back by a court challenge.', 'runoff', { lemma: 'elect', status: null }), null, "negative: the runoff's own postponement, in its relative clause, is the past"],
  ];
  for (const [e, want, why] of rows) assert.equal(readerStatus(e, '2026-07-14'), want, why);
});

test(`${P} a plan bounded by "but not before" after its mention is expected not before; elsewhere it is not`, () => {
  const talks = (text: string, over: Partial<DigestEvent> = {}): DigestEvent => ev({ type: 'CONSULT', lemma: 'talks', trigger: 'talks', status: 'anticipated', modality: 'planned', sentences: [said(text)], evidence: said(text), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: talks("Gabon was grateful for Congo's offer to host talks in Brazzaville and was ready to attend them, but not before the end of March."), want: 'expected-not-before', why: 'the bound after the plan is the plan\'s' },
    { e: talks('He is willing to hold talks, but not until the election is over.'), want: 'expected-not-before', why: '"but not until"' },
    { e: talks('But not before Easter, he said, would the ministers meet; talks are expected soon.'), want: 'expected', why: 'negative: the bound comes before the mention' },
    { e: talks('Talks are planned, but not before the end of March.', { time: time('in April', '2025-04') }), want: 'expected', why: 'negative: a plan with a time of its own is read by that time' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2025-03-10'), c.want, c.why);
});

test(`${P} a time bounded by "at the earliest" makes a possibility or a plan read as under way expected not before it`, () => {
  const day = '2026-07-14';
  const at = (text: string, from: string, notBefore: boolean): DigestEvent['time'] => ({ text, value: from, window: { from, to: from }, notBefore });
  const sail = 'StraitLink said sailings could resume on Thursday at the earliest.';
  const line = 'The line will now reopen next week at the earliest, the deputy director said.';
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: ev({ type: 'TRANSPORT', lemma: 'restore', trigger: 'resume', modality: 'hypothetical', time: at('Thursday', '2026-07-16', true), evidence: said(sail), sentences: [said(sail)] }), want: 'expected-not-before', why: 'a possibility bounded from below' },
    { e: ev({ type: 'TRANSPORT', lemma: 'reopen', trigger: 'reopen', status: 'in-progress', modality: 'planned', time: at('next week', '2026-07-20', true), evidence: said(line), sentences: [said(line)] }), want: 'expected-not-before', why: 'a plan bounded from below by a time ahead has not begun' },
    // negatives: no bound, or a bound that is no later than the report
    { e: ev({ type: 'TRANSPORT', lemma: 'restore', trigger: 'resume', modality: 'hypothetical', time: at('Thursday', '2026-07-16', false), evidence: said('Sailings could resume on Thursday.'), sentences: [said('Sailings could resume on Thursday.')] }), want: 'expected', why: 'a possibility with a plain day' },
    { e: ev({ type: 'TRANSPORT', lemma: 'reopen', trigger: 'reopen', status: 'in-progress', modality: 'planned', time: at('today', day, true), evidence: said('The line is reopening today at the earliest.'), sentences: [said('The line is reopening today at the earliest.')] }), want: 'under-way', why: 'a bound on the report\'s own day is no plan ahead' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, day), c.want, c.why);
});

test(`${P} a status word in a relative clause tells of the noun before it, not of a mention after it`, () => {
  const lead = 'Ghana and Ivory Coast signed an agreement on Tuesday setting a floor price for cocoa.';
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    {
      e: ev({ type: 'AGREE', lemma: 'sign', trigger: 'signed', status: 'occurred', time: time('on Tuesday', '2025-05-20'), evidence: said(lead), sentences: [said(lead), said('The price will apply to the season, which starts on Oct. 1, the ministers said at a signing ceremony in Accra.')] }),
      want: 'happened',
      why: 'the season starts, not the signing',
    },
    // negative: the relative clause is the mention's own
    { e: ev({ type: 'CONSULT', lemma: 'talks', trigger: 'talks', status: 'occurred', evidence: said('The talks, which started on Monday, are being held in Oslo.'), sentences: [said('The talks, which started on Monday, are being held in Oslo.')] }), want: 'under-way', why: 'the talks started' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2025-05-20'), c.want, c.why);
});

test(`${P} an inquiry whose findings are still ahead is going on; one still to be opened is not`, () => {
  const inquiry = (text: string, trigger: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'LEGAL', lemma: 'investigate', trigger, status: 'anticipated', modality: 'planned', evidence: said(text), sentences: [said(text)], ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: inquiry('The regulator will publish the findings of its inquiry into the cause of the blackout on April 14.', 'inquiry'), want: 'under-way', why: 'the findings are ahead, the inquiry exists' },
    { e: inquiry('The amount would be set once the inquiry into the rupture has reported.', 'inquiry'), want: 'under-way', why: 'until it has reported' },
    { e: inquiry('La investigación de la URSEA no tendrá conclusiones antes de fines de marzo.', 'investigación', { status: null, modality: 'asserted' }), want: 'under-way', why: 'Spanish: no conclusions before' },
    // negatives: the inquiry itself is still to come
    { e: inquiry('The government will open an inquiry, whose findings are due in May.', 'inquiry'), want: 'expected', why: 'an inquiry to be opened' },
    { e: inquiry('He called for an inquiry into the contract.', 'inquiry'), want: null, why: 'a call for an inquiry: demanded, no status of its own' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-03-20'), c.want, c.why);
});

test(`${P} an inquiry that found something is over; one whose finding is a condition says nothing of itself`, () => {
  const inquiry = (text: string): DigestEvent =>
    ev({ type: 'LEGAL', lemma: 'investigate', trigger: 'inquiry', status: 'occurred', modality: 'asserted', family: 'campaign', phase: 'under-way', evidence: said(text), sentences: [said(text)] });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: inquiry("An inquiry found that a cargo ship's anchor had dragged across the pipeline."), want: 'happened', why: 'its finding is out' },
    { e: inquiry('The company could face a fine once an inquiry had established the cause.'), want: null, why: 'a finding as a condition' },
    // negative: an inquiry going on, no finding told
    { e: inquiry('An inquiry into the spill is looking at an anchor dragged by a ship.'), want: 'under-way', why: 'at work' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-06-02'), c.want, c.why);
});

test(`${P} a search or rescue the events layer reads as an incident's rescue under way is going on, though its verb is past`, () => {
  const search = (phase: string): DigestEvent =>
    ev({ type: 'CASUALTY', lemma: 'search', trigger: 'searched', status: 'occurred', family: 'incident', phase, evidence: said('Rescuers searched the last carriage through Wednesday night, and the rescue is continuing.'), sentences: [said('Rescuers searched the last carriage through Wednesday night, and the rescue is continuing.')] });
  assert.equal(readerStatus(search('rescue-under-way'), '2026-01-15'), 'under-way');
  // negative: a search called off is over
  assert.equal(readerStatus(search('search-called-off'), '2026-01-15'), 'happened');
});

test(`${P} a happening named only as what is demanded has no status of its own`, () => {
  const release = (text: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'LEGAL', lemma: 'release', trigger: 'release', status: 'occurred', evidence: said(text), sentences: [said(text)], ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: release("Officials handed him a note demanding the traders' release, a ministry statement said."), want: null, why: 'a note demanding it' },
    { e: release('Protesters called for the release of the detainees.'), want: null, why: 'a call for it' },
    // negatives: the release itself is told
    { e: release('The release of the traders was confirmed on Monday.'), want: 'happened', why: 'told as done' },
    { e: release("They demanded compensation after the traders' release.", { trigger: 'release' }), want: 'happened', why: 'demanded is another object' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-03-09'), c.want, c.why);
});

test(`${P} a happening of a general kind partly done is under way; one done outright has happened`, () => {
  const restore = (text: string): DigestEvent => ev({ type: 'ECONOMY', lemma: 'restore', trigger: 'restored', status: 'occurred', sentences: [said(text)], evidence: said(text) });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: restore('Systems have been partly restored, and the terminal is handling half its volume.'), want: 'under-way', why: '"partly restored": begun and going on' },
    { e: restore('Power was gradually restored across the interior.'), want: 'under-way', why: '"gradually restored"' },
    { e: restore('Systems were restored on Friday.'), want: 'happened', why: 'negative: restored outright' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2025-11-10'), c.want, c.why);
});

test(`${P} an incident in the past progressive on the report's own day is going on`, () => {
  const leak = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'DISASTER', lemma: 'spill', trigger: 'leaking', status: 'occurred', family: 'incident', phase: 'struck', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('leaking'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: leak('Crude oil was leaking from a ruptured pipeline on Monday.', { time: time('Monday', '2026-09-14') }), want: 'under-way', why: "the report's day" },
    { e: leak('Crude oil was leaking from a ruptured pipeline, officials said.'), want: 'under-way', why: 'no time of its own' },
    // negatives
    { e: leak('Crude oil was leaking from a ruptured pipeline on Saturday.', { time: time('Saturday', '2026-09-12') }), want: 'happened', why: 'an earlier day' },
    { e: leak('Crude oil leaking from a ruptured pipeline reached the beaches.'), want: 'happened', why: 'no progressive' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-09-14'), c.want, c.why);
});

test(`${P} talks opened are going on, and so is a process counted in its weeks`, () => {
  const talks = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => {
    const at = text.indexOf('negotiations');
    return { type: 'CONSULT', lemma: 'negotiate', trigger: 'negotiations', status: 'anticipated', modality: 'expected', sentences: [said(text)], evidence: said(text), triggerAt: at, ...over };
  };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: talks('The company said on Tuesday it may cut 540 jobs, opening negotiations with staff on the plan.'), want: 'under-way', why: 'opening talks' },
    { e: talks('The union began formal negotiations with the ministry on Monday.'), want: 'under-way', why: 'began talks' },
    { e: talks('The negotiations entered their fifth week on Wednesday.', { status: 'occurred', modality: 'asserted' }), want: 'under-way', why: 'counted in weeks' },
    // negatives
    { e: talks('The company will open negotiations with staff next week.'), want: 'expected', why: 'a start ahead' },
    { e: talks('The company plans to start negotiations with staff.'), want: 'expected', why: 'an intended start' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2025-11-04'), c.want, c.why);
});

test(`${P} a plan still ahead that is suspended is put on hold; a state in force that is suspended is not`, () => {
  const strike = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: 'cancelled', family: 'strike', phase: 'called', cues: ['been suspended'], sentences: [said(text)], evidence: said(text), ...over,
  });
  const thursday: DigestEvent['time'] = { text: 'Thursday', value: '2026-05-14', window: { from: '2026-05-14', to: '2026-05-14' }, notBefore: false };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: strike("The teachers' strike set for Thursday has been suspended after a new offer.", { time: thursday }), want: 'postponed', why: 'a plan ahead, suspended' },
    // negatives
    { e: strike("The teachers' strike set for Thursday has been suspended and called off.", { time: thursday, cues: ['been suspended', 'called off'] }), want: 'cancelled', why: 'called off too' },
    { e: strike('Mexico suspended its tariffs on steel.', { lemma: 'tariff', trigger: 'tariffs', type: 'SANCTION', family: undefined, phase: undefined, status: 'cancelled' }), want: 'cancelled', why: 'no time ahead' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-05-12'), c.want, c.why);
});

test(`${P} an incident whose stopping is denied is going on`, () => {
  const leak = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'DISASTER', lemma: 'spill', trigger: 'leak', status: 'occurred', family: 'incident', phase: 'struck', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('leak'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: leak('The leak had not been stopped by Monday evening, officials said.'), want: 'under-way', why: 'not stopped' },
    { e: leak("The leak hasn't yet been sealed."), want: 'under-way', why: 'not sealed' },
    // negatives
    { e: leak('The leak was stopped on Monday evening.'), want: 'happened', why: 'stopped' },
    { e: leak('The leak, which had not been reported, was stopped on Monday.'), want: 'happened', why: 'another verb denied' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-09-14'), c.want, c.why);
});

test(`${P} a change of plan said of another happening's noun whose "of" complement the event is, is that noun's`, () => {
  const inquiry = (text: string): Partial<DigestEvent> => ({
    type: 'LEGAL', lemma: 'investigate', trigger: 'inquiry', status: 'occurred', family: 'campaign', phase: 'under-way', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('inquiry'),
  });
  const cases: ReadonlyArray<{ text: string; postponed: boolean; why: string }> = [
    { text: "The findings of the inquiry into last month's crush have been put back to the end of May.", postponed: false, why: 'the findings are put back' },
    { text: 'The results of the inquiry have been delayed.', postponed: false, why: 'the results' },
    // negatives
    { text: "The inquiry into last month's crush has been put back to May.", postponed: true, why: 'the inquiry itself' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(inquiry(c.text)), '2026-04-16') === 'postponed', c.postponed, c.why);
});

test(`${P} a change of plan after the auxiliary of a subject with an "of" complement is the subject's`, () => {
  const report = (text: string): Partial<DigestEvent> => ({
    type: 'LEGAL', lemma: 'inquiry-report', trigger: 'report', status: null, modality: 'asserted', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('report'),
  });
  const cases: ReadonlyArray<{ text: string; want: ReaderStatus | null; why: string }> = [
    { text: 'The report of the presidential inquiry into the stand collapse has been put back, the secretariat said.', want: 'postponed', why: 'the report is put back, not the collapse' },
    // negative: a clause break between the subject and the change
    { text: 'The report of the inquiry, which the collapse prompted, said a flight was postponed.', want: null, why: 'another clause' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(report(c.text)), '2026-04-16'), c.want, c.why);
});

test(`${P} a happening's noun as the subject of a future verb of taking place is a plan`, () => {
  const report = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'LEGAL', lemma: 'inquiry-report', trigger: 'report', status: null, sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('report'), ...over,
  });
  const oct8: DigestEvent['time'] = { text: 'October 8', value: '2025-10-08', window: { from: '2025-10-08', to: '2025-10-08' }, notBefore: false };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: report('The authority said its preliminary report would be published by October 8.', { time: oct8 }), want: 'dates-announced', why: 'dated ahead' },
    { e: report('The report of the commission will be released in the coming weeks.'), want: 'expected', why: 'no day' },
    { e: report('The regulator said its report should be ready in the coming weeks.'), want: 'expected', why: 'a modal of obligation' },
    { e: report('He said the report with the findings on the causes of the blackout would be published in the coming weeks.'), want: 'expected', why: 'a longer complement before the future verb' },
    { e: report('Its report could be published by October 8, a spokesman said.', { time: oct8, modality: 'hypothetical' }), want: 'expected', why: 'a possibility sets no day' },
    // negatives
    { e: report('The report said the valve had been blocked for weeks.'), want: null, why: 'no future verb' },
    { e: report('The report will hurt the company.'), want: null, why: 'a future verb of another kind' },
    { e: report('The report could hurt the company.'), want: null, why: 'a possibility of another kind' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2025-09-22'), c.want, c.why);
});

test(`${P} a happening said to be likely is expected; one said unlikely is not`, () => {
  const strike = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: null, modality: 'hypothetical', family: 'strike', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('strike'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: strike('"A strike is now likely unless the minister comes back with a serious offer," she said.'), want: 'expected', why: '"is now likely"' },
    { e: strike('Teachers are likely to strike next month.', { modality: 'asserted' }), want: 'expected', why: '"likely to"' },
    // negatives
    { e: strike('Teachers are unlikely to strike before June.'), want: null, why: 'unlikely' },
    { e: strike('A strike would hurt pupils, she said.'), want: null, why: 'no likelihood' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-04-15'), c.want, c.why);
  // a cut the events layer read as done (a rate decision's default), said to be likely past its complement and a quote mark
  const cut = (text: string): Partial<DigestEvent> => ({
    type: 'ECONOMY', lemma: 'cut', trigger: 'cut', status: 'occurred', modality: 'asserted', family: 'rate', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('cut'),
  });
  const done: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: cut('The governor said a cut in the policy rate at the June meeting was now "likely".'), want: 'expected', why: 'was now "likely"' },
    // negative: a likely effect of a cut made
    { e: cut('The cut is likely to hurt savers, economists said.'), want: 'happened', why: '"likely to" of its effect' },
  ];
  for (const c of done) assert.equal(readerStatus(ev(c.e), '2026-05-21'), c.want, c.why);
});

test(`${P} a gerund right after a phase verb has begun and goes on`, () => {
  const back = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'CASUALTY', lemma: 'return-home', trigger: 'returning', status: null, sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('returning'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: back('The first of about 3,400 people evacuated from its slopes began returning to their villages.'), want: 'under-way', why: 'began returning' },
    // negatives
    { e: back('Residents will start returning soon.', { modality: 'planned' }), want: 'expected', why: 'a start ahead' },
    { e: back('Residents were returning home, police said.', { trigger: 'home', triggerAt: -1 }), want: null, why: 'no phase verb before the gerund' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-02-20'), c.want, c.why);
});

test(`${P} an inquiry's report that found something has been made`, () => {
  const report = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'LEGAL', lemma: 'inquiry-report', trigger: 'report', status: null, sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('report'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: report("A report by the state broadcaster was denied, and the engineer's report later found only surface marks.", { triggerAt: 65 }), want: 'happened', why: 'the report found' },
    // negatives
    { e: report('The company could face a fine once a report had established the cause.', { modality: 'hypothetical' }), want: null, why: 'a finding as a condition' },
    { e: report('The report found nothing.', { lemma: 'report' }), want: null, why: 'not an inquiry report' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-05-16'), c.want, c.why);
});

test(`${P} a happening whose end is the plan has begun`, () => {
  const evac = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'CASUALTY', lemma: 'evacuate', trigger: 'evacuation', status: 'anticipated', family: 'incident', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('evacuation'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: evac('The secretariat said the evacuation of Cusúa, Juive Grande and Bilbao would be finished by nightfall.'), want: 'under-way', why: 'to be finished' },
    { e: evac('The evacuation is expected to be complete on Friday.'), want: 'under-way', why: 'expected to be complete' },
    { e: evac('The director said the search could end this weekend if no further victims were found.', { lemma: 'search', trigger: 'search', triggerAt: 17 }), want: 'under-way', why: 'an end that may come' },
    { e: evac('The evacuation may conclude on Friday.'), want: 'under-way', why: 'may conclude' },
    // negatives
    { e: evac('The evacuation will begin on Friday.'), want: 'dates-announced', why: 'a start ahead, dated' },
    { e: evac('The talks could end in a deal on Friday.', { type: 'CONSULT', lemma: 'talks', trigger: 'talks', family: undefined, triggerAt: 4 }), want: 'expected', why: '"end in" is an outcome, not an end' },
    { e: evac('The evacuation would not be finished before Friday.', { modality: 'negated' }), want: 'expected-not-before', why: 'negated: the bound rule, not this one' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-02-02'), c.want, c.why);
});

test(`${P} a lasting state a future verb changes is in force now`, () => {
  const dec15 = { text: 'from December 15', value: '2025-12-15', window: { from: '2025-12-15', to: '2025-12-15' }, notBefore: false };
  const state = (text: string, trigger: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'ECONOMY', lemma: 'ration', trigger, status: 'scheduled', modality: 'planned', time: dec15, sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf(trigger), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: state('Bulawayo will ease water rationing from December 15, the council said.', 'rationing'), want: 'under-way', why: 'will ease' },
    { e: state('The restrictions will be eased on the 15th, he said.', 'restrictions'), want: 'under-way', why: 'will be eased' },
    { e: state('The governor plans to lift the curfew on December 15.', 'curfew', { lemma: 'curfew', type: 'COERCE' }), want: 'under-way', why: 'plans to lift' },
    { e: state('The city is set to extend the closure of the bridge until December 15.', 'closure', { lemma: 'close' }), want: 'under-way', why: 'set to extend' },
    { e: state('The advisory could be lifted on December 15 if the tests are clean.', 'advisory', { lemma: 'advisory', type: 'GOVERN' }), want: 'under-way', why: 'could be lifted' },
    // negatives
    { e: state('The council will introduce water rationing from December 15.', 'rationing'), want: 'dates-announced', why: 'a start ahead, no change of a state' },
    { e: state('The president will extend an invitation to the emir on December 15.', 'invitation', { lemma: 'invite', type: 'REQUEST' }), want: 'dates-announced', why: 'an invitation is offered, not in force' },
    { e: state('The council will not ease water rationing before December 15.', 'rationing', { modality: 'negated' }), want: 'expected-not-before', why: 'negated: the bound rule' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2025-12-01'), c.want, c.why);
});

test(`${P} what is now expected is expected, not under way`, () => {
  const freed = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'LEGAL', lemma: 'release', trigger: 'freed', status: 'in-progress', modality: 'expected', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('freed'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: freed('The captives were now expected to be freed before the end of the week.'), want: 'expected', why: 'now expected' },
    // negative
    { e: freed('The captives are now being freed.', { modality: 'asserted' }), want: 'under-way', why: 'asserted as going on' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-04-08'), c.want, c.why);
});

test(`${P} a plan for a time that did not take place then ("was to have started … but") is put off`, () => {
  const ban = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'COERCE', lemma: 'ban', trigger: 'ban', status: null, modality: 'asserted', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('ban'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: ban('The ban on older diesel vehicles inside the ring road was to have started on April 1 but was stopped by an injunction.'), want: 'postponed', why: 'was to have started … but' },
    { e: ban('The ban was to have taken effect on Monday but the court blocked it.'), want: 'postponed', why: 'was to have taken effect … but' },
    { e: ban('The ban, approved by the council in February after a stormy debate, was due to start on Monday, June 7, but was put back to July 12.'), want: 'postponed', why: 'was due to start … but was put back' },
    // negative
    { e: ban('The ban was to have started on April 1, the city said.'), want: null, why: 'no "but": nothing says it did not' },
    { e: ban('The ban was due to start on Monday, but the city said it would be enforced gently.'), want: null, why: 'no change word after "but"' },
    { e: ban('The ban was set to start on Monday, June 22, but the court postponed it to August 10.'), want: 'postponed', why: 'was set to start … but the court postponed it' },
    { e: ban('The trial of the owner of the ferry, which sank in April, was due to open on Monday, June 7, but was put back to July 12.', { type: 'DISASTER', lemma: 'sink', trigger: 'sank', status: 'occurred', triggerAt: 47 }), want: 'happened', why: 'negative: the incident an appositive recalls is not put off' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-04-06'), c.want, c.why);
});

test(`${P} a service suspended is in force until a report tells it running again`, () => {
  const july14 = { text: 'Tuesday', value: '2026-07-14', window: { from: '2026-07-14', to: '2026-07-14' }, notBefore: false };
  const stop = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'ECONOMY', lemma: 'suspend', trigger: 'suspended', status: 'occurred', modality: 'asserted', time: july14, sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('suspended'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; day: string; want: ReaderStatus | null; why: string }> = [
    { e: stop('All ferry sailings across the strait were suspended on Tuesday as swells rose.'), day: '2026-07-14', want: 'under-way', why: 'suspended today' },
    { e: stop('Sailings, suspended on Tuesday, could be resumed on Thursday.'), day: '2026-07-15', want: 'under-way', why: 'a restart ahead leaves it in force' },
    // negatives
    { e: stop('Ferries resumed crossings on Saturday, four days after a storm suspended them.'), day: '2026-07-18', want: 'happened', why: 'resumed: over' },
    { e: stop('Sailings were suspended in March after a storm.', { time: { text: 'March', value: '2026-03', window: { from: '2026-03-01', to: '2026-03-31' }, notBefore: false } }), day: '2026-07-14', want: 'happened', why: 'months before the report' },
    { e: stop('The authority grounded the airline\'s five remaining aircraft on Tuesday pending safety checks.', { lemma: 'ground', trigger: 'grounded', triggerAt: 14 }), day: '2026-07-15', want: 'under-way', why: 'a grounding pending checks holds' },
    { e: stop('The carrier grounded all 12 of its turboprops on Tuesday after an engine fire.', { lemma: 'ground', trigger: 'grounded', triggerAt: 12 }), day: '2026-07-15', want: 'happened', why: 'negative: a grounding told as done, with nothing it holds on' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), c.day), c.want, c.why);
});

test(`${P} a ban, closure or grounding that took effect is in force`, () => {
  const ban = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'COERCE', lemma: 'ban', trigger: 'ban', status: null, modality: 'asserted', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('ban'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: ban("Bremen's ban on older diesel vehicles came into force on Monday, after a higher court lifted an injunction that had blocked it."), want: 'under-way', why: 'came into force; "lifted" is the injunction\'s' },
    { e: ban("L'interdiction de pêche reste en vigueur.", { trigger: 'interdiction' }), want: 'under-way', why: 'French: stays in force' },
    { e: ban('Das Fahrverbot ist seit Montag in Kraft getreten.', { trigger: 'Fahrverbot' }), want: 'under-way', why: 'German: came into force' },
    { e: ban("L'interdiction n'est plus en vigueur depuis lundi.", { trigger: 'interdiction' }), want: null, why: 'negative: no longer in force' },
    { e: ban('The ban on night flights has taken effect.'), want: 'under-way', why: 'has taken effect' },
    // negatives
    { e: ban('Fines will rise to 100 euros once the ban takes effect.'), want: null, why: 'a condition ahead' },
    { e: ban('The ban, which came into force in May, was lifted on Monday.'), want: null, why: 'lifted near the ban' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-06-01'), c.want, c.why);
});

test(`${P} a closure, ban or grounding kept in place is in force`, () => {
  const closure = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'ECONOMY', lemma: 'close', trigger: 'closed', status: 'anticipated', modality: 'planned', sentences: [said(text)], evidence: said(text), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: closure('The stadium will stay closed to the public until further notice.'), want: 'under-way', why: 'will stay closed' },
    { e: closure('Le stade restera fermé au moins jusqu\u2019à la publication du rapport.', { trigger: 'fermé' }), want: 'under-way', why: 'restera fermé' },
    { e: closure('The stadium will be closed to the public until further notice, the city said.'), want: 'under-way', why: 'until further notice' },
    // negatives
    { e: closure('The road will be closed from Monday until further notice.', { time: { text: 'Monday', value: '2026-03-16', window: { from: '2026-03-16', to: '2026-03-16' }, notBefore: false } }), want: 'dates-announced', why: 'a closure from a later day is dated' },
    { e: closure('Talks will stay closed to the press.', { lemma: 'talks', trigger: 'Talks', type: 'CONSULT' }), want: 'expected', why: 'no kept state' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-03-12'), c.want, c.why);
});

test(`${P} a strike the present perfect has people on goes on`, () => {
  const strike = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: 'occurred', family: 'strike', phase: 'held', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('strike'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: strike('About 40 men held at the centre have been on hunger strike since Saturday.'), want: 'under-way', why: 'have been on hunger strike' },
    { e: strike('Drivers have now been on strike for a week.'), want: 'under-way', why: 'have now been on strike' },
    // negatives
    { e: strike('Drivers had been on strike for three weeks before the deal.'), want: 'happened', why: 'past perfect' },
    { e: strike('Drivers went on strike on Monday.'), want: 'happened', why: 'a strike held' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-09-07'), c.want, c.why);
});

test(`${P} a happening called off once it had begun has ended: it happened`, () => {
  const strike = (text: string): Partial<DigestEvent> => ({
    type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: 'cancelled', family: 'strike', phase: 'called-off', cues: ['called off'], sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('strike'),
  });
  const cases: ReadonlyArray<{ text: string; want: ReaderStatus | null; why: string }> = [
    { text: 'Detainees called off their hunger strike on Sunday, eight days after it began.', want: 'happened', why: 'after it began' },
    { text: 'The drivers called off their strike after 12 days.', want: 'happened', why: 'after 12 days' },
    // negatives
    { text: 'The union called off the strike set for Thursday after a new offer.', want: 'cancelled', why: 'a plan called off' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(strike(c.text)), '2026-09-13'), c.want, c.why);
});

test('link/status: a noun of a happening with no tense of its own is past when dated before the report, or what "after" follows', () => {
  const win = (from: string, to: string): DigestEvent['time'] => ({ text: 'March', value: from.slice(0, 7), window: { from, to }, notBefore: false });
  const devaluation = 'The approval follows a 12 percent devaluation of the kwacha in March.';
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; day: string; want: ReaderStatus | null; why: string }> = [
    { e: { type: 'OCCURRENCE', lemma: 'devalue', trigger: 'devaluation', time: win('2026-03-01', '2026-03-31'), evidence: said(devaluation) }, day: '2026-05-20', want: 'happened', why: 'a noun dated a month before the report' },
    { e: { type: 'OCCURRENCE', lemma: 'devalue', trigger: 'devaluation', evidence: said('Prices rose after the devaluation, the office said.') }, day: '2026-05-20', want: 'happened', why: '"after the devaluation"' },
    { e: { type: 'CONSULT', lemma: 'talks', trigger: 'talks', evidence: said('Ministers signed the accord following two days of talks in Arusha.') }, day: '2026-05-20', want: 'happened', why: '"following two days of talks"' },
    // negatives
    { e: { type: 'OCCURRENCE', lemma: 'devalue', trigger: 'devaluation', time: win('2026-06-01', '2026-06-30'), evidence: said(devaluation) }, day: '2026-05-20', want: null, why: 'negative: dated after the report' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreed', time: win('2026-05-19', '2026-05-19'), evidence: said('Kenya and Tanzania agreed on Tuesday to remove the barriers.') }, day: '2026-05-20', want: null, why: 'negative: a verb the events layer left without status stays so (deals are claims)' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreed', evidence: said('The union suspended the strike after Azur Handling agreed to discuss pay.') }, day: '2026-05-20', want: null, why: 'negative: "after" a clause with its own subject' },
    { e: { type: 'CONSULT', lemma: 'talks', trigger: 'talks', evidence: said('The strike will resume after the talks end on Friday.') }, day: '2026-05-20', want: null, why: 'negative: the noun is its own clause\'s subject' },
    { e: { type: 'CONSULT', lemma: 'talks', trigger: 'talks', modality: 'hypothetical', evidence: said('It could come after the talks.') }, day: '2026-05-20', want: null, why: 'negative: not asserted' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), c.day), c.want, c.why);
});

test('link/status: an event whose own verb group says it is over has happened, whatever start its sentence tells', () => {
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { type: 'DISASTER', lemma: 'eruption', trigger: 'eruption', status: 'in-progress', cues: ['began'], evidence: said('The eruption began at 7:42 a.m. and lasted about 20 minutes.') }, want: 'happened', why: 'began … and lasted' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: 'occurred', evidence: said('The strike, which ended on Friday, cost the port 3 million euros.') }, want: 'happened', why: '", which ended"' },
    // negatives
    { e: { type: 'DISASTER', lemma: 'eruption', trigger: 'eruption', status: 'in-progress', cues: ['began'], evidence: said('The eruption began at dawn, hours after the quake ended.') }, want: 'under-way', why: 'negative: the ending is another clause\'s' },
    { e: { type: 'PROTEST', lemma: 'strike', trigger: 'strike', status: 'in-progress', evidence: said('The strike has lasted three weeks.') }, want: 'under-way', why: 'negative: "has lasted" goes on' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e)), c.want, c.why);
});

test('link/status: a state running to an end ahead, or changed by a future verb, is in force now', () => {
  const DAY = '2026-08-19';
  const dated = (text: string, v: string): DigestEvent['time'] => ({ text, value: v, window: { from: v, to: v }, notBefore: false });
  const emergency = { type: 'DISASTER', lemma: 'emergency', trigger: 'emergency', status: 'scheduled' as const, family: 'campaign' as const };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { ...emergency, time: dated('August 25', '2026-08-25'), evidence: said('The emergency, declared on August 11, expires on August 25.') }, want: 'under-way', why: '"expires on" a day ahead' },
    { e: { ...emergency, time: dated('September 8', '2026-09-08'), evidence: said('The cabinet on Monday extended the state of emergency in Lae by 14 days, to September 8.') }, want: 'under-way', why: '"extended the state of emergency … to"' },
    { e: { type: 'COERCE', lemma: 'curfew', trigger: 'curfew', modality: 'planned', cues: ['will'], time: dated('Thursday', '2026-08-20'), evidence: said('Papua New Guinea will shorten the night curfew in Lae from Thursday.') }, want: 'under-way', why: '"will shorten the curfew"' },
    // negatives
    { e: { ...emergency, time: dated('August 25', '2026-08-25'), evidence: said('A state of emergency will be declared on August 25.') }, want: 'dates-announced', why: 'negative: a state still to start' },
    { e: { ...emergency, time: dated('August 12', '2026-08-12'), evidence: said('The emergency, declared on August 1, expired on August 12.') }, want: 'expected', why: 'negative: an end already past is no state in force (the plan reading stands)' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), DAY), c.want, c.why);
});

test('link/status: a negation bounded by a span from now ("will not reopen for at least a week") is a plan not before it', () => {
  const reopen = { type: 'ECONOMY', lemma: 'open', trigger: 'reopen', modality: 'negated' as const, cues: ['not'] };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { ...reopen, evidence: said('"The canal will not reopen for at least a week, probably longer."') }, want: 'expected-not-before', why: '"for at least a week"' },
    { e: { ...reopen, evidence: said('The museum will not reopen for another two months.') }, want: 'expected-not-before', why: '"for another two months"' },
    // negative: "for" naming who, not how long
    { e: { ...reopen, evidence: said('The canal will not reopen for the summer season.') }, want: 'denied', why: 'negative: no span' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e)), c.want, c.why);
});

test('link/status: a plan\'s date put back with the particle after its object is put off', () => {
  const reopen = { type: 'ECONOMY', lemma: 'open', trigger: 'reopen', modality: 'planned' as const, cues: ['planned to'] };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { ...reopen, sentences: [said('The museum, which had planned to reopen on Saturday, put the date back on Wednesday.')] }, want: 'postponed', why: '"put the date back"' },
    { e: { ...reopen, sentences: [said('The airport, which had planned to reopen on Monday, has pushed the date back to June.')] }, want: 'postponed', why: '"pushed the date back"' },
    // negative: "put the date" with no particle
    { e: { ...reopen, sentences: [said('The museum planned to reopen on Saturday and put the date on its website.')] }, want: 'expected', why: 'negative: no "back"' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e)), c.want, c.why);
});

test('link/status: a plan\'s own noun pushed back, or a plan that slipped to a later time, is put off', () => {
  const decision = { type: 'LEGAL', lemma: 'decide', trigger: 'decision', modality: 'asserted' as const, status: 'anticipated' as const };
  const plant = { type: 'ECONOMY', lemma: 'extend', trigger: 'extension', modality: 'asserted' as const, status: 'anticipated' as const };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { ...decision, sentences: [said('The watchdog gave itself two more months, pushing its final decision back to mid-November.')] }, want: 'postponed', why: '"pushing its final decision back to"' },
    { e: { ...plant, sentences: [said('The extension of the plant, due in October, has slipped to February, the ministry said.')] }, want: 'postponed', why: '"has slipped to February"' },
    // negatives: a figure that slipped, a noun pushed back with no time
    { e: { ...plant, sentences: [said('The extension of the plant is expected in October, after its share price slipped to a two-year low.')] }, want: 'expected', why: 'negative: a price slipped to a low' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e)), c.want, c.why);
});

test('link/status: a change verb in the active voice after the mention, with an object of its own, is no change of the event', () => {
  const strike = { type: 'PROTEST', lemma: 'strike', trigger: 'strike', family: 'strike' as const };
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { ...strike, status: 'occurred', phase: 'held', sentences: [said('The first strike, on February 19, cancelled about half of the network\'s trains.')] }, want: 'happened', why: 'the strike cancelled trains' },
    // negatives: the passive and the perfect are the event's own change
    { e: { ...strike, status: 'anticipated', sentences: [said('The strike was cancelled on Sunday.')] }, want: 'cancelled', why: 'negative: "was cancelled"' },
    { e: { ...strike, status: 'anticipated', sentences: [said('The strike has been put off until March.')] }, want: 'postponed', why: 'negative: "has been put off"' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e)), c.want, c.why);
});

test(`${P} a process a later act is set after ("after a recount … gave it one seat") is over; one that began there is not`, () => {
  const process = (text: string, trigger: string, lemma: string): DigestEvent =>
    ev({ type: 'POLITICAL', lemma, trigger, family: 'campaign', phase: 'under-way', status: 'occurred', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf(trigger) });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: process('The Civic Alliance won 61 seats, after a recount in District IX gave it one seat.', 'recount', 'recount'), want: 'happened', why: 'after a recount' },
    { e: process('The reopening came late, after a fire inspection in April found faults.', 'inspection', 'inspect'), want: 'happened', why: 'after an inspection' },
    // negatives
    { e: process('The minister spoke on Tuesday, after load tests on the span began over the weekend.', 'tests', 'test'), want: 'under-way', why: 'the subject of its own start' },
    { e: process('A recount in District IX gave the Alliance one more seat.', 'recount', 'recount'), want: 'under-way', why: 'no "after": the phase stands' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-05-21'), c.want, c.why);
});

test(`${P} what a report declares over ("declared the clean-up … complete") has happened`, () => {
  const cleanup = (text: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'AID', lemma: 'clean-up', trigger: 'clean-up', family: 'campaign', phase: 'under-way', status: 'occurred', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('clean-up'), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: cleanup('Tunisia declared the clean-up of the oil spill off Sfax complete on Tuesday.'), want: 'happened', why: 'declared complete' },
    { e: cleanup('The ministry pronounced the clean-up over after six weeks.'), want: 'happened', why: 'pronounced over' },
    // negatives
    { e: cleanup('Tunisia declared the clean-up a national priority, and it will not be complete before March.'), want: 'under-way', why: 'declared something else; "complete" past a comma' },
    { e: cleanup('The clean-up of the beaches is complete, officials hope, by Friday.', { status: 'anticipated' }), want: 'expected', why: 'no declaration, and a plan' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-11-04'), c.want, c.why);
});

test(`${P} a happening said to be unlikely is a doubt: no status, neither a plan nor a denial`, () => {
  const cut = (text: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'ECONOMY', lemma: 'cut', trigger: 'cut', family: 'rate', status: 'anticipated', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('cut'), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: cut('"An August cut now looks unlikely."'), want: null, why: 'looks unlikely' },
    { e: cut('Rising inflation has made a cut in interest rates at the August 20 meeting unlikely, economists said.', { status: 'occurred' }), want: null, why: 'made a cut … unlikely' },
    { e: cut('The bank is unlikely to cut rates in August.', { status: null, modality: 'hypothetical' }), want: null, why: 'unlikely to cut' },
    // negatives
    { e: cut('"An August cut now looks likely."'), want: 'expected', why: 'likely is a plan in view' },
    { e: cut('The bank will cut rates in August, although a bigger move is unlikely.', { modality: 'planned' }), want: 'expected', why: '"unlikely" past a comma is another thing\'s' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2025-08-12'), c.want, c.why);
});

test(`${P} a happening named only as what someone will ask for or oppose has no status of its own; one the sentence then plans is a plan`, () => {
  const at = (text: string, trigger: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'POLITICAL', lemma: trigger, trigger, status: null, modality: 'planned', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf(trigger), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: at('It will ask shareholders to remove chairman Horst Lindqvist and to replace two board members.', 'remove'), want: null, why: 'ask … to remove' },
    { e: at('His lawyer said his client would oppose any transfer to Argentina.', 'transfer'), want: null, why: 'oppose any transfer' },
    { e: at('La asociación anunció que pedirá al Tribunal Superior la suspensión cautelar de la medida.', 'suspensión', { lemma: 'suspend' }), want: null, why: 'pedirá … la suspensión' },
    // negatives
    { e: at('Her lawyers will ask the Supreme Court to order a recount, which could take place in the coming weeks.', 'recount'), want: 'expected', why: 'the sentence plans it after' },
    { e: at('The board will remove chairman Horst Lindqvist at the meeting.', 'remove'), want: 'expected', why: 'no request: a plan' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2025-08-12'), c.want, c.why);
});

test(`${P} a warning or a lasting state issued or imposed is in force, whatever time its sentence also names; a long-past one is over`, () => {
  const warning = (text: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'DISASTER', lemma: 'warning', trigger: 'warning', family: 'incident', status: 'anticipated', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('warning'), ...over });
  const winter = { text: 'this winter', value: '2026-WI', window: { from: '2026-12-01', to: '2027-02-28' }, notBefore: false };
  const feb2024 = { text: 'February 2024', value: '2024-02', window: { from: '2024-02-01', to: '2024-02-29' }, notBefore: false };
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: warning('The weather service issued a red warning for the strait, the first of its kind this winter.', { time: winter }), want: 'under-way', why: 'issued' },
    { e: warning('Officials imposed a curfew on the port district.', { lemma: 'curfew', trigger: 'curfew', type: 'COERCE', family: undefined, triggerAt: 30 }), want: 'under-way', why: 'imposed, a lasting state' },
    // negatives
    { e: warning('When the institute issued a red warning for Inhambane in February 2024, the storm turned away.', { status: 'occurred', time: feb2024 }), want: 'happened', why: 'a long-past warning is over' },
    { e: warning('The weather service issued a red warning on Monday and lifted it on Tuesday.', { status: 'occurred' }), want: 'happened', why: 'lifted: over' },
    { e: warning('A red warning could be issued this winter.', { modality: 'hypothetical', time: winter }), want: 'expected', why: 'not issued yet: a possibility, not in force' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-12-05'), c.want, c.why);
});

test(`${P} a ban whose entry into force is ahead is a plan, dated where a day follows`, () => {
  const ban = (text: string, trigger: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'COERCE', lemma: 'ban', trigger, status: 'occurred', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf(trigger), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: ban('La prohibición de nuevas licencias aprobada por el pleno en febrero entrará en vigor el 1 de abril.', 'prohibición'), want: 'dates-announced', why: 'entrará en vigor el 1 de abril' },
    { e: ban('The ban on older diesel cars will take effect on April 1, the city said.', 'ban'), want: 'dates-announced', why: 'will take effect on April 1' },
    { e: ban("L'interdiction entrera en vigueur au printemps.", 'interdiction'), want: 'expected', why: 'ahead, with no day' },
    // negatives
    { e: ban('The ban on older diesel cars took effect on April 1.', 'ban'), want: 'under-way', why: 'in force already' },
    { e: ban('Police will enforce the ban from April 1.', 'ban', { status: 'anticipated' }), want: 'expected', why: 'no entry into force: the plan reading stands (no time of its own)' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2027-03-02'), c.want, c.why);
});

test(`${P} a happening's noun as the subject of a possible occurring is on the table, whatever past the events layer read`, () => {
  const eruption = (text: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'DISASTER', lemma: 'eruption', trigger: 'eruption', family: 'incident', status: 'occurred', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('eruption'), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: eruption('An eruption could occur at any time, the agency said.'), want: 'expected', why: 'could occur' },
    { e: eruption('Another eruption may happen within weeks.'), want: 'expected', why: 'may happen' },
    // negatives
    { e: eruption('The eruption on Monday could not have been predicted, the agency said.'), want: 'happened', why: 'a modal of another verb, after a complement' },
    { e: eruption('The eruption began at dawn.'), want: 'happened', why: 'no possibility' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2027-05-10'), c.want, c.why);
});

test(`${P} a state's participle standing as an attribute ("the 38 grounded jets") is in force`, () => {
  const grounded = (text: string, trigger: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'ECONOMY', lemma: 'ground', trigger, status: 'occurred', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf(trigger), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: grounded('For the airline, which flies 24 of the 38 grounded Canadian jets, the bill is mounting.', 'grounded'), want: 'under-way', why: 'the 38 grounded jets' },
    { e: grounded('Trucks queued at the closed border crossing.', 'closed', { lemma: 'close' }), want: 'under-way', why: 'the closed crossing' },
    // negatives
    { e: grounded('Regulators grounded the jets on Monday.', 'grounded'), want: 'happened', why: 'a verb, not an attribute' },
    { e: grounded('The jets grounded in 2019 returned to service in 2020.', 'grounded'), want: 'happened', why: 'no determiner before: a reduced relative' },
    { e: grounded('The 38 grounded jets were cleared to fly on Friday and the grounding was lifted.', 'grounded'), want: 'happened', why: 'said over' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2027-03-03'), c.want, c.why);
});

test(`${P} what a later act is set after in the mention's own sentence is over, whatever start another sentence tells`, () => {
  const riot = (texts: string[], trigger: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'PROTEST', lemma: 'riot', trigger, status: 'occurred', sentences: texts.map(said), evidence: said(texts[0]!), triggerAt: texts[0]!.indexOf(trigger), ...over });
  const began = 'The unrest began on Sunday evening and spread to the main market.';
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: riot(['The government ordered a curfew after two nights of rioting and looting left three people dead.', began], 'rioting'), want: 'happened', why: 'after two nights of rioting' },
    // negatives
    { e: riot(['Shops stayed shut after the rioting began on Sunday.', began], 'rioting'), want: 'under-way', why: 'its own start after it' },
    { e: riot(['Two nights of rioting left three people dead.', began], 'rioting'), want: 'under-way', why: 'no "after": the start stands' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-08-11'), c.want, c.why);
});

test(`${P} a subject negated with "no" before the event's active verb group denies it`, () => {
  const fire = (text: string, trigger: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'ASSAULT', lemma: 'fire', trigger, status: 'occurred', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf(trigger), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: fire('"No soldier has opened fire in Lae," the spokesman said.', 'fire'), want: 'denied', why: 'no soldier has opened fire' },
    { e: fire('No protester was arrested, police said.', 'arrested', { type: 'LEGAL', lemma: 'arrest' }), want: 'denied', why: 'no protester was arrested' },
    // negatives
    { e: fire('Soldiers fired on the crowd on Tuesday, witnesses said.', 'fired'), want: 'happened', why: 'no negation' },
    { e: fire('No sooner had police arrived than soldiers fired on the crowd.', 'fired'), want: 'happened', why: '"no" far from the verb group' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-08-13'), c.want, c.why);
});

test(`${P} a noun whose own predicate says it goes on is under way, though the events layer gave it no status`, () => {
  const cut = (text: string, trigger: string, over: Partial<DigestEvent> = {}): DigestEvent =>
    ev({ type: 'ECONOMY', lemma: 'cut', trigger, status: null, sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf(trigger), ...over });
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    { e: cut('Job reductions are already under way, the company said.', 'reductions'), want: 'under-way', why: 'its own predicate: under way' },
    { e: cut('The clean-up is still ongoing along the coast.', 'clean-up', { lemma: 'clean-up' }), want: 'under-way', why: 'its own predicate: ongoing' },
    // negatives
    { e: cut('Job reductions were discussed while talks are under way.', 'reductions'), want: null, why: 'the going on is another noun\'s' },
    { e: cut('Job reductions are not under way yet.', 'reductions', { modality: 'negated' }), want: null, why: 'negated' },
  ];
  for (const c of cases) assert.equal(readerStatus(c.e, '2026-09-28'), c.want, c.why);
});

test(`${P} wrong steps: clause bounds of a denial, plans that stand, what an inquiry looks into, negations that deny nothing`, () => {
  const at = (text: string, trigger: string, over: Partial<DigestEvent> = {}, more: readonly string[] = []): DigestEvent =>
    ev({ type: 'OTHER', lemma: trigger, trigger, sentences: [said(text), ...more.map(said)], evidence: said(text), triggerAt: text.indexOf(trigger), ...over });
  const ferry = 'The operator on Wednesday denied a report that one of its ferries had lost power before sailings were halted, as the suspension of crossings entered its second day.';
  const pilots = 'The union on Thursday denied a newspaper report that it had reached a pay deal with the airline, saying the October 13 strike was still on.';
  const oct13 = time('October 13', '2026-10-13');
  const cases: ReadonlyArray<{ e: DigestEvent; want: ReaderStatus | null; why: string }> = [
    // a narrator's ", as" clause and a ", saying" statement end the reach of a denial before them
    { e: at(ferry, 'suspension', { lemma: 'suspend', status: 'occurred' }), want: 'under-way', why: 'the ", as" clause is the narrator\'s: the suspension goes on' },
    { e: at('The operator denied a report that the suspension of crossings had entered its second day.', 'suspension', { lemma: 'suspend', status: 'occurred' }), want: 'denied', why: 'negative: inside the denied report' },
    { e: at(pilots, 'strike', { status: 'cancelled', cues: ['reached'], time: oct13 }), want: 'dates-announced', why: 'after ", saying": the strike is still on, on its day' },
    { e: at('The union denied a newspaper report that the October 13 strike was still on.', 'strike', { status: 'scheduled', time: oct13 }), want: 'denied', why: 'negative: "still on" inside the denied report is denied with it' },
    // the plan's own predicate: it stands
    { e: at('The vice-chancellor said the exams would go ahead as scheduled, with senior staff invigilating.', 'exams', { lemma: 'exam', status: 'anticipated', modality: 'planned', cues: ['would go ahead'] }), want: 'dates-announced', why: 'going ahead as scheduled: the days are set' },
    { e: at('The vice-chancellor said the exams would go ahead unless the lecturers walked out.', 'exams', { lemma: 'exam', status: 'anticipated', modality: 'planned', cues: ['would go ahead'] }), want: 'expected', why: 'negative: a condition, no schedule' },
    // a change denied leaves a plan whose days stand "as planned"
    { e: at('The commission rejected a report that the referendum would be delayed again, saying the vote would take place as planned.', 'referendum', { status: 'cancelled', cues: ['be delayed'] }), want: 'dates-announced', why: 'a denied change and "as planned": the days stand' },
    { e: at('The commission rejected a report that the referendum would be delayed again.', 'referendum', { status: 'cancelled', cues: ['be delayed'] }), want: 'expected', why: 'negative: a denied change, no day and no "as planned"' },
    // what an inquiry or its report looks into has struck; the report's delay is not the crash's
    { e: at("The preliminary report into last month's Savanna Air Express crash has been delayed and will not be released before the end of April.", 'crash', { lemma: 'crash', family: 'incident', status: 'anticipated', time: time('the end of April', '2026-04', true) }), want: 'happened', why: 'the crash a report looks into' },
    { e: at('The report of the presidential inquiry into the Bantama Park stand collapse has been put back.', 'collapse', { lemma: 'collapse', family: 'incident', status: 'occurred' }), want: 'happened', why: 'the put-back is the report\'s' },
    { e: at('The crash has been blamed on pilot error.', 'crash', { lemma: 'crash', family: 'incident', status: 'occurred' }), want: 'happened', why: 'negative: no inquiry, the crash as told' },
    { e: at('The inquiry into the merger has been put back.', 'inquiry', { lemma: 'inquiry', status: 'anticipated' }), want: 'postponed', why: 'negative: the inquiry\'s own change' },
    // negations that deny nothing
    { e: at('"Today we are not only signing documents," the president said.', 'signing', { lemma: 'sign', modality: 'negated', cues: ['not'] }), want: null, why: '"not only": it adds' },
    { e: at('The farmers said there would be no further blockades.', 'blockades', { lemma: 'blockade', modality: 'negated', cues: ['no'] }), want: null, why: '"no further": more of it ruled out' },
    { e: at('There was no blockade of the port on Friday.', 'blockade', { lemma: 'blockade', modality: 'negated', cues: ['no'] }), want: 'denied', why: 'negative: "no" alone denies' },
    // a change as an attribute governed by a future verb: the new plan is the news
    { e: at('The country will hold its delayed presidential runoff on Sunday, April 26.', 'runoff', { lemma: 'elect', status: 'cancelled', cues: ['delayed'], time: time('Sunday, April 26', '2026-04-26') }), want: 'dates-announced', why: 'will hold its delayed runoff on a day' },
    { e: at('Officials discussed the delayed presidential runoff on Sunday.', 'runoff', { lemma: 'elect', status: 'cancelled', cues: ['delayed'] }), want: 'postponed', why: 'negative: no plan governs the attribute' },
    // a search called off is the search's, not the landslide's
    { e: at("Rescue teams called off the search for survivors of Monday's landslide on Tuesday.", 'landslide', { lemma: 'landslide', family: 'incident', status: 'occurred' }), want: 'happened', why: 'the calling-off\'s object is the search' },
    { e: at('Organisers called off the march on Monday.', 'march', { lemma: 'march', status: 'occurred' }), want: 'cancelled', why: 'negative: the march itself called off' },
    // a process said to be going some way
    { e: at('She said talks were going well and that she hoped to present a government by May.', 'talks', { lemma: 'talks', status: 'occurred' }), want: 'under-way', why: 'talks going well' },
    { e: at('She said talks were held on Monday.', 'talks', { lemma: 'talks', status: 'occurred' }), want: 'happened', why: 'negative: held, over' },
    // a question left open tells no plan
    { e: at('It was too early to say when production would restart, she said.', 'restart', { lemma: 'restore', modality: 'planned', cues: ['would'] }), want: null, why: 'too early to say when' },
    { e: at('She said production would restart soon.', 'restart', { lemma: 'restore', modality: 'planned', cues: ['would'] }), want: 'expected', why: 'negative: a plan told' },
    // a plan told only as a published report's content, the report denied bare in the next sentence
    { e: at('A weekly reported on Tuesday that the council would close the campus.', 'close', { lemma: 'close', modality: 'planned', cues: ['would'] }, ['The vice-chancellor denied it.']), want: 'denied', why: 'a reported plan, denied' },
    { e: at('The minister told the agency that the campus would close within days.', 'close', { lemma: 'close', modality: 'planned', cues: ['would'] }, ['The government denied it.']), want: 'expected', why: 'negative: a minister\'s own word, not a published report' },
    { e: at('A weekly reported on Tuesday that the council would close the campus.', 'close', { lemma: 'close', modality: 'planned', cues: ['would'] }), want: 'expected', why: 'negative: no denial' },
    // an action lifted after it ran for days, in another language, is over
    { e: at('Les agriculteurs ont levé vendredi soir le blocage du port, après cinq jours de paralysie.', 'blocage', { lemma: 'blockade', status: 'cancelled', cues: ['levé'] }), want: 'happened', why: 'lifted after five days' },
    { e: at('Les agriculteurs ont annulé le blocage du port prévu vendredi.', 'blocage', { lemma: 'blockade', status: 'cancelled', cues: ['annulé'] }), want: 'cancelled', why: 'negative: called off before it began' },
    // a warning lifted or lowered is over
    { e: at('A Defesa Civil suspendeu na segunda-feira o alerta de calor extremo.', 'alerta', { lemma: 'warning', family: 'incident', status: 'occurred' }), want: 'happened', why: 'the warning lifted (Portuguese)' },
    { e: at('Ecuador lowered the alert for the volcano from orange to yellow on Friday.', 'alert', { lemma: 'warning', family: 'incident', status: 'occurred' }), want: 'happened', why: 'the alert lowered' },
    { e: at('The weather service issued a red alert for the coast on Friday.', 'alert', { lemma: 'warning', family: 'incident', status: 'occurred' }), want: 'under-way', why: 'negative: issued, in force' },
    // a plan with no schedule of the events layer's, bounded "not before"
    { e: at('The airlines, which had hoped to finish the merger within the year, now expected completion not before December.', 'merger', { lemma: 'acquire', modality: 'planned', cues: ['hoped to'] }), want: 'expected-not-before', why: 'not before December' },
    { e: at('The airlines hoped to finish the merger within the year.', 'merger', { lemma: 'acquire', modality: 'planned', cues: ['hoped to'] }), want: 'expected', why: 'negative: no bound' },
    // a future verb's day past a decimal number
    { e: at('The court will hear the appeal against its 14.5 million euro fine on Thursday, November 19, the court said.', 'hear', { lemma: 'hearing', status: 'anticipated', modality: 'planned', cues: ['will'] }), want: 'dates-announced', why: 'the day after a decimal' },
    { e: at('The court will hear the appeal against its 14.5 million euro fine soon, the court said.', 'hear', { lemma: 'hearing', status: 'anticipated', modality: 'planned', cues: ['will'] }), want: 'expected', why: 'negative: no day' },
  ];
  const bad = cases.filter((c) => readerStatus(c.e, '2026-03-20') !== c.want).map((c) => `${c.why}: ${readerStatus(c.e, '2026-03-20')}`);
  assert.deepEqual(bad, []);
});

test(`${P} a frame that presupposes the event, and the agent of a past change, give the mention a status`, () => {
  const runoff = "He was sworn in on Thursday, three weeks after he beat his rival in a runoff that had been put back by a court challenge.";
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { type: 'LEGAL', lemma: 'sentence', trigger: 'fine', evidence: said('The firm has filed an appeal against its 14.5 million euro fine, a spokeswoman said.') }, want: 'happened', why: 'an act appealed has been made' },
    { e: { type: 'LEGAL', lemma: 'sentence', trigger: 'fine', time: time('on Thursday, November 19', '2026-11-19'), evidence: said('The firm has filed an appeal against its fine, due on Thursday, November 19.') }, want: null, why: 'negative: dated after the report\'s day' },
    { e: { lemma: 'riot', trigger: 'riots', evidence: said('The death toll from the riots now stands at seven, police said.') }, want: 'happened', why: 'a toll from a happening' },
    { e: { lemma: 'riot', trigger: 'riots', evidence: said('Police said riots were a risk in the capital.') }, want: null, why: 'negative: no frame, no status' },
    { e: { lemma: 'suspend', trigger: 'suspension', evidence: said('The suspension had cost the industry about 2 million dollars so far.') }, want: 'under-way', why: 'a cost run up so far' },
    { e: { type: 'LEGAL', lemma: 'petition', trigger: 'challenge', status: 'occurred', family: 'legal', sentences: [said(runoff)], evidence: said(runoff) }, want: 'happened', why: 'the agent of a past postponement has happened' },
    { e: { type: 'ELECT', lemma: 'elect', trigger: 'runoff', status: 'cancelled', cues: ['been put back'], family: 'election', sentences: [said(runoff)], evidence: said(runoff) }, want: null, why: 'negative: the changed event in a clause of what came before stays without status' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-05-14'), c.want, c.why);
});

test(`${P} an agreement reached, a state said to stay, a day set by a copula, a past denial and a hearsay claim said not to exist, talk of a happening rejected (2026-12-08)`, () => {
  const fee = 'LISBON - AC Lanterna Genova have agreed a fee of 22 million euros with SC Minho for the striker, both clubs said.';
  const past = 'Lanterna have agreed a fee of 22 million euros, less than a week after the Portuguese club denied any deal.';
  const claim = "Il club genovese ha presentato una seconda offerta e, secondo il quotidiano O Jogo, le due società avrebbero trovato l'accordo.";
  const none = "«Non c'è alcun accordo con la Lanterna», ha dichiarato giovedì il presidente.";
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreed', sentences: [said(fee)], evidence: said(fee) }, want: 'happened', why: 'an agreement with the thing agreed as its object' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreed', sentences: [said('The two clubs had first agreed a fee of 22 million euros last week.')], evidence: said('The two clubs had first agreed a fee of 22 million euros last week.') }, want: 'happened', why: 'in the past perfect' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreed', sentences: [said('Kenya and Tanzania agreed on Tuesday to remove 14 barriers.')], evidence: said('Kenya and Tanzania agreed on Tuesday to remove 14 barriers.') }, want: null, why: 'negative: agreed to do something is a commitment' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreed', sentences: [said('Analysts agreed that the fee was high.')], evidence: said('Analysts agreed that the fee was high.') }, want: null, why: 'negative: agreed that is a view' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'agreed', sentences: [said('The clubs would have agreed a fee if the scan had been clean.')], evidence: said('The clubs would have agreed a fee if the scan had been clean.') }, want: null, why: 'negative: a modal puts it out of the real' },
    { e: { type: 'HAPPENING', lemma: 'deal', trigger: 'deal', modality: 'negated', cues: ['denied'], sentences: [said(past)], evidence: said(past) }, want: null, why: 'a denial in a clause of what came before' },
    { e: { type: 'HAPPENING', lemma: 'deal', trigger: 'deal', modality: 'negated', cues: ['denied'], sentences: [said('The Portuguese club denied any deal on Thursday.')], evidence: said('The Portuguese club denied any deal on Thursday.') }, want: 'denied', why: 'negative: a denial of the report\'s own is a denial' },
    { e: { type: 'CONFLICT', lemma: 'curfew', trigger: 'curfew', sentences: [said('The curfew stays at 10 pm to 5 am.')], evidence: said('The curfew stays at 10 pm to 5 am.') }, want: 'under-way', why: 'a lasting state said to stay' },
    { e: { type: 'COERCE', lemma: 'ban', trigger: 'Zahlungsverbot', sentences: [said('Das Zahlungsverbot bleibt bis auf Weiteres in Kraft.')], evidence: said('Das Zahlungsverbot bleibt bis auf Weiteres in Kraft.') }, want: 'under-way', why: 'in German' },
    { e: { type: 'ECONOMY', lemma: 'programme', trigger: 'programme', sentences: [said('The programme remains in force until June.')], evidence: said('The programme remains in force until June.') }, want: 'under-way', why: 'any event said to stay in force' },
    { e: { type: 'ECONOMY', lemma: 'reshuffle', trigger: 'reshuffle', sentences: [said('The reshuffle remains controversial.')], evidence: said('The reshuffle remains controversial.') }, want: null, why: 'negative: staying some way is no state in force' },
    { e: { type: 'LIFE', lemma: 'funeral', trigger: 'funeral', time: time('Saturday', '2026-05-16'), sentences: [said('The funeral is on Saturday.')], evidence: said('The funeral is on Saturday.') }, want: 'dates-announced', why: 'a copula puts it on a day ahead' },
    { e: { type: 'LIFE', lemma: 'funeral', trigger: 'funeral', time: time('Saturday', '2026-05-09'), sentences: [said('The funeral was on Saturday.')], evidence: said('The funeral was on Saturday.') }, want: null, why: 'negative: a day gone by sets nothing' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'accordo', status: 'occurred', sentences: [said(claim), { article: 1, start: 300, end: 300 + none.length, text: none }], evidence: said(claim) }, want: 'denied', why: 'hearsay, then said not to exist' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'accordo', status: 'occurred', sentences: [said(claim)], evidence: said(claim) }, want: 'happened', why: 'negative: hearsay alone is the claim' },
    { e: { type: 'HAPPENING', lemma: 'sabotage', trigger: 'sabotage', status: 'occurred', sentences: [said('The minister again rejected talk of sabotage.')], evidence: said('The minister again rejected talk of sabotage.') }, want: 'denied', why: 'talk of a happening rejected' },
    { e: { type: 'HAPPENING', lemma: 'leak', trigger: 'leak', status: 'occurred', sentences: [said('The operator dismissed reports of a leak at the plant.')], evidence: said('The operator dismissed reports of a leak at the plant.') }, want: 'denied', why: 'reports of a happening dismissed' },
    { e: { type: 'HAPPENING', lemma: 'sabotage', trigger: 'sabotage', status: 'occurred', sentences: [said('Lawmakers discussed talk of sabotage on Monday.')], evidence: said('Lawmakers discussed talk of sabotage on Monday.') }, want: 'happened', why: 'negative: talk of it, not denied' },
    { e: { type: 'AGREE', lemma: 'agree', trigger: 'accordo', status: 'occurred', sentences: [said("Le due società hanno trovato l'accordo."), { article: 1, start: 300, end: 300 + none.length, text: none }], evidence: said("Le due società hanno trovato l'accordo.") }, want: 'happened', why: 'negative: a claim of the report\'s own, not hearsay, is left to the report\'s steps' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-05-14'), c.want, c.why);
});

test(`${P} a process in a phase before any outcome (approval sought, under review) is expected though no tense says so`, () => {
  const approval = (text: string, over: Partial<DigestEvent> = {}): Partial<DigestEvent> => ({
    type: 'AGREE', lemma: 'approve', trigger: 'approval', status: null, modality: 'asserted', family: 'approval', phase: 'sought', sentences: [said(text)], evidence: said(text), triggerAt: text.indexOf('approval'), ...over,
  });
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: approval('The tie-up still needs the approval of the competition authority.'), want: 'expected', why: 'sought' },
    { e: approval('The approval is under review at the authority.', { phase: 'under-review' }), want: 'expected', why: 'under review' },
    // negatives
    { e: approval('The approval of the authority was a formality.', { phase: undefined }), want: null, why: 'no phase' },
    { e: approval('The tie-up does not need the approval of the authority.', { modality: 'negated' }), want: 'denied', why: 'negated: not this rule' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), '2026-05-16'), c.want, c.why);
});

test(`${P} a perfect in a clause of condition, a count of days run, an end put off, a plan in place (hwrong2)`, () => {
  const day = '2026-03-12';
  const cases: ReadonlyArray<{ e: Partial<DigestEvent>; want: ReaderStatus | null; why: string }> = [
    { e: { type: 'APPROVE', lemma: 'approve', trigger: 'signed', status: 'occurred', family: 'approval', phase: 'approved', evidence: said('The reactor will not be restarted before the end of March, and only once the regulator has signed off on the repairs.') }, want: 'expected', why: 'a perfect after "once" is a point ahead' },
    { e: { type: 'APPROVE', lemma: 'approve', trigger: 'approved', status: 'occurred', family: 'approval', phase: 'approved', evidence: said('The money will flow until parliament has formally approved the budget.') }, want: 'expected', why: 'after "until", an adverb between' },
    { e: { type: 'APPROVE', lemma: 'approve', trigger: 'approved', status: 'occurred', family: 'approval', phase: 'approved', evidence: said('The regulator has approved the repairs, the company said.') }, want: 'happened', why: 'negative: a perfect in a main clause is done' },
    { e: { type: 'APPROVE', lemma: 'approve', trigger: 'approval', status: 'occurred', family: 'approval', phase: 'approved', evidence: said('Work resumed once the approval had come through.') }, want: 'happened', why: 'negative: a noun, and a past perfect' },
    { e: { type: 'PROTEST', lemma: 'boycott', trigger: 'boycott', evidence: said('The university postponed its exams after a boycott by lecturers left most exam halls without invigilators for a third day.') }, want: 'under-way', why: 'its own clause counts the days it has run' },
    { e: { type: 'PROTEST', lemma: 'boycott', trigger: 'boycott', evidence: said('The university postponed its exams after a boycott by lecturers, which the union called for a third day.') }, want: 'happened', why: 'negative: the count stands past a comma, in another clause' },
    { e: { type: 'DISASTER', lemma: 'storm', trigger: 'storm', family: 'incident', status: 'occurred', phase: 'struck', evidence: said('The storm left thousands without power for a third day.') }, want: 'happened', why: 'negative: an incident is over though its effects are counted' },
    { e: { type: 'ENVIRONMENT', lemma: 'clean-up', trigger: 'clean-up', status: 'anticipated', family: 'campaign', phase: 'planned', time: time('the end of October', '2026-10', true), evidence: said('The clean-up of the beaches is not expected to finish before the end of October, the agency said.') }, want: 'under-way', why: 'an end put off is still ahead: the clean-up has begun' },
    { e: { type: 'ENVIRONMENT', lemma: 'clean-up', trigger: 'clean-up', status: 'anticipated', family: 'campaign', phase: 'planned', time: time('the end of October', '2026-10', true), evidence: said('The clean-up of the beaches is not expected to start before the end of October, the agency said.') }, want: 'expected-not-before', why: 'negative: a start put off has not begun' },
    { e: { type: 'STRIKE', lemma: 'strike', trigger: 'strike', status: 'in-progress', modality: 'planned', family: 'strike', phase: 'called', cues: ['remained in place', 'set for'], statusRules: ['prog:in-force'], time: win('October 13', '2026-10-13', '2026-10-13', '2026-10-13'), evidence: said('The union said the second strike, set for October 13, remained in place while its members studied the offer.') }, want: 'dates-announced', why: 'a plan said to stay in place, its day ahead' },
    { e: { type: 'STRIKE', lemma: 'strike', trigger: 'strike', status: 'in-progress', modality: 'planned', family: 'strike', phase: 'called', cues: ['now', 'will'], statusRules: ['prog:currently'], time: win('October 13', '2026-10-13', '2026-10-13', '2026-10-13'), evidence: said('The strike will now go ahead on October 13.') }, want: 'under-way', why: 'negative: only a plan read in place is moved ahead (a "now" is left as it was)' },
  ];
  for (const c of cases) assert.equal(readerStatus(ev(c.e), day), c.want, c.why);
});

test(`${P} a calling-off of what an earlier report told under way ends it (hwrong2)`, () => {
  const cases: ReadonlyArray<{ status: ReaderStatus; earlier: StatusStep[]; want: ReaderStatus; why: string }> = [
    { status: 'cancelled', earlier: [step('a', '2026-06-08', 'expected', 1), step('b', '2026-06-10', 'under-way', 2)], want: 'happened', why: 'called off while it went on: over' },
    { status: 'cancelled', earlier: [step('a', '2026-06-08', 'dates-announced', 1)], want: 'cancelled', why: 'negative: called off before it began' },
    { status: 'cancelled', earlier: [step('a', '2026-06-08', 'under-way', 1), step('b', '2026-06-10', 'postponed', 2)], want: 'cancelled', why: 'negative: the latest earlier step is no longer under way' },
    { status: 'cancelled', earlier: [], want: 'cancelled', why: 'negative: no earlier report' },
    { status: 'postponed', earlier: [step('a', '2026-06-10', 'under-way', 1)], want: 'postponed', why: 'negative: only a calling-off' },
  ];
  for (const c of cases) assert.equal(endedWhileUnderWay(c.status, c.earlier), c.want, c.why);
});
