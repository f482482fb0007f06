import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventLabel, eventNoun } from './event-label.js';

test('event labels: who, the event named by its noun, where', () => {
  const cases: { who: string[]; lemma: string; where: string | null; label: string }[] = [
    { who: ['Yerlan Temirov'], lemma: 'visit', where: 'Ulaanbaatar', label: 'Yerlan Temirov visit — Ulaanbaatar' },
    { who: ['Hradec'], lemma: 'approve', where: null, label: 'Hradec approval' },
    { who: ['Tanzania'], lemma: 'sign', where: null, label: 'Tanzania signing' },
    { who: [], lemma: 'launch', where: 'Kourou', label: 'launch — Kourou' },
    { who: [], lemma: 'evacuate', where: null, label: 'evacuation' },
    // the place is not also a participant ("Nairobi arrive — Nairobi")
    { who: ['Nairobi'], lemma: 'arrive', where: 'Nairobi', label: 'arrival — Nairobi' },
    { who: ['Ganbold Tserendorj', 'Astana'], lemma: 'visit', where: 'Astana', label: 'Ganbold Tserendorj visit — Astana' },
    // at most two participants
    { who: ['A', 'B', 'C'], lemma: 'meet', where: null, label: 'A, B meeting' },
  ];
  for (const c of cases) assert.equal(eventLabel(c), c.label);
});

test('event nouns: a verb is named by its noun; a noun or an unknown lemma stays as it is (negative)', () => {
  assert.equal(eventNoun('resign'), 'resignation');
  assert.equal(eventNoun('sworn'), 'swearing-in');
  for (const lemma of ['visit', 'talks', 'strike', 'outbreak', 'zorble']) assert.equal(eventNoun(lemma), lemma);
});
