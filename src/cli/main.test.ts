import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** Runs the CLI with its stdout closed before it writes, as `wiretrace … | head -1` does once head has its line. */
function runWithClosedStdout(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/program.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, WIRETRACE_DB: '', WIRETRACE_CONFIG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stderr }));
  });
}

test('cli: a closed stdout pipe ends the command quietly, with no EPIPE stack trace', async () => {
  const cases = [
    ['extract', join(ROOT, 'examples/cocoa-02-harbour-times.html'), join(ROOT, 'examples/visit-02-meridian.html'), '--json'],
    ['annotate', join(ROOT, 'examples/visit-01-mta.txt'), '--input-format', 'raw', '--json'],
  ];
  for (const args of cases) {
    const r = await runWithClosedStdout(args);
    assert.doesNotMatch(r.stderr, /EPIPE|at .*\.js:\d+/, `${args[0]}: ${r.stderr}`);
    assert.equal(r.code, 0, `${args[0]} exit code; stderr: ${r.stderr}`);
  }
});
