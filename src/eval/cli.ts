/**
 * `npm run eval -- <task> [--data PATH] [...]`: runs src/eval/tasks/<task>.ts and prints its table and metrics.
 * `--json` prints the result as JSON instead.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvalResult, EvalTask } from './types.js';

const tasksDir = join(dirname(fileURLToPath(import.meta.url)), 'tasks');

export function listTasks(): string[] {
  return readdirSync(tasksDir)
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('.test.'))
    .map((f) => f.replace(/\.(ts|js)$/, ''))
    .sort();
}

export async function runTask(task: string, args: string[]): Promise<EvalResult> {
  if (!listTasks().includes(task)) {
    throw new Error(`unknown eval task "${task}"; known: ${listTasks().join(', ')}`);
  }
  const mod = (await import(`./tasks/${task}.js`)) as EvalTask;
  return mod.run(args);
}

async function main(argv: string[]): Promise<void> {
  const [task, ...rest] = argv;
  if (!task || task === '--help' || task === '-h') {
    console.log(`usage: npm run eval -- <task> [--data PATH] [--json]\ntasks: ${listTasks().join(', ')}`);
    return;
  }
  const json = rest.includes('--json');
  const result = await runTask(task, rest.filter((a) => a !== '--json'));
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  if (result.table) console.log(result.table);
  console.log(`\n${result.task} metrics:`);
  for (const [k, v] of Object.entries(result.metrics)) console.log(`  ${k.padEnd(28)} ${Number.isInteger(v) ? v : v.toFixed(4)}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? `${(err as { code?: string }).code ?? 'error'}: ${err.message}` : String(err));
    process.exit(1);
  });
}
