import { Type, type Static } from '@sinclair/typebox';

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
  from: Type.Union([Type.String(), Type.Null()], { description: 'ISO date or datetime; null = open' }),
  to: Type.Union([Type.String(), Type.Null()], { description: 'ISO date or datetime; null = open' }),
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
  /** What the value was resolved against: the document creation time, an earlier timex, or nothing. */
  anchor: Type.Union([Type.Literal('dct'), Type.Literal('unknown'), Type.Literal('none'), Type.String({ description: 'timex id' })]),
  window: Type.Optional(TimeWindow),
  rule: Type.Optional(Type.String()),
});
export type Timex = Static<typeof Timex>;
