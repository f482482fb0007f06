import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli, type CliRun } from '../../../test/cli/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-events-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function events(args: string[], input = ''): Promise<CliRun> {
  return runCli(['events', ...args], { input });
}

test('events CLI: bad inputs are coded errors, never a stack trace', async () => {
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 7, 8, 0, 9, 10, 0]));
  writeFileSync(join(dir, 'empty.txt'), '');
  const cases = [
    { args: [dir], code: 1, err: /^error E_INPUT_FORMAT: .* is not a regular file/m },
    { args: [join(dir, 'missing.txt')], code: 1, err: /^error E_INPUT_NOT_FOUND: /m },
    { args: [join(dir, 'binary.txt')], code: 1, err: /^error E_INPUT_BINARY: /m },
    { args: [join(dir, 'empty.txt')], code: 1, err: /^error E_INPUT_EMPTY: /m },
    { args: ['-', '--published', '2024-02-30'], code: 1, err: /^error E_DATE_INVALID: published date "2024-02-30" is not a date: give ISO 8601/m },
    { args: ['-', '--published', ''], code: 1, err: /^error E_DATE_INVALID: published date "" is not a date: give ISO 8601 .* or leave it out$/m },
    { args: ['-', '--published', '  '], code: 1, err: /^error E_DATE_INVALID: published date " {2}" is not a date/m },
  ];
  for (const c of cases) {
    const r = await events(c.args, 'Officials said on Monday the bridge would reopen.');
    assert.equal(r.code, c.code, `${c.args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, c.err, c.args.join(' '));
    assert.doesNotMatch(r.stderr, /\n\s+at /, `${c.args.join(' ')} printed a stack trace`);
  }
});

test('events CLI: an HTML page goes through the extractor; --json is one compact line', async () => {
  const r = await events([join(ROOT, 'examples/cocoa-02-harbour-times.html'), '--json']);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trimEnd().split('\n');
  assert.equal(lines.length, 1, 'one JSON object on one line');
  const out = JSON.parse(lines[0]!) as { title: string | null; published: string | null; events: unknown[] };
  assert.equal(out.title, 'Ghana says cocoa floor price agreed; Ivory Coast says no deal yet');
  assert.equal(out.published, '2025-05-13T17:20:00Z');
  assert.ok(out.events.length > 0);
});

test('events CLI: --db reads a stored article\'s events, claims as relay chains; show prints the same readable view', async () => {
  const db = join(dir, 'stored.db');
  const ing = await runCli(['ingest', join(ROOT, 'examples/visit-02-meridian.html'), '--db', db, '--outlet', 'Meridian Wire', '--published', '2025-03-03T11:42:00Z']);
  assert.equal(ing.code, 0, ing.stderr);
  const r = await events(['1', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^CONSULT\/visit /m);
  assert.match(r.stdout, /^ {4}claim: Meridian Wire ← .+ \[.+, (neutral|hedged|assertive|denial)\]: /m, 'claims as outlet ← … ← source');
  const show = await runCli(['show', '1', '--db', db]);
  assert.equal(show.code, 0, show.stderr);
  assert.match(show.stdout, /^Who said what \(\d+\)$/m);
  assert.match(show.stdout, /^ {2}Meridian Wire ← /m);
  assert.match(show.stdout, /^Events \(\d+\)$/m);
  assert.match(show.stdout, /^ {2}visit \(consult\) .* when “.+” \(\d+ \w{3} \d{4}/m, 'a time as a window');
  // negative: an unknown id, and a file-only option with --db
  const missing = await events(['999', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^error E_NOT_FOUND: /m);
  const both = await events(['1', '--db', db, '--published', '2025-01-01']);
  assert.equal(both.code, 2, 'a usage error');
  assert.match(both.stderr, /^error E_USAGE: --published applies to a file/m);
});
