import { test } from 'node:test';
import assert from 'node:assert/strict';
import { personGender } from './gender.js';

const cases: { canonical: string; mentions: string[]; want: 'male' | 'female' | undefined }[] = [
  { canonical: 'Anna Berg', mentions: ['Anna Berg'], want: 'female' },
  { canonical: 'Tomas Holm', mentions: ['Tomas Holm'], want: 'male' },
  { canonical: 'Mr. Vos', mentions: ['Mr. Vos'], want: 'male' },
  { canonical: 'Okafor', mentions: ['Ms. Okafor'], want: 'female' },
  { canonical: 'Aigerim Sadykova', mentions: ['Aigerim Sadykova'], want: 'female' },
  { canonical: 'Aidos Nurlanov', mentions: ['Aidos Nurlanov'], want: 'male' },
  { canonical: 'Lee Haddad', mentions: ['spokeswoman Lee Haddad'], want: 'female' },
  // negatives: nothing says, or only a capitalised "-man" surname
  { canonical: 'Holm', mentions: ['Holm'], want: undefined },
  { canonical: 'Lehman', mentions: ['Lehman'], want: undefined },
  { canonical: 'Ivan', mentions: ['Ivan'], want: undefined },
];

for (const c of cases) {
  test(`gender: ${c.mentions.join(', ')} → ${c.want ?? 'unknown'}`, () => {
    assert.equal(personGender(c.canonical, c.mentions), c.want);
  });
}
