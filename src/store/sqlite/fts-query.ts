/**
 * Turns what a person types into a safe FTS5 MATCH expression. User text is never passed through as
 * FTS syntax: every term becomes a quoted string, so operators, column filters, unbalanced quotes and
 * stray punctuation cannot cause a syntax error. Supported on purpose: "quoted phrases" and a trailing
 * `*` for prefix search. All terms must match (AND).
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const PART = /"([^"]*)"?|(\S+)/g;

/** Returns the MATCH expression, or null when the query has no searchable word. */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const m of input.normalize('NFC').matchAll(PART)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      const words = phrase.match(WORD);
      if (words) terms.push(quote(words.join(' ')));
      continue;
    }
    const bare = m[2] ?? '';
    const words = bare.match(WORD);
    if (!words) continue;
    // "Jong-un" or "U.N." are one term to the reader: keep their pieces together as a phrase.
    const prefix = bare.endsWith('*') && /[\p{L}\p{N}\p{M}]\*+$/u.test(bare);
    terms.push(quote(words.join(' ')) + (prefix ? '*' : ''));
  }
  return terms.length ? terms.join(' AND ') : null;
}

function quote(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Marker characters handed to snippet(); stripped from stored text so they cannot collide. */
export const HIGHLIGHT_OPEN = '\u0002';
export const HIGHLIGHT_CLOSE = '\u0003';

export interface MarkedSnippet {
  readonly snippet: string;
  readonly highlights: Array<{ start: number; end: number }>;
}

/** Splits a snippet with markers into plain text plus highlight ranges (so no HTML is ever built). */
export function parseSnippet(marked: string): MarkedSnippet {
  let out = '';
  const highlights: Array<{ start: number; end: number }> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === HIGHLIGHT_OPEN) open = out.length;
    else if (ch === HIGHLIGHT_CLOSE) {
      if (open >= 0 && out.length > open) highlights.push({ start: open, end: out.length });
      open = -1;
    } else out += ch;
  }
  return { snippet: out, highlights };
}
