import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DigestEvent } from './digest.js';
import type { StatusStep } from './schema.js';
import { phaseStatus } from './phases.js';
import { furthestPhase, readerStatus } from './status.js';

const P = 'link/phases:';

function step(id: string, date: string, phase: string | undefined, conflicts: string[] = []): StatusStep {
  return {
    id, date, status: 'happened', article: 1, outlet: null, evidence: { article: 1, start: 0, end: 1, text: 'x' },
    source: { key: null, name: null, chain: [] }, certainty: 0.9, conflicts, ...(phase ? { phase } : {}),
  };
}

test(`${P} the furthest phase of a family's life, as of a day`, () => {
  const legal = [step('a', '2025-08-02', 'arrested'), step('b', '2025-08-04', 'charged'), step('c', '2025-08-09', 'arrested'), step('d', '2025-09-20', 'convicted')];
  const cases: ReadonlyArray<{ steps: StatusStep[]; family: string; day: string | null; want: string | null; why: string }> = [
    { steps: legal, family: 'legal', day: null, want: 'convicted', why: 'the process got furthest to a conviction' },
    { steps: legal, family: 'legal', day: '2025-08-10', want: 'charged', why: 'a later report that recalls the arrest does not move it back' },
    { steps: legal, family: 'legal', day: '2025-08-01', want: null, why: 'nothing yet' },
    { steps: [step('a', '2025-01-01', 'convicted'), step('b', '2025-01-02', 'acquitted')], family: 'legal', day: null, want: 'acquitted', why: 'acquitted ties with convicted: the later wins' },
    { steps: [step('a', '2025-01-01', 'called'), step('b', '2025-01-03', 'called-off', ['x'])], family: 'strike', day: null, want: 'called', why: 'a step in conflict does not count' },
    { steps: [step('a', '2025-01-01', 'decided')], family: 'election', day: null, want: null, why: 'a phase of another family is none of this one' },
    { steps: [step('a', '2025-01-01', 'struck')], family: 'visit', day: null, want: null, why: 'not a family' },
  ];
  for (const c of cases) assert.equal(furthestPhase(c.steps, c.family, c.day), c.want, c.why);
});

test(`${P} an incident is not under way because its rescue is`, () => {
  const base: DigestEvent = {
    cluster: 'c1', type: 'DISASTER', lemma: 'capsize', trigger: 'capsized', participants: [], actors: [], places: [], time: null,
    status: 'occurred', modality: 'asserted', certainty: 0.9, cues: [], evidence: { article: 1, start: 0, end: 1, text: 'x' }, claims: [],
    sentences: [{ article: 1, start: 0, end: 60, text: 'The boat capsized on Sunday; a rescue operation is under way.' }],
  };
  assert.equal(readerStatus({ ...base, family: 'incident' }), 'happened');
  // the same words of another family's own event do make it under way (a status word reads in its own clause)
  const strike = 'The strike at the port is under way.';
  assert.equal(
    readerStatus({ ...base, family: 'strike', type: 'PROTEST', lemma: 'strike', trigger: 'strike', sentences: [{ article: 1, start: 0, end: strike.length, text: strike }] }),
    'under-way',
  );
});

test(`${P} a deal, approval, campaign or outbreak phase is a reader's status`, () => {
  const cases: ReadonlyArray<{ family: string | undefined; phase: string | undefined; want: string | null; why: string }> = [
    { family: 'outbreak', phase: 'declared', want: 'under-way', why: 'an outbreak declared is going on, not over' },
    { family: 'outbreak', phase: 'spreading', want: 'under-way', why: 'spreading' },
    { family: 'outbreak', phase: 'declared-over', want: 'happened', why: 'declared over' },
    { family: 'deal', phase: 'agreed', want: 'expected', why: 'a takeover agreed is still to be completed' },
    { family: 'deal', phase: 'completed', want: 'happened', why: 'completed' },
    { family: 'deal', phase: 'blocked', want: 'cancelled', why: 'a deal blocked is off' },
    { family: 'approval', phase: 'under-review', want: 'expected', why: 'a review is an approval pending' },
    { family: 'approval', phase: 'approved', want: 'happened', why: 'granted' },
    { family: 'campaign', phase: 'planned', want: 'expected', why: 'planned' },
    { family: 'campaign', phase: 'ended', want: 'happened', why: 'ended' },
    { family: 'legal', phase: 'charged', want: null, why: 'other families keep the status rules' },
    { family: 'outbreak', phase: 'struck', want: null, why: 'a phase of another family' },
    { family: undefined, phase: 'declared', want: null, why: 'no family' },
    { family: 'deal', phase: undefined, want: null, why: 'no phase' },
  ];
  for (const c of cases) assert.equal(phaseStatus(c.family, c.phase), c.want, c.why);
});

test(`${P} an outbreak declared is under way in its story, declared over it has happened`, () => {
  const text = 'The ministry declared a cholera outbreak in the district on Monday.';
  const e: DigestEvent = {
    cluster: 'c1', type: 'DISASTER', lemma: 'outbreak', trigger: 'outbreak', participants: [], actors: [], places: [], time: null,
    status: 'occurred', modality: 'asserted', certainty: 0.9, cues: [], evidence: { article: 1, start: 0, end: 1, text: 'x' }, claims: [],
    sentences: [{ article: 1, start: 0, end: text.length, text }], family: 'outbreak', phase: 'declared',
  };
  assert.equal(readerStatus(e), 'under-way');
  assert.equal(readerStatus({ ...e, phase: 'declared-over' }), 'happened');
  // "started" in its sentence does not put an outbreak over by its phase back under way
  const past = 'The 2009 outbreak, which also started in Tarvo, lasted four months.';
  assert.equal(readerStatus({ ...e, phase: 'declared-over', sentences: [{ article: 1, start: 0, end: past.length, text: past }] }), 'happened');
});

test(`${P} a campaign that cannot start before a month is expected not before it`, () => {
  const cases: ReadonlyArray<{ text: string; want: string }> = [
    { text: 'The campaign cannot start before December, she said.', want: 'expected-not-before' },
    { text: 'The campaign will not start until the doses arrive.', want: 'expected-not-before' },
    { text: 'The campaign will start in the coming weeks.', want: 'expected' },
  ];
  for (const c of cases) {
    const e: DigestEvent = {
      cluster: 'c1', type: 'AID', lemma: 'campaign', trigger: 'campaign', participants: [], actors: [], places: [], time: null,
      status: 'anticipated', modality: 'asserted', certainty: 0.9, cues: [], evidence: { article: 1, start: 0, end: 1, text: 'x' }, claims: [],
      sentences: [{ article: 1, start: 0, end: c.text.length, text: c.text }], family: 'campaign', phase: 'planned',
    };
    assert.equal(readerStatus(e), c.want, c.text);
  }
});
