/**
 * Small text helpers for feeds: HTML fragments to plain text (feeds put escaped HTML in titles and
 * summaries), and feed dates through the one date normaliser.
 */
import { parseDate } from '../dates.js';
import { Parser } from 'htmlparser2';

const BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'tr', 'td', 'th', 'figure', 'figcaption', 'section', 'article', 'hr']);
const SKIPPED_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template']);

/** Plain text of an HTML fragment, entities decoded, whitespace collapsed. Text without tags passes through decoded. */
export function htmlToText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return collapse(fragment);
  const parts: string[] = [];
  let skipping = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED_TAGS.has(name)) skipping++;
        else if (BLOCK_TAGS.has(name)) parts.push(' ');
      },
      onclosetag(name) {
        if (SKIPPED_TAGS.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCK_TAGS.has(name)) parts.push(' ');
      },
      ontext(data) {
        if (!skipping) parts.push(data);
      },
    },
    { decodeEntities: true },
  );
  parser.write(fragment);
  parser.end();
  return collapse(parts.join(''));
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A feed date through the one normaliser (src/ingest/dates.ts), keeping its stated offset. Years before
 * 1990 are placeholders ("Thu, 01 Jan 1970 00:00:00 GMT"), not dates.
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  return parseDate(raw, { minYear: 1990 });
}
