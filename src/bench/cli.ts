/**
 * `npm run bench [-- suite ...]`: runs every src/bench/suites/*.ts (or the named ones) and prints one table.
 * Benchmarks measure speed; accuracy lives in `npm run eval`.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './types.js';
import { appendAll } from '../util/arrays.js';

const suitesDir = join(dirname(fileURLToPath(import.meta.url)), 'suites');

async function main(argv: string[]): Promise<void> {
  const all = readdirSync(suitesDir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('.test.'))
    .map((f) => f.replace(/\.(ts|js)$/, ''))
    .sort();
  const wanted = argv.filter((a) => !a.startsWith('-'));
  const suites = wanted.length ? all.filter((s) => wanted.includes(s)) : all;
  const rows: BenchResult[] = [];
  for (const s of suites) {
    const mod = (await import(`./suites/${s}.js`)) as { run(): Promise<BenchResult[]> };
    process.stderr.write(`bench: ${s} …\n`);
    const res = await mod.run();
    appendAll(rows, res);
    for (const r of res) printRow(r);
  }
  if (argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
}

function printRow(r: BenchResult): void {
  // below 1, a third decimal: 0.14 and 0.144 MB/s are a tenth apart in what they claim
  const v = r.value >= 100 ? Math.round(r.value).toLocaleString('en-US') : r.value.toFixed(r.value < 1 ? 3 : 2);
  console.log(`${r.suite.padEnd(12)} ${r.name.padEnd(40)} ${v.padStart(14)} ${r.unit}${r.note ? `  (${r.note})` : ''}`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
