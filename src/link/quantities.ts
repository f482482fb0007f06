/**
 * Amounts stated in a report, as the link layer compares them across reports: read from the stored
 * quantities layer (the one reader of numbers, src/annotate/quantities) and turned into closed
 * intervals: "more than 60 companies" → [61, ∞) of company, "about 40" → [36, 44], "up to 50" →
 * [0, 50], "13 agreements" → [13, 13]; a vote's tally ("a 5-2 vote") is its majority's votes, of a unit
 * that names the votes cast ("vote:7"). Percentages are left out: a rate is not an amount that drifts
 * the way a count or a sum does.
 */
import type { Doc } from '../doc/doc.js';
import type { Quantity } from '../doc/schemas/quantities.js';
import { SpanIndex } from '../doc/span-index.js';

export interface StatedQuantity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly low: number;
  readonly high: number;
  /** The counted noun's lemma ("company"), the ISO currency code ("USD") or the measure ("km"). */
  readonly unit: string;
}

/** A strict bound excludes its number: "more than 60" is at least 61, "fewer than 10" at most 9. */
function interval(q: Quantity): { low: number; high: number } {
  const low = q.low ?? 0;
  const high = q.high ?? Infinity;
  if (q.bound === 'moreThan') return { low: low + 1, high };
  if (q.bound === 'lessThan') return { low, high: high - 1 };
  return { low, high };
}

/** The amounts of a document that lie inside [from, to) (the whole text by default), in text order. */
export class StatedQuantities {
  private readonly index: SpanIndex<Quantity>;

  constructor(private readonly doc: Doc) {
    this.index = new SpanIndex((doc.layers.quantities ?? []).filter((q) => q.unitKind !== 'percent'));
  }

  within(from = 0, to = this.doc.text.length): StatedQuantity[] {
    return this.index.within(from, to).map((q) => ({ text: this.doc.text.slice(q.start, q.end), start: q.start, end: q.end, ...interval(q), unit: q.tally ? `${VOTE_UNIT}${q.tally.for + q.tally.against}` : q.unit }));
  }
}

/** Two intervals that share no value cannot both describe one count at one time. */
export function intervalsOverlap(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** The unit of a vote's tally: the votes cast, so that 5-2 and 4-3 are two tallies of one seven-member vote. */
export const VOTE_UNIT = 'vote:';
