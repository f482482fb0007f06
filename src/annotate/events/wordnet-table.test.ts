import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DOMAIN_LEMMAS } from './domains.js';
import { DOMAIN_FORMS, TRIGGER_FORMS } from './lexicon.js';
import { WORDNET_GROUPS, WORDNET_LEMMAS } from './wordnet-table.generated.js';
import { wordnetDomainLemmas } from './wordnet-table.js';

test('events/wordnet: the generated table is well formed and never overrides the hand-written tables', () => {
  const hand = new Set(DOMAIN_LEMMAS.flatMap((l) => l.forms));
  const seen = new Set<string>();
  for (const l of wordnetDomainLemmas(WORDNET_GROUPS, WORDNET_LEMMAS)) {
    for (const f of l.forms) {
      assert.match(f, /^[a-z]+$/, `${l.lemma}: form ${f}`);
      assert.ok(!hand.has(f) && !TRIGGER_FORMS.has(f), `${f} is in a hand-written table`);
      assert.ok(!seen.has(f), `${f} in two generated lemmas`);
      seen.add(f);
      assert.equal(DOMAIN_FORMS.get(f)?.entry.lemma, l.lemma, `${f} is looked up`);
    }
  }
  assert.ok(seen.size > 0, 'the generated table is empty');
});

test('events/wordnet: a lemma naming an unknown group is an error with a code', () => {
  assert.throws(() => wordnetDomainLemmas([], [{ group: 'none', gated: false, words: ['x.n'], nouns: ['x'], verbs: [] }]), /E_WORDNET_TABLE/);
});
