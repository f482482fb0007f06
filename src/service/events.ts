/**
 * Events of one article without a store: its events with actors, place, time, modality, status and
 * the claims that report them, as one document or as the PLOVER-like export. The annotators load
 * inside the functions that run them, so importing this module is cheap.
 */
import type { EventView, LooseClaimView } from '../doc/views/events.js';
import type { Doc } from '../doc/doc.js';
import type { Store } from '../store/types.js';
import { detectFormat, readInputBytes } from './annotate.js';
import { parseInput } from './parse.js';

export type { EventView, LooseClaimView };
export { describeQuantity } from '../doc/views/quantities.js';

export interface ArticleEvents {
  readonly doc: Doc;
  readonly views: readonly EventView[];
  /** Claims under no event of `views`, with the events their quantities count. */
  readonly claimsWithoutEvent: readonly LooseClaimView[];
}

/**
 * Reads a file or stdin ("-") through the same guards as ingest and annotate, parses it as a plain-text
 * article or, when it is HTML, as a web page, and finds its events.
 */
export async function eventsOfInput(input: string, opts: { readonly published?: string; readonly maxBytes?: number } = {}): Promise<ArticleEvents> {
  const name = input === '-' ? 'stdin' : input;
  const bytes = await readInputBytes(input, { name, ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}) });
  const format = detectFormat(input, bytes) === 'html' ? 'html' : 'article';
  const article = await parseInput(bytes, format, { name, ...(opts.published ? { published: opts.published } : {}) });
  const { annotateEvents } = await import('../annotate/events/pipeline.js');
  const doc = annotateEvents(article.text, article.meta, name);
  return withViews(doc);
}

/** Events of a stored article (by id or URL), read from its stored layers without annotating again. */
export async function eventsOfStored(store: Store, key: string): Promise<ArticleEvents> {
  const { getArticle } = await import('./articles.js');
  const { articleDoc } = await import('./reading-view.js');
  const doc = articleDoc(await getArticle(store, key));
  return withViews(doc);
}

async function withViews(doc: Doc): Promise<ArticleEvents> {
  const { claimsWithoutEvent, eventViews } = await import('../doc/views/events.js');
  const views = eventViews(doc);
  return { doc, views, claimsWithoutEvent: claimsWithoutEvent(doc, views) };
}

/** All events of the document as one object (`wiretrace events --json`). */
export function eventsDocument(e: ArticleEvents): { published: string | null; title: string | null; events: readonly EventView[]; claimsWithoutEvent: readonly LooseClaimView[] } {
  return { published: e.doc.meta.published ?? null, title: e.doc.meta.title ?? null, events: e.views, claimsWithoutEvent: e.claimsWithoutEvent };
}

/** The PLOVER-like export, one record per event (`wiretrace events --jsonl`). */
export async function ploverExport(e: ArticleEvents): Promise<Record<string, unknown>[]> {
  const { ploverRecords } = await import('../doc/views/events.js');
  return ploverRecords(e.doc, e.views);
}
