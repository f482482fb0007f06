import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { checkGold, loadStoryCorpus, type SpanRef } from './corpus.js';
import type { StoryCorpusGold } from './gold.js';
import { GOLD, R1, R2, R3, TEXTS } from './testing/fixture.js';
import { predictionForReports, scoreStories, type StoryPrediction } from './score.js';

/** The span of the n-th occurrence of `words` in a report. */
function at(report: string, words: string, n = 0): SpanRef {
  const text = TEXTS.get(report)!;
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(words, i + 1);
  assert.ok(i >= 0, words);
  return { report, start: i, end: i + words.length };
}

const near = (got: number, want: number, label: string) => assert.ok(Math.abs(got - want) < 1e-9, `${label}: ${got}, want ${want}`);

test('stories score: the gold read back as a prediction scores 1 everywhere', () => {
  const corpus = checkGold(GOLD, TEXTS);
  const pred: StoryPrediction = {
    stories: GOLD.reports.map((r) => ({ item: r.file, cluster: `pred-${r.story}` })),
    events: corpus.mentions.map((m, i) => ({ id: `p${i}`, report: m.report, start: m.start, end: m.end, tracked: `t-${m.event}` })),
    statuses: corpus.statuses.map((s) => ({ tracked: `t-${s.event}`, report: s.report, status: s.status })),
    findings: corpus.findings.map((f) => ({ kind: f.kind, a: f.b, b: f.a })),
  };
  const s = scoreStories(corpus, pred);
  for (const [label, v] of [
    ['story pair F1', s.stories.pairwise.f1],
    ['story B3 F1', s.stories.b3.f1],
    ['event B3 F1', s.events.b3.f1],
    ['status accuracy', s.status.accuracy],
    ['finding F1', s.findings.f1],
  ] as const) near(v, 1, label);
});

test('stories score: a flawed prediction, every number worked out by hand', () => {
  const corpus = checkGold(GOLD, TEXTS);
  const pred: StoryPrediction = {
    // All three reports in one story: gold pairs {r1,r2}; predicted pairs 3, one right -> P 1/3, R 1.
    // B3 precision: r1, r2 see 2 of 3 right, r3 1 of 3 -> (2/3 + 2/3 + 1/3) / 3 = 5/9; recall 1.
    stories: [R1, R2, R3].map((item) => ({ item, cluster: 'A' })),
    events: [
      { id: 'p1', ...at(R1, 'visit', 0), tracked: 'T1' },
      { id: 'p2', ...at(R1, 'visit', 1), tracked: 'T1' },
      { id: 'p3', ...at(R2, 'visit'), tracked: 'T2' }, // the cross-report link is missed
      { id: 'p4', ...at(R3, 'ended'), tracked: 'T3' }, // overlaps no gold mention; the strike is missed
    ],
    statuses: [
      { tracked: 'T1', report: R1, status: 'expected' }, // right
      { tracked: 'T2', report: R2, status: 'expected' }, // gold visit aligns with T1, not T2: (visit, r2) reads as none
      { tracked: 'T3', report: R3, status: 'happened' }, // the strike aligns with nothing: none
    ],
    findings: [
      // Order-free and partial overlap: matches the gold time finding.
      { kind: 'time', a: at(R2, 'April'), b: at(R1, 'March') },
      // Right spans, wrong kind.
      { kind: 'quantity', a: at(R1, 'March'), b: at(R2, 'April') },
    ],
  };
  const s = scoreStories(corpus, pred);
  near(s.stories.pairwise.p, 1 / 3, 'story pair P');
  near(s.stories.pairwise.r, 1, 'story pair R');
  near(s.stories.b3.p, 5 / 9, 'story B3 P');
  near(s.stories.b3.r, 1, 'story B3 R');
  // Key: {g0,g1,g2} visit, {g3} strike. Response: {g0,g1} T1, {g2} T2, {p4} T3.
  // B3 recall: visit 2²/3 + 1²/3 = 5/3, strike 0 -> (5/3)/4 = 5/12. Precision: T1 2²/2 = 2, T2 1, T3 0 -> 3/4.
  near(s.events.b3.r, 5 / 12, 'event B3 R');
  near(s.events.b3.p, 3 / 4, 'event B3 P');
  assert.deepEqual({ matched: s.events.matched, gold: s.events.gold, predicted: s.events.predicted }, { matched: 3, gold: 4, predicted: 4 });
  assert.deepEqual(s.status, { accuracy: 1 / 3, correct: 1, total: 3 });
  near(s.findings.p, 1 / 2, 'finding P');
  near(s.findings.r, 1, 'finding R');
});

test('stories score: a predicted event claims at most one gold mention, the one it overlaps most', () => {
  const corpus = checkGold(GOLD, TEXTS);
  // One wide span over both "visit"s of r1 matches one of them; the other gold mention goes unmatched.
  const wide = { report: R1, start: at(R1, 'visit', 0).start, end: at(R1, 'visit', 1).end };
  const s = scoreStories(corpus, { stories: [], events: [{ id: 'w', ...wide, tracked: 'T' }], statuses: [], findings: [] });
  assert.equal(s.events.matched, 1);
});

test('stories score: duplicate predictions are E_EVAL_DATA', () => {
  const corpus = checkGold(GOLD, TEXTS);
  const e = { id: 'p', ...at(R1, 'visit'), tracked: 'T' };
  const isData = (err: unknown) => err instanceof WiretraceError && err.code === 'E_EVAL_DATA';
  assert.throws(() => scoreStories(corpus, { stories: [], events: [e, e], statuses: [], findings: [] }), isData);
  const st = { tracked: 'T', report: R1, status: 'expected' as const };
  assert.throws(() => scoreStories(corpus, { stories: [], events: [], statuses: [st, st], findings: [] }), isData);
});

const BROKEN: readonly { name: string; edit: (g: StoryCorpusGold) => unknown; message: RegExp }[] = [
  { name: 'an unknown status', edit: (g) => ({ ...g, statuses: [{ event: 's1.visit', report: R1, status: 'maybe' }] }), message: /does not match the schema/ },
  { name: 'a missing field', edit: (g) => ({ ...g, findings: undefined }), message: /does not match the schema/ },
  { name: 'a report in an unknown story', edit: (g) => ({ ...g, reports: [{ ...g.reports[0]!, story: 'x' }, ...g.reports.slice(1)] }), message: /reports\[0\]: story "x" is not in stories/ },
  { name: 'a report without text', edit: (g) => ({ ...g, reports: [...g.reports, { ...g.reports[0]!, file: 'reports/r9.txt' }] }), message: /reports\[3\]: no text/ },
  { name: 'a report outside the corpus', edit: (g) => ({ ...g, reports: [{ ...g.reports[0]!, file: 'a/../../x.txt' }] }), message: /leaves the corpus directory/ },
  { name: 'an event id used twice', edit: (g) => ({ ...g, events: [...g.events, g.events[0]] }), message: /events: id "s1.visit" is used twice/ },
  { name: 'a mention of an unknown event', edit: (g) => ({ ...g, mentions: [{ ...g.mentions[2]!, event: 'nope' }] }), message: /mentions\[0\]: event "nope"/ },
  { name: 'a quote not in the text', edit: (g) => ({ ...g, mentions: [{ ...g.mentions[2]!, quote: 'summit' }] }), message: /quote "summit" not found/ },
  { name: 'an ambiguous quote', edit: (g) => ({ ...g, mentions: [{ event: 's1.visit', report: R1, quote: 'visit' }] }), message: /occurs 2 times .* "occurrence"/ },
  { name: 'an occurrence past the last', edit: (g) => ({ ...g, mentions: [{ event: 's1.visit', report: R1, quote: 'visit', occurrence: 5 }] }), message: /occurrence 5 does not exist/ },
  { name: 'two statuses for one pair', edit: (g) => ({ ...g, statuses: [g.statuses[0], g.statuses[0]] }), message: /statuses\[1\]: a second status/ },
  { name: 'a finding in an unknown report', edit: (g) => ({ ...g, findings: [{ ...g.findings[0]!, b: { report: 'reports/zz.txt', quote: 'x' } }] }), message: /findings\[0\]\.b: report/ },
];

for (const c of BROKEN) {
  test(`stories gold: ${c.name} is E_EVAL_DATA`, () => {
    assert.throws(
      () => checkGold(c.edit(GOLD), TEXTS),
      (e: unknown) => e instanceof WiretraceError && e.code === 'E_EVAL_DATA' && c.message.test(e.message),
    );
  });
}

test('stories gold: loadStoryCorpus reads gold.json and the report files; a missing gold.json is E_EVAL_DATA', () => {
  const dir = mkdtempSync(join(tmpdir(), 'story-corpus-'));
  try {
    assert.throws(() => loadStoryCorpus(dir), (e: unknown) => e instanceof WiretraceError && e.code === 'E_EVAL_DATA' && /not found/.test(e.message));
    mkdirSync(join(dir, 'reports'));
    for (const [file, text] of TEXTS) writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(GOLD));
    const c = loadStoryCorpus(dir);
    assert.equal(c.mentions.length, 4);
    assert.deepEqual(c.findings[0]!.a, at(R1, 'in March'));
    writeFileSync(join(dir, 'gold.json'), '{"schema": ');
    assert.throws(() => loadStoryCorpus(dir), (e: unknown) => e instanceof WiretraceError && /not JSON/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('stories score: predictionForReports keeps what touches the reports, and a finding with one side in them', () => {
  const find = (a: SpanRef, b: SpanRef) => ({ kind: 'time' as const, a, b });
  const pred: StoryPrediction = {
    stories: [R1, R2, R3].map((r) => ({ item: r, cluster: 'one' })),
    events: [
      { id: 'e1', ...at(R1, 'visit'), tracked: 't1' },
      { id: 'e3', ...at(R3, 'strike'), tracked: 't2' },
    ],
    statuses: [
      { tracked: 't1', report: R1, status: 'expected' },
      { tracked: 't2', report: R3, status: 'happened' },
    ],
    findings: [find(at(R1, 'in March'), at(R2, 'in April')), find(at(R2, 'in April'), at(R3, 'on Friday')), find(at(R3, 'ended'), at(R3, 'on Friday'))],
  };
  const cases: { reports: string[]; stories: number; events: string[]; statuses: string[]; findings: number }[] = [
    { reports: [R1, R2], stories: 2, events: ['e1'], statuses: [R1], findings: 2 },
    { reports: [R3], stories: 1, events: ['e3'], statuses: [R3], findings: 2 },
    { reports: [], stories: 0, events: [], statuses: [], findings: 0 },
    { reports: ['reports/none.txt'], stories: 0, events: [], statuses: [], findings: 0 },
  ];
  for (const c of cases) {
    const got = predictionForReports(pred, new Set(c.reports));
    const label = c.reports.join(',') || 'no reports';
    assert.equal(got.stories.length, c.stories, label);
    assert.deepEqual(got.events.map((e) => e.id), c.events, label);
    assert.deepEqual(got.statuses.map((s) => s.report), c.statuses, label);
    assert.equal(got.findings.length, c.findings, label);
  }
});
