/**
 * The eval gate CI runs: every task with floors in floors.json is evaluated on its benchmark, and any
 * metric below its floor fails the run. Floors are pinned just under what was measured (a small noise
 * margin); lowering one needs a reason in the commit that does it.
 *
 * Missing benchmark data skips a task with a loud warning, except under CI=true, where it fails.
 */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTask } from './cli.js';
import { sharedDataRoot } from './data-path.js';

type Floors = Record<string, number>;

/** How each task finds its data under the shared data root; null = the task ships its own data. */
const TASK_ARGS: Record<string, (root: string) => { args: string[]; needs: string | null }> = {
  extraction: (root) => ({ args: ['--data', join(root, 'article-extraction-benchmark'), '--no-readability'], needs: join(root, 'article-extraction-benchmark') }),
  // Mozilla Readability's saved test pages: the second extraction set; the gate scores its held-out test split
  'extraction-pages': (root) => ({ args: ['--data', join(root, 'readability-test-pages'), '--split', 'test'], needs: join(root, 'readability-test-pages') }),
  ner: (root) => ({ args: ['--data', join(root, 'conll2003', 'test.txt')], needs: join(root, 'conll2003', 'test.txt') }),
  timex: (root) => ({ args: ['--data', join(root, 'tempeval3')], needs: join(root, 'tempeval3') }),
  // TempEval-3 Task B on te3-platinum, the held-out test set
  te3events: (root) => ({ args: ['--data', join(root, 'tempeval3'), '--split', 'platinum'], needs: join(root, 'tempeval3') }),
  attribution: (root) => ({ args: ['--data', join(root, 'polnear'), '--split', 'test'], needs: join(root, 'polnear') }),
  events: () => ({ args: ['--split', 'test'], needs: null }),
  ecbplus: (root) => ({ args: ['--data', join(root, 'ecbplus'), '--split', 'test'], needs: join(root, 'ecbplus') }),
  // the story corpus ships in the repo (corpus/stories); the gate scores its held-out test stories
  stories: () => ({ args: ['--split', 'test'], needs: null }),
  // the wire corpus ships in the repo (corpus/wire); the gate scores its held-out test split
  wire: () => ({ args: ['--split', 'test'], needs: null }),
  // the quantity gold ships in the repo (src/eval/quantities); the gate scores its held-out test split
  quantities: () => ({ args: ['--split', 'test'], needs: null }),
};

export function loadFloors(): Floors {
  const file = join(dirname(fileURLToPath(import.meta.url)), 'floors.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Floors;
}

async function main(argv: string[]): Promise<void> {
  const floors = loadFloors();
  const only = argv.filter((a) => !a.startsWith('-'));
  const tasks = [...new Set(Object.keys(floors).map((k) => k.split('.')[0]!))].filter((t) => !only.length || only.includes(t));
  const root = resolve(sharedDataRoot());
  let failed = 0;
  let checked = 0;
  for (const task of tasks) {
    const spec = TASK_ARGS[task];
    if (!spec) {
      console.error(`gate: no data mapping for task "${task}"`);
      failed++;
      continue;
    }
    const { args, needs } = spec(root);
    if (needs && !existsSync(needs)) {
      const msg = `gate: benchmark data for "${task}" not found at ${needs}`;
      if (process.env.CI === 'true') {
        console.error(`${msg} (CI=true: failing)`);
        failed++;
      } else console.warn(`\n*** SKIPPING ${msg} ***\n`);
      continue;
    }
    const t0 = Date.now();
    const result = await runTask(task, args);
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    for (const [key, floor] of Object.entries(floors)) {
      if (!key.startsWith(`${task}.`)) continue;
      const metric = key.slice(task.length + 1);
      const got = result.metrics[metric];
      checked++;
      if (got === undefined) {
        console.error(`FAIL ${key}: metric not reported by the task`);
        failed++;
      } else if (got < floor) {
        console.error(`FAIL ${key}: ${got.toFixed(4)} < floor ${floor}`);
        failed++;
      } else console.log(`ok   ${key}: ${got.toFixed(4)} >= floor ${floor}`);
    }
    console.log(`     (${task} took ${secs}s)`);
  }
  console.log(`gate: ${checked - failed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
