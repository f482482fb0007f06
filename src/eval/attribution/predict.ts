/** Runs the attribution pipeline on a raw text and returns the predictions in the scorer's shape. */
import { createDoc, type Doc } from '../../doc/doc.js';
import { buildPipeline, type Pipeline } from '../../doc/pipeline.js';
import { attributionAnnotator } from '../../annotate/attribution/index.js';
import { textAnnotator } from '../../annotate/text/index.js';
import type { Attribution } from '../../doc/schemas/attribution.js';
import type { RoleSpans } from './score.js';

let pipeline: Pipeline | null = null;

export function attributionPipeline(): Pipeline {
  pipeline ??= buildPipeline([textAnnotator, attributionAnnotator]);
  return pipeline;
}

export function annotateText(text: string): Doc {
  return attributionPipeline().run(createDoc(text));
}

export function toRoleSpans(a: Attribution): RoleSpans {
  return {
    source: a.source ? [{ start: a.source.start, end: a.source.end }] : [],
    cue: [a.cue],
    content: a.content,
  };
}
