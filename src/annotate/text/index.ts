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
  semver: '1.3.0',
  requires: [],
  produces: ['paragraphs', 'tokens', 'sentences'],
  run(doc: Doc) {
    const paragraphs = splitParagraphs(doc.text);
    const tokens = tokenize(doc.text);
    const sentences = splitSentences(doc.text, tokens, paragraphs);
    return { paragraphs, tokens, sentences };
  },
});
