/**
 * What a cross-report linking system gives the evaluations (ECB+ and the story corpus): a document clusterer
 * (reports -> stories) and an event linker (event mentions -> tracked events). The baselines in
 * ecbplus/baseline.ts implement them; the link layer (src/link/, not written yet) will implement them for
 * wiretrace and list itself in WIRETRACE_SYSTEMS, which the eval tasks score beside the baselines.
 *
 * A system sees only text and mention offsets, never gold clusters.
 */
import type { Assignment } from './metrics/clustering.js';

export interface ReportText {
  readonly id: string;
  readonly text: string;
  /** Publication date (ISO), where the corpus has one; ECB+ has none. */
  readonly published?: string | null;
}

/** An event mention to link: [start, end) in its report's text. */
export interface EventMentionSpan {
  readonly id: string;
  readonly report: string;
  readonly start: number;
  readonly end: number;
}

/** `R` is the result: the baselines answer at once (Assignment[]), the link layer asynchronously. */
export interface DocumentClusterer<R extends Assignment[] | Promise<Assignment[]> = Assignment[] | Promise<Assignment[]>> {
  readonly name: string;
  /** One assignment per report: item = report id, cluster = story id. */
  cluster(reports: readonly ReportText[]): R;
}

export interface EventLinker<R extends Assignment[] | Promise<Assignment[]> = Assignment[] | Promise<Assignment[]>> {
  readonly name: string;
  /** One assignment per mention: item = mention id, cluster = tracked-event id. `stories` is the clusterer's output. */
  link(reports: readonly ReportText[], mentions: readonly EventMentionSpan[], stories: readonly Assignment[]): R;
}

export interface LinkSystem {
  readonly name: string;
  readonly clusterer: DocumentClusterer;
  readonly linker: EventLinker;
}

/** wiretrace's own linking systems, scored beside the baselines (registered by the eval tasks). */
export const WIRETRACE_SYSTEMS: LinkSystem[] = [];
