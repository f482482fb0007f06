import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureDir } from './ensure-dir.js';

test('ensureDir: creates missing parents and accepts an existing directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'wt-dir-'));
  const deep = join(root, 'a', 'b', 'c');
  ensureDir(deep);
  assert.ok(existsSync(deep));
  ensureDir(deep);
});

test('ensureDir: a file in the way and an unwritable tree are coded errors, not hangs', () => {
  const root = mkdtempSync(join(tmpdir(), 'wt-dir-'));
  writeFileSync(join(root, 'file'), 'x');
  assert.throws(() => ensureDir(join(root, 'file', 'sub')), (e: unknown) => (e as { code?: string }).code === 'E_USAGE');
  assert.throws(() => ensureDir('/proc/wiretrace-nope/x'), (e: unknown) => (e as { code?: string }).code === 'E_USAGE');
});
