/**
 * `npm run golden` checks annotator output on examples/ and the seed against test/golden/layers.json;
 * `npm run golden -- --update` rewrites the snapshot, but refuses while any layer's output changed under
 * an unchanged annotator version (bump the version first).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { requireSeed } from '../src/eval/data-path.js';
import { compareSnapshots, computeSnapshot, SNAPSHOT_PATH, type GoldenSnapshot } from '../test/golden/corpus.js';

const update = process.argv.includes('--update');
let pinned: GoldenSnapshot = {};
try {
  pinned = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as GoldenSnapshot;
} catch {
  pinned = {};
}
const { snapshot, seed } = await computeSnapshot(requireSeed());
if (!seed) console.warn('warning: the seed article is missing (../shared/fixtures/seed/article.txt); it is left out');
const problems = compareSnapshots(pinned, snapshot);
const unversioned = problems.filter((p) => p.kind === 'unversioned');
for (const p of problems) console.log(`${p.kind.padEnd(11)} ${p.message}`);
if (update) {
  if (unversioned.length) {
    console.error(`refused: ${unversioned.length} layer(s) changed without a version bump`);
    process.exit(1);
  }
  const merged = seed ? snapshot : { ...snapshot, ...(pinned['seed'] ? { seed: pinned['seed'] } : {}) };
  writeFileSync(SNAPSHOT_PATH, JSON.stringify(merged, null, 1) + '\n');
  console.log(`wrote ${SNAPSHOT_PATH} (${Object.keys(merged).length} documents)`);
} else {
  console.log(problems.length ? `${problems.length} difference(s)` : 'golden: every layer matches');
  if (problems.length) process.exit(1);
}
