import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotateEvents } from './pipeline.js';

const P = 'events inherited:';

/** Text, the referring noun, and the lemma it should inherit (null: no event on it). */
const ROWS: readonly { text: string; word: string; lemma: string | null; last?: true }[] = [
  { text: 'The two countries signed an agreement on cocoa prices. The deal sets a floor.', word: 'deal', lemma: 'agree' },
  { text: 'Health workers began a vaccination campaign on Monday. The campaign was praised by donors.', word: 'campaign', lemma: 'campaign' },
  // an earlier sentence's verb is enough for people let go, an evacuation, a rate cut, tariffs lifted
  { text: 'Police freed the 14 traders on Friday. The minister said the release was a welcome gesture.', word: 'release', lemma: 'release', last: true },
  { text: 'Authorities ordered the evacuation of three villages. The order covers about 4,000 people.', word: 'order', lemma: 'evacuate', last: true },
  { text: 'The central bank will cut its policy rate in August. A cut in August would be the first since 2024.', word: 'A cut', lemma: 'cut', last: true },
  { text: 'The bank lowered its policy rate on Wednesday. It was the first cut since October 2024.', word: 'cut', lemma: 'cut', last: true },
  { text: 'The bank will cut its policy rate. It said a reduction was likely.', word: 'reduction', lemma: 'cut', last: true },
  { text: 'Mexico imposed 20% tariffs on Brazilian steel in 2019. Those tariffs were lifted in 2020.', word: 'lifted', lemma: 'tariff', last: true },
  // negatives: nothing earlier it can name, or only a verb ("agreed to") before it
  { text: 'The deal sets a floor.', word: 'deal', lemma: null, last: true },
  { text: 'The party opened its election campaign on Monday.', word: 'campaign', lemma: null, last: true },
  { text: 'The firms agreed on Monday. The deal sets a floor.', word: 'deal', lemma: null, last: true },
  // an earlier event of another kind, the same sentence's own verb, a word that is no reference, a hedged cut
  { text: 'The ministry published new visa rules in a press release on Friday. The release was posted online.', word: 'release', lemma: null, last: true },
  { text: 'Police freed them on Friday, and the release was welcomed.', word: 'release', lemma: null, last: true },
  { text: 'About 4,000 people were evacuated. Police blocked the roads in order to keep looters out.', word: 'order', lemma: null, last: true },
  { text: 'Unions criticised the budget. A cut in funding for schools was announced.', word: 'cut', lemma: null, last: true },
  { text: 'The bank will cut its policy rate. A cut could come in August.', word: 'cut', lemma: null, last: true },
  { text: 'Mexico imposed tariffs on steel in April. The curfew was lifted on Sunday.', word: 'lifted', lemma: null, last: true },
];

for (const r of ROWS) {
  test(`${P} ${r.text}`, () => {
    const doc = annotateEvents(r.text, { published: '2025-03-01' });
    // the word's first occurrence, or its last (the referring one, after what it names)
    const at = r.last ? doc.text.lastIndexOf(r.word) : doc.text.indexOf(r.word);
    const word = r.word.split(' ').at(-1)!;
    const start = at + r.word.length - word.length;
    const ev = (doc.layers.events ?? []).find((e) => e.trigger.start === start);
    assert.equal(ev?.lemma ?? null, r.lemma);
  });
}
