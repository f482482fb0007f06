import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DRIFT_KINDS, type StoryCorpusGold } from '../../src/eval/stories/gold.js';
import { checkCorpus, checkGold, loadReports, occurrences, reportFileFor, reportTexts, SourceIndex, wordCount, type LoadedReport } from './corpus.js';

const P = 'story corpus:';

test(`${P} the gold is clean against the schema, the report texts and their sources, and the corpus is as large as the issue asks`, async () => {
  const { problems, counts } = await checkCorpus();
  assert.deepEqual(problems.map((p) => `${p.where}: ${p.message}`), []);
  assert.ok(counts);
  assert.ok(counts.stories >= 7, `${counts.stories} stories`);
  assert.ok(counts.reports >= 43, `${counts.reports} reports`);
  assert.ok(counts.events >= 10, `${counts.events} events`);
  assert.ok(counts.statuses >= 60, `${counts.statuses} statuses`);
  assert.ok(counts.findings >= 15, `${counts.findings} findings`);
  for (const kind of DRIFT_KINDS) assert.ok((counts.findingsByKind[kind] ?? 0) > 0, `no ${kind} finding`);
  assert.equal(counts.undatedSources, 1, 'exactly one deliberately undated source');
  assert.ok(Object.keys(counts.reportsByLanguage).length >= 2, 'reports in more than one language');
});

// A small gold over in-memory reports, for the negative cases.
const TEXT_A = 'The minister will visit Nairobi on Monday. Officials expect a deal soon, officials said.';
const TEXT_B = 'The minister arrived in Nairobi on Monday. A deal was signed. A deal was signed.';

function loaded(file: string, text: string, published: string): LoadedReport {
  return {
    source: { report: file, path: `corpus/stories/${file.slice('reports/'.length)}`, html: false, manifest: { file, outlet: 'Wire', url: `https://wire.example/${file}`, published }, own: false },
    text,
    extracted: text,
    pagePublished: null,
  };
}

const FILES = ['reports/a1.txt', 'reports/a2.txt', 'reports/a3.txt', 'reports/a4.txt'];
const REPORTS = new Map<string, LoadedReport>(FILES.map((f, i) => [f, loaded(f, i % 2 ? TEXT_B : TEXT_A, `2025-01-0${i + 1}`)]));

const BASE: StoryCorpusGold = {
  schema: 'wiretrace-story-gold/1',
  stories: [{ id: 's', title: 'A trip', split: 'dev' }],
  reports: FILES.map((file, i) => ({ file, outlet: 'Wire', published: `2025-01-0${i + 1}`, story: 's', language: 'en' })),
  events: [{ id: 'trip', story: 's', type: 'CONSULT/visit', description: 'the trip' }],
  mentions: [
    { event: 'trip', report: 'reports/a1.txt', quote: 'visit' },
    { event: 'trip', report: 'reports/a2.txt', quote: 'arrived' },
  ],
  statuses: [
    { event: 'trip', report: 'reports/a1.txt', status: 'dates-announced', evidence: 'will visit Nairobi on Monday' },
    { event: 'trip', report: 'reports/a2.txt', status: 'under-way', evidence: 'arrived in Nairobi on Monday' },
  ],
  findings: [{ kind: 'time', a: { report: 'reports/a1.txt', quote: 'soon' }, b: { report: 'reports/a2.txt', quote: 'arrived' } }],
};

const messagesOf = (gold: unknown, reports = REPORTS, requiredReports?: string[]): string[] =>
  checkGold(gold, reports, requiredReports ? { requiredReports } : {}).problems.map((p) => `${p.where}: ${p.message}`);

test(`${P} the small gold is clean, so each case below fails for its own reason`, () => {
  assert.deepEqual(messagesOf(BASE), []);
});

const replace = <T>(list: readonly T[], i: number, item: T): T[] => list.map((x, j) => (j === i ? item : x));
const withReport = (file: string, change: Partial<LoadedReport>): Map<string, LoadedReport> => new Map([...REPORTS, [file, { ...REPORTS.get(file)!, ...change }]]);

const CASES: { name: string; gold?: unknown; reports?: Map<string, LoadedReport>; required?: string[]; expect: RegExp }[] = [
  { name: 'a gold that does not match the schema', gold: { ...BASE, findings: [{ ...BASE.findings[0]!, kind: 'tone' }] }, expect: /gold\.json\/findings\/0\/kind/ },
  { name: 'a status outside the vocabulary', gold: { ...BASE, statuses: [{ ...BASE.statuses[0]!, status: 'scheduled' }] }, expect: /gold\.json\/statuses\/0\/status/ },
  { name: 'a quote not in the text', gold: { ...BASE, mentions: replace(BASE.mentions, 0, { ...BASE.mentions[0]!, quote: 'summit' }) }, expect: /"summit" occurs 0 times/ },
  { name: 'an ambiguous quote without an occurrence', gold: { ...BASE, mentions: replace(BASE.mentions, 1, { event: 'trip', report: 'reports/a2.txt', quote: 'signed' }) }, expect: /"signed" occurs 2 times.*say which with "occurrence"/ },
  { name: 'an occurrence past the last match', gold: { ...BASE, mentions: replace(BASE.mentions, 1, { event: 'trip', report: 'reports/a2.txt', quote: 'signed', occurrence: 2 }) }, expect: /occurrence 2 does not exist/ },
  { name: 'evidence found twice', gold: { ...BASE, statuses: replace(BASE.statuses, 1, { ...BASE.statuses[1]!, evidence: 'A deal was signed.' }) }, expect: /evidence "A deal was signed\." occurs 2 times/ },
  { name: 'a status for an event its report never mentions', gold: { ...BASE, mentions: BASE.mentions.slice(0, 1) }, expect: /statuses\[1\]: no mention of trip in reports\/a2\.txt/ },
  { name: 'two statuses for one (event, report)', gold: { ...BASE, statuses: [...BASE.statuses, { ...BASE.statuses[0]!, status: 'expected' }] }, expect: /more than one status for trip @ reports\/a1\.txt/ },
  { name: 'one span as the mention of two events', gold: { ...BASE, events: [...BASE.events, { id: 'deal', story: 's', type: 'AGREE', description: 'd' }], mentions: [...BASE.mentions, { event: 'deal', report: 'reports/a1.txt', quote: 'visit' }] }, expect: /already a mention of trip/ },
  { name: 'a mention of an unknown event', gold: { ...BASE, mentions: [...BASE.mentions, { event: 'summit', report: 'reports/a1.txt', quote: 'Nairobi' }] }, expect: /event summit is not in events/ },
  { name: 'a finding quoting a report that is not listed', gold: { ...BASE, findings: [{ ...BASE.findings[0]!, b: { report: 'reports/z9.txt', quote: 'arrived' } }] }, expect: /reports\/z9\.txt is not in reports/ },
  { name: 'a finding whose two sides are one span', gold: { ...BASE, findings: [{ kind: 'time', a: { report: 'reports/a1.txt', quote: 'soon' }, b: { report: 'reports/a1.txt', quote: 'soon' } }] }, expect: /a and b are the same span/ },
  { name: 'a story with fewer than four reports', gold: { ...BASE, reports: BASE.reports.slice(0, 3), findings: [] }, expect: /story s: 3 reports, fewer than 4/ },
  { name: 'a report of an unknown story', gold: { ...BASE, reports: replace(BASE.reports, 3, { ...BASE.reports[3]!, story: 't' }) }, expect: /story t is not in stories/ },
  { name: 'duplicate event ids', gold: { ...BASE, events: [BASE.events[0]!, BASE.events[0]!] }, expect: /event id trip is used twice/ },
  { name: 'an outlet that differs from the manifest', gold: { ...BASE, reports: replace(BASE.reports, 0, { ...BASE.reports[0]!, outlet: 'Other' }) }, expect: /outlet "Other" differs from the manifest's "Wire"/ },
  { name: 'a date that differs from the manifest', gold: { ...BASE, reports: replace(BASE.reports, 0, { ...BASE.reports[0]!, published: '2025-03-01' }) }, expect: /published 2025-03-01 differs from the manifest's 2025-01-01/ },
  { name: 'a page whose own date differs from the manifest', reports: withReport('reports/a1.txt', { pagePublished: '2025-02-01' }), expect: /manifest date 2025-01-01 differs from the page's own 2025-02-01/ },
  { name: 'a report text that no longer matches its source', reports: withReport('reports/a1.txt', { extracted: `${TEXT_A} Updated.` }), expect: /differs from the text extracted from .*--write/ },
  { name: 'a missing report text', reports: withReport('reports/a1.txt', { text: null }), expect: /reports\/a1\.txt: missing; run .*--write/ },
  { name: 'a report of its own outside the word range', reports: withReport('reports/a1.txt', { source: { ...REPORTS.get('reports/a1.txt')!.source, own: true } }), expect: /words, outside 120\.\.400/ },
  { name: 'a corpus source without a gold report', required: ['reports/a5.txt'], expect: /reports\/a5\.txt: its source is in the corpus manifest, but it is not in gold\.json/ },
];

for (const c of CASES) {
  test(`${P} reports ${c.name}`, () => {
    const messages = messagesOf(c.gold ?? BASE, c.reports ?? REPORTS, c.required);
    assert.ok(messages.some((m) => c.expect.test(m)), `expected ${c.expect} in ${JSON.stringify(messages)}`);
  });
}

test(`${P} sources map to report files; unknown and missing sources are problems; texts are what ingest extracts`, async () => {
  assert.equal(reportFileFor('boat-02-correo-amazonico.html', false), 'reports/boat-02-correo-amazonico.txt');
  assert.equal(reportFileFor('visit-01-mta.txt', true), 'reports/examples/visit-01-mta.txt');

  const root = mkdtempSync(join(tmpdir(), 'story-corpus-'));
  try {
    const manifest = (entries: object[]): string => JSON.stringify({ examples: entries });
    mkdirSync(join(root, 'corpus/stories'), { recursive: true });
    mkdirSync(join(root, 'examples'));
    writeFileSync(join(root, 'corpus/stories/manifest.json'), manifest([
      { file: 'one.txt', outlet: 'Wire', url: 'https://wire.example/1', published: '2025-01-01' },
      { file: 'gone.html', outlet: 'Wire', url: 'https://wire.example/2', published: '2025-01-02' },
    ]));
    writeFileSync(join(root, 'examples/manifest.json'), manifest([{ file: 'ex.txt', outlet: 'Post', url: 'https://post.example/1' }]));
    writeFileSync(join(root, 'corpus/stories/one.txt'), 'A title line\n\nJane Doe\n2 Min Read\nThe minister will visit Nairobi on Monday, officials said on Friday.\n\n \n\nShare This Article\n');
    writeFileSync(join(root, 'examples/ex.txt'), 'Another title\n\nThe minister arrived in Nairobi on Monday, officials said.\n');
    const index = new SourceIndex(root);
    assert.deepEqual(index.own().map((s) => s.report), ['reports/one.txt', 'reports/gone.txt']);
    const { reports, problems } = await loadReports(['reports/one.txt', 'reports/gone.txt', 'reports/nowhere.txt', 'reports/examples/ex.txt'], index, root);
    assert.deepEqual([...reports.keys()], ['reports/one.txt', 'reports/examples/ex.txt']);
    assert.equal(reports.get('reports/one.txt')?.extracted, 'The minister will visit Nairobi on Monday, officials said on Friday.', 'the body, without title, header and share lines');
    assert.equal(reports.get('reports/one.txt')?.text, null, 'not written yet');
    assert.deepEqual(problems.map((p) => `${p.where}: ${p.message}`), [
      'reports/gone.txt: its source corpus/stories/gone.html is missing',
      'reports/nowhere.txt: no source for it in corpus/stories/manifest.json or examples/manifest.json',
    ]);
    // Without a gold.json, --write covers the corpus's own sources only, and fails on the missing one.
    await assert.rejects(reportTexts(root), (err: { code?: string; message?: string }) => err.code === 'E_INPUT_NOT_FOUND' && /gone\.html/.test(err.message ?? ''));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test(`${P} occurrences counts overlapping matches; words are tokens with a letter or digit`, () => {
  assert.deepEqual(occurrences('aaa', 'aa'), [0, 1]);
  assert.deepEqual(occurrences('abc', 'd'), []);
  assert.equal(wordCount('LIMA, Aug 17 (Meridian) - At least nine — dead'), 8);
});
