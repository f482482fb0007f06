import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wellFormed } from './well-formed.js';

test('wellFormed replaces each lone surrogate by one U+FFFD and keeps the length', () => {
  const cases: Array<{ name: string; in: string; want: string }> = [
    { name: 'plain ASCII', in: 'Body text.', want: 'Body text.' },
    { name: 'empty', in: '', want: '' },
    { name: 'astral pair kept', in: 'a \ud83d\ude00 b', want: 'a \ud83d\ude00 b' },
    { name: 'combining mark kept (no NFC)', in: 'e\u0301', want: 'e\u0301' },
    { name: 'lone high', in: 'Body \ud800 x', want: 'Body \ufffd x' },
    { name: 'lone low', in: 'Body \udc00 x', want: 'Body \ufffd x' },
    { name: 'high at the end', in: 'x\ud83d', want: 'x\ufffd' },
    { name: 'low at the start', in: '\ude00x', want: '\ufffdx' },
    { name: 'two highs then a low: first lone, second paired', in: '\ud800\ud83d\ude00', want: '\ufffd\ud83d\ude00' },
    { name: 'reversed pair: both lone', in: '\ude00\ud83d', want: '\ufffd\ufffd' },
  ];
  for (const c of cases) {
    const out = wellFormed(c.in);
    assert.equal(out, c.want, c.name);
    assert.equal(out.length, c.in.length, c.name);
    // the result survives a UTF-8 round trip unchanged (what the store does)
    assert.equal(Buffer.from(out, 'utf8').toString('utf8'), out, c.name);
  }
});
