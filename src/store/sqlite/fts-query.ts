/**
 * Turns what a person types into a safe FTS5 MATCH expression, from the query tree every engine shares
 * (../search-terms.ts): every term becomes a quoted string, so column filters, NEAR, NOT, unbalanced
 * quotes and stray punctuation cannot cause a syntax error; OR and parentheses are the reader's.
 */
import { parseSearch, renderSearch } from '../search-terms.js';

/** Returns the MATCH expression, or null when the query has no searchable word. */
export function toFtsQuery(input: string): string | null {
  const tree = parseSearch(input);
  if (!tree) return null;
  const out = renderSearch(tree, (t) => quote(t.words.join(' ')) + (t.prefix ? '*' : ''), { and: 'AND', or: 'OR' });
  // a single compound is parenthesised by renderSearch; FTS5 reads it either way
  return out;
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, parseSnippet, type MarkedSnippet } from '../snippet.js';
