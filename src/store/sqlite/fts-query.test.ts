// What a typed query becomes in FTS5: quoted terms, AND between neighbours, OR and parentheses as the
// reader means them, and nothing a reader types ever reaching FTS5 as syntax.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFtsQuery } from './fts-query.js';

test('fts-query: words, phrases, prefixes, OR and groups', () => {
  const cases: Array<[string, string | null]> = [
    ['pyongyang', '"pyongyang"'],
    ['putin visit', '("putin" AND "visit")'],
    ['"visit was planned"', '"visit was planned"'],
    ['Pyong*', '"Pyong"*'],
    ['Jong-un', '"Jong un"'],
    ['seoul OR kremlin', '("seoul" OR "kremlin")'],
    ['a b OR c', '(("a" AND "b") OR "c")'], // AND binds tighter
    ['(a OR b) c', '(("a" OR "b") AND "c")'],
    ['x (a) OR b', '(("x" AND "a") OR "b")'], // a group's ")" ends it before the OR
    ['(a OR (b c)) d', '(("a" OR ("b" AND "c")) AND "d")'],
    ['"new chapter" OR transit*', '("new chapter" OR "transit"*)'],
    ['(Reuters)', '"Reuters"'],
    // negative and odd cases: never syntax, never empty operands
    ['seoul or kremlin', '("seoul" AND "or" AND "kremlin")'], // lower-case or is a word
    ['OR', null],
    ['OR envoy', '"envoy"'],
    ['envoy OR', '"envoy"'],
    ['a OR OR b', '("a" OR "b")'],
    ['(a b', '("a" AND "b")'], // missing ")" closed at the end
    ['a) b', '("a" AND "b")'], // stray ")" ignored
    ['() a', '"a"'], // empty group is nothing
    ['(((', null],
    ['NEAR(a b)', '("NEAR" AND ("a" AND "b"))'],
    ['kremlin NOT moscow', '("kremlin" AND "NOT" AND "moscow")'],
    ['title:envoy', '"title envoy"'],
    ['', null],
    ['*', null],
  ];
  for (const [q, want] of cases) assert.equal(toFtsQuery(q), want, JSON.stringify(q));
});

test('fts-query: deep nesting is flattened past a bound instead of recursing without end', () => {
  const q = `${'('.repeat(5000)}envoy${')'.repeat(5000)}`;
  assert.equal(toFtsQuery(q), '"envoy"');
});
