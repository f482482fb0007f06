import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ABBREVIATION_GROUPS, OTHER_ABBREVIATIONS, PERSON_TITLES, TITLE_ABBREVIATIONS, isAbbreviation } from './abbreviations.js';
import { splitParagraphs, splitSentences } from './segment.js';
import { tokenize } from './tokenize.js';

const P = 'text/abbreviations:';

const WORDS: readonly { word: string; listed: boolean; endsSentence?: boolean }[] = [
  { word: 'Gen', listed: true, endsSentence: false },
  { word: 'Sens', listed: true, endsSentence: false },
  { word: 'St', listed: true, endsSentence: false },
  { word: 'No', listed: true, endsSentence: false },
  { word: 'Corp', listed: true, endsSentence: true },
  { word: 'Calif', listed: true, endsSentence: true },
  { word: 'Sept', listed: true, endsSentence: true },
  { word: 'etc', listed: true, endsSentence: true },
  // negative cases: case matters, and ordinary words are not abbreviations
  { word: 'gen', listed: false },
  { word: 'CORP', listed: false },
  { word: 'Seoul', listed: false },
  { word: 'Un', listed: false },
  { word: 'Gen.', listed: false },
];

for (const c of WORDS) {
  test(`${P} "${c.word}" is ${c.listed ? (c.endsSentence ? 'an abbreviation that can end a sentence' : 'a title-like abbreviation') : 'not listed'}`, () => {
    assert.equal(isAbbreviation(c.word), c.listed);
    if (c.listed) {
      assert.equal(TITLE_ABBREVIATIONS.has(c.word), !c.endsSentence);
      assert.equal(OTHER_ABBREVIATIONS.has(c.word), !!c.endsSentence);
    }
  });
}

/** The tokenizer keeps a listed abbreviation's period; the splitter reads the group's endsSentence. */
const IN_TEXT: readonly { input: string; tokens: string[]; sentences: number }[] = [
  { input: 'Sens. Cruz and Lee met.', tokens: ['Sens.', 'Cruz', 'and', 'Lee', 'met', '.'], sentences: 1 },
  { input: 'He met Gen. The rest left.', tokens: ['He', 'met', 'Gen.', 'The', 'rest', 'left', '.'], sentences: 1 },
  { input: 'She works for Acme Corp. The talks ended.', tokens: ['She', 'works', 'for', 'Acme', 'Corp.', 'The', 'talks', 'ended', '.'], sentences: 2 },
  { input: 'LOS ANGELES, Calif. The fire spread.', tokens: ['LOS', 'ANGELES', ',', 'Calif.', 'The', 'fire', 'spread', '.'], sentences: 2 },
  { input: 'Acme Corp. Chairman Lee spoke.', tokens: ['Acme', 'Corp.', 'Chairman', 'Lee', 'spoke', '.'], sentences: 1 },
  // negative: an unlisted word keeps its full stop apart, and the sentence ends there
  { input: 'They met in Seoul. The talks ended.', tokens: ['They', 'met', 'in', 'Seoul', '.', 'The', 'talks', 'ended', '.'], sentences: 2 },
  { input: 'the gen. staff', tokens: ['the', 'gen', '.', 'staff'], sentences: 1 },
];

for (const c of IN_TEXT) {
  test(`${P} in text: ${JSON.stringify(c.input)}`, () => {
    const toks = tokenize(c.input);
    assert.deepEqual(toks.map((t) => c.input.slice(t.start, t.end)), c.tokens);
    assert.equal(splitSentences(c.input, toks, splitParagraphs(c.input)).length, c.sentences);
  });
}

test(`${P} every group says why, and no word is in two groups or carries its period`, () => {
  const seen = new Set<string>();
  for (const g of ABBREVIATION_GROUPS) {
    assert.ok(g.why.length > 10, 'a group needs its reason');
    for (const w of g.words) {
      assert.ok(!seen.has(w), `${w} is listed twice`);
      assert.ok(!w.includes('.'), `${w} is listed with a period`);
      seen.add(w);
    }
  }
});

test(`${P} person titles are the title group only: not place prefixes, reference words or company forms`, () => {
  for (const w of ['Mr', 'Mrs', 'Sen', 'Sens', 'Gen', 'Lt', 'Rev']) assert.ok(PERSON_TITLES.has(w), w);
  for (const w of ['St', 'Mt', 'No', 'Art', 'v', 'Corp', 'Jr', 'Calif', 'Mr.', 'mr']) assert.ok(!PERSON_TITLES.has(w), w);
  assert.equal(new Set(ABBREVIATION_GROUPS.map((g) => g.kind)).size, ABBREVIATION_GROUPS.length, 'one group per kind');
});
