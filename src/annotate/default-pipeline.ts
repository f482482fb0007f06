/**
 * The pipeline wiretrace runs by default, in dependency order. Built once per process: annotators
 * that load models do so lazily on first use.
 */
import type { AnyAnnotator } from '../doc/annotator.js';
import { createDoc, type Doc } from '../doc/doc.js';
import type { DocMeta } from '../doc/meta.js';
import { buildPipeline, type Pipeline } from '../doc/pipeline.js';
import { textAnnotator } from './text/index.js';

export const DEFAULT_ANNOTATORS: readonly AnyAnnotator[] = [textAnnotator];

let cached: Pipeline | undefined;

export function defaultPipeline(): Pipeline {
  cached ??= buildPipeline(DEFAULT_ANNOTATORS);
  return cached;
}

/** Annotates a text with every default layer. `meta.published` is the anchor for time expressions. */
export function annotate(text: string, meta: Partial<DocMeta> = {}, id = ''): Doc {
  return defaultPipeline().run(createDoc(text, meta, id));
}
