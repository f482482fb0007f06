/**
 * The pipeline wiretrace runs by default, in dependency order. Built once per process: annotators
 * that load models do so lazily on first use.
 *
 * Which annotators run depends on the report's language. The entity, attribution and event annotators
 * (and the English time annotator) have English models only: on a report in another language they would
 * find nonsense (every capitalised word a name, no sources, no events), so such a report gets the layers
 * that hold in any language (paragraphs, sentences, tokens), candidate names, dates where a lexicon for
 * its language exists (time/lang/), events where an event lexicon exists (events/lang/: German, French,
 * Spanish), and a coded statement of what was withheld and why (meta.withheld).
 */
import type { AnyAnnotator } from '../doc/annotator.js';
import { createDoc, type Doc } from '../doc/doc.js';
import { LAYER_NAMES, type LayerName } from '../doc/layers.js';
import type { DocMeta, LayersWithheld } from '../doc/meta.js';
import { buildPipeline, type Pipeline } from '../doc/pipeline.js';
import { validatePublished } from '../ingest/dates.js';
import { ENGLISH, reportLanguage } from '../ingest/language.js';
import { REGISTERED } from './registry.js';
import { nameCandidatesAnnotator } from './entities/lang/name-candidates.js';
import { textAnnotator } from './text/index.js';
import { hasDateLexicon, multilingualTimeAnnotator } from './time/lang/index.js';
import { hasEventLexicon, multilingualEventsAnnotator } from './events/lang/index.js';
import { multilingualQuantitiesAnnotator } from './quantities/lang/index.js';

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

let textOnly: Pipeline | undefined;
let textAndDates: Pipeline | undefined;
let textDatesEvents: Pipeline | undefined;

/** What runs on a report in `language`, and what is withheld (null when nothing is). */
export interface LanguagePlan {
  readonly pipeline: Pipeline;
  readonly withheld: LayersWithheld | null;
}

/**
 * The annotators for a language without English models: text layers and names always; dates where a
 * date lexicon exists (time/lang/); events where an event lexicon exists too (events/lang/: de, fr, es).
 */
function langPipeline(language: string): Pipeline {
  if (hasEventLexicon(language) && hasDateLexicon(language)) {
    return (textDatesEvents ??= buildPipeline([textAnnotator, multilingualTimeAnnotator, nameCandidatesAnnotator, multilingualEventsAnnotator, multilingualQuantitiesAnnotator]));
  }
  if (hasDateLexicon(language)) return (textAndDates ??= buildPipeline([textAnnotator, multilingualTimeAnnotator, nameCandidatesAnnotator]));
  return (textOnly ??= buildPipeline([textAnnotator, nameCandidatesAnnotator]));
}

/**
 * The plan for a language: the full pipeline for English, and for a report whose language is unknown
 * (too short to tell: the English models are the best guess, as before languages were detected).
 */
export function languagePlan(language: string | null | undefined): LanguagePlan {
  if (!language || language === ENGLISH) return { pipeline: defaultPipeline(), withheld: null };
  const pipeline = langPipeline(language);
  const made = new Set<LayerName>(pipeline.produces);
  const layers = LAYER_NAMES.filter((l) => !made.has(l) && defaultPipeline().produces.includes(l));
  return {
    pipeline,
    withheld: {
      code: 'E_LANG_UNSUPPORTED',
      language,
      layers,
      message: `the report is in "${language}"; the ${layers.join(', ')} annotators have English models only, so those layers were not produced`,
    },
  };
}

/**
 * The meta with its language settled and what its plan withholds. By default a language in `meta` is
 * taken as given (the caller knows); with `declared: true` it is only what the source declared, and
 * the text's own language wins when the detector is sure of it (a page templated `lang="en"` over a
 * Russian report).
 */
export function planFor(
  text: string,
  meta: Partial<DocMeta>,
  opts: { readonly declared?: boolean } = {},
): { readonly meta: Partial<DocMeta>; readonly pipeline: Pipeline } {
  const language = opts.declared ? reportLanguage(text, meta.language) : (meta.language ?? reportLanguage(text));
  const plan = languagePlan(language);
  const { withheld: _stale, ...rest } = meta;
  return {
    meta: { ...rest, ...(language ? { language } : {}), ...(plan.withheld ? { withheld: plan.withheld } : {}) },
    pipeline: plan.pipeline,
  };
}

/**
 * Annotates a text with every layer its language allows. `meta.published` is the anchor for time
 * expressions: it is normalised to ISO 8601, and a value that is not a date is refused (E_DATE_INVALID)
 * rather than silently leaving relative times unanchored. `meta.language`, when absent, is detected;
 * with `declared: true` it is only the source's claim, and a sure detection overrides it.
 */
export function annotate(text: string, meta: Partial<DocMeta> = {}, id = '', opts: { readonly declared?: boolean } = {}): Doc {
  const plan = planFor(text, meta, opts);
  return plan.pipeline.run(createDoc(text, { ...plan.meta, published: validatePublished(meta.published) }, id));
}
