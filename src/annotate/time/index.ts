/**
 * The time annotator: TIMEX3 expressions (DATE, TIME, DURATION, SET) with values anchored to the
 * publication date (doc.meta.published), plus windows for vague ones. See tag.ts for the pipeline.
 */
import type { Annotator } from '../../doc/annotator.js';
import type { Doc } from '../../doc/doc.js';
import { createDoc, layer } from '../../doc/doc.js';
import { textAnnotator } from '../text/index.js';
import { tagTimes } from './tag.js';
import type { Timex } from './schema.js';

export { tagTimes } from './tag.js';
export type { Timex, TimeWindow } from './schema.js';

export const timeAnnotator: Annotator<'timexes'> = {
  name: 'time',
  version: '1.0.0',
  requires: ['tokens', 'sentences'],
  produces: ['timexes'],
  run(doc: Doc) {
    return { timexes: tagTimes(doc.text, doc.meta.published ?? null, layer(doc, 'sentences')) };
  },
};

/**
 * Time expressions of a bare text, for callers without a Doc (the TimeML command, the TempEval eval):
 * the text annotator runs first, so they get the same sentences, and the same timexes, as the pipeline.
 */
export function tagTimesInText(text: string, dct: string | null): Timex[] {
  return tagTimes(text, dct, textAnnotator.run(createDoc(text)).sentences);
}
