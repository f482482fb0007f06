import { Type, type Static } from '@sinclair/typebox';

export const EntityType = Type.Union([
  Type.Literal('PER'),
  Type.Literal('ORG'),
  Type.Literal('LOC'),
  Type.Literal('GPE'),
  Type.Literal('MISC'),
]);
export type EntityType = Static<typeof EntityType>;

/** A name mention in the text, with the title or role span that introduces it, if any. */
export const Mention = Type.Object({
  id: Type.String({ description: 'stable within the doc, e.g. "m3"' }),
  start: Type.Integer(),
  end: Type.Integer(),
  type: EntityType,
  /** "Kremlin spokesman", "President": the role words as written. */
  role: Type.Optional(Type.Object({ start: Type.Integer(), end: Type.Integer(), text: Type.String() })),
  /** Country or organization the role belongs to, normalised ("Russia" for "Russian President"). */
  affiliation: Type.Optional(Type.String()),
  /** A place name standing for its government ("Washington", "the Kremlin"). */
  metonym: Type.Optional(Type.Boolean()),
  /** For a metonym: the country whose government it stands for ("Moscow" → "Russia"). */
  standsFor: Type.Optional(Type.String()),
  /** Nominal or pronominal mention ("the Russian president") rather than a name. */
  nominal: Type.Optional(Type.Boolean()),
  entity: Type.String({ description: 'id of the entity in the entities layer' }),
  rule: Type.Optional(Type.String({ description: 'which model or rule made it' })),
});
export type Mention = Static<typeof Mention>;

/** A document-level cluster of mentions: one real-world thing. */
export const Entity = Type.Object({
  id: Type.String(),
  type: EntityType,
  canonical: Type.String({ description: 'the fullest name seen, e.g. "Vladimir Putin"' }),
  key: Type.String({ description: 'normalised key shared across documents, e.g. "per:vladimir-putin"' }),
  mentions: Type.Array(Type.String()),
  roles: Type.Array(Type.String()),
  affiliation: Type.Optional(Type.String()),
  aliases: Type.Optional(
    Type.Array(Type.String(), {
      description: 'keys of the other names an organisation goes by in the report ("org:kba" for "the Federal Motor Transport Authority (KBA)"), so that reports naming it only so still match',
    }),
  ),
});
export type Entity = Static<typeof Entity>;
