import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { modelDir, readClusterTables } from './model.js';

test('model: both cluster tables load; a missing or corrupt one is E_MODEL naming the file', () => {
  const shipped = readClusterTables();
  assert.ok(shipped.local.size > 10_000 && shipped.glove.size > 100_000, 'shipped tables load');
  assert.ok(shipped.glove.row('pyongyang') >= 0 && shipped.glove.row('Pyongyang') < 0, 'GloVe keys are lowercase');
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-model-'));
  try {
    copyFileSync(join(modelDir(), 'clusters.tsv.gz'), join(dir, 'clusters.tsv.gz'));
    assert.throws(() => readClusterTables(dir), (e: unknown) => e instanceof WiretraceError && e.code === 'E_MODEL' && /embclusters\.tsv\.gz/.test(e.message));
    writeFileSync(join(dir, 'embclusters.tsv.gz'), 'not gzip');
    assert.throws(() => readClusterTables(dir), (e: unknown) => e instanceof WiretraceError && e.code === 'E_MODEL' && /not gzip/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
