/**
 * Small text helpers for feeds: HTML fragments to plain text (feeds put escaped HTML in titles and
 * summaries), and feed dates (RFC 822 with zone names, ISO 8601) to ISO 8601 UTC.
 */
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

/** Zone names feeds use that Date.parse does not know (it knows UT, GMT, Z and the US zones). */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  BST: '+0100', CET: '+0100', CEST: '+0200', EET: '+0200', EEST: '+0300', WET: '+0000', WEST: '+0100',
  MSK: '+0300', IST: '+0530', JST: '+0900', KST: '+0900', HKT: '+0800', SGT: '+0800', AEST: '+1000',
  AEDT: '+1100', ACST: '+0930', AWST: '+0800', NZST: '+1200', NZDT: '+1300', UTC: '+0000',
};

/** Feed date to ISO 8601 UTC, or null when it cannot be read. */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.trim();
  if (!s) return null;
  // RFC 822 two-digit years ("01 Oct 24") and zone names V8 does not know.
  s = s.replace(/^(\w{3},?\s+)?(\d{1,2}\s+\w{3}\s+)(\d{2})(\s)/, (_m, day = '', dm: string, yy: string, sp: string) => `${day}${dm}${Number(yy) < 70 ? 20 : 19}${yy}${sp}`);
  s = s.replace(/\b([A-Z]{3,4})$/, (zone: string) => ZONE_OFFSETS[zone] ?? zone);
  let t = Date.parse(s);
  if (Number.isNaN(t)) {
    // A weekday that disagrees with the date makes some engines refuse the whole string.
    t = Date.parse(s.replace(/^\w{3},\s*/, ''));
  }
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  if (year < 1990 || year > 2200) return null;
  return new Date(t).toISOString();
}
