/**
 * The text layers' schemas live in src/doc/schemas/text.ts. This re-export serves only attribution/view.ts,
 * which is being merged into text/token-view.ts on another branch; import from doc/schemas, and delete this
 * file once that merge lands.
 */
export type { Token, Sentence, Paragraph, TokenKind } from '../../doc/schemas/text.js';
