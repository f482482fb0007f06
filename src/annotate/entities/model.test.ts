import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { loadTagger, modelDir, readClusterTables } from './model.js';
import { N_LABELS } from './labels.js';

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

test('model: asking the shipped tagger for its scores leaves its labels as they were; one score per label and token', () => {
  const docs: readonly (readonly string[])[][] = [
    [['Lavrov', 'said', 'the', 'summit', 'would', 'be', 'held', 'in', 'May', '.']],
    [['The', 'visit', 'was', 'confirmed', 'by', 'Tellus', '.'], ['Tellus', 'said', 'so', '.']],
    [['no', 'names', 'here']],
  ];
  const tagger = loadTagger();
  for (const doc of docs) {
    const plain = tagger.tagDocument(doc);
    const out: { scores?: Float64Array } = {};
    const scored = tagger.tagDocument(doc, undefined, undefined, out);
    assert.deepEqual(scored, plain, doc.flat().join(' '));
    assert.equal(out.scores?.length, doc.flat().length * N_LABELS);
    assert.ok(out.scores.every((v) => Number.isFinite(v)));
  }
});
