import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from './tokenize.js';

function toks(s: string): string[] {
  return tokenize(s).map((t) => s.slice(t.start, t.end));
}

const cases: Array<{ name: string; input: string; want: string[] }> = [
  { name: 'dotted abbreviations', input: 'the U.N. and U.S. officials', want: ['the', 'U.N.', 'and', 'U.S.', 'officials'] },
  { name: 'titles', input: 'Mr. Smith met Gen. Lee', want: ['Mr.', 'Smith', 'met', 'Gen.', 'Lee'] },
  { name: 'month and corp', input: 'on Jan. 5 Acme Corp. said', want: ['on', 'Jan.', '5', 'Acme', 'Corp.', 'said'] },
  { name: 'initials', input: 'J. K. Rowling', want: ['J.', 'K.', 'Rowling'] },
  { name: 'decimals and times', input: 'rose 3.5 percent at 2:30 p.m. today', want: ['rose', '3.5', 'percent', 'at', '2:30', 'p.m.', 'today'] },
  { name: 'money', input: 'a $1.2bn deal and €30 million', want: ['a', '$', '1.2bn', 'deal', 'and', '€', '30', 'million'] },
  { name: 'thousands', input: '1,000 troops', want: ['1,000', 'troops'] },
  { name: 'hyphenated names', input: 'Kim Jong-un and Choe Son-hui', want: ['Kim', 'Jong-un', 'and', 'Choe', 'Son-hui'] },
  { name: 'apostrophe names', input: "O'Brien and D’Angelo", want: ["O'Brien", 'and', 'D’Angelo'] },
  { name: 'possessives curly', input: 'Putin’s visit', want: ['Putin', '’s', 'visit'] },
  { name: 'possessives straight', input: "Korea's agency", want: ['Korea', "'s", 'agency'] },
  { name: 'clitics', input: "we're sure it doesn't", want: ['we', "'re", 'sure', 'it', 'does', "n't"] },
  { name: 'plural possessive', input: "the allies' plan", want: ['the', 'allies', "'", 'plan'] },
  { name: 'curly quotes', input: '“in the foreseeable future.”', want: ['“', 'in', 'the', 'foreseeable', 'future', '.', '”'] },
  { name: 'straight quotes', input: '"willing" to', want: ['"', 'willing', '"', 'to'] },
  { name: 'em dash', input: 'talks—if any—will', want: ['talks', '—', 'if', 'any', '—', 'will'] },
  { name: 'double hyphen dash', input: 'talks -- if any', want: ['talks', '--', 'if', 'any'] },
  { name: 'url', input: 'see https://example.com/a?b=1. Then', want: ['see', 'https://example.com/a?b=1', '.', 'Then'] },
  { name: 'www url', input: '(www.kcna.kp)', want: ['(', 'www.kcna.kp', ')'] },
  { name: 'email', input: 'write to press@example.org, now', want: ['write', 'to', 'press@example.org', ',', 'now'] },
  { name: 'ellipsis', input: 'wait... and… go', want: ['wait', '...', 'and', '…', 'go'] },
  { name: 'compound number', input: 'a 20-year-old man', want: ['a', '20-year-old', 'man'] },
  { name: 'non-ascii letters', input: 'Zelenskyy met Šefčovič in Zürich', want: ['Zelenskyy', 'met', 'Šefčovič', 'in', 'Zürich'] },
  { name: 'nbsp is space', input: 'a\u00a0b', want: ['a', 'b'] },
  { name: 'percent', input: '45% of', want: ['45', '%', 'of'] },
  // what the NER was trained on (CoNLL-2003) writes as one token, so the tagger sees the same here
  { name: 'ampersand acronyms', input: "AT&T's bid, S&P 500 and R&D", want: ['AT&T', "'s", 'bid', ',', 'S&P', '500', 'and', 'R&D'] },
  { name: 'ampersand acronyms in lower case', input: 'at&t and r&b', want: ['at&t', 'and', 'r&b'] },
  { name: 'number ranges with separators', input: 'rose 12,900-13,100 or 6.0-7.5 points', want: ['rose', '12,900-13,100', 'or', '6.0-7.5', 'points'] },
  { name: 'ISO dates', input: 'on 1996-08-22 .', want: ['on', '1996-08-22', '.'] },
  { name: 'hyphenated names', input: 'the Anti-Atlas range', want: ['the', 'Anti-Atlas', 'range'] },
  { name: 'ordinal compounds', input: 'a 15th-century church', want: ['a', '15th-century', 'church'] },
  { name: 'state abbreviation in a dateline', input: 'LOS ANGELES, Calif. (AP)', want: ['LOS', 'ANGELES', ',', 'Calif.', '(', 'AP', ')'] },
  { name: 'plural title', input: 'Sens. Ted Cruz', want: ['Sens.', 'Ted', 'Cruz'] },
  { name: 'dotted degrees and states', input: 'a Ph.D. from W.Va.', want: ['a', 'Ph.D.', 'from', 'W.Va.'] },
  // negative cases: things that must NOT be glued
  { name: 'sentence period is split', input: 'the end. Next', want: ['the', 'end', '.', 'Next'] },
  { name: 'unknown word keeps period apart', input: 'Seoul. Then', want: ['Seoul', '.', 'Then'] },
  { name: 'hyphen before space is punct', input: 'pre- and post-war', want: ['pre', '-', 'and', 'post-war'] },
  { name: 'at sign alone is not email', input: 'meet @ noon', want: ['meet', '@', 'noon'] },
  { name: 'domain-like word is not abbreviation', input: 'e.g. this', want: ['e.g.', 'this'] },
  { name: 'ampersand between words stays apart', input: 'Procter & Gamble and Procter&Gamble', want: ['Procter', '&', 'Gamble', 'and', 'Procter', '&', 'Gamble'] },
  { name: 'ampersand acronym needs one case on both sides', input: 'At&t and AT&Tx and ABCDE&F', want: ['At', '&', 't', 'and', 'AT', '&', 'Tx', 'and', 'ABCDE', '&', 'F'] },
  { name: 'scores are not one number', input: 'won 1-0, 2-1', want: ['won', '1-0', ',', '2-1'] },
  { name: 'a range does not swallow the full stop', input: 'in 2020-2021. Then', want: ['in', '2020-2021', '.', 'Then'] },
];

for (const c of cases) {
  test(`tokenize: ${c.name}`, () => {
    assert.deepEqual(toks(c.input), c.want);
  });
}

test('tokenize: offsets index the text and never cover whitespace', () => {
  const s = 'Russian President Vladimir Putin has conveyed his readiness … to visit “soon.”';
  for (const t of tokenize(s)) {
    assert.ok(t.end > t.start);
    assert.equal(s.slice(t.start, t.end).trim(), s.slice(t.start, t.end));
  }
});

test('tokenize: surrogate pairs stay whole', () => {
  const s = 'ok 😀 done';
  assert.deepEqual(toks(s), ['ok', '😀', 'done']);
});

test('tokenize: empty and whitespace-only input give no tokens', () => {
  assert.deepEqual(tokenize(''), []);
  assert.deepEqual(tokenize(' \n\t\u00a0'), []);
});
