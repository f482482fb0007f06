import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KNOWN_AGENCIES, knownAgency } from './agencies.js';

/** A name and the agency key it must find (null: no listed agency). */
const CASES: readonly { name: string; key: string | null }[] = [
  { name: 'Xinhua', key: 'xinhua' },
  { name: 'New China News Agency', key: 'xinhua' },
  { name: 'the Korean Central News Agency', key: 'kcna' },
  { name: 'KCNA', key: 'kcna' },
  { name: 'Agence France Presse', key: 'afp' },
  { name: 'agence france-presse', key: 'afp' },
  { name: 'Telam', key: 'telam' },
  { name: 'Télam', key: 'telam' },
  // negatives: acronyms only as written, ambiguous short names only in their long forms, unlisted names
  { name: 'Ap', key: null },
  { name: 'Petra', key: null },
  { name: 'Fars', key: null },
  { name: 'Vega', key: null },
  { name: 'Associated Press Club', key: null },
];

test('knownAgency: every listed form finds its agency, other names none', () => {
  for (const c of CASES) assert.equal(knownAgency(c.name)?.key ?? null, c.key, c.name);
});

test('KNOWN_AGENCIES: keys and forms are unique across agencies', () => {
  const keys = new Set<string>();
  const forms = new Map<string, string>();
  for (const a of KNOWN_AGENCIES) {
    assert.ok(!keys.has(a.key), `key ${a.key} twice`);
    keys.add(a.key);
    for (const f of a.forms) {
      const seen = forms.get(f.toLowerCase());
      assert.ok(seen === undefined || seen === a.key, `${f} in ${seen} and ${a.key}`);
      forms.set(f.toLowerCase(), a.key);
      assert.equal(knownAgency(f)?.key, a.key, f);
    }
  }
});
