import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IRREGULAR_PAST_FORMS } from './irregular-verbs.js';

test('util/irregular-verbs: past and participle forms of irregular verbs', () => {
  const cases: ReadonlyArray<{ word: string; want: boolean; why: string }> = [
    { word: 'sat', want: true, why: 'a past' },
    { word: 'sworn', want: true, why: 'a participle' },
    { word: 'held', want: true, why: 'past and participle alike' },
    { word: 'withdrawn', want: true, why: 'a compound verb' },
    // negative cases
    { word: 'sit', want: false, why: 'a base form' },
    { word: 'come', want: false, why: 'a participle that is also the base' },
    { word: 'left', want: false, why: 'as often the side as a past' },
    { word: 'found', want: false, why: 'as often "to found" as a past' },
    { word: 'lost', want: false, why: 'as often an adjective ("lost revenue") as a past' },
    { word: 'cut', want: false, why: 'a same-form verb reads from context only' },
    { word: 'walked', want: false, why: 'a regular past is no irregular one' },
  ];
  for (const c of cases) assert.equal(IRREGULAR_PAST_FORMS.has(c.word), c.want, `${c.word}: ${c.why}`);
});
