import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateConll, parseConll } from './conll.js';

const INPUT = `-DOCSTART- -X- -X- O

Germany NNP B-NP B-LOC
's POS B-NP O
Angela NNP I-NP B-PER
Merkel NNP I-NP I-PER
visited VBD B-VP O
Paris NNP B-NP B-LOC
. . O O

-DOCSTART- -X- -X- O

Reuters NNP B-NP B-ORG
reported VBD B-VP O
it PRP B-NP O
. . O O
`;

test('conll: parse splits documents and sentences, gold tag from the last column', () => {
  const docs = parseConll(INPUT);
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]!.sentences[0]!.words.slice(0, 2), ['Germany', "'s"]);
  assert.deepEqual(docs[1]!.sentences[0]!.tags, ['B-ORG', 'O', 'O', 'O']);
});

test('conll: annotateConll appends one predicted tag per token line, keeps blank and DOCSTART lines', () => {
  const out = annotateConll(INPUT);
  const inLines = INPUT.split('\n');
  const outLines = out.split('\n');
  assert.equal(outLines.length, inLines.length);
  inLines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('-DOCSTART-')) assert.equal(outLines[i], line);
    else {
      assert.ok(outLines[i]!.startsWith(line + ' '), outLines[i]);
      assert.match(outLines[i]!.split(' ').at(-1)!, /^(O|[BI]-(PER|ORG|LOC|MISC))$/);
    }
  });
  const tag = (word: string): string => outLines.find((l) => l.startsWith(word + ' '))!.split(' ').at(-1)!;
  assert.equal(tag('Paris'), 'B-LOC');
  assert.equal(tag('visited'), 'O');
});

test('conll: token-only input (one column) works too; empty input is an error', () => {
  assert.equal(annotateConll('Paris\nis\nnice\n').split('\n').length, 4);
  assert.throws(() => annotateConll('\n\n'), /no CoNLL lines/);
});

test('conll: running text is refused with a coded error, not tagged as nonsense', () => {
  const prose = 'Russian President Vladimir Putin has conveyed his readiness to visit Pyongyang in the near future.\n';
  assert.throws(() => annotateConll(prose), (e: unknown) => (e as { code?: string }).code === 'E_INPUT_FORMAT');
});
