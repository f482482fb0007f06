import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modalPhrases, samePhrase } from './certainty-phrases.js';
import { modalLevel } from './drift.js';
import { wordAlternation } from './certainty-levels.js';

test('modalPhrases: the level, the verb after the modal and the subject words of its clause', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['The runoff between the two leading candidates could be held in April, the commission said.', 'possible', 'held'],
    ['He said the runoff will now be held on April 26.', 'will', 'held'],
    ['A state funeral is likely to be held in Praia later this month.', 'likely', 'held'],
    // negated: a denial, which negation findings read
    ['The runoff will not be held in April.', null, null],
    // the month, not a modal
    ['The runoff was held in May last year.', null, null],
    // nothing before the modal in its clause: no subject to compare
    ['Will it be held?', null, null],
  ];
  for (const [text, level, verb] of cases) {
    const p = modalPhrases(text)[0];
    assert.equal(p?.level ?? null, level, text);
    assert.equal(p?.verb ?? null, verb, text);
  }
});

test('samePhrase: one verb and a subject word in common', () => {
  const [a] = modalPhrases('A foreign ministry official said Villaverde could be handed over to Argentina.');
  const [b] = modalPhrases('MARBELLA - Argentine property developer Horacio Villaverde will be handed over to Argentina on Thursday.');
  const [c] = modalPhrases('The bond will be handed over to the bank on Thursday.');
  const [d] = modalPhrases('Villaverde will appeal the ruling.');
  assert.ok(a && b && c && d);
  assert.equal(samePhrase(a, b), true);
  // same verb, another subject
  assert.equal(samePhrase(b, c), false);
  // same subject, another verb
  assert.equal(samePhrase(a, d), false);
});

test('modalLevel: likelihood words and other languages\' doubt and possibility', () => {
  const cases: Array<[string, string[], string | null]> = [
    ['A state funeral is likely to be held in Praia.', ['funeral'], 'likely'],
    ['An eruption is likely within days.', ['eruption'], 'likely'],
    ['An eruption is unlikely within days.', ['eruption'], 'unlikely'],
    ['An eruption is not likely within days.', ['eruption'], null],
    ['O presidente português poderá estar presente no funeral.', ['funeral'], 'possible'],
    ['Un recorte en marzo se había vuelto poco probable.', ['recorte'], 'unlikely'],
    ['Il vertice dovrebbe tenersi a marzo.', ['vertice'], 'likely'],
    ['Der Gipfel findet wahrscheinlich im März statt.', ['Gipfel'], 'likely'],
    // a future in -erá is still a plan
    ['O presidente estará presente no funeral.', ['funeral'], 'will'],
  ];
  for (const [text, triggers, want] of cases) assert.equal(modalLevel(text, triggers), want, text);
});

test('wordAlternation: whole words only, a phrase across spaces', () => {
  const re = wordAlternation(['probable', 'poco probable']);
  assert.deepEqual([...'es poco  probable'.matchAll(re)].map((m) => m[0]), ['poco  probable']);
  assert.deepEqual([...'improbable'.matchAll(re)].map((m) => m[0]), []);
});
