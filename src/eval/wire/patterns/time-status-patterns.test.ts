import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WireExample, WirePattern } from '../types.js';
import { patterns as timePatterns } from './time-anchoring.js';
import { patterns as statusPatterns } from './status-words.js';

const byName = new Map<string, WirePattern>([...timePatterns, ...statusPatterns].map((p) => [p.name, p]));

/** Each check passes the right gold and fails a wrong one: a pattern that cannot fail measures nothing. */
const CASES: ReadonlyArray<{ readonly pattern: string; readonly ex: Omit<WireExample, 'id'>; readonly wrong: unknown }> = [
  {
    pattern: 'time-future-weekday',
    ex: { text: 'The envoy will visit Riga on Tuesday, the ministry said.', published: '2026-03-04', expect: { expr: 'Tuesday', value: '2026-03-10' } },
    wrong: { expr: 'Tuesday', value: '2026-03-03' },
  },
  {
    pattern: 'time-range',
    ex: { text: 'Talks are set for June 18-19.', published: '2026-03-04', expect: { expr: 'June 18-19', begin: '2026-06-18', end: '2026-06-19' } },
    wrong: { expr: 'June 18-19', begin: '2026-06-18', end: '2026-06-18' },
  },
  {
    pattern: 'time-statement-vs-event',
    ex: { text: 'The spokesman said on Monday that the visit would take place in May.', published: '2026-03-04', expect: { lemma: 'visit', time: 'May' } },
    wrong: { lemma: 'visit', time: 'Monday' },
  },
  {
    pattern: 'time-bound',
    ex: { text: 'The visit is unlikely before June 5.', published: '2026-03-04', expect: { expr: 'June 5', from: '2026-06-05', to: null } },
    wrong: { expr: 'June 5', from: null, to: '2026-06-04' },
  },
  {
    pattern: 'status-preparing',
    ex: { text: 'Preparations are under way for the visit of President Ilse Marrow to Lisbon.', published: '2026-03-04', expect: { lemma: 'visit', status: 'preparing' } },
    wrong: { lemma: 'visit', status: 'under-way' },
  },
  {
    pattern: 'status-negated',
    ex: { text: 'There are no such plans for Premier Owen Tallis to visit Riga.', published: '2026-03-04', expect: { lemma: 'visit', negated: true } },
    wrong: { lemma: 'visit', negated: false },
  },
  {
    pattern: 'status-past-visit',
    ex: { text: 'Premier Owen Tallis will visit Riga in May. His last visit there was eleven years ago.', published: '2026-02-02', expect: { lemma: 'visit', statuses: ['expected', 'happened'] } },
    wrong: { lemma: 'visit', statuses: ['expected'] },
  },
];

for (const c of CASES) {
  test(`wire/${c.pattern}: right gold passes, wrong gold fails`, async () => {
    const p = byName.get(c.pattern);
    assert.ok(p, `no pattern ${c.pattern}`);
    assert.equal((await p.check({ id: 'ok', ...c.ex })).ok, true);
    assert.equal((await p.check({ id: 'wrong', ...c.ex, expect: c.wrong })).ok, false);
  });
}
