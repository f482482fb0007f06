import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokens.js';

test('events/tagger/tokens: one token per TimeML event word, offsets exact', () => {
  const cases: { text: string; tokens: string[] }[] = [
    { text: 'The cease-fire held.', tokens: ['The', 'cease-fire', 'held', '.'] },
    { text: "He didn't go; it's over.", tokens: ['He', 'did', "n't", 'go', ';', 'it', "'s", 'over', '.'] },
    { text: 'Profit rose 2.6 percent to $1,200.', tokens: ['Profit', 'rose', '2.6', 'percent', 'to', '$', '1,200', '.'] },
    { text: 'the buy-out, (sold)', tokens: ['the', 'buy-out', ',', '(', 'sold', ')'] },
    // negatives: a trailing hyphen or a comma after a word does not join the next word
    { text: 'pre- and post-war, then', tokens: ['pre', '-', 'and', 'post-war', ',', 'then'] },
    { text: '', tokens: [] },
  ];
  for (const c of cases) {
    const toks = tokenize(c.text);
    assert.deepEqual(toks.map((t) => t.text), c.tokens, c.text);
    for (const t of toks) assert.equal(c.text.slice(t.start, t.end), t.text);
  }
});
