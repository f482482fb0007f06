import { test } from 'node:test';
import assert from 'node:assert/strict';
import { speaksOfScheduleChange } from './schedule-change.js';

const ev = (trigger: string, text: string, statusRules?: string[]) => ({ trigger, sentences: [{ article: 1, start: 0, end: text.length, text }], ...(statusRules ? { statusRules } : {}) });

const ROWS: readonly { name: string; trigger: string; text: string; want: boolean }[] = [
  { name: 'postponed after the trigger', trigger: 'visit', text: "The president's visit to Mongolia has been postponed because of the outbreak.", want: true },
  { name: 'called off before the trigger', trigger: 'strike', text: 'The union called off the 48-hour strike after a pay deal.', want: true },
  { name: 'a denied calling-off', trigger: 'strike', text: 'She said the strike had not been called off.', want: true },
  { name: 'put off', trigger: 'trial', text: 'The trial was put off until February.', want: true },
  { name: 'scrubbed', trigger: 'launch', text: 'The launch was scrubbed an hour before liftoff.', want: true },
  { name: 'ended', trigger: 'visit', text: 'The visit ended on Wednesday with a joint statement.', want: true },
  { name: 'declared over', trigger: 'outbreak', text: 'The ministry declared the cholera outbreak in the district over on Friday.', want: true },
  { name: 'a lasting state lifted', trigger: 'tariffs', text: 'Mexico lifted its tariffs on Brazilian steel on Tuesday.', want: true },
  { name: 'a lasting state suspended', trigger: 'tariffs', text: 'Mexico has suspended its tariffs for 90 days.', want: true },
  { name: 'a lasting state removed', trigger: 'duties', text: 'Brazil removed its duties on Mexican cars.', want: true },
  { name: 'a place closed reopened', trigger: 'reopened', text: 'The six beaches around Sfax reopened on Tuesday.', want: true },
  { name: 'a closure told with its reopening', trigger: 'closed', text: 'The consulate, closed since March, reopened on Thursday.', want: true },
  { name: 'a state eased ahead', trigger: 'rationing', text: 'Bulawayo will ease water rationing from December 15.', want: true },
  { name: 'a state extended', trigger: 'emergency', text: 'The province extended the heat emergency until Sunday.', want: true },
  { name: 'restrictions relaxed', trigger: 'restrictions', text: 'The restrictions will be relaxed on the 15th.', want: true },
  { name: 'negative: "easy" is no easing', trigger: 'rationing', text: 'Water rationing has not been easy for the town.', want: false },
  { name: 'put back by a day', trigger: 'restart', text: 'The restart had been set for Friday but was put back by a day when swells failed to drop.', want: true },
  { name: 'deferred', trigger: 'vote', text: 'The vote was deferred to next week.', want: true },
  { name: 'negative: put back into service', trigger: 'grounding', text: 'After the grounding the jets were put back into service.', want: false },
  { name: 'negative: a closure with no reopening', trigger: 'closed', text: 'The consulate closed on Thursday.', want: false },
  { name: 'negative: services cancelled are what a strike does', trigger: 'strike', text: 'A second strike forced the airport to cancel 71 flights on Friday.', want: false },
  { name: 'negative: "open-ended" is no ending', trigger: 'strike', text: 'The union called an open-ended rolling strike from July 17.', want: false },
  { name: 'the strike itself cancelled', trigger: 'strike', text: 'The union cancelled the strike on Friday.', want: true },
  { name: 'negative: a rocket lifting off is no state lifted', trigger: 'launch', text: 'The satellite launch lifted off from Kourou on Wednesday.', want: false },
  // negatives: no change word, or one too far from the trigger to be the trigger's
  { name: 'a plan with a date', trigger: 'visit', text: 'He will pay a state visit on April 8 and 9.', want: false },
  { name: 'a change far from the trigger', trigger: 'visit', text: 'The visit, long awaited by exporters, business leaders, diplomats, and officials in both capitals and beyond, comes after a forum was postponed.', want: false },
  { name: '"over" as "more than"', trigger: 'outbreak', text: 'The outbreak has made over 200 people ill.', want: false },
  { name: 'no trigger in the sentence', trigger: 'summit', text: 'The strike was called off.', want: false },
  { name: '"lift off" far from the trigger', trigger: 'tariffs', text: 'The tariffs, which cover steel, coil, plate, galvanised sheet, pipes, wire rod and many other products, took effect as the rocket lifted off.', want: false },
];

test('link/schedule-change: a change of plan the events layer read in another language speaks of a change; other rules do not', () => {
  assert.equal(speaksOfScheduleChange(ev('référendum', 'Le référendum est reporté au dimanche 11 octobre.', ['status:lang-postponed'])), true);
  assert.equal(speaksOfScheduleChange(ev('huelga', 'La huelga fue desconvocada.', ['status:lang-cancelled'])), true);
  assert.equal(speaksOfScheduleChange(ev('référendum', 'Le référendum aura lieu le 11 octobre.', ['status:time'])), false);
});

for (const r of ROWS) {
  test(`link/schedule-change: ${r.name}`, () => {
    assert.equal(speaksOfScheduleChange(ev(r.trigger, r.text)), r.want);
  });
}
