import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ordinalBefore } from './ordinals.js';

test('util/ordinals: the ordinal that numbers the word after the text, over lowercase modifiers', () => {
  const cases: ReadonlyArray<{ before: string; want: number | undefined }> = [
    { before: 'A second 24-hour ', want: 2 },
    { before: 'The first ', want: 1 },
    { before: 'Le syndicat maintient sa deuxième journée de ', want: 2 },
    { before: 'La segunda ', want: 2 },
    { before: 'die dritte ', want: 3 },
    // negatives: the ordinal numbers something else, or there is none
    { before: 'He won the first round and a ', want: undefined },
    { before: 'for the second time, the ', want: undefined },
    { before: 'The union held its ', want: undefined },
    { before: '', want: undefined },
  ];
  for (const c of cases) assert.equal(ordinalBefore(c.before), c.want, c.before);
});
