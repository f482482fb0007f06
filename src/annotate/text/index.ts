import type { Annotator } from '../../doc/annotator.js';
import type { Doc } from '../../doc/doc.js';
import { splitParagraphs, splitSentences } from './segment.js';
import { tokenize } from './tokenize.js';

export { tokenize } from './tokenize.js';
export { splitParagraphs, splitSentences } from './segment.js';
export type { Token, Sentence, Paragraph, TokenKind } from './schema.js';

/** Paragraphs, tokens and sentences in one pass: the base every other annotator requires. */
export const textAnnotator: Annotator<'paragraphs' | 'tokens' | 'sentences'> = {
  name: 'text.segment',
  version: '1.1.0', // 1.1: ampersand acronyms (AT&T, S&P) and number ranges (2,000-3,000) are one token, as in CoNLL
  requires: [],
  produces: ['paragraphs', 'tokens', 'sentences'],
  run(doc: Doc) {
    const paragraphs = splitParagraphs(doc.text);
    const tokens = tokenize(doc.text);
    const sentences = splitSentences(doc.text, tokens, paragraphs);
    return { paragraphs, tokens, sentences };
  },
};
