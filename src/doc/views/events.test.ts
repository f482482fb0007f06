/**
 * Event views group mentions by cluster; each cluster's related clusters and claims are grouped once
 * (not a scan of every event and claim per cluster, which made long texts quadratic).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createDoc, withLayers } from '../doc.js';
import type { Claim, Event } from '../schemas/events.js';
import { eventViews } from './events.js';

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
