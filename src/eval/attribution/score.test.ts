import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeFragments, prf, scoreDoc, scoreTokens, type RoleSpans } from './score.js';
import { parseAnn } from './polnear.js';
import { attributionsToBrat } from '../../annotate/attribution/brat.js';
import type { Attribution } from '../../doc/schemas/attribution.js';

const text = 'Officials said that the bridge will reopen. It rained.';
//            0         10        20        30        40
const gold: RoleSpans = {
  source: [{ start: 0, end: 9 }],
  cue: [{ start: 10, end: 14 }],
  content: [{ start: 15, end: 42 }],
};

test('score: a perfect prediction scores 1 everywhere', () => {
  const c = scoreDoc(text, scoreTokens(text), [gold], [gold]);
  for (const r of ['source', 'cue', 'content'] as const) {
    assert.equal(prf(c.token[r]).f1, 1);
    assert.equal(prf(c.span[r]).f1, 1);
  }
  assert.equal(prf(c.attribution).f1, 1);
});

test('score: attribution matches when the content covers half of the gold tokens', () => {
  const half: RoleSpans = { ...gold, content: [{ start: 20, end: 42 }] }; // "the bridge will reopen" = 4 of 5 tokens
  assert.equal(scoreDoc(text, scoreTokens(text), [gold], [half]).attribution.tp, 1);
  const tiny: RoleSpans = { ...gold, content: [{ start: 36, end: 42 }] }; // "reopen" = 1 of 5
  assert.equal(scoreDoc(text, scoreTokens(text), [gold], [tiny]).attribution.tp, 0);
  const otherCue: RoleSpans = { ...gold, cue: [{ start: 0, end: 9 }] };
  assert.equal(scoreDoc(text, scoreTokens(text), [gold], [otherCue]).attribution.tp, 0);
});

test('score: tokens count only when wholly inside; spans trimmed and merged over whitespace', () => {
  const partial: RoleSpans = { source: [{ start: 0, end: 5 }], cue: [], content: [] };
  assert.equal(scoreDoc(text, scoreTokens(text), [gold], [partial]).token.source.tp, 0);
  assert.deepEqual(normalizeFragments('ab  cd', [{ start: 0, end: 3 }, { start: 4, end: 6 }]), [{ start: 0, end: 6 }]);
  assert.deepEqual(normalizeFragments('ab, cd', [{ start: 0, end: 2 }, { start: 4, end: 6 }]), [
    { start: 0, end: 2 },
    { start: 4, end: 6 },
  ]);
});

test('polnear: parseAnn reads roles from E lines, Content2 as content, ignores Discuss', () => {
  const ann = [
    'T1\tSource 0 9\tOfficials',
    'T2\tCue 10 14\tsaid',
    'T3\tContent 15 29;30 42\tthat the bridge will reopen',
    'T4\tAttribution 10 14\tsaid',
    'T5\tContent 44 53\tIt rained',
    'T6\tDiscuss 44 53\tIt rained',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 Content2:T5',
    '#1\tAnnotatorNotes T1\ta note',
  ].join('\n');
  const [a] = parseAnn(ann);
  assert.deepEqual(a!.source, [{ start: 0, end: 9 }]);
  assert.equal(a!.content.length, 3);
});

test('brat: output parses back to the same spans', () => {
  const att: Attribution = {
    id: 'a1',
    source: { start: 0, end: 9 },
    cue: { start: 10, end: 14 },
    content: [{ start: 15, end: 42 }],
    kind: 'indirect',
    stance: 'neutral',
  };
  const brat = attributionsToBrat(text, [att, { ...att, id: 'a2', source: null }]);
  assert.match(brat, /^E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3$/m);
  assert.match(brat, /^E2\tAttribution-no-source:T\d+ Cue:T\d+ Content:T\d+$/m);
  const back = parseAnn(brat);
  assert.equal(back.length, 2);
  assert.deepEqual(back[0]!.content, [{ start: 15, end: 42 }]);
  assert.deepEqual(back[1]!.source, []);
});
