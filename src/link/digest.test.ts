import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NameCandidate, NameKey } from '../doc/schemas/names.js';
import { candidateEntities, notBeforeAt } from './digest.js';

test('link/digest: a time is a lower bound after "not before", also through the happening that sets the point', () => {
  const cases: ReadonlyArray<{ text: string; time: string; want: boolean }> = [
    { text: 'The visit will not take place before May.', time: 'May', want: true },
    { text: 'A deal is unlikely before the summer.', time: 'summer', want: true },
    { text: "The agreement would not be signed before Kenya's budget is read in June, she said.", time: 'June', want: true },
    { text: 'Talks will not resume until after the election on 12 April.', time: '12 April', want: true },
    { text: 'No decision is expected earlier than March.', time: 'March', want: true },
    // negatives
    { text: 'The visit will take place before May.', time: 'May', want: false },
    { text: 'He did not say whether the ministers met in June.', time: 'June', want: false },
    { text: 'The minister will visit Nairobi in June.', time: 'June', want: false },
  ];
  for (const c of cases) assert.equal(notBeforeAt(c.text, c.text.indexOf(c.time)), c.want, c.text);
});

test('link/digest: a stored candidate name counts its mentions and whether the lead names it', () => {
  const text = 'Julio Ramírez habló en Pucallpa. Después, Julio Ramírez viajó a Lima.';
  // the stored names layer as names.lang writes it: the link layer reads records, never the annotator
  const julioKeys: NameKey[] = [
    { key: 'per:julio-ramirez', type: 'PER' },
    { key: 'loc:julio-ramirez', type: 'LOC' },
    { key: 'org:julio-ramirez', type: 'ORG' },
  ];
  const at = (name: string, from: number, keys: NameKey[]): NameCandidate => {
    const start = text.indexOf(name, from);
    return { start, end: start + name.length, keys };
  };
  const names: NameCandidate[] = [
    at('Julio Ramírez', 0, julioKeys),
    at('Pucallpa', 0, [{ key: 'loc:pucallpa', type: 'LOC' }]),
    at('Julio Ramírez', 20, julioKeys),
    at('Lima', 0, [{ key: 'loc:lima', type: 'LOC' }, { key: 'org:lima', type: 'ORG' }]),
  ];
  const found = candidateEntities(names, text, 32);
  const julio = found.find((n) => n.key === 'per:julio-ramirez')!;
  assert.equal(julio.mentions, 2);
  assert.equal(julio.lead, true);
  assert.equal(julio.candidate, true);
  assert.equal(found.find((n) => n.key === 'loc:lima')!.lead, false);
});
