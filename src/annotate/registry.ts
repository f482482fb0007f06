/**
 * The annotator registry: every annotator wiretrace ships, in dependency order, each under `name@version`
 * where the version is its semver plus a hash of the model files it loads (versioned.ts). The default
 * pipeline runs them all; `annotators()` lists them for the service (which versions made a stored layer,
 * which layers are stale).
 */
import { WiretraceError } from '../errors.js';
import type { LayerName } from '../doc/layers.js';
import { attributionAnnotator } from './attribution/index.js';
import { entitiesAnnotator } from './entities/index.js';
import { eventsAnnotator } from './events/index.js';
import { quantitiesAnnotator } from './quantities/index.js';
import { textAnnotator } from './text/index.js';
import { timeAnnotator } from './time/index.js';
import type { AnyVersionedAnnotator } from './versioned.js';

export interface AnnotatorEntry {
  /** `name@version`, as layer provenance and the golden snapshot write it. */
  readonly key: string;
  readonly name: string;
  /** Semver, plus `+hash` of the model files for an annotator that loads any. */
  readonly version: string;
  readonly semver: string;
  readonly modelHash: string | null;
  readonly requires: readonly LayerName[];
  readonly produces: readonly LayerName[];
}

/** Refuses a registry with two annotators of one name: a name@version must say which code made a layer. */
export function buildRegistry(list: readonly AnyVersionedAnnotator[]): readonly AnyVersionedAnnotator[] {
  const seen = new Set<string>();
  for (const a of list) {
    if (seen.has(a.name)) throw new WiretraceError('E_PIPELINE_DUPLICATE', `annotator "${a.name}" is registered twice`, { annotator: a.name });
    seen.add(a.name);
  }
  return Object.freeze(list.slice());
}

/** Every registered annotator, in the order a pipeline must run them (text, entities, time, attribution, events, quantities). */
export const REGISTERED: readonly AnyVersionedAnnotator[] = buildRegistry([
  textAnnotator,
  entitiesAnnotator,
  timeAnnotator,
  attributionAnnotator,
  eventsAnnotator,
  quantitiesAnnotator,
]);

/** The registry's entries. Reading one hashes its model files on first use (once per process). */
export function annotators(): AnnotatorEntry[] {
  return REGISTERED.map((a) => ({
    key: `${a.name}@${a.version}`,
    name: a.name,
    version: a.version,
    semver: a.semver,
    modelHash: a.modelHash,
    requires: a.requires,
    produces: a.produces,
  }));
}
