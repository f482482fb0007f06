import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadEventTagger } from '../../annotate/events/tagger/model.js';
import { requireData } from '../data-path.js';
import { EventScorer, eventMetrics } from '../te3events/score.js';
import { platinumPairs } from './te3events.js';

test('te3events: the shipped tagger scores a few te3-platinum files well above chance', (t) => {
  const data = requireData('tempeval3');
  if (!data) {
    t.skip('TempEval-3 data not found');
    return;
  }
  const pairs = platinumPairs(data).slice(0, 4);
  assert.equal(pairs.length, 4);
  const tagger = loadEventTagger();
  const scorer = new EventScorer();
  for (const p of pairs) {
    const events = tagger.tag(p.input.text);
    for (const e of events) assert.equal(p.input.text.slice(e.start, e.end), e.text, 'offsets exact');
    scorer.add(p.gold.text, p.gold.events, events);
  }
  const m = eventMetrics(scorer);
  assert.ok(scorer.counts.gold > 100, `gold events ${scorer.counts.gold}`);
  assert.ok(m.f1 > 70 && m.classF1 > 55, JSON.stringify(m));
});
