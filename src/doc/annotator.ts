import type { Doc } from './doc.js';
import type { LayerMap, LayerName } from './layers.js';

/** What the pipeline needs of any annotator, whatever layers it produces. */
export interface AnyAnnotator {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
  run(doc: Doc): Partial<LayerMap>;
}

/**
 * The annotator contract: declared inputs and outputs, checked when a pipeline is built.
 * `run` reads the doc and returns exactly the layers it produces; it never mutates the doc.
 * Declare it with its layers, e.g. `Annotator<'timexes'>` or `Annotator<'mentions' | 'entities'>`.
 */
export interface Annotator<P extends LayerName> extends AnyAnnotator {
  readonly produces: readonly P[];
  run(doc: Doc): Pick<LayerMap, P>;
}
