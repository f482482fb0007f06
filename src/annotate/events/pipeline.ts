/**
 * Event annotation runs the project's default pipeline (every layer, events last), with a degraded
 * fallback when the NER model is missing.
 */
import type { AnyAnnotator } from '../../doc/annotator.js';
import { createDoc, type Doc } from '../../doc/doc.js';
import type { DocMeta } from '../../doc/meta.js';
import { buildPipeline, type Pipeline } from '../../doc/pipeline.js';
import { defaultPipeline } from '../default-pipeline.js';

/** Stands in for the entity layer when its trained model is absent: no mentions, said loudly. */
const noEntities: AnyAnnotator = {
  name: 'entities.absent',
  version: '0',
  requires: ['tokens', 'sentences'],
  produces: ['mentions', 'entities'],
  run: () => ({ mentions: [], entities: [] }),
};

let degraded: Pipeline | undefined;

/**
 * Annotates a text with every layer events need. When the NER model has not been trained yet
 * (E_MODEL), it goes on without mentions, with a warning, so triggers, modality and status can
 * still be checked; arguments then come from timexes only.
 */
export function annotateEvents(text: string, meta: Partial<DocMeta> = {}, id = ''): Doc {
  if (!degraded) {
    try {
      return defaultPipeline().run(createDoc(text, meta, id));
    } catch (err) {
      if ((err as { code?: string }).code !== 'E_MODEL') throw err;
      console.warn(`\n*** events: ${(err as Error).message}; continuing WITHOUT entity mentions (no actor arguments) ***\n`);
      degraded = buildPipeline(defaultPipeline().annotators.map((a) => (a.produces.includes('mentions') ? noEntities : a)));
    }
  }
  return degraded.run(createDoc(text, meta, id));
}
