import { test } from 'node:test';
import assert from 'node:assert/strict';
import { retypeKin } from './kinship.js';
import { parse } from './testing/marked.js';

test('kinship: names tied to someone by a kinship noun become persons; other names stay', () => {
  const table: { text: string; types: string[] }[] = [
    { text: 'he met [Kim Jong Il]/ORG , the father of [Kim Jong Un]/ORG .', types: ['PER', 'PER'] },
    { text: '[Acme Corp]/ORG , the parent of [Widget Ltd]/ORG .', types: ['ORG', 'ORG'] },
    { text: 'the widow of [Ross Perot]/MISC spoke', types: ['PER'] },
    { text: "[Smith]/ORG 's daughter , Jane , said", types: ['PER'] },
    { text: "[Smith]/ORG 's daughter company said", types: ['ORG'] },
    { text: "[Acme]/ORG 's sister company said", types: ['ORG'] },
    { text: '[Acme]/ORG , the sister company of [Widget]/ORG , said', types: ['ORG', 'ORG'] },
    { text: 'the Mother of [Parliaments]/MISC met', types: ['MISC'] },
    { text: '[Fidel Castro]/ORG , his late brother , said', types: ['PER'] },
    { text: 'the son of [Paris]/LOC left', types: ['LOC'] },
    { text: '[Reuters]/ORG , the news agency , said', types: ['ORG'] },
  ];
  for (const { text, types } of table) {
    const { s, drafts } = parse(text);
    retypeKin(s, drafts);
    assert.deepEqual(
      drafts.map((d) => d.type),
      types,
      text,
    );
  }
});
