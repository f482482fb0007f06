/**
 * Page text that names people and organisations who are no part of the story: the agency credit of a dateline
 * ("MOMBASA, Nov 3 (Meridian) -") and the credit line of a wire report ("(Reporting by Brian Otieno; editing by
 * Helen Marsh)"). One desk's reporters and one agency sign many unrelated stories, so their names are no evidence
 * that two reports tell the same one. The names stay in the entities layer; the link layer leaves them out.
 */
import { contains, type Span } from '../doc/span.js';

/** A dateline opening a paragraph: a place in capitals, an optional date, the agency in brackets, a dash. */
const DATELINE_CREDIT = /^\p{Lu}[\p{Lu}.'’ -]+(?:,[^()\n]{1,40}?)?\s*\(([^()\n]{1,40})\)\s*[-–—]/gmu;
/** A credit line: "(Reporting by …; editing by …)", "Additional reporting by …", "Writing by …", "Compiled by …". */
const CREDIT_LINE = /^[ \t]*\(?[ \t]*(?:additional\s+)?(?:reporting|writing|editing|written|edited|compiled)\s+by\s[^\n]*$/gimu;

/** A report's page furniture: its spans in text order, and the agencies its datelines credit, lowercased. */
export interface Furniture {
  readonly spans: Span[];
  /** "meridian" for "MOMBASA, Nov 3 (Meridian) -": the wire is no participant of the story where the body names it either. */
  readonly credits: Set<string>;
}

/** The furniture of a report's text, read in one pass over its datelines and one over its credit lines. */
export function readFurniture(text: string): Furniture {
  const spans: Span[] = [];
  const credits = new Set<string>();
  for (const m of text.matchAll(DATELINE_CREDIT)) {
    const open = m.index + m[0].lastIndexOf('(');
    spans.push({ start: open, end: open + m[1]!.length + 2 });
    credits.add(m[1]!.trim().toLowerCase());
  }
  for (const m of text.matchAll(CREDIT_LINE)) spans.push({ start: m.index, end: m.index + m[0].length });
  spans.sort((a, b) => a.start - b.start);
  return { spans, credits };
}

/** Whether a span lies inside one of the furniture spans. */
export function inFurniture(spans: readonly Span[], at: Span): boolean {
  return spans.some((s) => contains(s, at));
}
