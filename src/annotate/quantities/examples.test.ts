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

// the gaps a review of examples/ found: each figure is read, attached to its claim, and shown by the events view
const viewCases: ReadonlyArray<{ file: string; mention: string; unit: string; value: number; revisionOf?: string; source: string | null; loose: boolean }> = [
  // a claim that names no tracked event is listed under "claims without a tracked event", with its quantity
  { file: 'visit-01-mta.txt', mention: 'about 40 companies', unit: 'company', value: 40, source: 'MTA', loose: true },
  { file: 'visit-06-continental-post.html', mention: 'about $1.5bn', unit: 'USD', value: 1.5e9, source: 'Mongolian officials', loose: true },
  // "up from the 40 that … mentioned": the earlier figure, counting what the later one counts
  { file: 'visit-04-eurasia-ledger.html', mention: 'more than 60 companies', unit: 'company', value: 60, revisionOf: '40', source: 'Nurlanov', loose: false },
  { file: 'visit-04-eurasia-ledger.html', mention: '40', unit: 'company', value: 40, source: 'Nurlanov', loose: false },
  // "more than 60 Kazakh companies are expected": a hedged claim with no source in the text
  { file: 'visit-05-meridian.txt', mention: 'more than 60 Kazakh companies', unit: 'company', value: 60, source: null, loose: false },
];

test(`${P} the events view shows every claim's quantities, and earlier figures and unsourced claims are read`, async () => {
  const { eventsOfInput } = await import('../../service/events.js');
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { examples: Array<{ file: string; published: string }> };
  const loaded = new Map<string, Awaited<ReturnType<typeof eventsOfInput>>>();
  for (const c of viewCases) {
    const published = manifest.examples.find((e) => e.file === c.file)!.published;
    if (!loaded.has(c.file)) loaded.set(c.file, await eventsOfInput(join(root, c.file), { published }));
    const { doc, views, claimsWithoutEvent } = loaded.get(c.file)!;
    const qs = doc.layers.quantities ?? [];
    const q = qs.find((x) => doc.text.slice(x.start, x.end) === c.mention);
    assert.ok(q, `${c.file}: "${c.mention}" is read`);
    assert.deepEqual([q.unit, q.value], [c.unit, c.value], c.mention);
    const earlier = q.revisionOf ? qs.find((x) => x.id === q.revisionOf) : undefined;
    assert.equal(earlier && doc.text.slice(earlier.start, earlier.end), c.revisionOf, `${c.mention}: revises`);
    const claim = (doc.layers.claims ?? []).find((x) => x.id === q.claim);
    assert.ok(claim, `${c.file}: "${c.mention}" is attached to a claim`);
    assert.equal(claim.source && doc.text.slice(claim.source.start, claim.source.end), c.source, `${c.mention}: source`);
    const shown = [...views.flatMap((v) => v.claims), ...claimsWithoutEvent].find((x) => x.id === claim.id);
    assert.ok(shown?.quantities?.some((x) => x.id === q.id), `${c.mention}: the events view shows it with its claim`);
    assert.equal(claimsWithoutEvent.some((x) => x.id === claim.id), c.loose, `${c.mention}: listed without an event`);
  }
});
