// The terminal reading view: windows in words, claims as relay chains (outlet ← agency ← speaker), and
// the sections of an article's readable view. Table-driven, with negative cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers, type Doc } from '../doc/doc.js';
import type { Attribution } from '../doc/schemas/attribution.js';
import type { Entity } from '../doc/schemas/entities.js';
import type { Claim } from '../doc/schemas/events.js';
import { claimChains, formatReading, windowWords } from './reading-view.js';

test('reading-view: windows read as people say them', () => {
  const cases: Array<[{ from: string | null; to: string | null } | null, string | null]> = [
    [{ from: '2025-03-02', to: '2025-06-02' }, '2 Mar 2025 – 2 Jun 2025'],
    [{ from: '2025-04-08', to: '2025-04-08T00:00:00Z' }, '8 Apr 2025'],
    [{ from: '2026-01-01', to: null }, 'not before 1 Jan 2026'],
    [{ from: null, to: '2024-04-30' }, 'by about 30 Apr 2024'],
    [{ from: 'DCT+P3M', to: null }, null],
    [{ from: '2025-13-01', to: null }, null],
    [null, null],
  ];
  for (const [w, want] of cases) assert.equal(windowWords(w), want, JSON.stringify(w));
});

// "Oyun said the visit is off, the agency said, according to Steppe Radio."
const TEXT = 'Oyun said the visit is off, the agency said, according to Steppe Radio.';
const at = (s: string, from = 0) => ({ start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

function doc(outlet: string | null, claims: Claim[]): Doc {
  const attributions: Attribution[] = claims.map((c) => ({ id: c.attribution, source: c.source, cue: at('said'), content: [c.proposition], kind: 'indirect', stance: 'neutral' }));
  const entities: Entity[] = [{ id: 'e1', type: 'PER', canonical: 'Oyun Batbayar', key: 'per:oyun-batbayar', mentions: [], roles: [] }];
  const d = createDoc(TEXT, { published: '2025-03-02', ...(outlet ? { outlet } : {}) }, 't');
  return withLayers(d, { attributions, entities, claims }, { annotator: 'test', version: '0' });
}

const claim = (id: string, source: Claim['source'], via?: string): Claim => ({
  id, attribution: `a-${id}`, events: [], clusters: [], proposition: at('the visit is off'), source, stance: 'neutral', ...(via ? { via } : {}),
});

test('reading-view: claims read as relay chains, outlet first, the speaker by their fullest name', () => {
  const cases: Array<{ outlet: string | null; claims: Claim[]; want: string[][] }> = [
    {
      outlet: 'Meridian Wire',
      claims: [claim('c1', { ...at('Oyun'), entity: 'e1' }, 'c2'), claim('c2', at('the agency'), 'c3'), claim('c3', at('Steppe Radio'))],
      want: [['Meridian Wire', 'Steppe Radio', 'the agency', 'Oyun Batbayar'], ['Meridian Wire', 'Steppe Radio', 'the agency'], ['Meridian Wire', 'Steppe Radio']],
    },
    // no outlet known: the chain starts at the first relay
    { outlet: null, claims: [claim('c1', at('Oyun'))], want: [['Oyun']] },
    // an unnamed source, and a relay loop that must not run forever
    { outlet: 'X', claims: [claim('c1', null, 'c2'), claim('c2', at('the agency'), 'c1')], want: [['X', 'the agency', 'unnamed source'], ['X', 'unnamed source', 'the agency']] },
    // the outlet relaying itself is named once
    { outlet: 'Steppe Radio', claims: [claim('c1', at('Steppe Radio'))], want: [['Steppe Radio']] },
    { outlet: 'X', claims: [], want: [] },
  ];
  for (const c of cases) {
    assert.deepEqual(claimChains(doc(c.outlet, c.claims)).map((x) => x.chain), c.want, JSON.stringify(c.claims.map((x) => x.id)));
  }
});

test('reading-view: the article view has who said what, events and the text (or not, when asked)', () => {
  const d = doc('Meridian Wire', [claim('c1', { ...at('Oyun'), entity: 'e1' })]);
  const full = formatReading(d, ['#1  Title']);
  assert.match(full, /^#1 {2}Title\n\nWho said what \(1\)\n {2}Meridian Wire ← Oyun Batbayar {2}\[said\]\n {6}“the visit is off”\n\nEvents \(0\)\n {2}\(none found\)\n\nOyun said/);
  const bare = formatReading(doc(null, []), ['h'], { text: false });
  assert.match(bare, /Who said what \(0\)\n {2}\(no attributed claims\)/);
  assert.ok(!bare.includes(TEXT), 'text left out on request');
});
