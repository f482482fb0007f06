import { Type, type Static } from '@sinclair/typebox';
import { Span } from '../span.js';

export const AttributionSource = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  /** Entity id when the source is a named or linked entity. */
  entity: Type.Optional(Type.String()),
  /** A nominal source: "the report", "officials", "Both nations". */
  nominal: Type.Optional(Type.Boolean()),
  /** What a relative pronoun source stands for: "Washington and its allies, who criticize …". */
  antecedent: Type.Optional(Span),
});
export type AttributionSource = Static<typeof AttributionSource>;

export const Stance = Type.Union([
  Type.Literal('neutral'),
  Type.Literal('hedged'),
  Type.Literal('assertive'),
  Type.Literal('denial'),
]);
export type Stance = Static<typeof Stance>;

export const Attribution = Type.Object({
  id: Type.String(),
  /** null when the source is implicit (an agentless "it was reported that"). */
  source: Type.Union([AttributionSource, Type.Null()]),
  cue: Span,
  /** One span, or several for a split quote. */
  content: Type.Array(Span),
  kind: Type.Union([Type.Literal('direct'), Type.Literal('indirect'), Type.Literal('mixed')]),
  stance: Stance,
  /** The attribution that relays this one: "According to Reuters, KCNA stated …" → KCNA's has via = Reuters's. */
  via: Type.Optional(Type.String()),
  /** The cue's lemma ("say", "according to"), for the drift detector and for grouping. */
  lemma: Type.Optional(Type.String()),
  rule: Type.Optional(Type.String()),
});
export type Attribution = Static<typeof Attribution>;
