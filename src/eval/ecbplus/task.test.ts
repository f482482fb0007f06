import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { requireData } from '../data-path.js';
import { run } from '../tasks/ecbplus.js';

const hasCode = (code: string) => (e: unknown): boolean => e instanceof WiretraceError && e.code === code;

test('ecbplus task: a wrong --split is E_USAGE; a directory without the corpus is E_EVAL_DATA', async () => {
  await assert.rejects(run(['--split', 'validation']), hasCode('E_USAGE'));
  const empty = mkdtempSync(join(tmpdir(), 'ecbplus-empty-'));
  try {
    await assert.rejects(run(['--data', empty, '--split', 'dev']), hasCode('E_EVAL_DATA'));
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});

test('ecbplus task: dev split scores the baseline, the oracle and wiretrace', async () => {
  const root = requireData('ecbplus');
  if (!root) return;
  const r = await run(['--data', root, '--split', 'dev']);
  assert.equal(r.metrics.documents, 196);
  assert.equal(r.metrics.mentions, 1245);
  assert.equal(r.metrics.goldEventClusters, 409);
  for (const k of ['baseline.storyB3F1', 'baseline.storyPairF1', 'baseline.conllF1', 'oracle.conllF1', 'wiretrace.storyPairF1', 'wiretrace.conllF1']) {
    const v = r.metrics[k];
    assert.ok(v !== undefined && v > 0.5 && v <= 1, `${k} = ${v}`);
  }
  // The oracle is given the gold subtopics: its story clustering is perfect.
  assert.equal(r.metrics['oracle.storyB3F1'], 1);
  assert.match(r.table ?? '', /wiretrace \(link layer/);
  assert.match(r.table ?? '', /CoNLL F1 86\.0/);
});
