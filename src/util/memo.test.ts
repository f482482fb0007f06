import assert from 'node:assert/strict';
import { test } from 'node:test';
import { memoByString } from './memo.js';

const CASES = [
  { name: 'computes once per distinct string', calls: ['a', 'b', 'a', 'a', 'b'], limit: 10, computed: 2 },
  { name: 'a remembered undefined is not computed again', calls: ['none', 'none'], limit: 10, computed: 1 },
  { name: 'starts over when full (bounded memory)', calls: ['a', 'b', 'c', 'a'], limit: 2, computed: 4 },
  { name: 'the empty string is a key like any other', calls: ['', ''], limit: 10, computed: 1 },
];

for (const { name, calls, limit, computed } of CASES) {
  test(`memoByString: ${name}`, () => {
    let n = 0;
    const f = memoByString((s: string) => {
      n++;
      return s === 'none' ? undefined : s.toUpperCase();
    }, limit);
    for (const c of calls) assert.equal(f(c), c === 'none' ? undefined : c.toUpperCase());
    assert.equal(n, computed);
  });
}
