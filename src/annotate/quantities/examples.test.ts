// The example corpus (examples/, in the repo): the delegation sizes and deal values of the visit story
// come out as quantity records attached to the claims that state them (issue #18's acceptance line).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { annotate } from '../default-pipeline.js';

const P = 'quantities/examples:';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'examples');

const cases: ReadonlyArray<{ file: string; published: string; mention: string; unit: string; bound: string; value: number }> = [
  { file: 'visit-01-mta.txt', published: '2025-03-02', mention: 'about 40 companies', unit: 'company', bound: 'about', value: 40 },
  { file: 'visit-03-continental-post.txt', published: '2025-03-05', mention: 'up to 50 companies', unit: 'company', bound: 'upTo', value: 50 },
  { file: 'visit-03-continental-post.txt', published: '2025-03-05', mention: 'roughly 40', unit: 'company', bound: 'about', value: 40 },
  { file: 'visit-05-meridian.txt', published: '2025-04-08', mention: '14 agreements', unit: 'agreement', bound: 'exact', value: 14 },
  { file: 'visit-05-meridian.txt', published: '2025-04-08', mention: '$1.5 billion', unit: 'USD', bound: 'exact', value: 1.5e9 },
  { file: 'visit-05-meridian.txt', published: '2025-04-08', mention: 'more than $1.2 billion', unit: 'USD', bound: 'moreThan', value: 1.2e9 },
];

test(`${P} delegation sizes and deal values are quantities attached to their claims`, () => {
  const docs = new Map<string, ReturnType<typeof annotate>>();
  for (const c of cases) {
    if (!docs.has(c.file)) docs.set(c.file, annotate(readFileSync(join(root, c.file), 'utf8'), { published: c.published }));
    const doc = docs.get(c.file)!;
    const q = (doc.layers.quantities ?? []).find((x) => doc.text.slice(x.start, x.end) === c.mention);
    assert.ok(q, `${c.file}: "${c.mention}" is read`);
    assert.deepEqual([q.unit, q.bound, q.value], [c.unit, c.bound, c.value], c.mention);
    const claim = (doc.layers.claims ?? []).find((x) => x.id === q.claim);
    assert.ok(claim, `${c.file}: "${c.mention}" is attached to a claim`);
    assert.ok(claim.proposition.start <= q.start && q.end <= claim.proposition.end, `${c.mention} lies inside its claim's content`);
  }
});
