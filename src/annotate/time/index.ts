/**
 * The time annotator: TIMEX3 expressions (DATE, TIME, DURATION, SET) with values anchored to the
 * publication date (doc.meta.published), plus windows for vague ones. See tag.ts for the pipeline.
 */
import type { Doc } from '../../doc/doc.js';
import { createDoc, layer } from '../../doc/doc.js';
import { textAnnotator } from '../text/index.js';
import { tagTimes } from './tag.js';
import { defineAnnotator } from '../versioned.js';
import type { Timex } from '../../doc/schemas/time.js';

export { tagTimes } from './tag.js';
export type { Timex, TimeWindow } from '../../doc/schemas/time.js';

export const timeAnnotator = defineAnnotator<'timexes'>({
  name: 'time',
  semver: '1.2.3', // 1.1: TimeBank extents, nearest-year resolution, weekends, recent periods, signal-bounded windows. 1.2: statement dates and reported speech, ranges (range {begin, end}), event-dated and denied bounds, Sunday week words. 1.2.1: irregular past forms (laid, swept, hit after no modal). 1.2.2: present-simple schedules look ahead, participial adjectives ("the stranded villages") are no past tense, "the post" as a job is no statement. 1.2.3: "as planned", "as expected" are no past tense
  requires: ['tokens', 'sentences'],
  produces: ['timexes'],
  run(doc: Doc) {
    return { timexes: tagTimes(doc.text, doc.meta.published ?? null, layer(doc, 'sentences')) };
  },
});

/**
 * Time expressions of a bare text, for callers without a Doc (the TimeML command, the TempEval eval):
 * the text annotator runs first, so they get the same sentences, and the same timexes, as the pipeline.
 */
export function tagTimesInText(text: string, dct: string | null): Timex[] {
  return tagTimes(text, dct, textAnnotator.run(createDoc(text)).sentences);
}
