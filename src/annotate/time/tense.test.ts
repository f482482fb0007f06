import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceWords } from './tense.js';

/** The regex reading sentenceWords replaced: its answers are the reference. */
function reference(text: string, start: number, end: number): { w: string; raw: string; pos: number; afterPunct: boolean }[] {
  const re = /[A-Za-z']+/g;
  const out: { w: string; raw: string; pos: number; afterPunct: boolean }[] = [];
  re.lastIndex = start;
  let prevEnd = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    out.push({ w: m[0].toLowerCase(), raw: m[0], pos: m.index, afterPunct: /[^\s]/.test(text.slice(prevEnd, m.index)) });
    prevEnd = m.index + m[0].length;
  }
  return out;
}

test('time/tense: sentenceWords reads the words and gaps as the regex scan did', () => {
  const cases: [string, number, number][] = [
    ['The leaders meet in Riga on Monday.', 0, 35],
    ['The new charges, Canadian officials said.', 0, 41],
    ["Putin's visit isn't over — it's 'due' back", 0, 42],
    // a range that starts inside a word, and a word that runs on past the range's end
    ['xxYesterday officials said', 2, 13],
    ['officials said yesterday', 0, 17],
    // whitespace beyond ASCII: no-break space, line and paragraph separators, ideographic space, BOM
    ['said\u00a0on\u2028Monday\u2029and\u3000Tuesday\ufeffnext', 0, 37],
    // not whitespace: a zero-width space, a surrogate pair, digits, an accented letter
    ['said\u200bon \ud83d\ude00 Monday 12 caf\u00e9 week', 0, 34],
    // no words; an empty range; a range past the text
    ['12 — 34, 56.', 0, 12],
    ['Monday', 3, 3],
    ['Monday', 0, 40],
    ['', 0, 0],
  ];
  for (const [text, start, end] of cases) {
    assert.deepEqual(sentenceWords(text, start, end), reference(text, start, end), JSON.stringify([text, start, end]));
  }
});

test('time/tense: sentenceWords marks punctuation before a word, never plain spacing', () => {
  const words = sentenceWords('charges, officials  said', 0, 24);
  assert.deepEqual(
    words.map((w) => [w.w, w.afterPunct]),
    [
      ['charges', false],
      ['officials', true],
      ['said', false],
    ],
  );
});
