/** End-to-end: ingest a manifest, then stories / story / relink as a user runs them, text and --json. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-stories-'));
const db = join(dir, 's.db');
after(() => rmSync(dir, { recursive: true, force: true }));

test('cli stories: ingest --manifest, then stories, story and relink (text and JSON)', async () => {
  const ingest = await runCli(['ingest', '--manifest', join(ROOT, 'examples', 'manifest.json'), '--db', db, '--json']);
  assert.equal(ingest.code, 0, ingest.stderr);
  const outcomes = ingest.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; created: boolean });
  assert.equal(outcomes.length, 13);
  assert.ok(outcomes.every((o) => o.ok && o.created));

  const [text, json] = await Promise.all([runCli(['stories', '--db', db]), runCli(['stories', '--db', db, '--json'])]);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /^#\d+ {2}\S/m, 'one block per story, headed by its id and title');
  const page = JSON.parse(json.stdout) as { total: number; items: Array<{ id: number; articles: number[]; events: Array<{ status: string | null }> }> };
  assert.equal(page.total, 4);
  const visit = page.items.find((s) => s.articles.length === 6)!;
  assert.ok(visit.events.length > 0);

  const story = await runCli(['story', String(visit.id), '--db', db, '--json']);
  assert.equal(story.code, 0, story.stderr);
  const s = JSON.parse(story.stdout) as { articles: Array<{ id: number }>; events: Array<{ timeline: Array<{ date: string; status: string; article: number; evidence: { text: string } }> }> };
  assert.deepEqual(s.articles.map((a) => a.id).sort((a, b) => a - b), visit.articles);
  const steps = s.events.flatMap((e) => e.timeline);
  assert.ok(steps.length > 0 && steps.every((t) => t.status && t.article && t.evidence.text));
  const readable = await runCli(['story', String(visit.id), '--db', db]);
  assert.match(readable.stdout, /Status history/);

  const relink = await runCli(['relink', '--db', db, '--json']);
  assert.equal(relink.code, 0, relink.stderr);
  assert.deepEqual(JSON.parse(relink.stdout), { reports: 13, stories: 4 });
  const again = await runCli(['stories', '--db', db, '--json']);
  assert.equal(again.stdout, json.stdout, 'relink rebuilds the same stories');

  const gone = visit.articles[0]!;
  const del = await runCli(['delete', String(gone), '--db', db, '--json']);
  assert.equal(del.code, 0, del.stderr);
  assert.deepEqual(JSON.parse(del.stdout), { deleted: true, story: visit.id });
  const after = JSON.parse((await runCli(['story', String(visit.id), '--db', db, '--json'])).stdout) as { articles: Array<{ id: number }> };
  assert.ok(!after.articles.some((a) => a.id === gone) && after.articles.length === 5);
  const twice = await runCli(['delete', String(gone), '--db', db]);
  assert.notEqual(twice.code, 0);
  assert.match(twice.stderr, /E_NOT_FOUND/);
});

test('cli stories: refusals are coded and create nothing', async () => {
  const missing = join(dir, 'none.db');
  const cases: ReadonlyArray<{ args: string[]; code: RegExp }> = [
    { args: ['stories', '--db', missing], code: /E_NOT_FOUND/ },
    { args: ['story', 'abc', '--db', db], code: /E_USAGE/ },
    { args: ['story', '999', '--db', db], code: /E_NOT_FOUND/ },
    { args: ['stories', '--as-of', 'last week', '--db', db], code: /E_DATE_INVALID/ },
    { args: ['ingest', '--db', join(dir, 'x.db')], code: /E_USAGE/ },
    { args: ['ingest', '--manifest', join(dir, 'nope.json'), '--db', join(dir, 'y.db')], code: /E_INPUT_NOT_FOUND/ },
  ];
  writeFileSync(join(dir, 'bad.json'), '{"examples": [{"nofile": 1}]}');
  for (const c of [...cases, { args: ['ingest', '--manifest', join(dir, 'bad.json'), '--db', join(dir, 'z.db')], code: /E_INPUT_FORMAT/ }]) {
    const r = await runCli(c.args);
    assert.notEqual(r.code, 0, c.args.join(' '));
    assert.match(r.stderr, c.code, `${c.args.join(' ')}: ${r.stderr}`);
  }
});
