import assert from 'node:assert/strict';
import { test } from 'node:test';
import { escapeRegExp } from './regexp.js';

test('util/regexp: an escaped string matches itself, metacharacters and all', () => {
  for (const s of ['U.S.', 'a+b', '(talks)', 'f[x]', 'c:\\dir', '$1.2bn?', 'a|b', '^x{2}', 'plain']) {
    assert.ok(new RegExp(`^${escapeRegExp(s)}$`).test(s), s);
  }
  // negative: an escaped dot matches no other character
  assert.equal(new RegExp(escapeRegExp('U.S.')).test('UXSX'), false);
});
