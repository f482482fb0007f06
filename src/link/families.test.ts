import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isGeneralNoun, isReporting, lemmaFamily } from './families.js';

const P = 'link/families:';

test(`${P} synonyms and derivations share a family; other lemmas are their own`, () => {
  const cases: ReadonlyArray<{ a: string; b: string; same: boolean }> = [
    { a: 'trip', b: 'visit', same: true },
    { a: 'death', b: 'kill', same: true },
    { a: 'quake', b: 'earthquake', same: true },
    { a: 'walkout', b: 'strike', same: true },
    { a: 'capture', b: 'arrest', same: true },
    { a: 'nab', b: 'detain', same: true },
    { a: 'seize', b: 'detain', same: true },
    { a: 'shooting', b: 'gunfire', same: true },
    { a: 'nominee', b: 'nomination', same: true },
    { a: 'foil', b: 'thwart', same: true },
    { a: 'flee', b: 'escape', same: true },
    { a: 'hurt', b: 'injury', same: true },
    { a: 'suicide', b: 'death', same: true },
    { a: 'destroy', b: 'damage', same: true },
    { a: 'handover', b: 'extradite', same: true },
    { a: 'hearing', b: 'trial', same: true },
    { a: 'hearing', b: 'convict', same: false },
    { a: 'handover', b: 'release', same: false },
    { a: 'release', b: 'arrest', same: false },
    { a: 'visit', b: 'kill', same: false },
    { a: 'shoot', b: 'fire', same: false },
    { a: 'capture', b: 'escape', same: false },
    { a: 'accuse', b: 'convict', same: false },
    { a: 'election', b: 'vote', same: false },
    // fifteenth session: one shipwreck, one search, one charge, one sacking, however a report names it
    { a: 'sink', b: 'capsize', same: true },
    { a: 'founder', b: 'capsize', same: true },
    { a: 'shipwreck', b: 'sink', same: true },
    { a: 'search', b: 'rescue', same: true },
    { a: 'indict', b: 'charge', same: true },
    { a: 'indictment', b: 'charge', same: true },
    { a: 'clash', b: 'fighting', same: true },
    { a: 'marathon', b: 'race', same: true },
    { a: 'marathon', b: 'election', same: false },
    { a: 'sack', b: 'dismiss', same: true },
    { a: 'ouster', b: 'dismiss', same: true },
    { a: 'mediation', b: 'talks', same: true },
    { a: 'sink', b: 'collapse', same: false },
    { a: 'capsize', b: 'overturn', same: false },
    { a: 'rescue', b: 'evacuate', same: false },
    { a: 'search', b: 'find', same: false },
    { a: 'charge', b: 'arrest', same: false },
    { a: 'indict', b: 'convict', same: false },
    { a: 'indict', b: 'trial', same: false },
    { a: 'clash', b: 'attack', same: false },
    { a: 'clash', b: 'shoot', same: false },
    { a: 'dismiss', b: 'fire', same: false },
    { a: 'dismiss', b: 'resign', same: false },
    // a march is one day of a protest wave: joining them merged separate marches on dev (fifteenth session)
    { a: 'march', b: 'protest', same: false },
    { a: 'rally', b: 'demonstration', same: false },
    { a: 'mediation', b: 'agree', same: false },
    // a sale names goods and figures ("sales rose") as often as a company changing hands
    { a: 'sale', b: 'purchase', same: false },
  ];
  for (const c of cases) assert.equal(lemmaFamily(c.a) === lemmaFamily(c.b), c.same, `${c.a} / ${c.b}`);
  assert.equal(lemmaFamily('unheard-of'), 'unheard-of');
});

test(`${P} general incident nouns and communication words`, () => {
  assert.ok(isGeneralNoun('accident'));
  assert.ok(isGeneralNoun('crash'));
  assert.ok(!isGeneralNoun('collapse'));
  assert.ok(isReporting('say'));
  assert.ok(!isReporting('visit'));
});
