import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineOpener } from './features.js';

const P = 'entities/features:';

test(`${P} the word after a wire dateline opens the sentence for the tagger`, () => {
  const cases: ReadonlyArray<{ words: string[]; want: number; why: string }> = [
    { words: ['WELLINGTON', ',', 'July', '18', '(', 'Meridian', ')', '-', 'Ferries', 'resumed', 'crossings'], want: 8, why: 'place, date, agency, dash' },
    { words: ['HUE', '-', 'The', 'reopening', 'was', 'postponed'], want: 2, why: 'a place in capitals and a dash' },
    { words: ['LONDON', '(', 'Reuters', ')', '—', 'Britain', 'said'], want: 5, why: 'an em dash after the agency' },
    // negatives
    { words: ['The', 'Kazakh', '-', 'Mongolian', 'border', 'reopened'], want: 0, why: 'a dash inside a sentence, no dateline before it' },
    { words: ['Ferries', 'resumed', 'on', 'Saturday'], want: 0, why: 'no dash at all' },
    { words: ['Prices', 'rose', 'in', 'the', 'first', 'quarter', 'of', 'the', 'year', 'to', 'a', 'high', 'of', 'five', '(', 'up', ')', '-'], want: 0, why: 'a dash past the dateline reach' },
  ];
  for (const c of cases) assert.equal(datelineOpener(c.words), c.want, c.why);
});
