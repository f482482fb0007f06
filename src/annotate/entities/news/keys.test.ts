import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey, type KeyType } from './keys.js';

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
  // a country's initials typed as an organisation are the country; an ISO code typed so is an organisation's acronym
  assert.equal(entityKey('ORG', 'DRC'), 'gpe:cod');
  assert.equal(entityKey('ORG', 'UAE'), 'gpe:are');
  assert.equal(entityKey('ORG', 'KNA'), 'org:kna');
});

/** [type, a, b]: two names in two reports that must share a key. */
const sameKey: [KeyType, string, string][] = [
  ['PER', 'Sergei Volkov', 'Sergey Volkov'],
  ['PER', 'Sergei Volkov', 'Serhiy Volkov'],
  ['PER', 'Aleksandr Grekov', 'Alexander Grekov'],
  ['PER', 'Yevgeny Moroz', 'Evgeny Moroz'],
  ['PER', 'Dmitriy Kalinin', 'Dmitry Kalinin'],
  ['PER', 'Pavlo Kovalenskyy', 'Pavlo Kovalensky'],
  ['PER', 'Oleh Tkachenko', 'Oleg Tkachenko'],
  ['PER', 'Jean-Luc Marchand', 'Jean Luc Marchand'],
  ['PER', 'Mr. Nurlanov', 'Nurlanov'],
  ['PER', 'Foreign Minister Aidos Nurlanov', 'Aidos Nurlanov'],
  ['PER', 'Dr. Lena Dahl', 'Lena Dahl'],
  ['GPE', 'the UK', 'Britain'],
  ['GPE', 'Great Britain', 'the United Kingdom'],
  ['LOC', 'the U.K.', 'the United Kingdom'],
  ['GPE', 'the DPRK', 'North Korea'],
  ['GPE', 'Turkey', 'Türkiye'],
  ['GPE', 'the Republic of Turkey', 'Turkey'],
  ['ORG', 'Xinhua news agency', 'Xinhua'],
  ['ORG', 'the state news agency Xinhua', 'Xinhua'],
  ['ORG', 'Meridian News Agency', 'Meridian'],
  // well-known agencies under their other names (agencies.ts)
  ['ORG', 'Korean Central News Agency', 'KCNA'],
  ['ORG', 'New China News Agency', 'the state news agency Xinhua'],
  ['ORG', 'Agence France-Presse', 'AFP'],
  ['ORG', 'ITAR-TASS', 'TASS'],
  ['ORG', 'the Press Trust of India', 'PTI'],
  ['ORG', 'Anadolu Agency', 'Anadolu Ajansı'],
];

/** Names that must not merge (negatives). */
const otherKey: [KeyType, string, string][] = [
  ['PER', 'Sergei Volkov', 'Sergei Volkova'],
  ['PER', 'Pavel Orlov', 'Petr Orlov'],
  ['PER', 'Kofi Mensah', 'Kofi Mensa'],
  ['PER', 'President Anna Berg', 'President Tomas Berg'],
  ['GPE', 'North Korea', 'South Korea'],
  ['GPE', 'Niger', 'Nigeria'],
  ['GPE', 'the UK', 'Ukraine'],
  ['ORG', 'Bank of England', 'England'],
  ['ORG', 'News Corp', 'Corp'],
  ['ORG', 'Meridian', 'Meridian Bank'],
  ['ORG', 'European Space Agency', 'European Space'],
  // agencies of one country, and a longer name that begins like an agency's
  ['ORG', 'IRNA', 'ISNA'],
  ['ORG', 'Yonhap', 'KCNA'],
  ['ORG', 'Associated Press', 'Associated Press of Pakistan'],
];

test('keys: variants, titles, country names and agency descriptors share a key', () => {
  for (const [t, a, b] of sameKey) assert.equal(entityKey(t, a), entityKey(t, b), `${a} / ${b}`);
});

test('keys: a country the tagger typed otherwise keys as the country, a demonym does not', () => {
  assert.equal(entityKey('ORG', 'the DPRK'), entityKey('GPE', 'North Korea'));
  assert.equal(entityKey('MISC', 'US'), entityKey('GPE', 'the United States'));
  assert.notEqual(entityKey('MISC', 'Russian'), entityKey('GPE', 'Russia'));
});

test('keys: different people, countries and organisations stay apart (negatives)', () => {
  for (const [t, a, b] of otherKey) assert.notEqual(entityKey(t, a), entityKey(t, b), `${a} / ${b}`);
});

test('keys: lowercase words are no country codes', () => {
  assert.equal(entityKey('MISC', 'us'), 'misc:us');
  assert.equal(entityKey('GPE', 'UK'), 'gpe:gbr');
});
