import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readConllPos } from './conll.js';

test('train/pos/conll: documents split at -DOCSTART-, sentences joined, blank and short lines skipped', () => {
  const text = [
    '-DOCSTART- -X- -X- O', '', 'EU NNP B-NP B-ORG', 'rejects VBZ B-VP O', '', 'Peter NNP B-NP B-PER', '',
    '-DOCSTART- -X- -X- O', '', 'He PRP B-NP O', 'said VBD B-VP O', 'stray', '',
  ].join('\n');
  const docs = readConllPos(text);
  assert.deepEqual(docs, [
    { words: ['EU', 'rejects', 'Peter'], tags: ['NNP', 'VBZ', 'NNP'] },
    { words: ['He', 'said'], tags: ['PRP', 'VBD'] },
  ]);
  // negatives: no tokens, no documents
  assert.deepEqual(readConllPos(''), []);
  assert.deepEqual(readConllPos('-DOCSTART- -X- -X- O\n\n'), []);
});
