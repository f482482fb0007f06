import { Type, type Static } from '@sinclair/typebox';

/**
 * Layers the pipeline did not produce for a report and why (E_LANG_UNSUPPORTED: the annotators of
 * those layers have English models only). Stored with the article so a report without entities says
 * why, rather than looking like one that names nobody.
 */
export const LayersWithheld = Type.Object({
  code: Type.Literal('E_LANG_UNSUPPORTED'),
  language: Type.String(),
  layers: Type.Array(Type.String()),
  message: Type.String(),
});
export type LayersWithheld = Static<typeof LayersWithheld>;

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
  /** ISO 639-1 code of the text's language (detected, else declared). */
  language: Type.Optional(Type.String()),
  /** Set when the report's language left some layers unproduced. */
  withheld: Type.Optional(LayersWithheld),
  imageCredit: Type.Optional(Type.String()),
  image: Type.Optional(Type.String()),
  description: Type.Optional(Type.String()),
  readTime: Type.Optional(Type.String()),
});
export type DocMeta = Static<typeof DocMeta>;
