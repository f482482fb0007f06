/**
 * The pipeline that event annotation needs: the project's default pipeline, completed with any
 * layer it does not yet produce (text, entities, time, attribution, events), in dependency order.
 * Once the default pipeline includes every layer this is the same pipeline.
 */
import type { AnyAnnotator } from '../../doc/annotator.js';
import { createDoc, type Doc } from '../../doc/doc.js';
import type { DocMeta } from '../../doc/meta.js';
import { buildPipeline, type Pipeline } from '../../doc/pipeline.js';
import { attributionAnnotator } from '../attribution/index.js';
import { DEFAULT_ANNOTATORS } from '../default-pipeline.js';
import { entitiesAnnotator } from '../entities/index.js';
import { textAnnotator } from '../text/index.js';
import { timeAnnotator } from '../time/index.js';
import { eventsAnnotator } from './index.js';

let cached: Pipeline | undefined;

export function eventPipeline(): Pipeline {
  if (cached) return cached;
  const list: AnyAnnotator[] = [...DEFAULT_ANNOTATORS];
  const produced = new Set(list.flatMap((a) => a.produces));
  for (const a of [textAnnotator, entitiesAnnotator, timeAnnotator, attributionAnnotator, eventsAnnotator] as AnyAnnotator[]) {
    if (a.produces.some((p) => produced.has(p))) continue;
    list.push(a);
    for (const p of a.produces) produced.add(p);
  }
  cached = buildPipeline(list);
  return cached;
}

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
      return eventPipeline().run(createDoc(text, meta, id));
    } catch (err) {
      if ((err as { code?: string }).code !== 'E_MODEL') throw err;
      console.warn(`\n*** events: ${(err as Error).message}; continuing WITHOUT entity mentions (no actor arguments) ***\n`);
      degraded = buildPipeline(eventPipeline().annotators.map((a) => (a.produces.includes('mentions') ? noEntities : a)));
    }
  }
  return degraded.run(createDoc(text, meta, id));
}
