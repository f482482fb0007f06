/**
 * Turns what a person types into a safe FTS5 MATCH expression. User text is never passed through as
 * FTS syntax: every term becomes a quoted string, so operators, column filters, unbalanced quotes and
 * stray punctuation cannot cause a syntax error. Supported on purpose: "quoted phrases" and a trailing
 * `*` for prefix search. All terms must match (AND).
 */
import { searchTerms } from '../search-terms.js';

/** Returns the MATCH expression, or null when the query has no searchable word. */
export function toFtsQuery(input: string): string | null {
  const terms = searchTerms(input).map((t) => quote(t.words.join(' ')) + (t.prefix ? '*' : ''));
  return terms.length ? terms.join(' AND ') : null;
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

export { HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, parseSnippet, type MarkedSnippet } from '../snippet.js';
