/**
 * Copy that lost the space after a full stop ("the visit.He said") still splits into sentences, while
 * abbreviations, decimals, domains and initials do not split. Gold: the sentence texts, in order.
 */
import { buildPipeline } from '../../../doc/pipeline.js';
import { createDoc } from '../../../doc/doc.js';
import { textAnnotator } from '../../../annotate/text/index.js';
import type { WireExample, WirePattern } from '../types.js';

const pipeline = buildPipeline([textAnnotator]);

export const pattern: WirePattern = {
  name: 'sentence-nospace',
  family: 'attribution',
  description: 'sentences split where copy lost the space after a full stop, not at abbreviations, decimals or domains',
  check(ex: WireExample) {
    const want = (ex.expect as { sentences: string[] }).sentences;
    const doc = pipeline.run(createDoc(ex.text));
    const got = (doc.layers.sentences ?? []).map((s) => ex.text.slice(s.start, s.end).trim());
    return { ok: JSON.stringify(got) === JSON.stringify(want), want: JSON.stringify(want), got: JSON.stringify(got) };
  },
};
