/**
 * Event views group mentions by cluster; each cluster's related clusters and claims are grouped once
 * (not a scan of every event and claim per cluster, which made long texts quadratic).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers } from '../doc.js';
import type { Claim, Event } from '../schemas/events.js';
import type { Quantity } from '../schemas/quantities.js';
import { claimsWithoutEvent, eventViews } from './events.js';

const TEXT = 'Ministers agreed to meet. They met in Accra. Officials said the meeting went well.';

function event(id: string, cluster: string, start: number, end: number, governor?: string): Event {
  return {
    id,
    cluster,
    trigger: { start, end },
    lemma: TEXT.slice(start, end).toLowerCase(),
    type: 'Meet',
    modality: 'asserted',
    certainty: 0.8,
    evidence: { start, end },
    ...(governor ? { governor } : {}),
  };
}

function claim(id: string, clusters: string[]): Claim {
  return { id, attribution: 'a1', events: [], clusters, proposition: { start: 58, end: 81 }, source: null, stance: 'neutral' };
}

test('event views: related clusters and claims per cluster', () => {
  // e2 ("meet") is the content of e1 ("agreed"): agree governs meet; e3 and e4 are two mentions of the meeting
  const events = [event('e1', 'A', 10, 16), event('e2', 'B', 20, 24, 'e1'), event('e3', 'B', 31, 34), event('e4', 'C', 62, 69)];
  const claims = [claim('c1', ['B', 'B']), claim('c2', ['C', 'B']), claim('c3', ['C'])];
  const doc = withLayers(createDoc(TEXT), { events, claims }, { annotator: 'test', version: '0' });
  const views = new Map(eventViews(doc).map((v) => [v.id, v]));
  const cases: Array<{ cluster: string; mentions: string[]; related: string[]; claims: string[] }> = [
    // the governor's cluster lists the cluster it governs
    { cluster: 'A', mentions: ['e1'], related: ['B'], claims: [] },
    // the governed cluster lists its governor's; a claim naming a cluster twice is listed once
    { cluster: 'B', mentions: ['e2', 'e3'], related: ['A'], claims: ['c1', 'c2'] },
    // negative: a cluster that governs nothing and has no governor relates to none
    { cluster: 'C', mentions: ['e4'], related: [], claims: ['c2', 'c3'] },
  ];
  assert.deepEqual([...views.keys()], ['A', 'B', 'C']);
  for (const c of cases) {
    const v = views.get(c.cluster)!;
    assert.deepEqual(v.mentions.map((m) => m.id), c.mentions, c.cluster);
    assert.deepEqual(v.related, c.related, c.cluster);
    assert.deepEqual(v.claims.map((x) => x.id), c.claims, c.cluster);
  }
});

function quantity(id: string, claimId: string, event: string | null): Quantity {
  return {
    id, start: 0, end: 9, value: 2, low: 2, high: 2, bound: 'exact', unitKind: 'count', unit: 'minister', head: null,
    event, cluster: event === null ? null : 'X', asOf: null, attribution: 'a1', claim: claimId, rule: 'number+noun',
  };
}

test('claims without an event: listed once, with the shown events their quantities count', () => {
  const events = [event('e1', 'A', 10, 16), event('e3', 'B', 31, 34)];
  // c1 is shown under B; c2 names no shown cluster (Z has no mention); c3 and c4 name none at all
  const claims = [claim('c1', ['B']), claim('c2', ['Z']), claim('c3', []), claim('c4', [])];
  const quantities = [quantity('q1', 'c1', 'e3'), quantity('q2', 'c3', 'e1'), quantity('q3', 'c3', 'e1'), quantity('q4', 'c4', 'e9'), quantity('q5', 'c2', null)];
  const doc = withLayers(createDoc(TEXT), { events, claims, quantities }, { annotator: 'test', version: '0' });
  const loose = new Map(claimsWithoutEvent(doc).map((c) => [c.id, c]));
  const cases: Array<{ claim: string; listed: boolean; quantities?: string[]; counts?: string[] }> = [
    // negative: a claim shown under an event is not listed again
    { claim: 'c1', listed: false },
    // a claim whose only cluster is not shown is listed; its quantity counts no event
    { claim: 'c2', listed: true, quantities: ['q5'], counts: undefined },
    // a claim with no event keeps its quantities and names the event they count, once
    { claim: 'c3', listed: true, quantities: ['q2', 'q3'], counts: ['A'] },
    // negative: a quantity whose event is not in the layer names nothing
    { claim: 'c4', listed: true, quantities: ['q4'], counts: undefined },
  ];
  for (const c of cases) {
    const v = loose.get(c.claim);
    assert.equal(Boolean(v), c.listed, c.claim);
    if (!v) continue;
    assert.deepEqual(v.quantities?.map((q) => q.id), c.quantities, c.claim);
    assert.deepEqual(v.quantityEvents, c.counts, c.claim);
  }
});

test('event views: with no status anywhere, a mention that plans the event at a time of its own decides its modality', () => {
  const text = 'The regulator approved the purchase. Hradec would complete the takeover in the coming weeks.';
  const at = (word: string): { start: number; end: number } => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  const mention = (id: string, word: string, extra: Partial<Event>): Event => ({
    id, cluster: 'P', trigger: at(word), lemma: 'acquire', type: 'ECONOMY', modality: 'asserted', certainty: 0.8, evidence: at(word), ...extra,
  });
  const soon = at('in the coming weeks');
  const cases: ReadonlyArray<{ events: Event[]; modality: string; why: string }> = [
    { events: [mention('e1', 'purchase', {}), mention('e2', 'takeover', { modality: 'planned', time: soon })], modality: 'planned', why: 'the dated plan' },
    // negatives
    { events: [mention('e1', 'purchase', {}), mention('e2', 'takeover', { modality: 'planned' })], modality: 'asserted', why: 'a plan with no time of its own' },
    { events: [mention('e1', 'purchase', { status: 'occurred' }), mention('e2', 'takeover', { modality: 'planned', time: soon })], modality: 'asserted', why: 'a status decides' },
  ];
  for (const c of cases) {
    const doc = withLayers(createDoc(text), { events: c.events }, { annotator: 'test', version: '0' });
    assert.equal(eventViews(doc)[0]!.modality, c.modality, c.why);
  }
});
