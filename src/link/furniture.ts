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

/** The spans of a report's text that are page furniture (in text order). */
export function furnitureSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(DATELINE_CREDIT)) {
    const open = m.index + m[0].lastIndexOf('(');
    out.push({ start: open, end: open + m[1]!.length + 2 });
  }
  for (const m of text.matchAll(CREDIT_LINE)) out.push({ start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The agencies a report's datelines credit, lowercased ("meridian" for "MOMBASA, Nov 3 (Meridian) -"). The wire is no
 * participant of the story where the body names it either ("economists polled by Meridian").
 */
export function datelineCredits(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(DATELINE_CREDIT)) out.add(m[1]!.trim().toLowerCase());
  return out;
}

/** Whether a span lies inside one of the furniture spans. */
export function inFurniture(spans: readonly Span[], at: Span): boolean {
  return spans.some((s) => contains(s, at));
}
