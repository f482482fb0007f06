/**
 * Two span and type repairs for names that key across reports:
 *  - a country's official name that the tagger cut short ("the Democratic People's Republic of Korea"
 *    tagged as "Korea" or "Democratic Republic") is widened to the whole name when the wider span is
 *    one of the country's names (country-keys.ts), and typed GPE;
 *  - a name right after an agency descriptor or right before an agency tail ("the news agency Vega",
 *    "Tellus news agency") is an organisation, whatever the tagger read.
 */
import { type MentionCandidate, type Sentenced, lower } from './candidate.js';
import { countryNameCode } from './country-keys.js';

/** How far a short country mention may be widened on each side, in tokens. */
const WIDEN = 5;

export function widenCountryNames(text: string, s: Sentenced, drafts: MentionCandidate[]): void {
  for (const d of drafts) {
    if (d.dropped || d.type === 'PER') continue;
    const first = s.sentStart[d.tokStart]!;
    const end = s.sentEnd[d.tokStart]!;
    let best: { a: number; b: number } | null = null;
    for (let a = Math.max(first, d.tokStart - WIDEN); a <= d.tokStart; a++) {
      if (!/^\p{Lu}/u.test(s.toks[a]!.text)) continue;
      for (let b = Math.min(end, d.tokEnd + WIDEN); b >= d.tokEnd; b--) {
        if (b - a <= d.tokEnd - d.tokStart || (best && b - a <= best.b - best.a)) break;
        if (!/^\p{Lu}/u.test(s.toks[b - 1]!.text)) continue;
        if (countryNameCode(text.slice(s.toks[a]!.start, s.toks[b - 1]!.end))) best = { a, b };
      }
    }
    if (!best) continue;
    for (const o of drafts) if (o !== d && !o.dropped && o.tokStart < best.b && o.tokEnd > best.a) o.dropped = true;
    d.tokStart = best.a;
    d.tokEnd = best.b;
    d.type = 'GPE';
    d.rule = `${d.rule}+official-name`;
  }
}

const AGENCY_BEFORE = new Set(['agency', 'broadcaster', 'service', 'wire']);
const AGENCY_AFTER = /^(?:news agency|news service|wire service|agency)\b/i;

export function typeAgencies(text: string, s: Sentenced, drafts: MentionCandidate[]): void {
  for (const d of drafts) {
    if (d.dropped || d.type === 'ORG' || d.type === 'GPE') continue;
    const before = d.tokStart > s.sentStart[d.tokStart]! ? lower(s.toks[d.tokStart - 1]) : '';
    const after = text.slice(s.toks[d.tokEnd - 1]!.end, s.toks[d.tokEnd - 1]!.end + 16).trimStart();
    if (AGENCY_BEFORE.has(before) || AGENCY_AFTER.test(after)) {
      d.type = 'ORG';
      d.rule = `${d.rule}+agency`;
    }
  }
}
