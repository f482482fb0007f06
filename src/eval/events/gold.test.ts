import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGold } from '../tasks/events.js';
import { locate, type DomainExample } from './score.js';
import { FAMILY_PHASES } from '../../doc/schemas/events.js';

const dir = dirname(fileURLToPath(import.meta.url));
const DOMAINS = ['casualty', 'disaster', 'economy', 'legal', 'plover', 'political'];
const PHASES = new Set<string>(Object.values(FAMILY_PHASES).flat());

test('eval/events: the domain gold has 30+ sentences per domain, negatives, and spans and phases that exist', () => {
  const count = new Map<string, number>();
  const negatives = new Map<string, number>();
  for (const split of ['dev', 'test']) {
    for (const ex of readGold<DomainExample>(join(dir, `domains-${split}.jsonl`))) {
      assert.ok(DOMAINS.includes(ex.domain), `unknown domain ${ex.domain}`);
      count.set(ex.domain, (count.get(ex.domain) ?? 0) + 1);
      negatives.set(ex.domain, (negatives.get(ex.domain) ?? 0) + (ex.negatives?.length ?? 0));
      for (const ref of [...ex.events.map((e) => e.trigger), ...(ex.negatives ?? [])]) assert.ok(locate(ex.text, ref), `"${ref}" not in: ${ex.text}`);
      for (const e of ex.events) if (e.phase) assert.ok(PHASES.has(e.phase), `unknown phase ${e.phase}`);
    }
  }
  for (const d of DOMAINS) {
    assert.ok((count.get(d) ?? 0) >= 30, `${d}: ${count.get(d) ?? 0} sentences`);
    assert.ok((negatives.get(d) ?? 0) >= 4, `${d}: ${negatives.get(d) ?? 0} negatives`);
  }
});
