import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AsciiWordSet } from './ascii-words.js';

const WORDS = ['may', 'march', 'mar', 'day', 'days', '#digit', "year's", 'mar'];
const set = new AsciiWordSet(WORDS);

// text, [start, end), the word expected (undefined: none)
const CASES: readonly (readonly [string, string, number, number, string | undefined])[] = [
  ['a listed word', 'in March 2024', 3, 8, 'march'],
  ['any case', 'MAY day', 0, 3, 'may'],
  ['mixed case', 'DaYs', 0, 4, 'days'],
  ['a prefix of a longer word is found', 'Mar.', 0, 3, 'mar'],
  ['a repeated word keeps its first index', 'mar', 0, 3, 'mar'],
  ['a word that only begins a listed one', 'ma', 0, 2, undefined],
  ['a listed word with more after it', 'Mayor', 0, 5, undefined],
  ['a listed word inside the run', 'dismay', 0, 6, undefined],
  ['an unlisted word', 'the', 0, 3, undefined],
  ['an empty run', 'may', 1, 1, undefined],
  ['a sub-range of the text', 'xxdaysxx', 2, 6, 'days'],
  ['a non-letter in the range', 'd4ys', 0, 4, undefined],
  ['a word with a non-letter is never found', "year's", 0, 6, undefined],
  ['"#digit" is never found', '#digit', 0, 6, undefined],
  ['characters whose code | 32 is not a letter', '@[`{', 0, 4, undefined],
  ['non-ASCII letters', 'mär', 0, 3, undefined],
];

for (const [name, text, start, end, want] of CASES) {
  test(`AsciiWordSet.find: ${name}`, () => {
    const i = set.find(text, start, end);
    assert.equal(i < 0 ? undefined : set.words[i], want);
    if (want !== undefined) assert.equal(i, WORDS.indexOf(want));
  });
}

test('AsciiWordSet.find agrees with a Map of lowercase words on every letter run', () => {
  const map = new Map<string, number>();
  WORDS.forEach((w, i) => { if (!map.has(w)) map.set(w, i); });
  const text = 'On MAY 5 and March days, the Mayor said mar DAYS may-day Day';
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    const want = map.get(m[0].toLowerCase()) ?? -1;
    assert.equal(set.find(text, m.index, m.index + m[0].length), /^[a-z]+$/.test(WORDS[want] ?? 'x') ? want : -1, m[0]);
  }
});

test('AsciiWordSet: an empty list finds nothing', () => {
  assert.equal(new AsciiWordSet([]).find('may', 0, 3), -1);
});
