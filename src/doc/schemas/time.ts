import { Type, type Static } from '@sinclair/typebox';
import { Span } from '../span.js';

export const TimexType = Type.Union([
  Type.Literal('DATE'),
  Type.Literal('TIME'),
  Type.Literal('DURATION'),
  Type.Literal('SET'),
]);
export type TimexType = Static<typeof TimexType>;

export const TimexMod = Type.Union([
  Type.Literal('APPROX'),
  Type.Literal('MORE_THAN'),
  Type.Literal('LESS_THAN'),
  Type.Literal('EQUAL_OR_MORE'),
  Type.Literal('EQUAL_OR_LESS'),
  Type.Literal('START'),
  Type.Literal('MID'),
  Type.Literal('END'),
  Type.Literal('BEFORE'),
  Type.Literal('AFTER'),
  Type.Literal('ON_OR_BEFORE'),
  Type.Literal('ON_OR_AFTER'),
]);
export type TimexMod = Static<typeof TimexMod>;

/** A window of calendar time an expression points into, with how sure we are that it falls inside. */
export const TimeWindow = Type.Object({
  from: Type.Union([Type.String(), Type.Null()], {
    description: 'ISO date; "DCT+P3M"-style when the anchor is unknown; null = open',
  }),
  to: Type.Union([Type.String(), Type.Null()], {
    description: 'ISO date; "DCT+P3M"-style when the anchor is unknown; null = open',
  }),
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
});
export type TimeWindow = Static<typeof TimeWindow>;

export const Timex = Type.Object({
  id: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
  type: TimexType,
  /** TIMEX3 value: 2024-01-21, 2024-W03, P20Y, FUTURE_REF, or a relative form such as "DCT-P1W" when unanchored. */
  value: Type.String(),
  mod: Type.Optional(TimexMod),
  /**
   * What the value was resolved against: "dct", an earlier timex's id ("the next day"), "none" for absolute
   * values and durations, or "unknown" when an anchor was needed but the DCT is not known.
   */
  anchor: Type.Union([Type.Literal('dct'), Type.Literal('unknown'), Type.Literal('none'), Type.String({ description: 'timex id' })]),
  window: Type.Optional(TimeWindow),
  /**
   * A range ("June 18-19", "from Monday to Wednesday"): its first and last day, as TIMEX3-style begin and
   * end points (ISO dates). `value` is the first day; `window` spans the range.
   */
  range: Type.Optional(Type.Object({ begin: Type.String(), end: Type.String() })),
  /** Which parser and refiners made it, e.g. "weekday" or "month+event-anchored". */
  rule: Type.Optional(Type.String()),
  /** The wider phrase the window speaks for ("in the near future", "not before the March election"). */
  phrase: Type.Optional(Span),
  /** False for event-anchored phrases ("after the summit") that TimeML does not tag: window only. */
  timex3: Type.Optional(Type.Boolean()),
});
export type Timex = Static<typeof Timex>;
