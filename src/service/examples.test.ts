// What `wiretrace demo` loads: the examples, then the story corpus, each through its manifest.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isWiretraceError } from '../errors.js';
import { openStore } from '../store/index.js';
import { defaultDemoDirs, defaultExamplesDir, defaultStoriesDir, ingestExamples } from './examples.js';

test('examples: the demo loads the examples first, then the story corpus, each with a manifest', () => {
  const dirs = defaultDemoDirs();
  assert.deepEqual(dirs, [defaultExamplesDir(), defaultStoriesDir()]);
  for (const d of dirs) assert.ok(existsSync(join(d, 'manifest.json')), `${d} has a manifest`);
});

test('examples: a missing corpus directory is a coded error, and nothing is stored', async () => {
  const store = await openStore(':memory:');
  await assert.rejects(ingestExamples(store, join(defaultStoriesDir(), 'no-such-dir')), (e) => isWiretraceError(e) && e.code === 'E_INPUT_NOT_FOUND');
  assert.equal(await store.countArticles(), 0);
  await store.close();
});
