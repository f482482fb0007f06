/**
 * Two span and type repairs for names that key across reports:
 *  - a country's official name that the tagger cut short ("the Democratic People's Republic of Korea"
 *    tagged as "Korea" or "Democratic Republic") is widened to the whole name when the wider span is
 *    one of the country's names (country-keys.ts), and typed GPE;
 *  - a name right after an agency descriptor or right before an agency tail ("the news agency Vega",
 *    "Tellus news agency") is an organisation, whatever the tagger read, and so is every other mention
 *    of that name in the same report.
 */
import { type MentionCandidate, type Sentenced, lower } from './candidate.js';
import { countryNameCode } from './country-keys.js';
import { appendAll } from '../../../util/arrays.js';

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
/** An appositive that says what the name is: "Corvina, the private news agency, said". */
const AGENCY_APPOSITIVE = /^\s*,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:news agency|agency|broadcaster|news service|wire service)\b/u;
/** Longest agency name read after a descriptor when the tagger proposed none ("the state broadcaster Tellus"). */
const MAX_NAME_TOKENS = 3;
/** Capitalised words that never begin an agency's name right after its descriptor ("the agency On Monday"). */
const NOT_A_NAME = new Set([
  'on', 'in', 'at', 'the', 'a', 'an', 'and', 'but', 'said', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

const isCapitalised = (t: { text: string } | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);

/**
 * Agencies and their bare names, across the document. A name the report itself calls an agency ("the news
 * agency Vega", "Tellus news agency", "the state broadcaster Tellus") is an organisation, whatever the
 * tagger read, and proposed when the tagger missed it; every other mention of that same name in the
 * report ("The minister told Vega …", "Lumen said …") is then the same organisation (in-document
 * coreference: the report has said what the name is). One pass to find the agencies, one to retype.
 */
export function typeAgencies(text: string, s: Sentenced, drafts: MentionCandidate[]): void {
  const covered = new Uint8Array(s.toks.length);
  for (const d of drafts) if (!d.dropped) covered.fill(1, d.tokStart, d.tokEnd);
  const names = new Set<string>();
  for (const d of drafts) {
    if (d.dropped || d.type === 'GPE') continue;
    const before = d.tokStart > s.sentStart[d.tokStart]! ? lower(s.toks[d.tokStart - 1]) : '';
    const rest = text.slice(s.toks[d.tokEnd - 1]!.end, s.toks[d.tokEnd - 1]!.end + 64);
    if (!AGENCY_BEFORE.has(before) && !AGENCY_AFTER.test(rest.trimStart()) && !AGENCY_APPOSITIVE.test(rest)) continue;
    if (d.type !== 'ORG') {
      d.type = 'ORG';
      d.rule = `${d.rule}+agency`;
    }
    names.add(nameOf(text, s, d));
  }
  appendAll(drafts, untaggedAgencies(s, covered, names));
  // a name some person in the report also bears ("Rafael Vega" beside the agency Vega) stays ambiguous
  for (const d of drafts) {
    if (d.dropped || d.type !== 'PER' || d.tokEnd - d.tokStart < 2) continue;
    for (let k = d.tokStart; k < d.tokEnd; k++) names.delete(lower(s.toks[k]));
  }
  if (names.size === 0) return;
  // the same name elsewhere in the report: retype what the tagger read, propose what it missed
  const byFirst = new Map<string, string[][]>();
  for (const n of names) {
    const parts = n.split(' ');
    const list = byFirst.get(parts[0]!) ?? [];
    list.push(parts);
    byFirst.set(parts[0]!, list);
  }
  for (const d of drafts) {
    if (d.dropped || d.type === 'ORG' || d.type === 'GPE' || !names.has(nameOf(text, s, d))) continue;
    d.type = 'ORG';
    d.rule = `${d.rule}+agency-coref`;
  }
  for (let i = 0; i < s.toks.length; i++) {
    if (covered[i] || !isCapitalised(s.toks[i])) continue;
    for (const parts of byFirst.get(lower(s.toks[i])) ?? []) {
      const end = i + parts.length;
      if (end > s.sentEnd[i]! || !parts.every((p, k) => !covered[i + k] && lower(s.toks[i + k]) === p)) continue;
      drafts.push({ tokStart: i, tokEnd: end, type: 'ORG', rule: 'agency-coref' });
      covered.fill(1, i, end);
      break;
    }
  }
}

/** An agency's name as compared within a report: lowercased, without "the" and the agency tail. */
function nameOf(text: string, s: Sentenced, d: MentionCandidate): string {
  let a = d.tokStart;
  const b = d.tokEnd;
  if (b - a > 1 && lower(s.toks[a]) === 'the') a++;
  const words: string[] = [];
  for (let k = a; k < b; k++) words.push(lower(s.toks[k]));
  const tail = /\s+(?:news agency|news service|wire service|agency)$/;
  return words.join(' ').replace(tail, '');
}

/**
 * Capitalised names right after an agency descriptor that the tagger left untagged ("The state
 * broadcaster Tellus reported"): proposed as organisations and added to the report's agency names.
 */
function untaggedAgencies(s: Sentenced, covered: Uint8Array, names: Set<string>): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (let i = 1; i < s.toks.length; i++) {
    if (covered[i] || !AGENCY_BEFORE.has(lower(s.toks[i - 1])) || i === s.sentStart[i]) continue;
    // "the agency" needs a determiner or modifier before it: "Polar Broadcaster Tellus" is one name
    if (isCapitalised(s.toks[i - 1]) || !isCapitalised(s.toks[i]) || NOT_A_NAME.has(lower(s.toks[i]))) continue;
    let end = i + 1;
    while (end < s.sentEnd[i]! && end - i < MAX_NAME_TOKENS && !covered[end] && isCapitalised(s.toks[end]) && !NOT_A_NAME.has(lower(s.toks[end]))) end++;
    out.push({ tokStart: i, tokEnd: end, type: 'ORG', rule: 'agency-descriptor' });
    covered.fill(1, i, end);
    const words: string[] = [];
    for (let k = i; k < end; k++) words.push(lower(s.toks[k]));
    names.add(words.join(' '));
  }
  return out;
}
