import { Type, type Static } from '@sinclair/typebox';

/** Article metadata known before annotation. Unknown values are absent or null, never guessed. */
export const DocMeta = Type.Object({
  title: Type.Optional(Type.String()),
  byline: Type.Optional(Type.Array(Type.String())),
  /** ISO 8601 date or datetime; null when the publication date is unknown. */
  published: Type.Union([Type.String(), Type.Null()]),
  modified: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  outlet: Type.Optional(Type.String()),
  url: Type.Optional(Type.String()),
  canonicalUrl: Type.Optional(Type.String()),
  language: Type.Optional(Type.String()),
  imageCredit: Type.Optional(Type.String()),
  image: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  readTime: Type.Optional(Type.String()),
});
export type DocMeta = Static<typeof DocMeta>;
