/**
 * The time annotator: TIMEX3 expressions (DATE, TIME, DURATION, SET) with values anchored to the
 * publication date (doc.meta.published), plus windows for vague ones. See tag.ts for the pipeline.
 */
import type { Doc } from '../../doc/doc.js';
import { layer } from '../../doc/doc.js';
import { tagTimes } from './tag.js';
import { defineAnnotator } from '../versioned.js';

export { tagTimes, splitSentences, type TagOptions } from './tag.js';
export type { Timex, TimeWindow } from '../../doc/schemas/time.js';

export const timeAnnotator = defineAnnotator<'timexes'>({
  name: 'time',
  semver: '1.1.0', // 1.1: TimeBank extents, nearest-year resolution, weekends, recent periods, signal-bounded windows
  requires: ['tokens', 'sentences'],
  produces: ['timexes'],
  run(doc: Doc) {
    const sentences = layer(doc, 'sentences');
    return { timexes: tagTimes(doc.text, doc.meta.published ?? null, { sentences }) };
  },
});
