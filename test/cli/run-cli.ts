/**
 * Spawns the real `wiretrace` CLI from source (through tsx) the way a user runs it, with no ambient
 * database or config, and collects its exit code and output. Shared by the end-to-end CLI tests.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runCli(args: string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/program.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, WIRETRACE_DB: '', WIRETRACE_CONFIG: '', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.on('error', () => {}); // the CLI may exit before reading everything (size limit)
    child.stdin.end(opts.input ?? '');
  });
}
