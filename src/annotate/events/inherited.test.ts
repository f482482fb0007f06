import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEvents } from './pipeline.js';
import { lexiconEvents } from './testing/event-at.js';

const P = 'events inherited:';

/** Text, the referring noun, and the lemma it should inherit (null: no event on it). */
const ROWS: readonly { text: string; word: string; lemma: string | null }[] = [
  { text: 'The two countries signed an agreement on cocoa prices. The deal sets a floor.', word: 'deal', lemma: 'agree' },
  { text: 'Health workers began a vaccination campaign on Monday. The campaign was praised by donors.', word: 'campaign', lemma: 'campaign' },
  // negatives: nothing earlier it can name, or only a verb ("agreed to") before it
  { text: 'The deal sets a floor.', word: 'deal', lemma: null },
  { text: 'The party opened its election campaign on Monday.', word: 'campaign', lemma: null },
  { text: 'The firms agreed on Monday. The deal sets a floor.', word: 'deal', lemma: null },
];

for (const r of ROWS) {
  test(`${P} ${r.text}`, () => {
    const doc = annotateEvents(r.text, { published: '2025-03-01' });
    const ev = lexiconEvents(doc).find((e) => doc.text.slice(e.trigger.start, e.trigger.end) === r.word);
    assert.equal(ev?.lemma ?? null, r.lemma);
  });
}
