// The link layer's digest over annotated text: which incidents a report names as facts (link/digest.ts). Here, not under
// link/, because it runs the annotators (the link layer's own tests build layers as records: boundaries.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../annotate/default-pipeline.js';
import { digestReport } from '../link/digest.js';

test('service/incident-status: an attack or a disaster the report names as a fact has happened; one feared or threatened has not', () => {
  const cases: ReadonlyArray<{ text: string; trigger: string; want: string | null }> = [
    { text: 'No group has claimed responsibility for the attack on the port.', trigger: 'attack', want: 'occurred' },
    { text: 'The operator was hit by a cyberattack on Sunday.', trigger: 'cyberattack', want: 'occurred' },
    // negatives: a feared or a threatened attack is no fact
    { text: 'Officials fear an attack on the port in the coming days.', trigger: 'attack', want: null },
    { text: 'The group threatened to attack the port.', trigger: 'attack', want: null },
  ];
  for (const c of cases) {
    const doc = annotate(c.text, { published: '2025-11-04' });
    const d = digestReport({ id: 1, title: null, outlet: 'Wire', published: '2025-11-04T09:00:00Z', language: 'en', nearDupOf: null }, doc);
    const e = d.events.find((x) => x.trigger.toLowerCase() === c.trigger);
    assert.equal(e?.status === 'occurred' ? 'occurred' : null, c.want, c.text);
  }
});
