import { Type, type Static } from '@sinclair/typebox';
import { Span } from '../span.js';

/**
 * How the text bounds the number it states: "at least 64" (atLeast), "more than 200" (moreThan),
 * "up to 50" (upTo), "fewer than 10" (lessThan), "about 40" (about), "nearly 30,000" (nearly).
 */
export const QuantityBound = Type.Union([
  Type.Literal('exact'),
  Type.Literal('atLeast'),
  Type.Literal('moreThan'),
  Type.Literal('upTo'),
  Type.Literal('lessThan'),
  Type.Literal('about'),
  Type.Literal('nearly'),
]);
export type QuantityBound = Static<typeof QuantityBound>;

/** What a number measures: money (with an ISO 4217 code), a percentage, a measure, or a count of things. */
export const QuantityUnitKind = Type.Union([
  Type.Literal('currency'),
  Type.Literal('percent'),
  Type.Literal('measure'),
  Type.Literal('count'),
]);
export type QuantityUnitKind = Static<typeof QuantityUnitKind>;

/**
 * One stated quantity. `low`/`high` is the interval the statement allows (null = open), so two
 * reports can be compared: "at least 64" → [64, null], "about 40" → [36, 44], "dozens" → [24, null],
 * "between 40 and 50" → [40, 50]. `value` is the number as stated (null for vague counts and ranges).
 */
export const Quantity = Type.Object({
  id: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  value: Type.Union([Type.Number(), Type.Null()]),
  low: Type.Union([Type.Number(), Type.Null()]),
  high: Type.Union([Type.Number(), Type.Null()]),
  bound: QuantityBound,
  unitKind: QuantityUnitKind,
  /** ISO 4217 code for money ("USD"), "percent", a measure ("km", "tonne"), or the counted noun's lemma ("company"). */
  unit: Type.String(),
  /** A rate's denominator: "$5,200 a tonne" → "tonne". */
  per: Type.Optional(Type.String()),
  /** The noun phrase naming what is counted or priced ("Kazakh companies", "death toll"); null when none is given. */
  head: Type.Union([Span, Type.Null()]),
  /** A vote's tally ("a 5-2 vote"): the votes for and against; the record's value is the majority's. Unit `vote`. */
  tally: Type.Optional(Type.Object({ for: Type.Integer(), against: Type.Integer() })),
  /** The events-layer event the number is about (nearest trigger in its sentence), and its cluster. */
  event: Type.Union([Type.String(), Type.Null()]),
  cluster: Type.Union([Type.String(), Type.Null()]),
  /** The time the number is "as of": a timex of its sentence, with its value. */
  asOf: Type.Union([Type.Object({ timex: Type.String(), value: Type.String() }), Type.Null()]),
  /** The attribution whose content holds the number, and the claim made of it. */
  attribution: Type.Union([Type.String(), Type.Null()]),
  claim: Type.Union([Type.String(), Type.Null()]),
  /** The earlier figure this one revises ("rose to 110, up from 94": the 110 revises the 94). */
  revisionOf: Type.Optional(Type.String()),
  /** Which rule read it ("number+noun", "currency", "vague", "bare:after-verb"). */
  rule: Type.String(),
});
export type Quantity = Static<typeof Quantity>;
