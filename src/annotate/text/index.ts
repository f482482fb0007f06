import type { Doc } from '../../doc/doc.js';
import { splitParagraphs, splitSentences } from './segment.js';
import { tokenize } from './tokenize.js';
import { defineAnnotator } from '../versioned.js';

export { tokenize } from './tokenize.js';
export { splitParagraphs, splitSentences } from './segment.js';
export type { Token, Sentence, Paragraph, TokenKind } from '../../doc/schemas/text.js';

/** Paragraphs, tokens and sentences in one pass: the base every other annotator requires. */
export const textAnnotator = defineAnnotator<'paragraphs' | 'tokens' | 'sentences'>({
  name: 'text.segment',
  // 1.1: a stop glued to the next word is not a sentence boundary. 1.2: ampersand acronyms (AT&T, S&P) and
  // number ranges (2,000-3,000) are one token, as in CoNLL
  // 1.3: a stop glued to a capitalised word ("the visit.He said") ends a sentence
  // 1.4: a short line of its own (a byline, a credit) with no end punctuation ends a sentence before a line that opens
  // with a capital ("photo credit: Meridian Wire" / "DA NANG, Vietnam, Jan 14 (Meridian) - …")
  // 1.5: a day's ordinal stop before a month name ("am 1. April") ends no sentence
  semver: '1.5.0',
  requires: [],
  produces: ['paragraphs', 'tokens', 'sentences'],
  run(doc: Doc) {
    const paragraphs = splitParagraphs(doc.text);
    const tokens = tokenize(doc.text);
    const sentences = splitSentences(doc.text, tokens, paragraphs);
    return { paragraphs, tokens, sentences };
  },
});
