import { Type, type Static } from '@sinclair/typebox';

export const TokenKind = Type.Union([
  Type.Literal('word'),
  Type.Literal('number'),
  Type.Literal('punct'),
  Type.Literal('quote'),
  Type.Literal('symbol'),
  Type.Literal('url'),
  Type.Literal('email'),
]);
export type TokenKind = Static<typeof TokenKind>;

/** One token; whitespace is never a token. `start`/`end` index Doc.text. */
export const Token = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  kind: TokenKind,
});
export type Token = Static<typeof Token>;

/** A sentence; `tokenStart`/`tokenEnd` index the tokens layer (half-open). */
export const Sentence = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
  paragraph: Type.Integer({ description: 'index into the paragraphs layer' }),
  tokenStart: Type.Integer(),
  tokenEnd: Type.Integer(),
});
export type Sentence = Static<typeof Sentence>;

export const Paragraph = Type.Object({
  start: Type.Integer(),
  end: Type.Integer(),
});
export type Paragraph = Static<typeof Paragraph>;
