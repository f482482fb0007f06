import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DigestEvent } from './digest.js';
import type { TrackedEvent } from './schema.js';
import { siblingFor, type Fit } from './report-siblings.js';

const tracked = (id: string): TrackedEvent => ({ id } as unknown as TrackedEvent);
const A = tracked('a');
const B = tracked('b');
const e = { cluster: 'c1', lemma: 'agree', type: 'AGREE' } as unknown as DigestEvent;

const ROWS: readonly { name: string; siblings: [TrackedEvent, number][]; fit: Fit; want: TrackedEvent | null }[] = [
  { name: 'the one sibling that fits', siblings: [[A, 2], [B, 1]], fit: (_, t) => (t === A ? 1 : null), want: A },
  { name: 'the better fit', siblings: [[A, 1], [B, 3]], fit: (_, t) => (t === A ? 2 : 1), want: A },
  { name: 'equal fits: the most mentioned in the report', siblings: [[A, 1], [B, 3]], fit: () => 1, want: B },
  // negatives: no sibling fits (another kind, dates apart), or two fit exactly alike
  { name: 'none fits', siblings: [[A, 1]], fit: () => null, want: null },
  { name: 'a tie stays apart', siblings: [[A, 2], [B, 2]], fit: () => 1, want: null },
  { name: 'no siblings', siblings: [], fit: () => 1, want: null },
];

for (const r of ROWS) {
  test(`report siblings: ${r.name}`, () => {
    assert.equal(siblingFor(e, new Map(r.siblings), r.fit), r.want);
  });
}
