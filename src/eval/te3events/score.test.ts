import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventScorer, eventMetrics, type ScoredEvent } from './score.js';

const E = (text: string, s: string, cls: string): ScoredEvent => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, cls };
};

test('te3events/score: relaxed and strict extraction, class F1 = class accuracy over relaxed matches × relaxed F1', () => {
  const text = 'Police said the cease-fire collapsed after talks failed.';
  const cases: { name: string; system: ScoredEvent[]; expect: Partial<ReturnType<typeof eventMetrics>> }[] = [
    { name: 'perfect', system: [E(text, 'said', 'REPORTING'), E(text, 'cease-fire', 'STATE'), E(text, 'collapsed', 'OCCURRENCE'), E(text, 'talks', 'OCCURRENCE')], expect: { f1: 100, strictF1: 100, classF1: 100 } },
    // partial token overlap ("cease" of "cease-fire") is relaxed, not strict; one wrong class
    { name: 'relaxed', system: [E(text, 'said', 'I_ACTION'), E(text, 'cease', 'STATE'), E(text, 'collapsed', 'OCCURRENCE'), E(text, 'talks', 'OCCURRENCE')], expect: { f1: 100, strictF1: 75, classAcc: 75, classF1: 75 } },
    // negatives: a spurious event and a missed one
    { name: 'spurious and missed', system: [E(text, 'Police', 'OCCURRENCE'), E(text, 'said', 'REPORTING'), E(text, 'collapsed', 'OCCURRENCE')], expect: { p: 66.67, r: 50, f1: 57.14, classAcc: 100, classF1: 57.14 } },
    { name: 'nothing', system: [], expect: { p: 0, r: 0, f1: 0, classF1: 0 } },
  ];
  const gold = [E(text, 'said', 'REPORTING'), E(text, 'cease-fire', 'STATE'), E(text, 'collapsed', 'OCCURRENCE'), E(text, 'talks', 'OCCURRENCE')];
  for (const c of cases) {
    const s = new EventScorer();
    s.add(text, gold, c.system);
    const m = eventMetrics(s);
    for (const [k, v] of Object.entries(c.expect)) assert.equal(m[k as keyof typeof m], v, `${c.name}: ${k}`);
  }
});
