/**
 * End-to-end CLI tests: spawn the real `wiretrace` CLI (from source through tsx) the way a user runs it,
 * and check exit codes, stdout/stderr and the database file itself.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { requireSeed } from '../../src/eval/data-path.js';
import { runCli } from './run-cli.js';

/** The seed article (../shared): the acceptance tests skip loudly without it; the rest use MINE. */
const SEED = requireSeed() ?? '';
const dir = mkdtempSync(join(tmpdir(), 'wiretrace-cli-'));
const db = join(dir, 'w.db');
/** An article written for these tests, so the tests that need just some article run on a fresh clone. */
const MINE = join(dir, 'harbour.txt');

const wiretrace = runCli;

/** What "unchanged" means: the same bytes on disk and the same rows (articles, and their layer bundles: one row an article). */
function snapshot(path: string): { sha: string; articles: number; layers: number } {
  const sha = createHash('sha256').update(readFileSync(path)).digest('hex');
  const conn = new Database(path, { readonly: true });
  try {
    const n = (t: string) => (conn.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { sha, articles: n('articles'), layers: n('layer_bundles') };
  } finally {
    conn.close();
  }
}

before(() => {
  writeFileSync(MINE, 'Harbour reopens after storm\n\nAma Boateng\n2 Min Read\nThe port of Takoradi reopened on Monday after a storm closed it for three days, the harbour authority said.\n\n"Ships are moving again," said Kwesi Arthur, its director.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' ouvert\n\nLe caf'), Buffer.from([0xe9]), Buffer.from(' a ouvert ses portes lundi.\n')]));
  // 50 MB of real text, written in chunks
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  const chunk = Buffer.alloc(1024 * 1024, 'All work and no play makes a very long news report. ');
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  closeSync(fd);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('cli: --help works for the program and every command', async () => {
  const cmds = ['ingest', 'show', 'search', 'annotate', 'serve', 'demo'];
  // one real process for the program's help; each command's help is checked in-process (each spawn costs seconds)
  const [top, sub] = await Promise.all([wiretrace(['--help']), wiretrace(['ingest', '--help'])]);
  assert.equal(top.code, 0);
  for (const c of cmds) assert.match(top.stdout, new RegExp(`\\b${c}\\b`), `program help lists ${c}`);
  assert.equal(sub.code, 0);
  assert.match(sub.stdout, /Usage: wiretrace ingest/);
  const { buildProgram } = await import('../../src/program.js');
  const program = buildProgram();
  for (const c of cmds) {
    const cmd = program.commands.find((x) => x.name() === c);
    assert.ok(cmd, c);
    const help = cmd.helpInformation();
    assert.match(help, new RegExp(`Usage: wiretrace ${c}`), c);
    if (c !== 'annotate') assert.match(help, /--db <path>/, `${c} takes --db`);
  }
});

test('cli: annotate the seed article (acceptance)', async (t) => {
  if (!requireSeed(t)) return;
  const r = await wiretrace(['annotate', SEED, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.meta.title, 'Putin expresses readiness to visit North Korea');
  assert.deepEqual(doc.meta.byline, ['Kamilu Balogun']);
  assert.equal(doc.meta.imageCredit, 'CTV News');
  assert.equal(doc.meta.published, null, 'no date in the file: unknown, not now');
  assert.ok(!doc.text.includes('3 Min Read'));
  assert.ok(!doc.text.includes('Share This Article'));
  assert.equal(doc.layers.paragraphs.length, 12);
  assert.equal(doc.layers.sentences.length, 13);
  const sentences: string[] = doc.layers.sentences.map((s: { start: number; end: number }) => doc.text.slice(s.start, s.end));
  assert.ok(sentences.some((s) => s.includes('U.N. Charter')), '"U.N. Charter" stays in one sentence');
  assert.ok(sentences.some((s) => s.includes('U.S. senior official')), '"U.S. senior official" stays in one sentence');
  for (const name of Object.keys(doc.layers)) assert.ok(doc.provenance[name]?.annotator, `${name} has provenance`);
});

test('cli: annotate forms and refusals', async (t) => {
  if (!requireSeed(t)) return;
  const [raw, stdin, missing] = await Promise.all([
    wiretrace(['annotate', SEED, '--json', '--input-format', 'raw']),
    wiretrace(['annotate', '-', '--json', '--published', '2024-01-21'], { input: readFileSync(SEED) }),
    wiretrace(['annotate', join(dir, 'nope.txt'), '--json']),
  ]);
  assert.equal(raw.code, 0, raw.stderr);
  const rawDoc = JSON.parse(raw.stdout);
  assert.ok(rawDoc.text.includes('3 Min Read') && rawDoc.text.includes('Share This Article'), 'raw keeps everything');
  assert.equal(stdin.code, 0, stdin.stderr);
  assert.equal(JSON.parse(stdin.stdout).meta.published, '2024-01-21');
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /error E_INPUT_NOT_FOUND: .*nope\.txt does not exist/);
});

test('cli: ingest is idempotent; show and search read it back', async (t) => {
  if (!requireSeed(t)) return;
  const first = await wiretrace(['ingest', SEED, '--db', db, '--outlet', 'CTV News', '--published', '2024-01-21']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /^added #1 Putin expresses readiness to visit North Korea/);
  const before = snapshot(db);
  const second = await wiretrace(['ingest', SEED, '--db', db, '--json']);
  assert.equal(second.code, 0, second.stderr);
  assert.deepEqual(JSON.parse(second.stdout), {
    ok: true,
    input: SEED,
    id: 1,
    created: false,
    matchedBy: 'content_hash',
    title: 'Putin expresses readiness to visit North Korea',
  });
  const afterSecond = snapshot(db);
  assert.equal(afterSecond.articles, 1, 'the same file twice is one article');
  assert.deepEqual(afterSecond, before, 'a repeat ingest changes nothing');

  const [showJson, search, searchJson] = await Promise.all([
    wiretrace(['show', '1', '--db', db, '--json']),
    wiretrace(['search', 'Pyongyang', 'visit', '--db', db]),
    wiretrace(['search', '"U.N. Charter"', '--db', db, '--json']),
  ]);
  assert.equal(showJson.code, 0, showJson.stderr);
  const a = JSON.parse(showJson.stdout);
  assert.equal(a.id, 1);
  assert.equal(a.layers.sentences.length, 13);
  assert.equal(a.provenance.sentences.annotator.length > 0, true);
  assert.equal(search.code, 0);
  assert.match(search.stdout, /1 article match/);
  const s = JSON.parse(searchJson.stdout);
  assert.equal(s.total, 1);
  assert.equal(s.items[0].article.id, 1);
  assert.equal(a.published, '2024-01-21');
  assert.equal(a.outlet, 'CTV News');
});

test('cli: bad input gives a clear error, a non-zero exit and an unchanged database (acceptance)', async () => {
  if (!existsSync(db)) await wiretrace(['ingest', MINE, '--db', db]);
  const before = snapshot(db);
  const cases: Array<{ name: string; args: string[]; input?: Buffer; code: string; message: RegExp }> = [
    { name: 'empty file', args: [join(dir, 'empty.txt')], code: 'E_INPUT_EMPTY', message: /empty/ },
    { name: 'binary file', args: [join(dir, 'binary.txt')], code: 'E_INPUT_BINARY', message: /binary/ },
    { name: 'invalid UTF-8', args: [join(dir, 'latin1.txt')], code: 'E_INPUT_ENCODING', message: /not valid UTF-8/ },
    { name: '50 MB file', args: [join(dir, 'huge.txt')], code: 'E_INPUT_TOO_LARGE', message: /huge\.txt is over the 10\.0 MB input limit \(50\.0 MB\)/ },
    { name: 'garbage date', args: [MINE, '--published', 'the other day'], code: 'E_DATE_INVALID', message: /published date "the other day" is not a date/ },
    { name: 'empty date', args: [MINE, '--published', ''], code: 'E_DATE_INVALID', message: /published date "" is not a date/ },
    { name: 'empty stdin', args: ['-'], input: Buffer.alloc(0), code: 'E_INPUT_EMPTY', message: /stdin is empty/ },
  ];
  const runs = await Promise.all(cases.map((c) => wiretrace(['ingest', ...c.args, '--db', db], c.input ? { input: c.input } : {})));
  runs.forEach((r, i) => {
    const c = cases[i]!;
    assert.notEqual(r.code, 0, `${c.name}: exit code`);
    assert.match(r.stderr, new RegExp(`^error ${c.code}: `, 'm'), `${c.name}: ${r.stderr}`);
    assert.match(r.stderr, c.message, c.name);
    assert.doesNotMatch(r.stderr, /\n\s+at /, `${c.name}: no stack trace`);
  });
  assert.deepEqual(snapshot(db), before, 'the database is unchanged');

  // refused input does not even create a database
  const fresh = join(dir, 'never.db');
  const r = await wiretrace(['ingest', join(dir, 'binary.txt'), '--db', fresh]);
  assert.equal(r.code, 1);
  assert.equal(existsSync(fresh), false);
});

test('cli: a directory ingest reports each file and fails when one does', async () => {
  const corpus = join(dir, 'corpus');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(corpus, { recursive: true });
  writeFileSync(join(corpus, 'a.txt'), readFileSync(MINE));
  writeFileSync(join(corpus, 'b.txt'), '');
  const r = await wiretrace(['ingest', corpus, '--db', join(dir, 'dir.db'), '--json']);
  assert.equal(r.code, 1);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [l.ok, l.error?.code]), [[true, undefined], [false, 'E_INPUT_EMPTY']]);
});

test('cli: reading commands never create a database', async () => {
  const path = join(dir, 'absent.db');
  const [show, search] = await Promise.all([wiretrace(['show', '1', '--db', path]), wiretrace(['search', 'x', '--db', path])]);
  for (const r of [show, search]) {
    assert.equal(r.code, 1);
    assert.match(r.stderr, /error E_NOT_FOUND: no database at/);
  }
  assert.equal(existsSync(path), false);
  if (!existsSync(db)) await wiretrace(['ingest', MINE, '--db', db]);
  const missing = await wiretrace(['show', '42', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /error E_NOT_FOUND: no article with id 42/);
});

test('cli: WIRETRACE_DB is honoured when --db is absent', async () => {
  const path = join(dir, 'env.db');
  const r = await wiretrace(['ingest', MINE], { env: { WIRETRACE_DB: path } });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(snapshot(path).articles, 1);
});
