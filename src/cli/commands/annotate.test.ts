import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { runAnnotate } from './annotate.js';

const EXAMPLE = resolve(import.meta.dirname, '../../../examples/visit-01-mta.txt');

test('annotate: CoNLL in without CoNLL out (and the reverse) names the option to change', async () => {
  const cases = [
    { opts: { inputFormat: 'conll', outputFormat: 'json' }, hint: /--output-format conll/ },
    { opts: { inputFormat: 'conll', outputFormat: 'brat' }, hint: /--output-format conll/ },
    { opts: { inputFormat: 'conll', json: true }, hint: /--output-format conll/ },
    { opts: { inputFormat: 'raw', outputFormat: 'conll' }, hint: /--input-format conll/ },
    { opts: { inputFormat: 'auto', outputFormat: 'conll' }, hint: /--input-format conll/ },
  ] as const;
  for (const c of cases) {
    await assert.rejects(
      runAnnotate(EXAMPLE, c.opts),
      (err: unknown) => err instanceof WiretraceError && err.code === 'E_USAGE' && c.hint.test(err.message),
      JSON.stringify(c.opts),
    );
  }
});

test('annotate: a missing file is a coded error', async () => {
  await assert.rejects(runAnnotate(join(import.meta.dirname, 'no-such-file.txt'), { inputFormat: 'auto' }), (err: unknown) => err instanceof WiretraceError && err.code === 'E_INPUT_NOT_FOUND');
});
