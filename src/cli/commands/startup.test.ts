import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every command module is loaded for every command (commander needs them all to print help), so a
 * heavy static import slows `wiretrace --help` and every other command. Modules that pull in the HTML
 * extractor (jsdom, Readability), feeds, the ingest service or the annotators (model files) must be
 * imported inside the action that needs them. `import type` is free and allowed.
 */
const HEAVY = [
  /\/ingest\/html\//,
  /\/ingest\/feeds\//,
  /\/service\/ingest\.js$/,
  /\/annotate\/(default-pipeline|events|entities|attribution)\b/,
  /\/web\//,
  /^(jsdom|@mozilla\/readability)$/,
];

test('cli: command modules import heavy code lazily, inside their actions', () => {
  const dir = import.meta.dirname;
  const offenders: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
    const src = readFileSync(join(dir, file), 'utf8');
    for (const m of src.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)) {
      const spec = m[1]!;
      if (HEAVY.some((re) => re.test(spec))) offenders.push(`${file}: ${spec}`);
    }
  }
  assert.deepEqual(offenders, []);
});
