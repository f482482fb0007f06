/**
 * What a reader sees of one wire example, for the time and status patterns: its timexes as the time
 * layer gives them, and each event as the story layer reads it (the per-report layers through the digest,
 * then the reader's status), exactly as `wiretrace` stores and links a report.
 */
import { annotateEvents } from '../../annotate/events/pipeline.js';
import type { Timex } from '../../doc/schemas/time.js';
import { digestReport, type DigestEvent } from '../../link/digest.js';
import { readerStatus } from '../../link/status.js';
import type { ReaderStatus } from '../../link/schema.js';
import type { WireExample } from './types.js';

export interface ReadEvent {
  readonly lemma: string;
  readonly status: ReaderStatus | null;
  readonly certainty: number;
  /** The event's time as written, or null. */
  readonly time: string | null;
  readonly digest: DigestEvent;
}

export interface ReportReading {
  readonly timexes: ReadonlyArray<Timex & { readonly text: string; readonly phraseText: string | null }>;
  readonly events: readonly ReadEvent[];
}

export function readReport(ex: WireExample): ReportReading {
  const published = ex.published ?? null;
  const doc = annotateEvents(ex.text, { published });
  const digest = digestReport({ id: 1, title: null, outlet: null, published, language: 'en', nearDupOf: null }, doc);
  const timexes = (doc.layers.timexes ?? []).map((t) => ({
    ...t,
    text: ex.text.slice(t.start, t.end),
    phraseText: t.phrase ? ex.text.slice(t.phrase.start, t.phrase.end) : null,
  }));
  const events = digest.events.map((e) => ({ lemma: e.lemma, status: readerStatus(e), certainty: e.certainty, time: e.time?.text ?? null, digest: e }));
  return { timexes, events };
}

/** The timex a gold expression names: the one whose text is it, else the first whose text or phrase contains it. */
export function timexFor(r: ReportReading, expr: string): ReportReading['timexes'][number] | undefined {
  return r.timexes.find((t) => t.text === expr) ?? r.timexes.find((t) => t.text.includes(expr) || expr.includes(t.text) || (t.phraseText?.includes(expr) ?? false));
}

/**
 * Lemmas a reader takes for the same event: "arrived … for a state visit" is one visit whether the
 * cluster was named by the arrival or the visit.
 */
const SAME_EVENT: Readonly<Record<string, readonly string[]>> = { visit: ['visit', 'trip', 'arrive', 'travel'], talks: ['talks', 'negotiate'] };

/** The reading of the event a gold lemma names: the first of that lemma (or its kin) with a status, else the first. */
export function eventFor(r: ReportReading, lemma: string): ReadEvent | undefined {
  const same = r.events.filter((e) => sameEvent(lemma, e.lemma));
  return same.find((e) => e.status !== null) ?? same[0];
}

export function sameEvent(goldLemma: string, lemma: string): boolean {
  return (SAME_EVENT[goldLemma] ?? [goldLemma]).includes(lemma);
}
