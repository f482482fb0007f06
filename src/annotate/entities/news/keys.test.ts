import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey } from './keys.js';

test('keys: romanisation variants of one Korean name share a key', () => {
  const same: [string, string][] = [
    ['Choe Son Hui', 'Choe Son-hui'],
    ['Choe Son Hui', 'Choi Son-hui'],
    ['Choe Son Hui', 'Cho Son Hui'],
    ['Kim Jong Un', 'Kim Jong-un'],
    ['Kim Jong Un', 'Kim Jong-eun'],
    ['Vladimir Putin', 'VLADIMIR PUTIN'],
  ];
  for (const [a, b] of same) assert.equal(entityKey('PER', a), entityKey('PER', b), `${a} / ${b}`);
});

test('keys: different people and types stay apart (negative cases)', () => {
  const different: [string, string][] = [
    ['Kim Jong Un', 'Kim Jong Il'],
    ['Choe Son Hui', 'Choe Ryong Hae'],
    ['Margaret Cho', 'Margaret Choe'], // Western order: no Korean folding of a trailing family name
    ['Kim', 'Kim Jong Un'],
  ];
  for (const [a, b] of different) assert.notEqual(entityKey('PER', a), entityKey('PER', b), `${a} / ${b}`);
  assert.notEqual(entityKey('PER', 'Jordan'), entityKey('GPE', 'Jordan'));
});

test('keys: places resolve through the countries package', () => {
  assert.equal(entityKey('GPE', 'U.S.'), entityKey('GPE', 'United States'));
  assert.equal(entityKey('GPE', 'North Korea'), 'gpe:prk');
  assert.equal(entityKey('ORG', 'the Kremlin'), entityKey('ORG', 'Kremlin'));
  assert.equal(entityKey('ORG', 'U.N. Security Council'), 'org:un-security-council');
});
