import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endByOutcome, type OutcomeStep } from './outcome.js';
import type { ReaderStatus } from './schema.js';

const P = 'link/outcome:';

test(`${P} a trial or talks are over where the same report gives their outcome as happened`, () => {
  type Row = { steps: Array<[string, ReaderStatus]>; want: ReaderStatus[]; why: string };
  const rows: readonly Row[] = [
    { steps: [['trial', 'under-way'], ['convict', 'happened']], want: ['happened', 'happened'], why: 'a trial with its conviction' },
    { steps: [['trial', 'under-way'], ['sentence', 'happened']], want: ['happened', 'happened'], why: 'a trial with its sentence' },
    { steps: [['talks', 'under-way'], ['sign', 'happened']], want: ['happened', 'happened'], why: 'talks with their agreement signed' },
    // negatives: no outcome yet, an outcome only planned, another process
    { steps: [['trial', 'under-way'], ['convict', 'expected']], want: ['under-way', 'expected'], why: 'negative: a verdict expected' },
    { steps: [['trial', 'under-way']], want: ['under-way'], why: 'negative: no outcome in the report' },
    { steps: [['talks', 'under-way'], ['convict', 'happened']], want: ['under-way', 'happened'], why: "negative: another process's outcome" },
    { steps: [['trial', 'postponed'], ['convict', 'happened']], want: ['postponed', 'happened'], why: 'negative: only a process going on ends' },
  ];
  for (const r of rows) {
    const steps: OutcomeStep[] = r.steps.map(([lemma, status]) => ({ lemma, status }));
    endByOutcome(steps);
    assert.deepEqual(steps.map((s) => s.status), r.want, r.why);
  }
});
