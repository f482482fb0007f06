import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distinctLabels, withDistinctLabels } from './event-labels.js';

type Ev = Parameters<typeof distinctLabels>[0][number];

const step = (window: { from: string | null; to: string | null } | null): Ev['timeline'][number] => ({
  id: 's', date: '2025-09-08', status: 'happened', article: 1, outlet: null,
  evidence: { article: 1, start: 0, end: 1, text: 'x' }, source: { key: null, name: null, chain: [] } as unknown as Ev['timeline'][number]['source'],
  certainty: 1, conflicts: [], ...(window ? { time: { text: 't', value: null, window } } : {}),
});
const ev = (label: string, opts: { when?: { from: string | null; to: string | null }; stepWindow?: { from: string | null; to: string | null }; firstSeen?: string | null } = {}): Ev => ({
  label,
  when: opts.when ?? null,
  timeline: opts.stepWindow ? [step(opts.stepWindow)] : [],
  firstSeen: opts.firstSeen ?? null,
});

test('event labels: alike labels in one story are told apart by when, coarsest first', () => {
  const cases: Array<{ name: string; events: Ev[]; want: string[] }> = [
    {
      name: 'different years: the year',
      events: [ev('march — Kampala', { when: { from: '2025-09-18', to: '2025-09-18' } }), ev('march — Kampala', { stepWindow: { from: '2019-01-01', to: '2019-12-31' } })],
      want: ['march — Kampala (2025)', 'march — Kampala (2019)'],
    },
    {
      name: 'same year: the day',
      events: [ev('launch', { when: { from: '2026-03-12', to: '2026-03-12' } }), ev('launch', { stepWindow: { from: null, to: '2026-03-19' } })],
      want: ['launch (12 Mar 2026)', 'launch (19 Mar 2026)'],
    },
    {
      name: 'no time given: the day each was first reported',
      events: [ev('strike', { firstSeen: '2025-09-10' }), ev('strike', { firstSeen: '2025-10-14T08:00:00Z' })],
      want: ['strike (reported 10 Sep 2025)', 'strike (reported 14 Oct 2025)'],
    },
    {
      name: 'nothing tells them apart: numbered',
      events: [ev('talks'), ev('talks')],
      want: ['talks (1)', 'talks (2)'],
    },
    {
      name: 'an unanchored window end is no day',
      events: [ev('visit', { when: { from: 'DCT+P3M', to: null }, firstSeen: '2025-01-02' }), ev('visit', { firstSeen: '2025-02-03' })],
      want: ['visit (reported 2 Jan 2025)', 'visit (reported 3 Feb 2025)'],
    },
    {
      name: 'negative: unique labels are left as they are',
      events: [ev('march — Kampala', { when: { from: '2025-09-18', to: '2025-09-18' } }), ev('arrest — Ntinda')],
      want: ['march — Kampala', 'arrest — Ntinda'],
    },
  ];
  for (const { name, events, want } of cases) assert.deepEqual(distinctLabels(events), want, name);
});

test('event labels: withDistinctLabels keeps every other field and the order', () => {
  const events = [{ ...ev('talks'), id: 'a' }, { ...ev('talks'), id: 'b' }, { ...ev('visit'), id: 'c' }];
  const out = withDistinctLabels(events);
  assert.deepEqual(out.map((e) => [e.id, e.label]), [['a', 'talks (1)'], ['b', 'talks (2)'], ['c', 'visit']]);
  assert.equal(out[2], events[2], 'an unchanged event is the same record');
  assert.equal(events[0]!.label, 'talks', 'the input is not changed');
});
