import assert from 'node:assert/strict';
import { test } from 'node:test';
import { labelOf } from './classes.js';
import { StemCounter, lexiconEntry } from './lexicon.js';

const OCC = labelOf('OCCURRENCE');

test('events/tagger/lexicon: entries bucket the event rate and count, with the usual class', () => {
  const cases: { n: number; events: number; label: number; want: string }[] = [
    { n: 1, events: 1, label: OCC, want: 'r6:n1:OCCURRENCE' },
    { n: 10, events: 4, label: OCC, want: 'r3:n3:OCCURRENCE' },
    // negative: a stem never seen as an event is class O
    { n: 30, events: 0, label: 0, want: 'r0:n4:O' },
  ];
  for (const c of cases) assert.equal(lexiconEntry(c.n, c.events, c.label), c.want, JSON.stringify(c));
});

test('events/tagger/lexicon: exact counts keep down-weighted occurrences per label, whole counts do not', () => {
  const cases: { exact: boolean; want: string }[] = [
    // four silver occurrences at weight 0.5, one an event: 2 occurrences, 0.5 of them events
    { exact: true, want: 'r2:n2:OCCURRENCE' },
    // whole counts drop the halves from the labels, so every occurrence reads as an event of class O
    { exact: false, want: 'r6:n2:O' },
  ];
  for (const c of cases) {
    const counter = new StemCounter(c.exact);
    for (const label of [OCC, 0, 0, 0]) counter.add('attack', label, 0.5);
    assert.equal(counter.entry('attack'), c.want, `exact ${c.exact}`);
  }
  // leaving a document's own counts out; negative: nothing left is no entry
  const total = new StemCounter(true);
  const own = new StemCounter(true);
  for (const c of [total, own]) c.add('attack', OCC);
  total.add('attack', 0);
  assert.equal(total.entry('attack', own), 'r0:n1:O');
  const alone = new StemCounter(true);
  alone.add('attack', OCC);
  assert.equal(alone.entry('attack', alone), undefined);
});
