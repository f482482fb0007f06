/**
 * Module boundaries (docs/architecture.md): the CLI calls only the service; the service knows nothing
 * of the CLI or the web front end. Checked on every import form, including `import type`, re-exports
 * and dynamic import(), in every non-test source file of each area.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const SRC = import.meta.dirname;

interface Rule {
  /** Area under src/ whose files are checked. */
  readonly area: string;
  /** src/-relative prefixes its files may import (relative imports); null: anything not forbidden. */
  readonly allowed: readonly string[] | null;
  readonly forbidden: readonly string[];
  /** Packages it may import besides node: built-ins; null: any. */
  readonly packages: readonly string[] | null;
}

const RULES: readonly Rule[] = [
  { area: 'cli', allowed: ['cli/', 'service/', 'errors.ts'], forbidden: [], packages: ['commander', 'cli-progress'] },
  { area: 'service', allowed: null, forbidden: ['cli/', 'web/', 'program.ts'], packages: null },
  { area: 'web', allowed: null, forbidden: ['cli/', 'program.ts'], packages: null },
  // the link layer reads stored layers only (relink must work after an annotator changes) and is called by the service
  // the work queue knows jobs and PostgreSQL, not what the jobs do (the service gives the handlers)
  { area: 'queue', allowed: ['queue/', 'errors.ts'], forbidden: [], packages: ['pg', 'graphile-worker'] },
  { area: 'link', allowed: ['link/', 'doc/', 'util/', 'store/types.ts', 'errors.ts'], forbidden: [], packages: ['@sinclair/typebox'] },
];

/** Every module specifier a source imports: static, type-only, re-exported and dynamic. */
function specifiersOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

function sourcesUnder(dir: string, tests = false): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourcesUnder(p, tests);
    return e.name.endsWith('.ts') && e.name.endsWith('.test.ts') === tests && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** What `spec`, imported by `file`, names: a src/-relative path for our modules, else the package. */
function target(file: string, spec: string): { ours: string } | { pkg: string } {
  if (!spec.startsWith('.')) return { pkg: spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]! };
  return { ours: relative(SRC, resolve(dirname(file), spec)).split(sep).join('/').replace(/\.js$/, '.ts') };
}

function violations(rule: Rule, files: ReadonlyArray<{ path: string; source: string }>): string[] {
  const out: string[] = [];
  for (const f of files) {
    for (const spec of specifiersOf(f.source)) {
      const t = target(f.path, spec);
      const where = `${relative(SRC, f.path)} imports ${spec}`;
      if ('pkg' in t) {
        if (rule.packages && !t.pkg.startsWith('node:') && !rule.packages.includes(t.pkg)) out.push(where);
      } else if (rule.forbidden.some((p) => t.ours.startsWith(p)) || (rule.allowed && !rule.allowed.some((p) => t.ours.startsWith(p)))) {
        out.push(where);
      }
    }
  }
  return out;
}

test('boundaries: the checker sees every import form', () => {
  const cli = RULES[0]!;
  const path = join(SRC, 'cli', 'commands', 'x.ts');
  const cases: ReadonlyArray<{ source: string; bad: boolean }> = [
    { source: "import { a } from '../../annotate/default-pipeline.js';", bad: true },
    { source: "import type { Store } from '../../store/types.js';", bad: true },
    { source: "export { x } from '../../ingest/fetch/index.js';", bad: true },
    { source: "const m = await import('../../web/http/listen.js');", bad: true },
    { source: "import { t } from '../../eval/timex/score.js';", bad: true },
    { source: "import { openStore } from '../../service/open.js';", bad: false },
    { source: "import { WiretraceError } from '../../errors.js';", bad: false },
    { source: "import type { FrontEnds } from '../front-ends.js';", bad: false },
    { source: "import { Command } from 'commander';", bad: false },
    { source: "import { readFileSync } from 'node:fs';", bad: false },
    { source: "import Fastify from 'fastify';", bad: true },
  ];
  for (const c of cases) assert.equal(violations(cli, [{ path, source: c.source }]).length > 0, c.bad, c.source);
  const link = RULES.find((r) => r.area === 'link')!;
  const linkPath = join(SRC, 'link', 'x.ts');
  const linkCases: ReadonlyArray<{ source: string; bad: boolean }> = [
    { source: "import { eventViews } from '../annotate/events/aggregate.js';", bad: true },
    { source: "import { annotate } from '../annotate/default-pipeline.js';", bad: true },
    { source: "import { listStories } from '../service/stories.js';", bad: true },
    { source: "import { eventViews } from '../doc/views/events.js';", bad: false },
    { source: "import type { Store } from '../store/types.js';", bad: false },
  ];
  for (const c of linkCases) assert.equal(violations(link, [{ path: linkPath, source: c.source }]).length > 0, c.bad, c.source);
});

test('boundaries: the CLI calls only the service; the service and the web front end never import the CLI; the link layer imports no annotator', () => {
  for (const rule of RULES) {
    const files = sourcesUnder(join(SRC, rule.area)).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
    assert.ok(files.length > 0, rule.area);
    assert.deepEqual(violations(rule, files), [], rule.area);
  }
});

test('boundaries: the link layer\'s tests build stored layers as records, never by running an annotator', () => {
  const rule: Rule = { area: 'link', allowed: null, forbidden: ['annotate/'], packages: null };
  const files = sourcesUnder(join(SRC, 'link'), true).map((path) => ({ path, source: readFileSync(path, 'utf8') }));
  assert.ok(files.length > 0);
  assert.deepEqual(violations(rule, files), []);
  assert.equal(violations(rule, [{ path: join(SRC, 'link', 'x.test.ts'), source: "import { f } from '../annotate/time/index.js';" }]).length, 1);
});
