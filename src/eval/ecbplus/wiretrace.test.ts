import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compatible, type MentionFeatures } from './wiretrace.js';

const m = (over: Partial<MentionFeatures>): MentionFeatures => ({ id: 'm', report: 'r', story: 's', kind: 'die', reporting: false, who: new Set(), days: new Set(), ...over });

test('ecbplus wiretrace linker: arguments that clash keep two mentions apart', () => {
  const cases: ReadonlyArray<{ a: MentionFeatures; b: MentionFeatures; ok: boolean; why: string }> = [
    { a: m({ who: new Set(['per:a']) }), b: m({ who: new Set(['per:b']) }), ok: true, why: 'different people alone do not split a killing (victim in one sentence, police in the other)' },
    { a: m({ who: new Set(['per:a']), days: new Set(['2008-01-01']) }), b: m({ who: new Set(['per:b']), days: new Set(['2009-05-01']) }), ok: false, why: 'negative: different people and different days' },
    { a: m({ kind: 'say', reporting: true, who: new Set(['per:a']) }), b: m({ kind: 'say', reporting: true, who: new Set(['per:b']) }), ok: false, why: 'negative: two speakers, two statements' },
    { a: m({ kind: 'say', reporting: true, who: new Set(['per:a']) }), b: m({ kind: 'say', reporting: true, who: new Set(['per:a', 'org:x']) }), ok: true, why: 'one speaker' },
    { a: m({ kind: 'say', reporting: true }), b: m({ kind: 'say', reporting: true, who: new Set(['per:a']) }), ok: true, why: 'no speaker named on one side' },
  ];
  for (const c of cases) assert.equal(compatible(c.a, c.b), c.ok, c.why);
});
