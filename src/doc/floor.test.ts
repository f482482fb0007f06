import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * src/doc is the ground floor: the Doc, the layer schemas, the annotator contract and the pipeline. Every
 * module above it (annotate/, ingest/, service/, store/, serve/, …) may import it, so it may import
 * nothing of theirs: only itself, src/errors.ts and packages. (eslint's no-restricted-imports says the
 * same while editing; this resolves every specifier, tests included, dynamic imports too.)
 */
const DOC = import.meta.dirname;
const SRC = resolve(DOC, '..');
const ALLOWED_OUTSIDE = new Set([join(SRC, 'errors.ts')]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Relative import specifiers that leave src/doc for anything but src/errors.ts. */
function floorViolations(file: string, source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
    const spec = m[1]!;
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
    const inside = !relative(DOC, target).startsWith('..');
    if (!inside && !ALLOWED_OUTSIDE.has(target)) out.push(`${relative(SRC, file)}: ${spec}`);
  }
  return out;
}

test('doc floor: nothing under src/doc imports from a module above it', () => {
  // this file's own probe cases below are strings, not imports
  const files = sources(DOC).filter((f) => f !== import.meta.filename);
  assert.ok(files.some((f) => f.endsWith(join('schemas', 'events.ts'))), 'the layer schemas live under src/doc/schemas');
  assert.deepEqual(files.flatMap((f) => floorViolations(f, readFileSync(f, 'utf8'))), []);
});

test('doc floor: the check sees static, side-effect and dynamic imports that leave the floor', () => {
  const file = join(DOC, 'schemas', 'probe.ts');
  const cases: ReadonlyArray<{ readonly src: string; readonly bad: boolean }> = [
    { src: "import { Span } from '../span.js';", bad: false },
    { src: "import { WiretraceError } from '../../errors.js';", bad: false },
    { src: "import { Type } from '@sinclair/typebox';", bad: false },
    { src: "import type { Token } from '../../annotate/text/schema.js';", bad: true },
    { src: "import '../../store/index.js';", bad: true },
    { src: "const m = await import('../../service/index.js');", bad: true },
    { src: "export { annotate } from '../../annotate/default-pipeline.js';", bad: true },
    { src: "import { x } from '../../index.js';", bad: true },
  ];
  for (const c of cases) assert.equal(floorViolations(file, c.src).length > 0, c.bad, c.src);
});
