import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDrift, sameQuotedWords, topicPolarity } from './drift.js';
import type { QuantityObservation } from './state.js';
import type { ClaimVersion, StoryClaim } from './schema.js';

const P = 'link/drift:';
const POSTPONE = /\b(?:postpon\w*|put off|delay\w*)\b/i;

test(`${P} a topic is negated by a nearby negation or a governing denial verb, and stated otherwise`, () => {
  const cases: ReadonlyArray<{ text: string; want: boolean | null }> = [
    { text: 'The visit has been postponed because of the outbreak.', want: false },
    { text: 'The visit has not been postponed.', want: true },
    { text: '“There has been no postponement, because no date was ever announced,” she said.', want: true },
    { text: 'The Foreign Ministry on Wednesday denied reports that the planned visit to Mongolia had been postponed.', want: true },
    { text: 'Officials dismissed a website’s claim that the trip had been put off until the autumn.', want: true },
    { text: 'The website reported that the trip had been put off until the autumn.', want: false },
    { text: 'Preparations are continuing according to plan.', want: null },
  ];
  for (const c of cases) assert.equal(topicPolarity(c.text, POSTPONE), c.want, c.text);
});

test(`${P} a quantity drifts from where the earlier figure first appeared, not from a later copy of it; same figures make none`, () => {
  const obs = (article: number, low: number, high: number, text: string): QuantityObservation => ({
    article, day: `2025-03-0${article}`, outlet: `Outlet ${article}`, source: null, text, low, high, unit: 'company',
    evidence: { article, start: 0, end: text.length, text },
  });
  const quantities = [obs(1, 40, 40, 'about 40 companies'), obs(2, 40, 40, 'about 40 companies'), obs(3, 50, 50, 'up to 50 companies')];
  const found = findDrift([], { events: [], claims: [], quantities }, 3).filter((f) => f.kind === 'quantity');
  assert.deepEqual(found.map((f) => [f.a.article, f.b.article]), [[1, 3]], 'from report 1, where 40 first appeared');
  // negative: the same figure again is no drift
  const same = findDrift([], { events: [], claims: [], quantities: [obs(1, 40, 40, 'about 40 companies'), obs(2, 40, 40, 'some 40 companies')] }, 2);
  assert.deepEqual(same.filter((f) => f.kind === 'quantity'), []);
});

const quantity = (article: number, at: number, low: number, high: number, text: string, unit = 'company'): QuantityObservation => ({
  article, day: `2025-03-0${article}`, outlet: `Outlet ${article}`, source: null, text, low, high, unit,
  evidence: { article, start: at, end: at + 60, text: `sentence ${article}/${at}: ${text}` },
});

test(`${P} quantity findings follow the versions of one count: restatements start none, the same counted words are preferred`, () => {
  const cases: ReadonlyArray<{ name: string; obs: QuantityObservation[]; article: number; want: Array<[string, string]> }> = [
    {
      name: '"up from the 40 officials cited" restates 40: only 50 → 60',
      obs: [quantity(1, 0, 36, 44, 'about 40 companies'), quantity(2, 0, 0, 50, 'up to 50 companies'), quantity(3, 0, 61, Infinity, 'more than 60 companies'), quantity(3, 90, 40, 40, '40')],
      article: 3,
      want: [['up to 50 companies', 'more than 60 companies']],
    },
    {
      name: 'the same counted words win over a later figure of the unit',
      obs: [quantity(1, 0, 14, 14, '14 non-tariff barriers', 'barrier'), quantity(2, 0, 17, 17, '17', 'barrier'), quantity(3, 0, 21, 21, '21 non-tariff barriers', 'barrier')],
      article: 3,
      want: [['14 non-tariff barriers', '21 non-tariff barriers']],
    },
    {
      name: 'two figures of one report on one day: a contradiction inside the report',
      obs: [quantity(1, 0, 5200, 5200, '$5,200 a tonne', 'USD'), quantity(1, 90, 4900, 4900, '$4,900', 'USD')],
      article: 1,
      want: [['$5,200 a tonne', '$4,900']],
    },
    {
      name: 'negative: a figure three times another is another thing',
      obs: [quantity(1, 0, 14, 14, '14 agreements', 'agreement'), quantity(2, 0, 60, 60, '60 agreements', 'agreement')],
      article: 2,
      want: [],
    },
    {
      name: 'negative: the same figure in other words is no drift',
      obs: [quantity(1, 0, 36, 44, 'about 40 companies'), quantity(2, 0, 36, 44, 'roughly 40 firms')],
      article: 2,
      want: [],
    },
  ];
  for (const c of cases) {
    const found = findDrift([], { events: [], claims: [], quantities: c.obs }, c.article).filter((f) => f.kind === 'quantity');
    const text = (e: { article: number; start: number }): string => c.obs.find((o) => o.article === e.article && o.evidence.start === e.start)!.text;
    assert.deepEqual(found.map((f) => [text(f.a), text(f.b)]), c.want, c.name);
  }
  const same = findDrift([], { events: [], claims: [], quantities: [quantity(1, 0, 5200, 5200, '$5,200 a tonne', 'USD'), quantity(1, 90, 4900, 4900, '$4,900', 'USD')] }, 1);
  assert.equal(same[0]!.severity, 'contradiction');
});

test(`${P} the same quoted words: a run of six words inside quotes in both texts, never a paraphrase`, () => {
  const cases: ReadonlyArray<{ a: string; b: string; want: boolean }> = [
    { a: '"Trucks should not wait three days to cross a line on a map," Langat said.', b: '"Trucks should not wait three days to cross a line on a map," Mwakyusa told members.', want: true },
    { a: '“Mongolia is our neighbour without a common border. Our peoples are close,” he said.', b: '“Mongolia is our neighbour without a common border,” Ganbold said.', want: true },
    { a: 'Ghana said on Tuesday it had agreed with Ivory Coast on a joint minimum export price.', b: 'Ghana said on Tuesday it had agreed with Côte d’Ivoire on a joint minimum export price.', want: false },
    { a: '"We want the border open," she said.', b: '"We want the border open," he said.', want: false },
  ];
  for (const c of cases) assert.equal(sameQuotedWords(c.a, c.b), c.want, c.a);
});

/** One claim with one version: source, report, position, cue and content. */
function claimOf(id: string, source: string, article: number, at: number, cue: string, text: string, relayOf: string | null = null): StoryClaim {
  const version: ClaimVersion = {
    id: `${id}@${article}`, article, outlet: `Outlet ${article}`, published: `2025-03-0${article}T10:00:00Z`, text,
    evidence: { article, start: at, end: at + text.length, text: `${source} ${cue} ${text}` }, cue, stance: 'neutral',
    source: { key: source, name: source, chain: [source] }, quantities: [], negated: false, dateNotSet: false, relayOf,
  };
  return { id, event: 'e1', source, sourceName: source, slot: 'statement', versions: [version] };
}

test(`${P} negation findings pair a denial with the statement before it, once; a later statement overturns the denial`, () => {
  const claim = claimOf('c1', 'website', 1, 0, 'reported', 'the trip had been put off until the autumn');
  const denial = claimOf('c2', 'ministry', 2, 0, 'said', 'there has been no postponement');
  const lead = claimOf('c3', 'ministry', 2, 0, 'denied', 'reports that the visit had been postponed');
  const repeat = claimOf('c4', 'ministry', 3, 0, 'dismissed', 'a report that the visit had been postponed');
  const confirmed = claimOf('c5', 'offices', 4, 0, 'said', 'the visit has been postponed because of the outbreak');
  const unrelated = claimOf('c6', 'ministry', 2, 40, 'said', 'the ministers would meet next week');
  let findings = findDrift([], { events: [], claims: [claim], quantities: [] }, 1);
  assert.deepEqual(findings, [], 'a statement alone');
  findings = findDrift(findings, { events: [], claims: [claim, denial, unrelated], quantities: [] }, 2);
  assert.deepEqual(findings.map((f) => [f.kind, f.versions]), [['negation', ['c1@1', 'c2@2']]], 'the denial answers the earlier statement');
  // "denied reports that …": the cue denies the content, so it is a denial too, but the statement is answered already
  findings = findDrift([], { events: [], claims: [claim, lead], quantities: [] }, 2);
  assert.deepEqual(findings.map((f) => f.versions), [['c1@1', 'c3@2']], 'a denial cue turns the content round');
  const afterDenial = findDrift([], { events: [], claims: [claim, denial], quantities: [] }, 2);
  const repeated = findDrift(afterDenial, { events: [], claims: [claim, denial, repeat], quantities: [] }, 3);
  assert.equal(repeated.length, 1, 'a later report repeating the denial adds nothing');
  const overturned = findDrift(repeated, { events: [], claims: [claim, denial, repeat, confirmed], quantities: [] }, 4);
  assert.deepEqual(overturned.slice(1).map((f) => f.versions), [['c4@3', 'c5@4']], 'the confirmation answers the latest denial');
  // negative: a wire copy of the denial (relayOf set) is not a new denial
  const copy = claimOf('c7', 'ministry', 3, 0, 'said', 'there has been no postponement', 'c2@2');
  assert.equal(findDrift(afterDenial, { events: [], claims: [claim, denial, copy], quantities: [] }, 3).length, 1);
});
