import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KNOWN_AGENCIES, knownAgency, mayOpenKnownAgency } from './agencies.js';

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

/** A token and whether a listed agency's name may open with it. */
const OPENERS: readonly [string, boolean][] = [
  ['Xinhua', true],
  ['XINHUA', true],
  ['KCNA', true],
  ['KC', true], // a prefix of an acronym as written
  ['Agence', true],
  ['Korean', true],
  ['The', true],
  ['THE', true],
  ['Télam', true], // not ASCII: folded forms are not checked, so it may
  ['France-Presse', true], // a hyphen: may
  ['Kcna', false], // an acronym only as written, and no folded form opens with "kcna"
  ['Vega', false],
  ['Minister', false],
  ['Thursday', false],
  ['2024', false],
];

test('mayOpenKnownAgency: listed openers may, other ASCII tokens not', () => {
  for (const [t, want] of OPENERS) assert.equal(mayOpenKnownAgency(t, t.toLowerCase()), want, t);
});

test('mayOpenKnownAgency: never false for the first word of a name knownAgency finds', () => {
  const names = [...KNOWN_AGENCIES.flatMap((a) => a.forms), ...CASES.map((c) => c.name)];
  for (const form of names) {
    for (const name of [form, `the ${form}`, form.toUpperCase(), form.toLowerCase()]) {
      if (!knownAgency(name)) continue;
      const first = name.split(/[\s-]+/)[0]!;
      for (const tok of [first, first.replace(/[^A-Za-z0-9].*$/, '')]) {
        if (tok && name.startsWith(tok)) assert.ok(mayOpenKnownAgency(tok, tok.toLowerCase()), `${tok} (${name})`);
      }
    }
  }
});
