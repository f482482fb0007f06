/**
 * `npm run eval -- wire [--split dev|test|all] [--pattern NAME] [--errors]`: per-pattern accuracy on
 * the project's real-style wire corpus (corpus/wire/<pattern>/<split>.jsonl). Each pattern module in
 * src/eval/wire/patterns/ is found by listing the directory, so adding a pattern touches no shared file.
 *
 * Metrics: `<pattern>` (share of examples right on the chosen split), `min` (the worst pattern) and
 * `examples` (how many were scored).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WiretraceError } from '../../errors.js';
import type { EvalResult } from '../types.js';
import type { WireExample, WirePattern } from '../wire/types.js';
import { argValue } from '../args.js';

const here = dirname(fileURLToPath(import.meta.url));
const patternsDir = join(here, '..', 'wire', 'patterns');
const corpusDir = join(here, '..', '..', '..', 'corpus', 'wire');

export async function loadPatterns(): Promise<WirePattern[]> {
  const files = readdirSync(patternsDir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('.test.'))
    .sort();
  const out: WirePattern[] = [];
  for (const f of files) {
    const mod = (await import(`../wire/patterns/${f.replace(/\.ts$/, '.js')}`)) as { pattern?: WirePattern; patterns?: WirePattern[] };
    if (mod.pattern) out.push(mod.pattern);
    for (const p of mod.patterns ?? []) out.push(p);
  }
  return out.sort((a, b) => a.family.localeCompare(b.family) || a.name.localeCompare(b.name));
}

export function readWireGold(path: string): WireExample[] {
  if (!existsSync(path)) throw new WiretraceError('E_EVAL_DATA', `wire gold file not found: ${path}`);
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l, i) => ({ l, i }))
    .filter(({ l }) => l.trim())
    .map(({ l, i }) => {
      try {
        return JSON.parse(l) as WireExample;
      } catch {
        throw new WiretraceError('E_EVAL_DATA', `${path}:${i + 1}: not JSON`);
      }
    });
}

export async function run(args: string[]): Promise<EvalResult> {
  const split = argValue(args, '--split') ?? 'all';
  const only = argValue(args, '--pattern');
  const showErrors = args.includes('--errors');
  const splits = split === 'all' ? ['dev', 'test'] : [split];
  const patterns = (await loadPatterns()).filter((p) => !only || p.name === only);
  if (only && !patterns.length) throw new WiretraceError('E_EVAL_DATA', `no wire pattern named "${only}"`);
  const metrics: Record<string, number> = {};
  const rows = [`${'family'.padEnd(12)} ${'pattern'.padEnd(26)} ${'n'.padStart(4)} ${'right'.padStart(5)} ${'acc'.padStart(6)}`];
  const errors: string[] = [];
  let min = 1;
  let total = 0;
  for (const p of patterns) {
    let n = 0;
    let right = 0;
    for (const s of splits) {
      const file = join(corpusDir, p.name, `${s}.jsonl`);
      for (const ex of readWireGold(file)) {
        n++;
        const c = await p.check(ex);
        if (c.ok) right++;
        else if (showErrors) errors.push(`${p.name} ${ex.id}: want ${c.want} | got ${c.got}\n    ${ex.text.slice(0, 200).replace(/\n/g, ' ')}`);
      }
    }
    const acc = n ? right / n : 0;
    metrics[p.name] = acc;
    min = Math.min(min, acc);
    total += n;
    rows.push(`${p.family.padEnd(12)} ${p.name.padEnd(26)} ${String(n).padStart(4)} ${String(right).padStart(5)} ${acc.toFixed(3).padStart(6)}`);
  }
  metrics.min = patterns.length ? min : 0;
  metrics.examples = total;
  const table = [`wire corpus, split ${split}`, ...rows, ...(errors.length ? ['', 'errors:', ...errors] : [])].join('\n');
  return { task: 'wire', metrics, table };
}
