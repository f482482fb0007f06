import assert from 'node:assert/strict';
import { test } from 'node:test';
import { denialsOverturnedByNarration, type DenialSide } from './denial-overturned.js';
import { namesAct, topicPolarity } from './drift.js';
import type { Finding, StatusStep, TrackedEvent } from './schema.js';

const P = 'link/denial-overturned:';
const AGREE = /\b(?:agree\w*|deal|signed|sign)\b/i;
const RESIGN = /\b(?:resign\w*|step(?:s|ped|ping)? down|stand(?:s|ing)? down|stood down)\b/i;
const read = { polarity: topicPolarity, namesAct };

const denial = (text: string, topic = 'agree', pattern = AGREE, event: string | null = 'e1'): DenialSide => ({
  id: 'd1', article: 1, published: '2026-01-01', event, topic, pattern, text,
  evidence: { article: 1, start: 100, end: 100 + text.length, text }, sourceName: 'the union', outlet: 'Daily',
});
const step = (text: string, start: number, status: StatusStep['status'] = 'happened', article = 2): StatusStep => ({
  id: `s${article}.${start}`, date: null, status, article, outlet: 'Wire', evidence: { article, start, end: start + text.length, text },
  source: { key: null, name: null, chain: [] }, certainty: 1, conflicts: [],
});
const event = (id: string, timeline: StatusStep[]): TrackedEvent => ({
  id, story: 1, type: 'AGREE', lemma: 'agree', label: id, participants: [], actors: [], places: [], when: null, firstSeen: null, members: [], timeline, status: null,
});

test(`${P} a denial in an earlier report and the new report's own account of the act`, () => {
  const cases: ReadonlyArray<{ name: string; d: DenialSide; events: TrackedEvent[]; want: number }> = [
    { name: 'the same event told as done', d: denial('There is no agreement'), events: [event('e1', [step('The union signed a pay agreement on Thursday.', 0)])], want: 1 },
    { name: 'a resignation denied, then told', d: denial('The minister has not resigned', 'resign', RESIGN), events: [event('e1', [step('Finance Minister Karim Belhadj resigned on Wednesday.', 0)])], want: 1 },
    // an existence denial is answered by the new report's lead, whichever event that lead was linked to
    { name: 'an existence denial and the lead of another event', d: denial('There is no agreement'), events: [event('e1', [step('The strike was called off.', 300)]), event('e2', [step('Pilots and the airline signed a two-year agreement on Saturday.', 0)])], want: 1 },
    // negatives
    { name: 'another event, not the lead', d: denial('There is no agreement'), events: [event('e1', []), event('e2', [step('Pilots signed a deal on Saturday.', 300)]), event('e3', [step('Flights resumed.', 0)])], want: 0 },
    { name: 'a denial of a named act, another event', d: denial('We have not agreed to lend the drum'), events: [event('e2', [step('The museum signed an agreement on Monday.', 0)])], want: 0 },
    { name: 'a plan, not an act', d: denial('There is no agreement'), events: [event('e1', [step('The two sides are expected to sign an agreement on Friday.', 0, 'expected')])], want: 0 },
    { name: 'a modal before the act', d: denial('There is no agreement'), events: [event('e1', [step('The union said it would sign the agreement.', 0)])], want: 0 },
    { name: 'a lead that sums up a claim and its denial', d: denial('There is no agreement'), events: [event('e1', [step('Ghana said it had agreed on a price, but the Ivorian government said no agreement had been reached.', 0)])], want: 0 },
    { name: 'a sentence that reports a denial', d: denial('There is no deal'), events: [event('e1', [step('A report that a deal had been signed was denied by the ministry.', 0)])], want: 0 },
    { name: 'a participle naming who signed a thing spoken of', d: denial('There is no agreement'), events: [event('e1', [step('The motion, signed by 64 deputies, needed 101 votes.', 0)])], want: 0 },
    { name: 'pending, not denied', d: denial('There is no agreement yet'), events: [event('e1', [step('The two sides signed an agreement on Friday.', 0)])], want: 0 },
    { name: 'a standing rule', d: denial('We do not sign deals under pressure'), events: [event('e1', [step('The union signed a deal on Friday.', 0)])], want: 0 },
    { name: 'an agreement to another thing', d: denial('There has been no agreement to arbitration'), events: [event('e1', [step('The union and the ministry signed a pay deal on Friday.', 0)])], want: 0 },
    { name: 'a denial recapped as told before', d: denial('On Monday she had told reporters that there was no agreement'), events: [event('e1', [step('The union signed an agreement on Thursday.', 0)])], want: 0 },
    { name: 'the same sentence in an earlier report (a wire copy)', d: denial('There is no agreement'), events: [event('e1', [step('The union signed an agreement on Thursday.', 0, 'happened', 1), step('The union signed an agreement on Thursday.', 0)])], want: 0 },
    { name: 'a denial tied to no event', d: denial('There is no agreement', 'agree', AGREE, null), events: [event('e1', [step('The union signed an agreement on Thursday.', 0)])], want: 0 },
  ];
  for (const c of cases) assert.equal(denialsOverturnedByNarration([c.d], c.events, 2, '2026-01-02', [], read).length, c.want, c.name);
});

test(`${P} a denial already overturned, or a later denial, is left alone`, () => {
  const d = denial('There is no agreement');
  const events = [event('e1', [step('The union signed a pay agreement on Thursday.', 0)])];
  const done: Finding = { id: 'f', kind: 'negation', severity: 'contradiction', summary: '', a: d.evidence, b: d.evidence, versions: ['d1', 'x'], event: 'e1' };
  assert.equal(denialsOverturnedByNarration([d], events, 2, '2026-01-02', [done], read).length, 0);
  assert.equal(denialsOverturnedByNarration([{ ...d, published: '2026-01-05' }], events, 2, '2026-01-02', [], read).length, 0);
  const [f] = denialsOverturnedByNarration([d], events, 2, '2026-01-02', [], read);
  assert.equal(f?.kind, 'negation');
  assert.deepEqual(f?.versions, ['d1', 's2.0']);
  assert.equal(f?.b.text, 'The union signed a pay agreement on Thursday.');
});
