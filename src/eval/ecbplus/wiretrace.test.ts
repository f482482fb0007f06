import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compatible, triggerLemma, type MentionFeatures } from './wiretrace.js';

const m = (over: Partial<MentionFeatures>): MentionFeatures => ({ id: 'm', report: 'r', story: 's', kind: 'die', reporting: false, who: new Set(), days: new Set(), ...over });

test('ecbplus wiretrace linker: arguments that clash keep two mentions apart', () => {
  const cases: ReadonlyArray<{ a: MentionFeatures; b: MentionFeatures; ok: boolean; why: string }> = [
    { a: m({ who: new Set(['per:a']) }), b: m({ who: new Set(['per:b']) }), ok: true, why: 'different people alone do not split a killing (victim in one sentence, police in the other)' },
    { a: m({ who: new Set(['per:a']), days: new Set(['2008-01-01']) }), b: m({ who: new Set(['per:b']), days: new Set(['2009-05-01']) }), ok: false, why: 'negative: different people and different days' },
    { a: m({ kind: 'say', reporting: true, who: new Set(['per:a']) }), b: m({ kind: 'say', reporting: true, who: new Set(['per:b']) }), ok: false, why: 'negative: two speakers, two statements' },
    { a: m({ kind: 'say', reporting: true, who: new Set(['per:a']) }), b: m({ kind: 'say', reporting: true, who: new Set(['per:a', 'org:x']) }), ok: true, why: 'one speaker' },
    { a: m({ kind: 'say', reporting: true }), b: m({ kind: 'say', reporting: true, who: new Set(['per:a']) }), ok: true, why: 'no speaker named on one side' },
  ];
  for (const c of cases) assert.equal(compatible(c.a, c.b), c.ok, c.why);
});

test('ecbplus wiretrace linker: the word that names the happening', () => {
  const cases: ReadonlyArray<{ text: string; lemma: string }> = [
    { text: 'opened fire', lemma: 'shoot' },
    { text: 'gunned down', lemma: 'shoot' },
    { text: 'passed away', lemma: 'die' },
    { text: 'set their bank on fire', lemma: 'fire' },
    { text: 'double murder', lemma: 'murder' },
    { text: 'fatal shooting', lemma: 'shoot' },
    { text: 'drunk driving', lemma: 'drive' },
    { text: 'killed', lemma: 'kill' },
    { text: 'earthquakes', lemma: 'earthquake' },
    // negative: a phrase that is no idiom keeps its first content word
    { text: 'opened the door', lemma: 'open' },
    { text: 'heart attack', lemma: 'heart' },
    { text: 'fire', lemma: 'fire' },
  ];
  for (const c of cases) assert.equal(triggerLemma(c.text), c.lemma, c.text);
});
