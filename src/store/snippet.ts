/**
 * Search snippets for every engine: the engine marks matches with two control characters (never
 * HTML), and parseSnippet turns a marked snippet into plain text plus highlight ranges.
 */

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
