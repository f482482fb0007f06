import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../../doc/schemas/events.js';
import type { Quantity } from '../../doc/schemas/quantities.js';
import { emptyQuantityTally, quantityMetrics, scoreQuantities, type GoldQuantityExample } from './score.js';

const P = 'eval/quantities:';
const text = 'Floods killed at least 64 people and destroyed hundreds of homes in 2024.';

function quantity(phrase: string, fields: Partial<Quantity>): Quantity {
  const start = text.indexOf(phrase);
  return { id: `q${start}`, start, end: start + phrase.length, value: null, low: null, high: null, bound: 'exact', unitKind: 'count', unit: 'count', head: null, event: null, cluster: null, asOf: null, attribution: null, claim: null, rule: 'test', ...fields };
}

function event(id: string, cluster: string, trigger: string): Event {
  const start = text.indexOf(trigger);
  const span = { start, end: start + trigger.length };
  return { id, cluster, trigger: span, lemma: trigger, type: 'X', modality: 'asserted', certainty: 0.9, evidence: span };
}

const gold: GoldQuantityExample = {
  text,
  quantities: [
    { text: 'at least 64 people', value: 64, bound: 'atLeast', unit: 'person', event: 'killed' },
    { text: 'hundreds of homes', value: null, low: 200, high: 999, bound: 'exact', unit: 'home', event: 'destroyed' },
  ],
};
const killed = event('e1', 'c1', 'killed');

test(`${P} detection, fields and both event scores`, () => {
  const cases: ReadonlyArray<{ name: string; pred: Quantity[]; events: Event[]; want: Partial<ReturnType<typeof quantityMetrics>> }> = [
    {
      name: 'all right; "destroyed" is not in the events layer, so attaching nothing is the best the layer allows',
      pred: [quantity('at least 64 people', { value: 64, low: 64, bound: 'atLeast', unit: 'person', event: 'e1', cluster: 'c1' }), quantity('hundreds of homes', { low: 200, high: 999, unit: 'home' })],
      events: [killed],
      want: { precision: 1, recall: 1, valueAcc: 1, boundAcc: 1, unitAcc: 1, eventAcc: 0.5, eventAttachAcc: 1 },
    },
    {
      name: 'a year read as an amount is a false positive; a missed mention a false negative',
      pred: [quantity('at least 64 people', { value: 64, bound: 'atLeast', unit: 'person' }), quantity('2024', { value: 2024 })],
      events: [killed],
      want: { precision: 0.5, recall: 0.5, eventAcc: 0, eventAttachAcc: 0 },
    },
    {
      name: 'wrong value, range, bound and unit are each counted',
      pred: [quantity('at least 64 people', { value: 46, bound: 'exact', unit: 'people' }), quantity('hundreds of homes', { low: 100, high: 999, unit: 'home' })],
      events: [],
      want: { precision: 1, recall: 1, valueAcc: 0, boundAcc: 0.5, unitAcc: 0.5 },
    },
  ];
  for (const c of cases) {
    const t = emptyQuantityTally();
    scoreQuantities(gold, c.pred, c.events, t);
    const m = quantityMetrics(t);
    for (const [k, v] of Object.entries(c.want)) assert.equal(m[k as keyof typeof m], v, `${c.name}: ${k}`);
  }
});

test(`${P} a gold mention missing from the sentence is a miss with a message, not a crash`, () => {
  const t = emptyQuantityTally();
  scoreQuantities({ text, quantities: [{ text: 'forty boats', value: 40, bound: 'exact', unit: 'boat', event: null }] }, [], [], t);
  assert.equal(t.fn, 1);
  assert.match(t.errors[0]!, /not found/);
});
