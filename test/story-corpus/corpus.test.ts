import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  checkCorpus,
  checkGold,
  DRIFT_KINDS,
  loadReports,
  occurrences,
  parseGold,
  wordCount,
  type LoadedReport,
  type StoryGold,
} from './corpus.js';

const P = 'story corpus:';

test(`${P} the gold is clean against the reports, and the corpus is as large as the issue asks`, async () => {
  const { problems, counts } = await checkCorpus();
  assert.deepEqual(problems.map((p) => `${p.where}: ${p.message}`), []);
  assert.ok(counts.stories >= 7, `${counts.stories} stories`);
  assert.ok(counts.reports >= 43, `${counts.reports} reports`);
  assert.ok(counts.events >= 10, `${counts.events} events`);
  assert.ok(counts.statuses >= 60, `${counts.statuses} statuses`);
  assert.ok(counts.findings >= 15, `${counts.findings} findings`);
  for (const kind of DRIFT_KINDS) assert.ok((counts.findingsByKind[kind] ?? 0) > 0, `no ${kind} finding`);
  assert.equal(counts.undatedReports, 1, 'exactly one deliberately undated report');
  assert.ok(Object.keys(counts.reportsByLanguage).length >= 2, 'reports in more than one language');
});

// A small gold over in-memory reports, for the negative cases.
const TEXT_A = 'The minister will visit Nairobi on Monday. Officials expect a deal soon.';
const TEXT_B = 'The minister arrived in Nairobi on Monday. A deal was signed. A deal was signed.';

function loaded(file: string, text: string, published?: string): LoadedReport {
  return { file, text, html: false, manifest: { file, outlet: 'Wire', url: `https://wire.example/${file}`, ...(published ? { published } : {}) }, pagePublished: null };
}

const REPORTS = new Map<string, LoadedReport>(
  ['a1', 'a2', 'a3', 'a4'].map((f, i) => [f, loaded(f, i % 2 ? TEXT_B : TEXT_A, '2025-01-0' + (i + 1))]),
);

const BASE: StoryGold = {
  reports: ['a1', 'a2', 'a3', 'a4'].map((file) => ({ file, story: 's', language: 'en' })),
  events: [{ id: 'trip', story: 's', type: 'CONSULT', subtype: 'visit', description: 'the trip' }],
  statuses: [
    { event: 'trip', file: 'a1', status: 'dates-announced', evidence: 'will visit Nairobi on Monday' },
    { event: 'trip', file: 'a2', status: 'under-way', evidence: 'arrived in Nairobi on Monday' },
  ],
  findings: [{ kind: 'time', a: { file: 'a1', quote: 'soon' }, b: { file: 'a2', quote: 'arrived' } }],
  split: { dev: ['s'], test: [] },
};

test(`${P} the small gold is clean, so each case below fails for its own reason`, () => {
  assert.deepEqual(checkGold(BASE, REPORTS).problems, []);
});

const CASES: { name: string; gold: StoryGold; expect: RegExp; reports?: Map<string, LoadedReport> }[] = [
  {
    name: 'evidence not in the text',
    gold: { ...BASE, statuses: [{ ...BASE.statuses[0]!, evidence: 'will visit Dodoma' }] },
    expect: /occurs 0 times in a1/,
  },
  {
    name: 'evidence found twice',
    gold: { ...BASE, statuses: [{ event: 'trip', file: 'a2', status: 'happened', evidence: 'A deal was signed.' }] },
    expect: /occurs 2 times in a2/,
  },
  {
    name: 'a status outside the vocabulary',
    gold: { ...BASE, statuses: [{ ...BASE.statuses[0]!, status: 'scheduled' as never }] },
    expect: /status "scheduled" is not one of/,
  },
  {
    name: 'a status for an unknown event',
    gold: { ...BASE, statuses: [{ ...BASE.statuses[0]!, event: 'summit' }] },
    expect: /unknown event summit/,
  },
  {
    name: 'two statuses for one (event, report)',
    gold: { ...BASE, statuses: [BASE.statuses[0]!, { ...BASE.statuses[0]!, status: 'expected' }] },
    expect: /more than one status for trip @ a1/,
  },
  {
    name: 'a finding kind outside the vocabulary',
    gold: { ...BASE, findings: [{ ...BASE.findings[0]!, kind: 'tone' as never }] },
    expect: /kind "tone" is not one of/,
  },
  {
    name: 'a finding quoting a file that is not a gold report',
    gold: { ...BASE, findings: [{ ...BASE.findings[0]!, b: { file: 'z9', quote: 'arrived' } }] },
    expect: /z9 is not a gold report/,
  },
  {
    name: 'a finding whose two sides are the same span',
    gold: { ...BASE, findings: [{ kind: 'time', a: { file: 'a1', quote: 'soon' }, b: { file: 'a1', quote: 'soon' } }] },
    expect: /a and b are the same span/,
  },
  {
    name: 'a story with fewer than four reports',
    gold: { ...BASE, reports: BASE.reports.slice(0, 3), findings: [] },
    expect: /story s: 3 reports, fewer than 4/,
  },
  {
    name: 'a story in no split',
    gold: { ...BASE, split: { dev: [], test: [] } },
    expect: /story s is in neither dev nor test/,
  },
  {
    name: 'a story in both splits',
    gold: { ...BASE, split: { dev: ['s'], test: ['s'] } },
    expect: /story s is listed more than once/,
  },
  {
    name: 'a duplicate event id',
    gold: { ...BASE, events: [BASE.events[0]!, BASE.events[0]!] },
    expect: /event id trip is used twice/,
  },
  {
    name: 'an event of a story without reports',
    gold: { ...BASE, events: [...BASE.events, { id: 'x', story: 'nowhere', type: 'AGREE', description: 'x' }] },
    expect: /story nowhere has no reports/,
  },
  {
    name: 'a language that is not a two-letter code',
    gold: { ...BASE, reports: [{ ...BASE.reports[0]!, language: 'English' }, ...BASE.reports.slice(1)] },
    expect: /language "English"/,
  },
  {
    name: 'a page whose own date differs from the manifest',
    gold: BASE,
    reports: new Map([...REPORTS, ['a1', { ...REPORTS.get('a1')!, pagePublished: '2025-02-01' }]]),
    expect: /manifest date 2025-01-01 differs from the page's own 2025-02-01/,
  },
];

for (const c of CASES) {
  test(`${P} reports ${c.name}`, () => {
    const messages = checkGold(c.gold, c.reports ?? REPORTS).problems.map((p) => `${p.where}: ${p.message}`);
    assert.ok(messages.some((m) => c.expect.test(m)), `expected ${c.expect} in ${JSON.stringify(messages)}`);
  });
}

test(`${P} a report outside the word range, and a corpus file missing from the gold, are reported`, () => {
  const short = new Map([...REPORTS, ['a1', loaded('a1', 'Too short.', '2025-01-01')]]);
  const messages = checkGold(BASE, short, { lengthChecked: () => true, requiredFiles: ['a5'] }).problems.map((p) => p.message);
  assert.ok(messages.some((m) => /2 words, outside 120\.\.400/.test(m)), JSON.stringify(messages));
  assert.ok(messages.some((m) => /in the corpus manifest but not in gold\.json/.test(m)), JSON.stringify(messages));
});

test(`${P} files that are missing, unlisted in their manifest or not reports are problems, not crashes`, async () => {
  const root = mkdtempSync(join(tmpdir(), 'story-corpus-'));
  try {
    mkdirSync(join(root, 'c'));
    writeFileSync(join(root, 'c', 'manifest.json'), JSON.stringify({ examples: [{ file: 'listed.txt', outlet: 'Wire', url: 'https://wire.example/x' }] }));
    writeFileSync(join(root, 'c', 'listed.txt'), 'Title line\n\nThe minister will visit Nairobi on Monday, officials said on Friday.\n');
    writeFileSync(join(root, 'c', 'unlisted.txt'), 'Title line\n\nThe minister arrived in Nairobi on Monday.\n');
    writeFileSync(join(root, 'c', 'notes.md'), '# notes\n');
    const { reports, problems } = await loadReports(['c/listed.txt', 'c/unlisted.txt', 'c/gone.txt', 'c/notes.md'], root);
    assert.deepEqual([...reports.keys()], ['c/listed.txt']);
    assert.equal(reports.get('c/listed.txt')?.text, 'The minister will visit Nairobi on Monday, officials said on Friday.', 'the body, without the title line');
    assert.deepEqual(
      problems.map((p) => `${p.where}: ${p.message}`),
      ['c/unlisted.txt: not listed in c/manifest.json', 'c/gone.txt: file not found', 'c/notes.md: not a .txt or .html report'],
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test(`${P} a gold file of the wrong shape is E_INPUT_FORMAT, naming the field`, () => {
  const table: { raw: unknown; field: RegExp }[] = [
    { raw: [], field: /root/ },
    { raw: { reports: {} }, field: /reports/ },
    { raw: { ...BASE, reports: [{ file: 'a1', story: '' }] }, field: /reports\[0\]\.story/ },
    { raw: { ...BASE, findings: [{ kind: 'time', a: { file: 'a1' }, b: { file: 'a2', quote: 'x' } }] }, field: /findings\[0\]\.a\.quote/ },
    { raw: { ...BASE, split: { dev: ['s'], test: [3] } }, field: /split\.test/ },
  ];
  for (const { raw, field } of table) {
    assert.throws(() => parseGold(raw), (err: { code?: string; message?: string }) => err.code === 'E_INPUT_FORMAT' && field.test(err.message ?? ''));
  }
  assert.deepEqual(parseGold(JSON.parse(JSON.stringify(BASE))), BASE);
});

test(`${P} occurrences counts overlapping matches; words are tokens with a letter or digit`, () => {
  assert.equal(occurrences('aaa', 'aa'), 2);
  assert.equal(occurrences('abc', 'd'), 0);
  assert.equal(wordCount('LIMA, Aug 17 (Meridian) - At least nine — dead'), 8);
});
