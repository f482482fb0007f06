import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../doc/schemas/entities.js';
import { MentionLookup } from './mention-lookup.js';

const mention = (id: string, start: number, end: number, type: Mention['type']): Mention => ({ id, start, end, type, entity: `e-${id}`, rule: 'test' });

/** The scan the lookup replaces: walk in order until a mention ends after pos; the last person seen. */
function scanPersonBefore(ms: readonly Mention[], pos: number): Mention | null {
  let best: Mention | null = null;
  for (const m of ms) {
    if (m.end > pos) break;
    if (m.type === 'PER') best = m;
  }
  return best;
}

test('mention lookup: personBefore agrees with the in-order walk, sorted or not', () => {
  const sorted = [
    mention('a', 0, 5, 'PER'),
    mention('b', 10, 30, 'ORG'), // long: still open at 20
    mention('c', 12, 15, 'PER'),
    mention('d', 40, 45, 'GPE'),
    mention('e', 50, 55, 'PER'),
  ];
  const unsorted = [sorted[3]!, sorted[0]!, sorted[4]!, sorted[1]!, sorted[2]!];
  for (const ms of [sorted, unsorted, []]) {
    const lookup = new MentionLookup(ms);
    for (let pos = 0; pos <= 60; pos++) {
      assert.equal(lookup.personBefore(pos)?.id ?? null, scanPersonBefore(ms, pos)?.id ?? null, `pos ${pos} (${ms.length} mentions)`);
    }
  }
});

test('mention lookup: inside and covering in document order', () => {
  const ms = [mention('a', 0, 20, 'ORG'), mention('b', 2, 8, 'PER'), mention('c', 10, 14, 'PER'), mention('d', 30, 35, 'PER')];
  const lookup = new MentionLookup(ms);
  assert.deepEqual(lookup.inside(0, 20).map((m) => m.id), ['a', 'b', 'c']);
  assert.deepEqual(lookup.inside(1, 20).map((m) => m.id), ['b', 'c']);
  assert.equal(lookup.covering(3, 5)?.id, 'a', 'the first covering mention in document order');
  assert.equal(lookup.covering(21, 22), undefined);
});
