import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDomainTally, scoreDomainExample, type DomainExample, type DomainPred } from './score.js';

const TEXT = 'A flood of complaints followed the flood that killed four people.';
const at = (word: string, nth = 1): { start: number; end: number } => {
  let i = -1;
  for (let k = 0; k < nth; k++) i = TEXT.indexOf(word, i + 1);
  return { start: i, end: i + word.length };
};
const pred = (word: string, type: string, nth = 1, phase?: string): DomainPred => ({ trigger: at(word, nth), type, modality: 'asserted', ...(phase ? { phase } : {}) });

const EX: DomainExample = {
  text: TEXT,
  domain: 'disaster',
  events: [
    { trigger: 'flood#2', type: 'DISASTER', modality: 'asserted', phase: 'struck' },
    { trigger: 'killed', type: 'CASUALTY', modality: 'asserted' },
  ],
  negatives: ['flood'],
};

test('eval/events: domain scoring counts every decision once', () => {
  const cases: ReadonlyArray<{ preds: DomainPred[]; right: number; decisions: number; phaseRight: number; why: string }> = [
    { preds: [pred('flood', 'DISASTER', 2, 'struck'), pred('killed', 'CASUALTY')], right: 3, decisions: 3, phaseRight: 1, why: 'all right' },
    { preds: [pred('flood', 'DISASTER', 2, 'recovery'), pred('killed', 'CASUALTY')], right: 3, decisions: 3, phaseRight: 0, why: 'wrong phase is no type error' },
    { preds: [pred('flood', 'DISASTER', 1), pred('flood', 'DISASTER', 2, 'struck'), pred('killed', 'CASUALTY')], right: 2, decisions: 3, phaseRight: 1, why: 'a negative read as an event' },
    { preds: [pred('flood', 'ECONOMY', 2), pred('killed', 'CASUALTY')], right: 2, decisions: 3, phaseRight: 0, why: 'the wrong type' },
    { preds: [], right: 1, decisions: 3, phaseRight: 0, why: 'nothing found: only the negative is right' },
    { preds: [pred('flood', 'DISASTER', 2, 'struck'), pred('killed', 'CASUALTY'), pred('people', 'CASUALTY')], right: 3, decisions: 4, phaseRight: 1, why: 'an extra prediction is a wrong decision' },
  ];
  for (const c of cases) {
    const t = emptyDomainTally();
    scoreDomainExample(EX, c.preds, t);
    assert.deepEqual([t.right, t.decisions, t.phaseRight, t.phaseTotal], [c.right, c.decisions, c.phaseRight, 1], c.why);
  }
});

test('eval/events: a gold word missing from its sentence is an error in the gold', () => {
  assert.throws(() => scoreDomainExample({ ...EX, negatives: ['drought'] }, [], emptyDomainTally()), /not found/);
});
