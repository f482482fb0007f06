import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DENIAL_VERB, DENIAL_VERBS, denialVerbPattern, negatedAt } from './negation.js';

const P = 'link/negation:';

test(`${P} one list of denial verbs gives the test pattern and the scanning one`, () => {
  const cases: ReadonlyArray<{ text: string; want: string[]; why: string }> = [
    { text: 'The ministry denied the report.', want: ['denied'], why: 'past' },
    { text: 'She dismisses and rejects the claims; he refuted them.', want: ['dismisses', 'rejects', 'refuted'], why: 'every form of every verb' },
    { text: 'A denial, a rejection and a refutation were issued.', want: [], why: 'negative: nouns of denying are no verbs' },
    { text: 'The deniers were undeniably wrong.', want: [], why: 'negative: a word that only contains a verb of denying' },
  ];
  for (const c of cases) {
    assert.deepEqual([...c.text.matchAll(denialVerbPattern('gi'))].map((m) => m[0]), c.want, c.why);
    assert.equal(DENIAL_VERB.test(c.text), c.want.length > 0, c.why);
  }
  assert.equal(DENIAL_VERB.flags, 'i');
  for (const w of DENIAL_VERBS) assert.ok(DENIAL_VERB.test(`they ${w} it`), w);
});

test(`${P} a denial verb anywhere before a word negates it; a negation only within reach`, () => {
  const NOT = /\bnot\b/i;
  const cases: ReadonlyArray<{ text: string; word: string; want: boolean; why: string }> = [
    { text: 'The union refutes reports that the strike has been called off.', word: 'called', want: true, why: 'a denial verb governs its clause' },
    { text: 'The strike has not been called off.', word: 'called', want: true, why: 'a negation just before' },
    { text: 'The strike has been called off.', word: 'called', want: false, why: 'negative: nothing negates it' },
    { text: 'The strike has been called off, the union said, and it will not return.', word: 'return', want: true, why: 'the negation before the later word' },
  ];
  for (const c of cases) assert.equal(negatedAt(c.text, c.text.indexOf(c.word), NOT), c.want, c.why);
});
