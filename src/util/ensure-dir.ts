/**
 * Creates a directory and its missing parents, one level at a time. Node 20's
 * `mkdirSync(p, { recursive: true })` can spin forever on some unwritable trees (e.g. under /proc);
 * making each level ourselves turns that into an ordinary, coded error.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { WiretraceError } from '../errors.js';

export function ensureDir(path: string): void {
  const target = resolve(path);
  const missing: string[] = [];
  let p = target;
  while (true) {
    let isDir: boolean | null = null;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      isDir = null;
    }
    if (isDir === true) break;
    if (isDir === false) throw new WiretraceError('E_USAGE', `${p} exists and is not a directory`);
    missing.push(p);
    const parent = dirname(p);
    if (parent === p) break;
    p = parent;
  }
  for (const dir of missing.reverse()) {
    try {
      mkdirSync(dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw new WiretraceError('E_USAGE', `cannot create directory ${dir}: ${(err as Error).message}`);
    }
  }
}
