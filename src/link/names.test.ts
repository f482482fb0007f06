import assert from 'node:assert/strict';
import { test } from 'node:test';
import { editDistance, fullNamesMatch, oneWordMore, resolveOrganisation, resolvePerson } from './names.js';

const P = 'link/names:';

test(`${P} person keys resolve to the story's person they name, and only then`, () => {
  const known = ['per:yerlan-temirov', 'per:kim-jong-un', 'per:kim-jong-il', 'per:oyunchimeg-batsukh', 'per:saule-abenova', 'per:bettie-page', 'per:joseph-comeaux', 'per:john-smith', 'per:rodrigo-mamani-quispe', 'per:regina-m-benjamin'];
  const cases: ReadonlyArray<{ key: string; want: string | null; why: string }> = [
    { key: 'per:yerlan-temirov', want: 'per:yerlan-temirov', why: 'the same key' },
    { key: 'per:erlan-temirov', want: 'per:yerlan-temirov', why: 'a transliteration variant of the given name' },
    { key: 'per:temirov', want: 'per:yerlan-temirov', why: 'a surname only one person of the story has' },
    { key: 'per:oyunchimeg', want: 'per:oyunchimeg-batsukh', why: 'a given name used alone (Mongolian usage)' },
    { key: 'per:kim', want: null, why: 'a surname two people share never merges' },
    { key: 'per:kim-jong-nam', want: null, why: 'three-part names must match exactly' },
    { key: 'per:ivan-temirov', want: null, why: 'a different given name is a different person' },
    { key: 'per:yerlan-temirova', want: null, why: 'a different surname' },
    { key: 'per:nobody', want: null, why: 'no one of that name' },
    { key: 'per:saule-k-abenova', want: 'per:saule-abenova', why: 'a middle initial one report gives and another leaves out' },
    { key: 'per:saule-ke-abenova', want: null, why: 'a middle name of two letters is no initial' },
    { key: 'per:saule-k-abenov', want: null, why: 'a middle initial and another surname' },
    { key: 'per:ivan-k-temirov', want: null, why: 'a middle initial and another given name' },
    { key: 'per:notorious-bettie-page', want: 'per:bettie-page', why: 'a word the tagger took into the name, before it' },
    { key: 'per:bettie-page-dead', want: 'per:bettie-page', why: 'a word the tagger took into the name, after it' },
    { key: 'per:arcade-joseph-comeaux', want: 'per:joseph-comeaux', why: 'a further given name' },
    { key: 'per:john-smith-jr', want: null, why: 'a generation: the son is not the father' },
    { key: 'per:john-smith-iii', want: null, why: 'a generation in numerals' },
    { key: 'per:kim-jong', want: null, why: 'one word fewer than two people of the story: fits both' },
    { key: 'per:page-bettie-x', want: null, why: 'the parts in another order' },
    { key: 'per:ann-bettie-page-dead', want: null, why: 'two words more' },
    { key: 'per:mamani', want: 'per:rodrigo-mamani-quispe', why: 'a paternal surname used alone, the middle of a three-part name' },
    { key: 'per:jong', want: null, why: 'negative: the middle of two people’s names' },
    { key: 'per:m', want: null, why: 'negative: a middle initial is no name alone' },
  ];
  for (const c of cases) assert.equal(resolvePerson(c.key, known), c.want, `${c.key}: ${c.why}`);
  assert.equal(resolvePerson('per:regina-benjamin', ['per:regina-m-benjamin']), 'per:regina-m-benjamin', 'the story knows the name with its initial');
  assert.equal(resolvePerson('per:george-bush', ['per:george-w-bush', 'per:george-h-bush']), null, 'two people whose initials differ: the name without one fits both');
});

test(`${P} a full name with one word more is the story's person, unless the word makes another one`, () => {
  assert.equal(resolvePerson('per:bettie-page', ['per:notorious-bettie-page']), 'per:notorious-bettie-page', 'the story knows the longer form');
  assert.equal(oneWordMore(['page'], []), false, 'negative: a one-part name is no full name');
  assert.equal(oneWordMore(['bettie', 'page'], ['page']), false, 'negative: a surname alone is resolved elsewhere (only when one person fits)');
});

test(`${P} an organisation's short form and full name resolve to each other when only one fits`, () => {
  const known = ['org:hradec-retail-group', 'org:national-court', 'org:koszyk', 'org:tatra-potraviny', 'org:tatra-banka'];
  const cases: ReadonlyArray<{ key: string; want: string | null; why: string }> = [
    { key: 'org:hradec-retail-group', want: 'org:hradec-retail-group', why: 'the same key' },
    { key: 'org:hradec', want: 'org:hradec-retail-group', why: 'the full name’s first word, one organisation of the story' },
    { key: 'org:koszyk-sa', want: 'org:koszyk', why: 'the full name of a short form the story knows' },
    { key: 'org:tatra', want: null, why: 'two organisations start with it' },
    { key: 'org:national', want: null, why: 'a generic word is no name' },
    { key: 'org:retail-group', want: null, why: 'not the first word' },
    { key: 'org:kessler', want: null, why: 'no organisation of that name' },
    { key: 'org:an-hradec-retail-group', want: 'org:hradec-retail-group', why: 'an article the tagger took into the name' },
    { key: 'org:the-koszyk', want: 'org:koszyk', why: 'a definite article the tagger took into the name' },
    { key: 'org:a-tatra', want: null, why: 'negative: without its article still two organisations start with it' },
    { key: 'org:an-kessler', want: null, why: 'negative: no organisation of that name without the article either' },
  ];
  for (const c of cases) assert.equal(resolveOrganisation(c.key, known), c.want, `${c.key}: ${c.why}`);
  assert.equal(resolveOrganisation('org:hradec', [...known, 'org:hradec']), 'org:hradec-retail-group', 'a short form the story knows as its own key too is the full name it fits');
  assert.equal(resolveOrganisation('org:tatra', [...known, 'org:tatra']), 'org:tatra', 'negative: a short form two full names start with stays itself');
});

test(`${P} full names match on surname and a close given name`, () => {
  assert.equal(fullNamesMatch(['erlan', 'temirov'], ['yerlan', 'temirov']), true);
  assert.equal(fullNamesMatch(['sergei', 'lavrov'], ['sergey', 'lavrov']), true);
  assert.equal(fullNamesMatch(['mark', 'smith'], ['marc', 'smith']), false, 'short given names are not fuzzy-matched');
  assert.equal(fullNamesMatch(['maria', 'lopez'], ['mario', 'lopez']), true, 'one edit on a five-letter name is taken as a variant: the story context keeps this rare');
  assert.equal(fullNamesMatch(['jong', 'un'], ['jong', 'il']), false);
  assert.equal(fullNamesMatch(['temirov'], ['yerlan', 'temirov']), false, 'one part is not a full name');
  assert.equal(fullNamesMatch(['regina', 'm', 'benjamin'], ['regina', 'benjamin']), true, 'a middle initial left out');
  assert.equal(fullNamesMatch(['george', 'w', 'bush'], ['george', 'h', 'bush']), false, 'two different initials are two people');
  assert.equal(fullNamesMatch(['kim', 'jong', 'un'], ['kim', 'un']), false, 'a middle part of more than one letter is no initial');
});

test(`${P} bounded edit distance`, () => {
  assert.equal(editDistance('yerlan', 'erlan', 2), 1);
  assert.equal(editDistance('kitten', 'sitting', 5), 3);
  assert.equal(editDistance('abc', 'abcdef', 1), 2, 'stops early past the bound');
  assert.equal(editDistance('', '', 0), 0);
});
