import { Type, type Static } from '@sinclair/typebox';
import { Span } from '../span.js';

/** A key a name could have, in the English entity-key space, and the type that gives it. */
export const NameKey = Type.Object({
  key: Type.String(),
  type: Type.Union([Type.Literal('PER'), Type.Literal('LOC'), Type.Literal('GPE'), Type.Literal('ORG')]),
});
export type NameKey = Static<typeof NameKey>;

/**
 * A capitalised name in a report the entity models cannot read (another language): where it stands and
 * every key it could have. The link layer counts a key only where a story already knows it.
 */
export const NameCandidate = Type.Composite([Span, Type.Object({ keys: Type.Array(NameKey) })]);
export type NameCandidate = Static<typeof NameCandidate>;
