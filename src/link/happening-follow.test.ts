import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HAPPENING_TYPE } from '../doc/schemas/events.js';
import { behindTypedEvent, COUNTED_TYPE, followedIfLed, partOfTypedEvent, performsTypedEvent, toldAgain, type PlacedEvent } from './happening-follow.js';
import type { ReaderStatus } from './schema.js';

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

/** A report's event placed in a sentence: `trigger` is found in `text` (its `nth` occurrence, 0 by default). */
function placed(type: string, lemma: string, trigger: string, text: string, nth = 0): PlacedEvent {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(trigger, at + 1);
  assert.ok(at >= 0, `"${trigger}" in "${text}"`);
  return { type, lemma, trigger, evidence: { start: 0, text }, triggerAt: at };
}

/** The typed (lexicon) events of each row are tracked; `untracked` names one that is not (waiting in the background). */
const PART_ROWS: readonly { name: string; text: string; happening: [string, string]; others: [string, string, string][]; untracked?: string; want: boolean }[] = [
  // told as part of a typed event: what it did, came from or was for
  { name: 'the subject of the happening is a typed event', text: 'A ransomware attack has knocked out the computer systems of the hospital.', happening: ['knock', 'knocked'], others: [['COERCE', 'attack', 'attack']], want: true },
  { name: 'a relative clause of a typed event', text: 'Bulawayo has lifted the water rationing it imposed four months ago.', happening: ['impose', 'imposed'], others: [['ECONOMY', 'ration', 'rationing']], want: true },
  { name: 'what an agreement is for', text: 'The presidents signed an agreement on Tuesday to route freight through the port.', happening: ['route', 'route'], others: [['AGREE', 'agree', 'agreement']], want: true },
  { name: 'a support verb and its object', text: 'President Temirov will pay a state visit to Mongolia on April 8.', happening: ['pay', 'pay'], others: [['CONSULT', 'visit', 'visit']], want: true },
  { name: 'a support verb, owner and modifier', text: 'The authorities ordered a night-time curfew in the city on Friday.', happening: ['order', 'ordered'], others: [['COERCE', 'curfew', 'curfew']], want: true },
  { name: 'a support verb handing an event', text: 'The prime minister handed his resignation to the president on Wednesday.', happening: ['hand', 'handed'], others: [['POLITICAL', 'resign', 'resignation']], want: true },
  // told for itself
  { name: 'the sentence leads with the happening', text: 'The board has removed chief executive Katrin Vogler, and called a meeting.', happening: ['remove', 'removed'], others: [['POLITICAL', 'meet', 'meeting']], want: false },
  { name: 'a clause of time after the typed event', text: 'The canal was closed to all traffic on Wednesday after a container feeder rammed the outer gate.', happening: ['ram', 'rammed'], others: [['ECONOMY', 'close', 'closed']], want: false },
  { name: 'a clause opened by when', text: 'She returned as chief executive, when the board met and chose to reinstate her.', happening: ['reinstate', 'reinstate'], others: [['POLITICAL', 'return', 'returned']], want: false },
  { name: 'a coordinated clause of its own', text: 'The presidents turned the first sod at a ceremony, and bulldozers began clearing the route.', happening: ['clear', 'clearing'], others: [['CONSULT', 'ceremony', 'ceremony']], want: false },
  { name: 'the typed event before is not tracked', text: 'A ransomware attack has knocked out the computer systems of the hospital.', happening: ['knock', 'knocked'], others: [['COERCE', 'attack', 'attack']], untracked: 'attack', want: false },
  { name: 'only a happening before it', text: 'Oil from a broken pipeline spread across the gulf, polluting beaches.', happening: ['pollute', 'polluting'], others: [[HAPPENING_TYPE, 'spread', 'spread']], want: false },
  { name: 'a verb that is no support verb acts on the typed event', text: 'A court on Wednesday froze the new low-emission zone.', happening: ['freeze', 'froze'], others: [['SANCTION', 'ban', 'zone']], want: false },
  { name: 'a support verb whose object is no event', text: 'The ministry ordered new equipment for the hospital before the visit.', happening: ['order', 'ordered'], others: [['CONSULT', 'visit', 'visit']], want: false },
  { name: 'a support verb with the event too far off', text: 'He will pay tribute to the victims and to the rescue teams of the region during the visit.', happening: ['pay', 'pay'], others: [['CONSULT', 'visit', 'visit']], want: false },
];

test('partOfTypedEvent: a happening told as part of a tracked event of the lexicon kinds, and one told for itself', () => {
  for (const r of PART_ROWS) {
    const e = placed(HAPPENING_TYPE, r.happening[0], r.happening[1], r.text);
    const others = r.others.map(([type, lemma, trigger]) => placed(type, lemma, trigger, r.text));
    const typed = (x: PlacedEvent): boolean => x.type !== HAPPENING_TYPE && x.trigger !== r.untracked;
    assert.equal(partOfTypedEvent(e, [e, ...others], typed), r.want, r.name);
  }
});

test('behindTypedEvent and performsTypedEvent: another sentence, an unknown place', () => {
  const e = placed(HAPPENING_TYPE, 'knock', 'knocked', 'A ransomware attack has knocked out the systems.');
  const elsewhere = { ...placed('COERCE', 'attack', 'attack', 'A ransomware attack has knocked out the systems.'), evidence: { start: 200, text: 'x' } };
  assert.equal(behindTypedEvent(e, [e, elsewhere], () => true), false);
  assert.equal(behindTypedEvent({ ...e, triggerAt: undefined }, [e], () => true), false);
  const pay = placed(HAPPENING_TYPE, 'pay', 'pay', 'He will pay a visit.');
  assert.equal(performsTypedEvent(pay, [pay, placed('CONSULT', 'visit', 'visit', 'He will pay a visit.')], () => true), true);
  assert.equal(performsTypedEvent(pay, [pay, placed(COUNTED_TYPE, 'visit', 'visit', 'He will pay a visit.')], () => true), false);
});

const AGAIN_ROWS: readonly { name: string; text: string; trigger: string; lemma?: string; time: string | null; status?: ReaderStatus; steps: { article: number; text: string; time?: string; status?: ReaderStatus }[]; want: boolean }[] = [
  { name: 'dated here, told by an earlier report', text: 'The flight has been pushed back to Sunday, March 15.', trigger: 'flight', time: 'Sunday, March 15', steps: [{ article: 1, text: 'Two more teams joined the flight.' }], want: true },
  { name: 'dated by the earlier step', text: 'Some 38,000 people filed past the coffin while it lay in state.', trigger: 'lay', time: null, steps: [{ article: 1, text: 'The body will lie in state on Friday.', time: 'Friday' }], want: true },
  { name: 'no earlier report gave it a status', text: 'The flight has been pushed back to Sunday, March 15.', trigger: 'flight', time: 'Sunday, March 15', steps: [{ article: 2, text: 'The flight will carry eight satellites.' }], want: false },
  { name: 'a background sentence copied from an earlier report', text: 'In 2021 a similar rise was withdrawn on March 3.', trigger: 'withdrawn', time: 'March 3', steps: [{ article: 1, text: 'In 2021 a similar rise was withdrawn on March 3.' }], want: false },
  { name: 'in quoted speech', text: '"We will not count the country on half a budget by June," she said.', trigger: 'count', time: 'June', steps: [{ article: 1, text: 'The count was put off.' }], want: false },
  { name: 'dated nowhere', text: 'Patients were carried down the stairs.', trigger: 'carried', time: null, steps: [{ article: 1, text: 'Nurses carried patients out.' }], want: false },
  // undated: a plan an earlier report told, carried out here, named by its noun
  { name: 'a plan carried out', text: 'The operator has filed a claim on its insurance.', trigger: 'claim', lemma: 'claim', time: null, status: 'happened', steps: [{ article: 1, text: 'The company will file an insurance claim once the review ends.', status: 'expected' }], want: true },
  { name: 'a plan begun', text: 'The migration of the channels is under way.', trigger: 'migration', lemma: 'migration', time: null, status: 'under-way', steps: [{ article: 1, text: 'A migration of the channels is planned.', status: 'expected' }], want: true },
  { name: 'a participle, not a plan carried out', text: 'The number of vehicles affected rose.', trigger: 'affected', lemma: 'affect', time: null, status: 'happened', steps: [{ article: 1, text: 'Older cars will be affected.', status: 'expected' }], want: false },
  { name: 'told done before the plan', text: 'She accepted the result.', trigger: 'result', lemma: 'result', time: null, status: 'happened', steps: [{ article: 1, text: 'The result was announced.', status: 'happened' }, { article: 1, text: 'A new result is expected.', status: 'expected' }], want: false },
  { name: 'a plan still a plan', text: 'The company will file its claim soon.', trigger: 'claim', lemma: 'claim', time: null, status: 'expected', steps: [{ article: 1, text: 'A claim is expected.', status: 'expected' }], want: false },
];

test('toldAgain: a happening a later report tells again, dated or a plan carried out, not copied, not quoted', () => {
  for (const r of AGAIN_ROWS) {
    const steps = r.steps.map((s) => ({ article: s.article, evidence: { text: s.text }, ...(s.time ? { time: s.time } : {}), ...(s.status ? { status: s.status } : {}) }));
    const e = { lemma: r.lemma ?? r.trigger, trigger: r.trigger, evidence: { text: r.text }, triggerAt: r.text.indexOf(r.trigger), time: r.time };
    assert.equal(toldAgain(e, steps, 2, r.status ?? null), r.want, r.name);
  }
});
