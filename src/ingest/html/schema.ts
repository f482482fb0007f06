/** The extracted article record: one TypeBox schema, the static type derived from it. */
import { Type, type Static } from '@sinclair/typebox';
import type { GuardOptions } from '../input-guard.js';

const NullableString = Type.Union([Type.String(), Type.Null()]);

export const ExtractedArticle = Type.Object({
  title: NullableString,
  /** People credited with the article, cleaned of "By", roles and outlets. */
  byline: Type.Array(Type.String()),
  /** ISO 8601: an instant in UTC ("...Z"), a wall-clock datetime, or a calendar date. Null when unknown. */
  published: NullableString,
  modified: NullableString,
  /** Body text: paragraphs separated by a blank line ("\n\n"). */
  body: Type.String(),
  image: NullableString,
  imageCredit: NullableString,
  imageCaption: NullableString,
  siteName: NullableString,
  /** BCP 47 language tag, e.g. "en" or "pt-BR". */
  language: NullableString,
  canonicalUrl: NullableString,
  description: NullableString,
  /** ISO 8601 duration, e.g. "PT4M". */
  readTime: NullableString,
  /** Which cascade stage produced the body. */
  extractor: Type.String(),
});
export type ExtractedArticle = Static<typeof ExtractedArticle>;

/** The input guard's limit and name, and what the page's bytes need for decoding and links. */
export interface ExtractOptions extends GuardOptions {
  /** The page's URL: base for relative links and a source of dates. */
  url?: string;
  /** The HTTP Content-Type header, whose charset outranks the page's own declaration. */
  contentType?: string;
}
