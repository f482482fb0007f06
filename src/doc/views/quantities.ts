/**
 * Quantities as the service prints them: each record with its text and "as of" value, and the
 * quantities of each claim (those inside the claim's content), so a claim shows the numbers it rests
 * on. A view over the stored quantities layer only.
 */
import type { Doc } from '../doc.js';
import type { Quantity, QuantityBound, QuantityUnitKind } from '../schemas/quantities.js';

export interface QuantityView {
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly bound: QuantityBound;
  readonly unitKind: QuantityUnitKind;
  readonly unit: string;
  readonly per?: string;
  readonly asOf?: string;
  readonly event?: string;
  readonly revisionOf?: string;
}

export function quantityView(doc: Doc, q: Quantity): QuantityView {
  return {
    id: q.id,
    text: doc.text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    value: q.value,
    low: q.low,
    high: q.high,
    bound: q.bound,
    unitKind: q.unitKind,
    unit: q.unit,
    ...(q.per ? { per: q.per } : {}),
    ...(q.asOf ? { asOf: q.asOf.value } : {}),
    ...(q.event ? { event: q.event } : {}),
    ...(q.revisionOf ? { revisionOf: q.revisionOf } : {}),
  };
}

/** Each claim's quantities, by claim id, in text order. */
export function quantitiesByClaim(doc: Doc): ReadonlyMap<string, readonly QuantityView[]> {
  const out = new Map<string, QuantityView[]>();
  for (const q of doc.layers.quantities ?? []) {
    if (!q.claim) continue;
    const list = out.get(q.claim);
    const view = quantityView(doc, q);
    if (list) list.push(view);
    else out.set(q.claim, [view]);
  }
  return out;
}

const BOUND_WORDS: Readonly<Record<QuantityBound, string>> = {
  exact: '', atLeast: '≥', moreThan: '>', upTo: '≤', lessThan: '<', about: '~', nearly: 'nearly ',
};

/** A short reading of a quantity: "≥64 person", "~40 company", "[24, 99] protester", "1500000000 USD". */
export function describeQuantity(q: QuantityView): string {
  const amount = q.value === null ? `[${q.low ?? '?'}, ${q.high ?? '?'}]` : `${BOUND_WORDS[q.bound]}${q.value}`;
  return `${amount} ${q.unit}${q.per ? `/${q.per}` : ''}${q.asOf ? ` as of ${q.asOf}` : ''}${q.revisionOf ? ` (revises ${q.revisionOf})` : ''}`;
}
