import assert from 'node:assert/strict';
import { test } from 'node:test';
import { eventWords } from './words.js';

test('events/words: nouns of the lexicon outside triggers are event words; verbs, names, triggers and unknown words are not', () => {
  const text = 'The deal was signed on Monday. Strike Force officials held talks, and the talks ended. He said the cuts would hurt.';
  const at = (w: string, from = 0): { start: number; end: number } => ({ start: text.indexOf(w, from), end: text.indexOf(w, from) + w.length });
  const words = eventWords(text, [at('signed'), at('talks')]);
  const forms = words.map((w) => text.slice(w.start, w.end));
  assert.ok(forms.includes('deal'), 'a noun no event holds');
  assert.ok(words.find((w) => text.slice(w.start, w.end) === 'deal')!.lemmas.length > 0, 'with the lemmas it can name');
  assert.equal(forms.filter((f) => f === 'talks').length, 1, 'the second "talks"; the first is a trigger');
  const negatives: Readonly<Record<string, string>> = { signed: 'a trigger', held: 'a verb form', ended: 'a verb form', Strike: 'a capitalised word (a name here)', officials: 'a word the lexicon does not know' };
  for (const [form, why] of Object.entries(negatives)) assert.ok(!forms.includes(form), `negative: ${why}`);
});
