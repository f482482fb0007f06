/**
 * TempEval-3 Task B scoring (event extraction and class), re-implemented from the official scorer's
 * description (evaluate_entities.py) on the same token matching as Task A: strict = same token
 * extent, relaxed = a shared token; class is an attribute scored over relaxed matches, so class F1 =
 * (matches with the right class / relaxed matches) × relaxed F1.
 */
import type { TmlEvent } from '../../annotate/time/tml.js';
import { emptyCounts, metrics, scoreDoc, type Counts, type Metrics, type MatchRecord } from '../timex/score.js';

/** An event as the scorer sees it: a span and a class. */
export interface ScoredEvent {
  readonly start: number;
  readonly end: number;
  readonly cls: string;
}

const asScored = (e: ScoredEvent): { start: number; end: number; type: string; value: string } => ({ start: e.start, end: e.end, type: e.cls, value: '' });

export class EventScorer {
  readonly counts: Counts = emptyCounts();

  /** Adds one document; returns the gold-side matches and the unmatched system events. */
  add(text: string, gold: readonly (TmlEvent | ScoredEvent)[], system: readonly ScoredEvent[]): MatchRecord[] {
    return scoreDoc(text, gold.map(asScored), system.map(asScored), this.counts);
  }

  metrics(): Metrics {
    return metrics(this.counts);
  }
}

export interface EventMetrics {
  readonly p: number;
  readonly r: number;
  readonly f1: number;
  readonly strictP: number;
  readonly strictR: number;
  readonly strictF1: number;
  /** class accuracy over relaxed matches */
  readonly classAcc: number;
  readonly classF1: number;
}

const pct = (x: number): number => Math.round(x * 10000) / 100;

/** Percentages, two decimals, as the TE3 results tables print them. */
export function eventMetrics(s: EventScorer): EventMetrics {
  const m = s.metrics();
  const c = s.counts;
  return {
    p: pct(m.relaxed.p), r: pct(m.relaxed.r), f1: pct(m.relaxed.f1),
    strictP: pct(m.strict.p), strictR: pct(m.strict.r), strictF1: pct(m.strict.f1),
    classAcc: pct(c.relaxedRecall ? c.typeMatch / c.relaxedRecall : 0),
    classF1: pct(m.type.f1),
  };
}
