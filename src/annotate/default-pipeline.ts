/**
 * The pipeline wiretrace runs by default, in dependency order. Built once per process: annotators
 * that load models do so lazily on first use.
 */
import type { AnyAnnotator } from '../doc/annotator.js';
import { createDoc, type Doc } from '../doc/doc.js';
import type { DocMeta } from '../doc/meta.js';
import { buildPipeline, type Pipeline } from '../doc/pipeline.js';
import { validatePublished } from '../ingest/dates.js';
import { REGISTERED } from './registry.js';

/**
 * Every registered annotator, in the registry's order: entities run before attribution so that sources
 * link to entities; events read every earlier layer.
 */
export const DEFAULT_ANNOTATORS: readonly AnyAnnotator[] = REGISTERED;

let cached: Pipeline | undefined;

export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline(DEFAULT_ANNOTATORS);
  return cached;
}

/**
 * Annotates a text with every default layer. `meta.published` is the anchor for time expressions:
 * it is normalised to ISO 8601, and a value that is not a date is refused (E_DATE_INVALID) rather
 * than silently leaving relative times unanchored.
 */
export function annotate(text: string, meta: Partial<DocMeta> = {}, id = ''): Doc {
  return defaultPipeline().run(createDoc(text, { ...meta, published: validatePublished(meta.published) }, id));
}
