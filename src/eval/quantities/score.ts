/**
 * Scoring for the quantity gold set. A predicted quantity matches a gold one when their spans
 * overlap (one to one, in text order). Detection is P/R/F1 over mentions; value, bound and unit are
 * accuracies over matched gold mentions. Event attachment is scored two ways: against the gold
 * trigger (end to end: a miss when the events layer has no event there), and against the best the
 * events layer allows (the gold trigger's event when the layer has one there, else no event).
 */
import type { Event } from '../../doc/schemas/events.js';
import type { Quantity } from '../../doc/schemas/quantities.js';
import { locate, type Span } from '../events/score.js';

export interface GoldQuantity {
  /** The mention as it appears in the sentence ("at least 64 people"; "#2" for a second occurrence). */
  readonly text: string;
  readonly value: number | null;
  /** For ranges and vague counts: the interval. */
  readonly low?: number;
  readonly high?: number;
  readonly bound: string;
  readonly unit: string;
  /** The trigger word of the event the number is about, or null. */
  readonly event: string | null;
}

export interface GoldQuantityExample {
  readonly text: string;
  readonly published?: string;
  readonly quantities: readonly GoldQuantity[];
}

export interface QuantityTally {
  tp: number;
  fp: number;
  fn: number;
  value: number;
  bound: number;
  unit: number;
  event: number;
  eventAttach: number;
  errors: string[];
}

export interface QuantityMetrics {
  readonly gold: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly valueAcc: number;
  readonly boundAcc: number;
  readonly unitAcc: number;
  readonly eventAcc: number;
  readonly eventAttachAcc: number;
}

export function emptyQuantityTally(): QuantityTally {
  return { tp: 0, fp: 0, fn: 0, value: 0, bound: 0, unit: 0, event: 0, eventAttach: 0, errors: [] };
}

const overlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const same = (a: number | null | undefined, b: number | null | undefined): boolean =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)));

function valueRight(p: Quantity, g: GoldQuantity): boolean {
  if (!same(p.value, g.value)) return false;
  if (g.low !== undefined && !same(p.low, g.low)) return false;
  if (g.high !== undefined && !same(p.high, g.high)) return false;
  return true;
}

export function scoreQuantities(ex: GoldQuantityExample, predicted: readonly Quantity[], events: readonly Event[], t: QuantityTally): void {
  const used = new Set<Quantity>();
  const show = (s: Span): string => ex.text.slice(s.start, s.end);
  const clusterOf = new Map(events.map((e) => [e.id, e.cluster]));
  for (const g of ex.quantities) {
    const span = locate(ex.text, g.text);
    if (!span) {
      t.errors.push(`gold mention not found: "${g.text}" in: ${ex.text}`);
      t.fn++;
      continue;
    }
    const p = predicted.find((q) => !used.has(q) && overlap(q, span));
    if (!p) {
      t.fn++;
      t.errors.push(`MISS "${g.text}" in: ${ex.text}`);
      continue;
    }
    used.add(p);
    t.tp++;
    const fields: string[] = [];
    if (valueRight(p, g)) t.value++;
    else fields.push(`value ${p.value} [${p.low}, ${p.high}] want ${g.value} [${g.low ?? ''}, ${g.high ?? ''}]`);
    if (p.bound === g.bound) t.bound++;
    else fields.push(`bound ${p.bound} want ${g.bound}`);
    if (p.unit === g.unit) t.unit++;
    else fields.push(`unit ${p.unit} want ${g.unit}`);
    // the event at the gold trigger, when the events layer has one there
    const trigger = g.event ? locate(ex.text, g.event) : null;
    const goldEvent = trigger ? events.find((e) => overlap(e.trigger, trigger)) : undefined;
    const predCluster = p.event ? clusterOf.get(p.event) : undefined;
    const predEvent = p.event ? events.find((e) => e.id === p.event) : undefined;
    const endToEnd = g.event === null ? p.event === null : Boolean(predEvent && (overlap(predEvent.trigger, trigger!) || (goldEvent && predCluster === goldEvent.cluster)));
    if (endToEnd) t.event++;
    const attachable = goldEvent ? predCluster === goldEvent.cluster : p.event === null;
    if (attachable) t.eventAttach++;
    if (!endToEnd) fields.push(`event ${predEvent ? show(predEvent.trigger) : null} want ${g.event}${attachable ? ' (not in the events layer)' : ''}`);
    if (fields.length) t.errors.push(`"${show(p)}": ${fields.join('; ')}`);
  }
  for (const p of predicted) {
    if (used.has(p)) continue;
    t.fp++;
    t.errors.push(`FALSE "${show(p)}" in: ${ex.text}`);
  }
}

export function quantityMetrics(t: QuantityTally): QuantityMetrics {
  const ratio = (a: number, b: number): number => (b ? a / b : 0);
  const precision = ratio(t.tp, t.tp + t.fp);
  const recall = ratio(t.tp, t.tp + t.fn);
  return {
    gold: t.tp + t.fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    valueAcc: ratio(t.value, t.tp),
    boundAcc: ratio(t.bound, t.tp),
    unitAcc: ratio(t.unit, t.tp),
    eventAcc: ratio(t.event, t.tp),
    eventAttachAcc: ratio(t.eventAttach, t.tp),
  };
}
