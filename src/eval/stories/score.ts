/**
 * Scores predictions on the story corpus (the rules are in docs/story-corpus.md): story clustering
 * (pairwise, B-cubed), tracked-event coreference (B-cubed, with MUC, CEAF-e and CoNLL beside it),
 * status accuracy per listed (tracked event, report) pair, and drift-finding precision and recall.
 */
import { WiretraceError } from '../../errors.js';
import { alignEntities, bcubed, conll, entitiesOf, maxWeightAssignment, pairwise, type Assignment, type CorefScores, type Prf, prfOf } from '../metrics/clustering.js';
import type { DriftKind, GoldStatus } from './gold.js';
import type { ResolvedMention, SpanRef, StoryCorpus } from './corpus.js';

/** A report-local event a system found, and the tracked event it linked it to. */
export interface PredictedEventMention extends SpanRef {
  readonly id: string;
  readonly tracked: string;
}

/** The status a system read for one of its tracked events in one report. */
export interface PredictedStatus {
  readonly tracked: string;
  readonly report: string;
  readonly status: GoldStatus;
  /** The words the system read the status from (for `--errors`). */
  readonly evidence?: SpanRef;
}

export interface PredictedFinding {
  readonly kind: DriftKind;
  readonly a: SpanRef;
  readonly b: SpanRef;
}

export interface StoryPrediction {
  /** item = report file, cluster = story id. */
  readonly stories: readonly Assignment[];
  readonly events: readonly PredictedEventMention[];
  readonly statuses: readonly PredictedStatus[];
  readonly findings: readonly PredictedFinding[];
}

export interface StoryScores {
  readonly stories: { readonly pairwise: Prf; readonly b3: Prf };
  /** Over gold mentions; `matched` of them were found by a predicted event. */
  readonly events: CorefScores & { readonly matched: number; readonly gold: number; readonly predicted: number };
  readonly status: { readonly accuracy: number; readonly correct: number; readonly total: number };
  readonly findings: Prf & { readonly matched: number; readonly gold: number; readonly predicted: number };
  /** What went wrong, for `--errors`: statuses read wrong, gold findings missed, findings not in gold. */
  readonly errors: {
    readonly statuses: readonly { readonly event: string; readonly report: string; readonly want: GoldStatus; readonly got: GoldStatus | 'none'; readonly tracked: string | undefined; readonly wantEvidence?: SpanRef; readonly gotEvidence?: SpanRef }[];
    readonly missedFindings: readonly { readonly kind: DriftKind; readonly a: SpanRef; readonly b: SpanRef }[];
    readonly spuriousFindings: readonly PredictedFinding[];
  };
}

/**
 * The part of a prediction about the given reports, to score one story inside a run over many: its reports'
 * story assignments, events and statuses, and every finding with a side in them (one that pairs a report
 * with another story's counts against the story's precision).
 */
export function predictionForReports(pred: StoryPrediction, reports: ReadonlySet<string>): StoryPrediction {
  return {
    stories: pred.stories.filter((a) => reports.has(a.item)),
    events: pred.events.filter((e) => reports.has(e.report)),
    statuses: pred.statuses.filter((s) => reports.has(s.report)),
    findings: pred.findings.filter((f) => reports.has(f.a.report) || reports.has(f.b.report)),
  };
}

export function overlaps(a: SpanRef, b: SpanRef): boolean {
  return a.report === b.report && a.start < b.end && b.start < a.end;
}

const overlapLength = (a: SpanRef, b: SpanRef): number => (a.report === b.report ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) : 0);

/**
 * Pairs gold mentions with predicted events one-to-one, per report, maximising the summed overlap
 * (so each gold mention goes to the predicted event that overlaps it most, unless that one is needed
 * elsewhere). Returns predicted id -> gold mention id.
 */
export function matchMentions(gold: readonly ResolvedMention[], pred: readonly PredictedEventMention[]): Map<string, string> {
  const byReport = new Map<string, { gold: ResolvedMention[]; pred: PredictedEventMention[] }>();
  const slot = (r: string) => {
    let s = byReport.get(r);
    if (!s) byReport.set(r, (s = { gold: [], pred: [] }));
    return s;
  };
  for (const g of gold) slot(g.report).gold.push(g);
  for (const p of pred) slot(p.report).pred.push(p);
  const out = new Map<string, string>();
  for (const { gold: gs, pred: ps } of byReport.values()) {
    if (!gs.length || !ps.length) continue;
    const w = gs.map((g) => ps.map((p) => overlapLength(g, p)));
    maxWeightAssignment(w).forEach((j, i) => {
      if (j >= 0 && w[i]![j]! > 0) out.set(ps[j]!.id, gs[i]!.id);
    });
  }
  return out;
}

function unique<T>(items: readonly T[], keyOf: (t: T) => string, what: string): void {
  const seen = new Set<string>();
  for (const t of items) {
    const k = keyOf(t);
    if (seen.has(k)) throw new WiretraceError('E_EVAL_DATA', `prediction lists ${what} "${k.replace('\u0000', '" in "')}" twice`);
    seen.add(k);
  }
}

export function scoreStories(corpus: StoryCorpus, pred: StoryPrediction): StoryScores {
  unique(pred.events, (e) => e.id, 'event mention');
  unique(pred.statuses, (s) => `${s.tracked}\u0000${s.report}`, 'a status for');

  // Stories.
  const goldStories = corpus.gold.reports.map((r) => ({ item: r.file, cluster: r.story }));
  const stories = { pairwise: pairwise(goldStories, pred.stories), b3: bcubed(goldStories, pred.stories) };

  // Tracked events: matched predictions take the gold mention's id, so both clusterings name the same items.
  const match = matchMentions(corpus.mentions, pred.events);
  const goldEvents = corpus.mentions.map((m) => ({ item: m.id, cluster: m.event }));
  const predEvents = pred.events.map((e) => ({ item: match.get(e.id) ?? `predicted:${e.id}`, cluster: e.tracked }));
  const events = { ...conll(goldEvents, predEvents), matched: match.size, gold: corpus.mentions.length, predicted: pred.events.length };

  // Status: each gold tracked event stands for the predicted one the CEAF-e alignment gives it.
  const aligned = new Map(alignEntities(entitiesOf(goldEvents), entitiesOf(predEvents)).map((a) => [a.key, a.response]));
  const predicted = new Map(pred.statuses.map((s) => [`${s.tracked}\u0000${s.report}`, s]));
  let correct = 0;
  const statusErrors: StoryScores['errors']['statuses'][number][] = [];
  for (const s of corpus.statuses) {
    const tracked = aligned.get(s.event);
    const p = tracked !== undefined ? predicted.get(`${tracked}\u0000${s.report}`) : undefined;
    const got = p?.status ?? 'none';
    if (got === s.status) correct++;
    else statusErrors.push({ event: s.event, report: s.report, want: s.status, got, tracked, ...(s.evidence ? { wantEvidence: s.evidence } : {}), ...(p?.evidence ? { gotEvidence: p.evidence } : {}) });
  }
  const total = corpus.statuses.length;

  // Findings: same kind, both evidence spans overlapping the gold quotes in either order; one-to-one.
  const hit = pred.findings.map((p) =>
    corpus.findings.map((g) => (p.kind === g.kind && ((overlaps(p.a, g.a) && overlaps(p.b, g.b)) || (overlaps(p.a, g.b) && overlaps(p.b, g.a))) ? 1 : 0)),
  );
  const assignment = maxWeightAssignment(hit);
  const matchedFindings = assignment.filter((j, i) => j >= 0 && hit[i]![j] === 1).length;
  const goldHit = new Set(assignment.filter((j, i) => j >= 0 && hit[i]![j] === 1));
  const spuriousFindings = pred.findings.filter((_, i) => !(assignment[i]! >= 0 && hit[i]![assignment[i]!] === 1));
  const missedFindings = corpus.findings.filter((_, j) => !goldHit.has(j));
  const findings = {
    ...prfOf(matchedFindings, pred.findings.length, matchedFindings, corpus.findings.length),
    matched: matchedFindings,
    gold: corpus.findings.length,
    predicted: pred.findings.length,
  };

  return {
    stories,
    events,
    status: { accuracy: total ? correct / total : 0, correct, total },
    findings,
    errors: { statuses: statusErrors, missedFindings, spuriousFindings },
  };
}
