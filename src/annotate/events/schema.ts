import { Type, type Static } from '@sinclair/typebox';

export const Modality = Type.Union([
  Type.Literal('asserted'),
  Type.Literal('planned'),
  Type.Literal('expected'),
  Type.Literal('hypothetical'),
  Type.Literal('negated'),
  Type.Literal('questioned'),
]);
export type Modality = Static<typeof Modality>;

export const EventStatus = Type.Union([
  Type.Literal('invited'),
  Type.Literal('anticipated'),
  Type.Literal('scheduled'),
  Type.Literal('in-progress'),
  Type.Literal('occurred'),
  Type.Literal('cancelled'),
]);
export type EventStatus = Static<typeof EventStatus>;

/** An argument of an event: the span that justifies it, and the entity or timex it refers to. */
export const EventArg = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  entity: Type.Optional(Type.String()),
  timex: Type.Optional(Type.String()),
});
export type EventArg = Static<typeof EventArg>;

export const Event = Type.Object({
  id: Type.String(),
  trigger: Type.Object({ start: Type.Integer(), end: Type.Integer() }),
  /** PLOVER-style type, e.g. CONSULT (visit, meet), AGREE, ACCUSE, COERCE … see docs/events.md */
  type: Type.String(),
  subtype: Type.Optional(Type.String()),
  source: Type.Optional(Type.Array(EventArg)),
  target: Type.Optional(Type.Array(EventArg)),
  place: Type.Optional(EventArg),
  time: Type.Optional(EventArg),
  modality: Modality,
  status: Type.Optional(EventStatus),
  certainty: Type.Number({ minimum: 0, maximum: 1 }),
  /** The sentence (or clause) the event was read from. */
  evidence: Type.Object({ start: Type.Integer(), end: Type.Integer() }),
  rule: Type.Optional(Type.String()),
});
export type Event = Static<typeof Event>;

/** An attribution joined to what it reports: an event, or a bare proposition span. */
export const Claim = Type.Object({
  id: Type.String(),
  attribution: Type.String(),
  events: Type.Array(Type.String()),
  proposition: Type.Object({ start: Type.Integer(), end: Type.Integer() }),
});
export type Claim = Static<typeof Claim>;
