/**
 * Turns what a person types into a safe FTS5 MATCH expression. User text is never passed through as
 * FTS syntax: every term becomes a quoted string, so column filters, NEAR, NOT, unbalanced quotes and
 * stray punctuation cannot cause a syntax error. Supported on purpose: "quoted phrases", a trailing `*`
 * for prefix search, `OR` (in capitals) between terms or groups, and parentheses for grouping. Terms
 * side by side must all match (AND binds tighter than OR). A lone or doubled `OR` is dropped, a missing
 * `)` is closed at the end, a stray `)` is ignored, and an empty group is nothing.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const PART = /"([^"]*)"?|([()])|([^\s()"]+)/g;

type Token = { readonly kind: 'term'; readonly fts: string } | { readonly kind: 'open' | 'close' | 'or' };

function tokenize(input: string): Token[] {
  const out: Token[] = [];
  for (const m of input.normalize('NFC').matchAll(PART)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      const words = phrase.match(WORD);
      if (words) out.push({ kind: 'term', fts: quote(words.join(' ')) });
      continue;
    }
    if (m[2]) {
      out.push({ kind: m[2] === '(' ? 'open' : 'close' });
      continue;
    }
    const bare = m[3] ?? '';
    if (bare === 'OR') {
      out.push({ kind: 'or' });
      continue;
    }
    const words = bare.match(WORD);
    if (!words) continue;
    // "Jong-un" or "U.N." are one term to the reader: keep their pieces together as a phrase.
    const prefix = bare.endsWith('*') && /[\p{L}\p{N}\p{M}]\*+$/u.test(bare);
    out.push({ kind: 'term', fts: quote(words.join(' ')) + (prefix ? '*' : '') });
  }
  return out;
}

/** Groups nested deeper than this are read as if their parentheses were not there. */
const MAX_DEPTH = 32;

/** Returns the MATCH expression, or null when the query has no searchable word. */
export function toFtsQuery(input: string): string | null {
  const tokens = tokenize(input);
  let at = 0;
  // orExpr := andExpr ('OR' andExpr)* [')' when inside a group]; andExpr := (term | '(' orExpr)*
  const orExpr = (depth: number): string | null => {
    const alternatives: string[] = [];
    for (;;) {
      const a = andExpr(depth);
      if (a) alternatives.push(a);
      if (tokens[at]?.kind !== 'or') break;
      at++;
    }
    if (depth > 0 && tokens[at]?.kind === 'close') at++;
    return combine(alternatives, 'OR');
  };
  const andExpr = (depth: number): string | null => {
    const terms: string[] = [];
    for (let t = tokens[at]; t && t.kind !== 'or'; t = tokens[at]) {
      if (t.kind === 'close' && depth > 0) break; // ends this group: orExpr takes it
      at++;
      if (t.kind === 'term') terms.push(t.fts);
      else if (t.kind === 'open' && depth < MAX_DEPTH) {
        const inner = orExpr(depth + 1);
        if (inner) terms.push(inner);
      }
      // a stray ")" at the top level, or "(" past MAX_DEPTH: skipped
    }
    return combine(terms, 'AND');
  };
  return orExpr(0);
}

/** Joins sub-expressions; a compound result is parenthesised so precedence never depends on FTS5's. */
function combine(parts: readonly string[], op: 'AND' | 'OR'): string | null {
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0]! : `(${parts.join(` ${op} `)})`;
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
