/**
 * `node --import tsx scripts/person-keys.ts`: how many distinct person keys one person gets over the
 * project's real-style reports (corpus/stories/reports and examples/). There is no gold for person
 * identity, so a person is approximated by a spelling-folded surname (the last part of the key, folded
 * with the entities module's transliteration folds, so the grouping is the same whichever key version
 * made the keys); a group's distinct keys are the variants a reader would have to merge by hand.
 * Prints every group with more than one key, then the totals.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../src/annotate/default-pipeline.js';
import { foldNamePart } from '../src/annotate/entities/news/transliteration.js';
import { parseInput } from '../src/service/parse.js';
import { fileKind } from '../src/service/input.js';

const ROOT = join(import.meta.dirname, '..');
const dirs = [join(ROOT, 'corpus', 'stories', 'reports'), join(ROOT, 'examples')];

const groups = new Map<string, Map<string, number>>();
let reports = 0;
for (const dir of dirs) {
  for (const f of readdirSync(dir).sort()) {
    const kind = fileKind(f);
    if (!/\.(txt|html?)$/.test(f) || f === 'README.md') continue;
    const parsed = await parseInput(readFileSync(join(dir, f)), kind === 'html' ? 'html' : 'article');
    const doc = annotate(parsed.text, parsed.meta);
    reports++;
    for (const e of doc.layers.entities ?? []) {
      if (e.type !== 'PER') continue;
      const parts = e.key.slice(4).split('-');
      const surname = foldNamePart(parts[parts.length - 1]!);
      const keys = groups.get(surname) ?? new Map<string, number>();
      keys.set(e.key, (keys.get(e.key) ?? 0) + 1);
      groups.set(surname, keys);
    }
  }
}
let many = 0;
let keys = 0;
for (const [surname, ks] of [...groups].sort((a, b) => b[1].size - a[1].size || a[0].localeCompare(b[0]))) {
  keys += ks.size;
  if (ks.size < 2) continue;
  many++;
  console.log(`${surname.padEnd(16)} ${ks.size} keys: ${[...ks].map(([k, n]) => `${k} (${n})`).join(', ')}`);
}
console.log(`\n${reports} reports, ${groups.size} people (folded surnames), ${keys} distinct person keys, ${(keys / Math.max(1, groups.size)).toFixed(2)} keys per person, ${many} people with more than one key`);
