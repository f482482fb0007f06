import { WiretraceError } from '../errors.js';
import type { AnyAnnotator } from './annotator.js';
import { withLayers, type Doc } from './doc.js';
import type { LayerName } from './layers.js';

export interface Pipeline {
  readonly annotators: readonly AnyAnnotator[];
  /** Every layer this pipeline produces, in order. */
  readonly produces: readonly LayerName[];
  run(doc: Doc): Doc;
}

/**
 * Builds a pipeline, refusing one whose annotators need a layer that nothing before them makes,
 * or where two annotators claim the same layer (each layer has exactly one producer).
 */
export function buildPipeline(annotators: readonly AnyAnnotator[]): Pipeline {
  const produced = new Set<LayerName>();
  for (const a of annotators) {
    for (const req of a.requires) {
      if (!produced.has(req)) {
        throw new WiretraceError(
          'E_PIPELINE_UNMET',
          `annotator "${a.name}" requires layer "${req}", which no earlier annotator produces`,
          { annotator: a.name, layer: req },
        );
      }
    }
    for (const p of a.produces) {
      if (produced.has(p)) {
        throw new WiretraceError('E_PIPELINE_DUPLICATE', `layer "${p}" is produced twice (again by "${a.name}")`, {
          annotator: a.name,
          layer: p,
        });
      }
      produced.add(p);
    }
  }
  const list = Object.freeze(annotators.slice());
  return Object.freeze({
    annotators: list,
    produces: Object.freeze([...produced]),
    run(doc: Doc): Doc {
      let d = doc;
      for (const a of list) d = withLayers(d, a.run(d), { annotator: a.name, version: a.version });
      return d;
    },
  });
}
