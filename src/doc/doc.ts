import { WiretraceError } from '../errors.js';
import type { LayerMap, LayerName } from './layers.js';
import type { DocMeta } from './meta.js';

/** Which annotator (and version) produced a layer, so stale layers can be found and recomputed. */
export interface LayerProvenance {
  readonly annotator: string;
  readonly version: string;
}

/**
 * A document: one immutable text with stand-off layers. Adding a layer returns a new Doc;
 * nothing ever rewrites `text`, so every stored offset stays valid.
 */
export interface Doc {
  readonly id: string;
  readonly text: string;
  readonly meta: Readonly<DocMeta>;
  readonly layers: Readonly<Partial<LayerMap>>;
  readonly provenance: Readonly<Partial<Record<LayerName, LayerProvenance>>>;
}

export function createDoc(text: string, meta: Partial<DocMeta> = {}, id = ''): Doc {
  return Object.freeze({
    id,
    text,
    meta: Object.freeze({ published: null, ...meta }),
    layers: Object.freeze({}),
    provenance: Object.freeze({}),
  });
}

export function withLayers(
  doc: Doc,
  layers: Partial<LayerMap>,
  provenance: LayerProvenance,
): Doc {
  const merged: Partial<LayerMap> = { ...doc.layers };
  const prov: Partial<Record<LayerName, LayerProvenance>> = { ...doc.provenance };
  for (const name of Object.keys(layers) as LayerName[]) {
    const records = layers[name];
    if (!records) continue;
    (merged as Record<LayerName, unknown>)[name] = Object.freeze(records.slice());
    prov[name] = provenance;
  }
  return Object.freeze({ ...doc, layers: Object.freeze(merged), provenance: Object.freeze(prov) });
}

/** Reads a layer that must exist; a missing one is a programming error in the pipeline. */
export function layer<K extends LayerName>(doc: Doc, name: K): LayerMap[K] {
  const l = doc.layers[name];
  if (!l) throw new WiretraceError('E_LAYER_MISSING', `layer "${name}" has not been produced for this doc`);
  return l as LayerMap[K];
}
