import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitParagraphs, splitSentences } from './segment.js';
import { tokenize } from './tokenize.js';

function sentences(s: string): string[] {
  const paras = splitParagraphs(s);
  return splitSentences(s, tokenize(s), paras).map((x) => s.slice(x.start, x.end));
}

const cases: Array<{ name: string; input: string; want: string[] }> = [
  { name: 'a day ordinal before a month is no end', input: 'Das Gericht hat das Verbot am 1. April ausgesetzt. Die Stadt klagt.', want: ['Das Gericht hat das Verbot am 1. April ausgesetzt.', 'Die Stadt klagt.'] },
  { name: 'a number before another capitalised word still ends one', input: 'He finished 1. Then he left.', want: ['He finished 1.', 'Then he left.'] },
  { name: 'two plain sentences', input: 'He came. She left.', want: ['He came.', 'She left.'] },
  { name: 'U.N. before a name does not split', input: 'It follows the U.N. Charter and other laws. Next one.', want: ['It follows the U.N. Charter and other laws.', 'Next one.'] },
  { name: 'U.S. before lowercase does not split', input: 'Jung Pak, U.S. senior official for North Korea, said so.', want: ['Jung Pak, U.S. senior official for North Korea, said so.'] },
  { name: 'abbreviation at sentence end splits before an opener', input: 'They flew to the U.S. The talks began.', want: ['They flew to the U.S.', 'The talks began.'] },
  { name: 'titles never split', input: 'Gen. Lee met Mr. Park. They talked.', want: ['Gen. Lee met Mr. Park.', 'They talked.'] },
  { name: 'closing quote goes with the sentence', input: 'It will occur “in the foreseeable future.” However, no date.', want: ['It will occur “in the foreseeable future.”', 'However, no date.'] },
  { name: 'question inside quote before lowercase', input: '"Are you ready?" he asked. Yes.', want: ['"Are you ready?" he asked.', 'Yes.'] },
  { name: 'quote spanning sentences splits inside it', input: '“We are ready. We will come soon,” he said.', want: ['“We are ready.', 'We will come soon,” he said.'] },
  { name: 'straight quote spanning sentences', input: '"We are ready. We will come," he said.', want: ['"We are ready.', 'We will come," he said.'] },
  { name: 'decimals and times', input: 'Shares rose 3.5 percent at 2:30 p.m. on Monday. Then fell.', want: ['Shares rose 3.5 percent at 2:30 p.m. on Monday.', 'Then fell.'] },
  { name: 'exclamation and question', input: 'Stop! Why? Because.', want: ['Stop!', 'Why?', 'Because.'] },
  { name: 'paragraph ends a sentence without punctuation', input: 'Headline here\n\nBody starts. Ends.', want: ['Headline here', 'Body starts.', 'Ends.'] },
  { name: 'ellipsis then capital', input: 'He paused… Then spoke.', want: ['He paused…', 'Then spoke.'] },
  { name: 'url with dots', input: 'See www.example.com for more. Done.', want: ['See www.example.com for more.', 'Done.'] },
  { name: 'initials inside a name', input: 'Author J. R. Smith wrote it. Fine.', want: ['Author J. R. Smith wrote it.', 'Fine.'] },
  { name: 'a stop with no space after it does not split', input: 'Run window.alert now. Done.', want: ['Run window.alert now.', 'Done.'] },
  { name: 'copy that lost the space after a stop splits', input: 'The minister arrived on Monday.He met the mayor.', want: ['The minister arrived on Monday.', 'He met the mayor.'] },
  { name: 'lost space after a question mark splits', input: 'Will they come?Nobody knows.', want: ['Will they come?', 'Nobody knows.'] },
  { name: 'lost space before a quote splits', input: 'The talks ended.“It is over,” he said.', want: ['The talks ended.', '“It is over,” he said.'] },
  // short lines of their own above a lead in one block of plain text: bylines, credits, labels
  { name: 'a short line with no end punctuation before a capital is its own sentence', input: 'Body first.\n\nMeridian Wire staff\nphoto credit: Meridian Wire\nDA NANG, Vietnam - A train derailed on Wednesday.', want: ['Body first.', 'Meridian Wire staff\nphoto credit: Meridian Wire', 'DA NANG, Vietnam - A train derailed on Wednesday.'] },
  { name: 'a line wrapped inside a sentence does not split', input: 'Body first.\n\nThe minister said the talks with\nKenya would resume in May.', want: ['Body first.', 'The minister said the talks with\nKenya would resume in May.'] },
  { name: 'a long wrapped line before a capital does not split', input: 'Body first.\n\nThe minister of trade told reporters in the capital that\nKenya would sign.', want: ['Body first.', 'The minister of trade told reporters in the capital that\nKenya would sign.'] },
  { name: 'a short line ending in a colon or comma does not split', input: 'Body first.\n\nHe said:\nThe talks are over.', want: ['Body first.', 'He said:\nThe talks are over.'] },
  { name: 'a glued title does not split (negative)', input: 'They met Mr.Smith on Friday.', want: ['They met Mr.Smith on Friday.'] },
  { name: 'glued initials do not split (negative)', input: 'The U.S.Navy said so.', want: ['The U.S.Navy said so.'] },
  { name: 'a glued capitalised word after capitals does not split (negative)', input: 'Results: ASP.NET wins.', want: ['Results: ASP.NET wins.'] },
  { name: 'parenthesis after period', input: 'He left (for good.) Then came back.', want: ['He left (for good.)', 'Then came back.'] },
  { name: 'plural titles never split', input: 'Sens. Ted Cruz and Marco Rubio spoke. Then left.', want: ['Sens. Ted Cruz and Marco Rubio spoke.', 'Then left.'] },
  { name: 'a dateline state abbreviation ends before an opener', input: 'It spread near Los Angeles, Calif. The fire grew.', want: ['It spread near Los Angeles, Calif.', 'The fire grew.'] },
  { name: 'a closing guillemet goes with the sentence', input: '«Nous sommes prêts.» Il est parti.', want: ['«Nous sommes prêts.»', 'Il est parti.'] },
  { name: 'an opening quote after the stop starts the next sentence', input: 'He left. “We are ready,” she said.', want: ['He left.', '“We are ready,” she said.'] },
  { name: 'ampersand acronym before a stop', input: 'He works at AT&T. It is big.', want: ['He works at AT&T.', 'It is big.'] },
];

for (const c of cases) {
  test(`sentences: ${c.name}`, () => {
    assert.deepEqual(sentences(c.input), c.want);
  });
}

test('paragraphs: blank and whitespace-only lines separate; nbsp lines are blank', () => {
  const s = 'One.\n\nTwo.\n \u00a0\n\n\nThree.\n';
  assert.deepEqual(splitParagraphs(s).map((p) => s.slice(p.start, p.end)), ['One.', 'Two.', 'Three.']);
});

test('paragraphs: without blank lines, each line is a paragraph', () => {
  const s = 'Line one.\nLine two.';
  assert.deepEqual(splitParagraphs(s).map((p) => s.slice(p.start, p.end)), ['Line one.', 'Line two.']);
});

test('paragraphs: empty text has none', () => {
  assert.deepEqual(splitParagraphs(''), []);
  assert.deepEqual(splitParagraphs('\n\n \n'), []);
});

test('sentences: token ranges match the sentence spans', () => {
  const s = 'A b. C d e.\n\nF.';
  const tokens = tokenize(s);
  for (const sent of splitSentences(s, tokens, splitParagraphs(s))) {
    assert.equal(tokens[sent.tokenStart]!.start, sent.start);
    assert.equal(tokens[sent.tokenEnd - 1]!.end, sent.end);
  }
});
