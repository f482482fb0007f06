import type { Doc } from './doc.js';
import type { LayerMap, LayerName } from './layers.js';

/**
 * The annotator contract: declared inputs and outputs, checked when a pipeline is built.
 * `run` reads the doc and returns only the layers it produces; it never mutates the doc.
 */
export interface Annotator<P extends LayerName = LayerName> {
  readonly name: string;
  readonly version: string;
  readonly requires: readonly LayerName[];
  readonly produces: readonly P[];
  run(doc: Doc): Pick<LayerMap, P>;
}
