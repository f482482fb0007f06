import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanByline } from './byline.js';

test('byline: people kept, lead-ins, roles and outlets dropped', () => {
  const cases: [string[], string[], object?][] = [
    [['By Jane Doe'], ['Jane Doe']],
    [['By JANE DOE and John Smith'], ['Jane Doe', 'John Smith']],
    [['Jane Doe, Staff Writer'], ['Jane Doe']],
    [['Jane Doe - Reuters'], ['Jane Doe']],
    [['Jane Doe | Associated Press'], ['Jane Doe']],
    [['By Jane Doe, John Smith & Ana Ruiz'], ['Jane Doe', 'John Smith', 'Ana Ruiz']],
    [['Por María López'], ['María López']],
    [['Jane Doe', 'jane doe'], ['Jane Doe']],
    // Negative cases.
    [['Staff'], []],
    [['By Staff'], []],
    [['Editorial Board'], []],
    [['Associated Press'], []],
    [['https://example.com/authors/jane'], []],
    [['@janedoe'], []],
    [['Updated 5 March 2024'], []],
    [['NBCNews'], []],
    [['Sarah'], [], { fullNamesOnly: true }],
    [['Sarah'], ['Sarah']],
    [['The Coastal Ledger'], [], { siteName: 'The Coastal Ledger' }],
    [['This is a sentence that is far too long to be a name'], []],
  ];
  for (const [input, want, opts] of cases) assert.deepEqual(cleanByline(input, opts), want, JSON.stringify(input));
});
