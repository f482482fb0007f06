// Issue #18's acceptance on the example corpus: figures stated by "valued at" and "put … at" are quantity records
// attached to the claim of whoever set the figure (the attribution layer's valuation cue; the claim follows it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { annotate } from '../default-pipeline.js';
import { parseInput } from '../../service/parse.js';

const P = 'attribution/valuation claims:';
const file = join(import.meta.dirname, '../../../examples/visit-06-continental-post.html');

/** `proposition`: the claim's text, what the figure measures (when the clause names it) and the figure. */
const cases: ReadonlyArray<{ readonly mention: string; readonly source: string; readonly relayedBy: string | null; readonly proposition: string }> = [
  // "13 agreements that Mongolian officials valued at about $1.5bn"
  { mention: 'about $1.5bn', source: 'Mongolian officials', relayedBy: null, proposition: 'at about $1.5bn' },
  // "Meridian Wire, citing President Ganbold Tserendorj, put the number of agreements at 14"
  { mention: '14', source: 'President Ganbold Tserendorj', relayedBy: 'Meridian Wire', proposition: 'the number of agreements at 14' },
];

/** The report annotated once for both tests. */
let annotated: ReturnType<typeof annotate> | undefined;
async function visit06(): Promise<ReturnType<typeof annotate>> {
  if (!annotated) {
    const parsed = await parseInput(readFileSync(file), 'html', { published: '2025-04-10T08:00:00+02:00' });
    annotated = annotate(parsed.text, parsed.meta);
  }
  return annotated;
}

test(`${P} the figures an agent puts or values are attached to that agent's claim`, async () => {
  const doc = await visit06();
  const span = (r: { start: number; end: number } | null | undefined): string | null => (r ? doc.text.slice(r.start, r.end) : null);
  const attributions = doc.layers.attributions ?? [];
  for (const c of cases) {
    const q = (doc.layers.quantities ?? []).find((x) => span(x) === c.mention);
    assert.ok(q, `"${c.mention}" is read`);
    const claim = (doc.layers.claims ?? []).find((x) => x.id === q.claim);
    assert.ok(claim, `"${c.mention}" is attached to a claim`);
    assert.equal(span(claim.source), c.source, c.mention);
    assert.equal(span(claim.proposition), c.proposition, c.mention);
    const via = attributions.find((a) => `c-${a.id}` === claim.via);
    assert.equal(span(via?.source), c.relayedBy, `${c.mention}: relayed by`);
  }
});

test(`${P} (negative) a count the report states itself is no one's claim`, async () => {
  const doc = await visit06();
  const q = (doc.layers.quantities ?? []).find((x) => doc.text.slice(x.start, x.end) === '13 agreements');
  assert.ok(q, '"13 agreements" is read');
  assert.equal(q.claim, null);
});
