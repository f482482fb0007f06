import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GAZ_KINDS, buildGazTrie, matchGazetteer, normWord, parseGazetteerLists, phraseKey } from './gazetteer.js';

const bit = (k: (typeof GAZ_KINDS)[number]): number => 1 << GAZ_KINDS.indexOf(k);
const trie = buildGazTrie(
  parseGazetteerLists(
    [
      `#kinds\t${GAZ_KINDS.join(' ')}`,
      `new york\t${bit('city').toString(36)}`,
      `new york city\t${(bit('city') | bit('region')).toString(36)}`,
      `york\t${bit('town').toString(36)}`,
      `bosnia and herzegovina\t${bit('country').toString(36)}`,
      `bank\t${bit('orgcue').toString(36)}`,
    ].join('\n'),
  ),
);

function spans(sentence: string, keepFirst = false): string[] {
  const words = sentence.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  // a caller's kept first step (the tagger keeps it per word) must match the same phrases
  const firstStep = keepFirst ? (i: number) => trie.next?.get(lower[i]!) : undefined;
  return matchGazetteer(trie, words, lower, firstStep).map(
    (m) => `${words.slice(m.start, m.end).join(' ')}:${GAZ_KINDS.filter((k) => m.mask & bit(k)).join('|')}`,
  );
}

test('gazetteer: longest match, case-sensitive starts, connectors inside names', () => {
  const cases: { text: string; want: string[] }[] = [
    { text: 'He flew to New York City today', want: ['New York City:city|region'] },
    { text: 'He flew to New York today', want: ['New York:city'] },
    { text: 'NEW YORK STOCKS RISE', want: ['NEW YORK:city'] },
    { text: 'talks in Bosnia and Herzegovina', want: ['Bosnia and Herzegovina:country'] },
    { text: 'The Bank said', want: ['Bank:orgcue'] },
    // negatives: lowercase starts and lowercase continuations do not match
    { text: 'a new york minute', want: [] },
    { text: 'the bank said', want: [] },
    { text: 'New york', want: [] },
  ];
  for (const c of cases) {
    assert.deepEqual(spans(c.text), c.want, c.text);
    assert.deepEqual(spans(c.text, true), c.want, `${c.text} (kept first step)`);
  }
});

test('gazetteer: phrase keys are the text tokenizer’s tokens, normalised and lowercased, as the tagger looks them up', () => {
  const cases: { name: string; key: string }[] = [
    { name: 'United States', key: 'united states' },
    { name: 'U.S.', key: 'u.s.' },
    { name: 'AT&T', key: 'at&t' },
    { name: 'at&t', key: 'at&t' },
    { name: 'St. Louis', key: 'st. louis' },
    { name: 'Guinea-Bissau', key: 'guinea-bissau' },
    { name: 'Côte d’Ivoire', key: "côte d'ivoire" },
    // negatives: spacing and punctuation apart, no token is glued or dropped
    { name: 'Bosnia  and\u00a0Herzegovina', key: 'bosnia and herzegovina' },
    { name: 'Korea, South', key: 'korea , south' },
  ];
  for (const c of cases) assert.equal(phraseKey(c.name), c.key, c.name);
});

test('gazetteer: normWord maps typographic quotes and dashes to CoNLL’s ASCII and leaves the rest', () => {
  const cases: { w: string; want: string }[] = [
    { w: 'Putin’s', want: "Putin's" },
    { w: '“', want: '"' },
    { w: '»', want: '"' },
    { w: '‘', want: "'" },
    { w: '–', want: '-' },
    { w: '—', want: '-' },
    { w: 'Zürich', want: 'Zürich' },
    { w: "O'Brien", want: "O'Brien" },
    { w: "''", want: "''" },
    { w: "'s", want: "'s" },
    { w: '’s', want: "'s" },
    { w: '`', want: '`' },
  ];
  for (const c of cases) assert.equal(normWord(c.w), c.want, c.w);
});
