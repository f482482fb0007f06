import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countryNameCode, mayOpenCountryName } from './country-keys.js';

/** A name and the code countryNameCode must find (undefined: none). */
const NAMES: readonly [string, string | undefined][] = [
  ['Turkey', 'tur'],
  ['the United Kingdom', 'gbr'],
  ['U.S.', 'usa'],
  ['Republic of Korea', 'kor'],
  ['Britain', 'gbr'],
  ['UK', 'gbr'],
  // negatives: codes only in capitals, demonyms and other words are no country's name
  ['uk', undefined],
  ['Russian', undefined],
  ['Ministry', undefined],
];

test('countryNameCode: names and codes find their country, other words none', () => {
  for (const [name, code] of NAMES) assert.equal(countryNameCode(name), code, name);
});

/** A token and whether a country's name may open with it. */
const OPENERS: readonly [string, boolean][] = [
  ['Turkey', true],
  ['United', true],
  ['Republic', true],
  ['Korea', true],
  ['Kor', true], // a prefix of a name's first word
  ['The', true],
  ['U.S.', true], // not letters only: may
  ['Côte', true], // not ASCII: may
  ['2024', false],
  ['Minister', false],
  ['Thursday', false],
  ['Said', false],
];

test('mayOpenCountryName: names\' first words may, other ASCII words not', () => {
  for (const [t, want] of OPENERS) assert.equal(mayOpenCountryName(t, t.toLowerCase()), want, t);
});

test('mayOpenCountryName: never false for the first letter run of a name countryNameCode finds', () => {
  for (const [name, code] of NAMES) {
    if (!code) continue;
    const first = /^[A-Za-z]+/.exec(name.replace(/^the\s+/i, ''))![0];
    assert.ok(mayOpenCountryName(first, first.toLowerCase()), `${first} (${name})`);
  }
});
