import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generalKind, generalReading, triggerTense, type Tense, pastProgressiveAt } from './tense.js';

const P = 'link/tense:';

test(`${P} the tense of a trigger's verb group`, () => {
  const cases: ReadonlyArray<{ sentence: string; trigger: string; want: Tense; why: string }> = [
    { sentence: 'The rocket lifted off from Kourou on Wednesday.', trigger: 'lifted', want: 'past', why: 'a regular past' },
    { sentence: 'Condor-2, which was launched in 2019, is running low on fuel.', trigger: 'launched', want: 'past', why: 'a passive past' },
    { sentence: 'The bridge has reopened to traffic.', trigger: 'reopened', want: 'past', why: 'a present perfect' },
    { sentence: 'The volcano has fallen silent.', trigger: 'fallen', want: 'past', why: 'an irregular participle after its auxiliary' },
    { sentence: 'The ferry sank near the island.', trigger: 'sank', want: 'past', why: 'an irregular past' },
    { sentence: 'The carmaker on Wednesday widened its recall to 340,000 vehicles.', trigger: 'recall', want: 'past', why: 'a noun a past verb widens has begun' },
    { sentence: 'The agency has completed the evacuation of the valley.', trigger: 'evacuation', want: 'past', why: 'a noun a past verb completes' },
    { sentence: 'The volcano is erupting again.', trigger: 'erupting', want: 'progressive', why: 'a present progressive' },
    { sentence: 'The inquiry handed its report to the president on Tuesday.', trigger: 'report', want: 'past', why: 'a noun a past verb hands over' },
    { sentence: 'The court overturned a police ban on the march.', trigger: 'ban', want: 'past', why: 'a noun a past verb undoes existed' },
    { sentence: 'The inquiry will hand its report to the president.', trigger: 'report', want: null, why: 'a handing over still ahead' },
    { sentence: 'Systems have been partly restored.', trigger: 'restored', want: 'progressive', why: 'a change partly made is going on' },
    { sentence: 'Services were gradually resumed over the week.', trigger: 'resumed', want: 'progressive', why: 'a change gradually made is going on' },
    { sentence: 'Systems have been fully restored.', trigger: 'restored', want: 'past', why: 'a change fully made is done' },
    { sentence: 'Tunisian authorities shut six beaches near Sfax on Monday.', trigger: 'shut', want: 'past', why: 'a verb whose past is its plain form' },
    { sentence: 'The storm cut power to 40,000 homes.', trigger: 'cut', want: 'past', why: 'the same, another verb' },
    { sentence: 'Students sat the philosophy paper again on Monday.', trigger: 'sat', want: 'past', why: 'an irregular past from the irregular-verb table' },
    { sentence: 'The vote was held on Sunday.', trigger: 'held', want: 'past', why: 'an irregular participle from the irregular-verb table' },
    { sentence: 'The visitors left on Friday.', trigger: 'left', want: null, why: 'a past that is as often another word reads from no form alone' },
    { sentence: 'He was laid to rest beside his parents.', trigger: 'laid', want: 'past', why: 'an irregular participle ("lay laid laid")' },
    { sentence: 'The free-trade agreement came into force on Wednesday.', trigger: 'force', want: 'past', why: "a light verb's past before its noun" },
    { sentence: 'The authority lifted its grounding of the five aircraft.', trigger: 'grounding', want: 'past', why: 'an -ing noun a past verb undoes existed' },
    { sentence: 'The agreement will come into force on Wednesday.', trigger: 'force', want: null, why: "negative: the light verb's plain form after a modal" },
    { sentence: 'The authority is reviewing its grounding of the aircraft.', trigger: 'grounding', want: null, why: 'negative: an -ing noun after no past verb of change' },
    // negative cases: ahead, unreal, or a noun
    { sentence: 'The satellite will be launched early next year.', trigger: 'launched', want: null, why: 'a future passive is a plan' },
    { sentence: 'The agency plans to launch it in March.', trigger: 'launch', want: null, why: 'an infinitive is a plan' },
    { sentence: 'The port could be reopened next week.', trigger: 'reopened', want: null, why: 'a modal is no happening' },
    { sentence: 'The authorities will shut six beaches on Monday.', trigger: 'shut', want: null, why: 'a plain form after "will" is ahead' },
    { sentence: 'The chain plans to shut 58 stores.', trigger: 'shut', want: null, why: 'a plain form after "to" is ahead' },
    { sentence: 'The launch drew a crowd.', trigger: 'launch', want: null, why: 'a noun has no tense' },
    { sentence: 'The court on Thursday ordered a full recount.', trigger: 'recount', want: null, why: 'a noun a verb orders is still ahead' },
    { sentence: 'The carmaker will widen its recall next week.', trigger: 'recall', want: null, why: 'a widening still ahead says nothing of the noun' },
    { sentence: 'Launching a satellite is costly.', trigger: 'Launching', want: null, why: 'a gerund is no progressive' },
    { sentence: 'The bridge is closed.', trigger: 'bridge', want: null, why: 'a short noun that is no verb' },
  ];
  for (const c of cases) assert.equal(triggerTense(c.sentence, c.trigger), c.want, c.why);
});

test(`${P} only kinds with no status rule of their own are read in general`, () => {
  assert.equal(generalKind({ type: 'ECONOMY' }), true);
  assert.equal(generalKind({ type: 'DISASTER' }), true);
  assert.equal(generalKind({ type: 'AGREE' }), false, 'an agreement has its own rules');
  assert.equal(generalKind({ type: 'REJECT' }), false, 'a stance is a claim');
  assert.equal(generalKind({ type: 'LEGAL', family: 'legal' }), false, 'a family has its phases');
});

test(`${P} what tense and time say of an asserted event`, () => {
  const e = { type: 'ECONOMY', modality: 'asserted' };
  const m = (sentence: string, trigger: string, modality = 'asserted') => ({ sentence, trigger, at: sentence.indexOf(trigger), modality });
  const day = '2026-03-19';
  const cases: ReadonlyArray<{ e: { type: string; modality: string; family?: string }; ms: ReturnType<typeof m>[]; to: string | null; want: string | null; why: string }> = [
    { e, ms: [m('The rocket lifted off on Wednesday.', 'lifted')], to: null, want: 'occurred', why: 'a past verb' },
    { e, ms: [m('The volcano is erupting.', 'erupting')], to: null, want: 'in-progress', why: 'a progressive' },
    { e, ms: [m('The 2019 launch went well.', 'launch')], to: '2019-12-31', want: 'occurred', why: 'a noun with a time of its own, over by the report' },
    { e, ms: [m('The launch drew a crowd.', 'launch')], to: '2026-03-20', want: null, why: 'a time still ahead' },
    { e, ms: [m('The launch drew a crowd.', 'launch')], to: null, want: null, why: 'no tense, no time' },
    { e: { type: 'ECONOMY', modality: 'planned' }, ms: [m('It lifted off.', 'lifted')], to: null, want: null, why: 'a plan is no happening' },
    { e: { type: 'ECONOMY', modality: 'planned' }, ms: [m('It will replace Condor-2, launched from the same pad in 2019.', 'launched', 'planned')], to: '2019-12-31', want: 'occurred', why: 'a past participle with its own time over, in a plan\'s clause' },
    { e: { type: 'ECONOMY', modality: 'planned' }, ms: [m('It will be launched in 2019.', 'launched', 'planned')], to: '2019-12-31', want: null, why: 'negative: a plan whose time is over is no happening' },
    { e: { type: 'ECONOMY', modality: 'planned' }, ms: [m('Its successor, launched next year, will replace it.', 'launched', 'planned')], to: '2027-12-31', want: null, why: 'negative: a time still ahead' },
    { e, ms: [m('Reports said it had lifted off.', 'lifted', 'reported')], to: null, want: null, why: 'a mention that is not asserted' },
    { e: { type: 'AGREE', modality: 'asserted' }, ms: [m('They agreed to remove barriers.', 'agreed')], to: null, want: null, why: 'an agreement has rules of its own' },
  ];
  for (const c of cases) assert.equal(generalReading(c.e, c.ms, c.to, day), c.want, c.why);
});

test(`${P} an attack or a disaster named as a fact has happened, whatever its family; one feared, threatened or ahead has not`, () => {
  const m = (sentence: string, trigger: string, modality = 'asserted') => ({ sentence, trigger, at: sentence.indexOf(trigger), modality });
  const day = '2025-11-04';
  const attack = { type: 'ASSAULT', modality: 'asserted' };
  const cases: ReadonlyArray<{ e: { type: string; modality: string; family?: string }; ms: ReturnType<typeof m>[]; from: string | null; want: string | null; why: string }> = [
    { e: attack, ms: [m('No group has claimed responsibility for the attack.', 'attack')], from: null, want: 'occurred', why: 'a nominal attack named as a fact' },
    { e: { type: 'DISASTER', modality: 'asserted', family: 'incident' }, ms: [m('The death toll from the earthquake rose.', 'earthquake')], from: null, want: 'occurred', why: 'a disaster with a family of its own' },
    { e: attack, ms: [m('Officials fear an attack on the port.', 'attack')], from: null, want: null, why: 'negative: feared' },
    { e: attack, ms: [m('The group could launch an attack.', 'attack')], from: null, want: null, why: 'negative: a modal verb before it' },
    { e: attack, ms: [m('An attack on the port is feared.', 'attack')], from: '2025-11-06', want: null, why: 'negative: a time of its own after the report' },
    { e: attack, ms: [m('Reports said an attack hit the port.', 'attack', 'reported')], from: null, want: null, why: 'negative: a mention not asserted' },
    { e: { type: 'ECONOMY', modality: 'asserted' }, ms: [m('The launch drew a crowd.', 'launch')], from: null, want: null, why: 'negative: no incident' },
  ];
  for (const c of cases) assert.equal(generalReading(c.e, c.ms, null, day, c.from), c.want, c.why);
});

test('link/tense: a trigger in the past progressive ("was leaking"), not a gerund or another tense', () => {
  const cases: ReadonlyArray<{ sentence: string; trigger: string; want: boolean }> = [
    { sentence: 'Crude oil was leaking from a ruptured pipeline on Monday.', trigger: 'leaking', want: true },
    { sentence: 'Fires were still burning in the hills.', trigger: 'burning', want: true },
    // negatives
    { sentence: 'Crude oil is leaking from a ruptured pipeline.', trigger: 'leaking', want: false },
    { sentence: 'The leaking pipeline was shut.', trigger: 'leaking', want: false },
    { sentence: 'Crude oil was leaked on Monday.', trigger: 'leaked', want: false },
    { sentence: 'He was accused of leaking documents.', trigger: 'leaking', want: false },
  ];
  for (const c of cases) assert.equal(pastProgressiveAt(c.sentence, c.trigger, c.sentence.indexOf(c.trigger)), c.want, c.sentence);
});
