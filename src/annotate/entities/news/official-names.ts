/**
 * Two span and type repairs for names that key across reports:
 *  - a country's official name that the tagger cut short ("the Democratic People's Republic of Korea"
 *    tagged as "Korea" or "Democratic Republic") is widened to the whole name when the wider span is
 *    one of the country's names (country-keys.ts), and typed GPE;
 *  - a name right after an agency descriptor or right before an agency tail ("the news agency Vega",
 *    "Tellus news agency"), a well-known agency (agencies.ts), and a name the report uses as the outlet
 *    of a report ("Kazpress reported", "a report by Vega") is an organisation, whatever the tagger read,
 *    and so is every other mention of that name in the same report.
 */
import { type MentionCandidate, type Sentenced, candidateText, isPossessive, lower } from './candidate.js';
import { countryNameCode, mayOpenCountryName } from './country-keys.js';
import { knownAgency, MAX_AGENCY_TOKENS, mayOpenKnownAgency } from './agencies.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { gazBit, phraseMask } from '../gazetteer.js';
import { loadGazetteer } from '../model.js';
import { N_LABELS } from '../labels.js';
import { isGivenName } from '../given-names.js';
import { PERSON_TITLES } from '../../text/abbreviations.js';
import { DATELINE_DASHES } from '../features.js';
import { appendAll } from '../../../util/arrays.js';
import { STARTS_LOWER, STARTS_UPPER } from '../../../util/letter-tests.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}\p{Lu}-]+$/u;

/** How far a short country mention may be widened on each side, in tokens. */
const WIDEN = 5;

export function widenCountryNames(text: string, s: Sentenced, drafts: MentionCandidate[]): void {
  for (const d of drafts) {
    if (d.dropped || d.type === 'PER') continue;
    const first = s.sentStart[d.tokStart]!;
    const end = s.sentEnd[d.tokStart]!;
    let best: { a: number; b: number } | null = null;
    for (let a = Math.max(first, d.tokStart - WIDEN); a <= d.tokStart; a++) {
      if (!STARTS_UPPER.test(s.toks[a]!.text) || !mayOpenCountryName(s.toks[a]!.text, lower(s.toks[a]))) continue;
      for (let b = Math.min(end, d.tokEnd + WIDEN); b >= d.tokEnd; b--) {
        if (b - a <= d.tokEnd - d.tokStart || (best && b - a <= best.b - best.a)) break;
        if (!STARTS_UPPER.test(s.toks[b - 1]!.text)) continue;
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

const isCapitalised = (t: { text: string } | undefined): boolean => !!t && STARTS_UPPER.test(t.text);

/** After a name, what its outlet does with a report: "Kazpress reported", "Saltire quoted the minister". */
const REPORTS_AFTER = new Set(['reported', 'reports', 'quoted', 'quotes']);
/** Before "by": "a report by Vega", "first reported by Norvik", "quoted by Tellus". */
const REPORT_BY = new Set(['report', 'reports', 'reported', 'quoted']);
/** Verbs of saying after a name, or before "by" ("confirmed by"): a slot only a speaker fills. */
const SAYS = new Set(['said', 'says', 'reported', 'reports', 'told', 'added', 'announced', 'confirmed', 'denied', 'stated', 'quoted', 'warned']);
/** Words that may follow a bare name in a speaker slot; a lowercase noun instead makes the name a modifier ("Russian officials"). */
const AFTER_SPEAKER = new Set(['on', 'in', 'at', 'that', 'late', 'early', 'last', 'this', 'earlier', 'as', 'and', 'for', 'said', 'says', 'reported', 'told', 'added']);
const TITLE_WORDS = new Set([...PERSON_TITLES].map((t) => t.toLowerCase().replace(/\.$/, '')));
/** Gazetteer kinds that make a place speak for a government ("Texas said"), or a name a people's. */
const GOVERNING_PLACE = gazBit('country') | gazBit('capital') | gazBit('region') | gazBit('demonym');

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
  const borne = new PersonWords(s, drafts);
  for (const d of drafts) {
    if (d.dropped || d.type === 'GPE') continue;
    const before = d.tokStart > s.sentStart[d.tokStart]! ? lower(s.toks[d.tokStart - 1]) : '';
    const rest = text.slice(s.toks[d.tokEnd - 1]!.end, s.toks[d.tokEnd - 1]!.end + 64);
    const dateline = datelineAgency(s, d);
    const named = AGENCY_BEFORE.has(before) || AGENCY_AFTER.test(rest.trimStart()) || AGENCY_APPOSITIVE.test(rest) || dateline;
    if (!named && !knownAgency(candidateText(text, s.toks, d)) && !actsAsOutlet(s, d, borne)) continue;
    if (d.type !== 'ORG') {
      if (d.type === 'PER') borne.retyped(d);
      d.type = 'ORG';
      d.rule = `${d.rule}+agency`;
    }
    // the wire that filed the report: no antecedent of "the company" (coref.ts)
    if (dateline) d.rule = `${d.rule}+dateline`;
    names.add(nameOf(text, s, d));
  }
  appendAll(drafts, untaggedAgencies(s, covered, names));
  appendAll(drafts, untaggedKnownAgencies(text, s, covered, names));
  appendAll(drafts, untaggedSpeakers(s, covered, names));
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

/** How far into its sentence a dateline's agency may stand ("DA NANG, Vietnam, Jan 14 (Meridian) -"). */
const DATELINE_AGENCY_REACH = 12;

/**
 * Whether a name is a wire dateline's credit: in parentheses right before the dash that closes the dateline, near the
 * start of its sentence ("WELLINGTON, July 18 (Meridian) -", "LONDON (Reuters) —"). The wire that filed the report, an
 * organisation, never a place.
 */
function datelineAgency(s: Sentenced, d: MentionCandidate): boolean {
  const a = d.tokStart;
  const b = d.tokEnd;
  const start = s.sentStart[a]!;
  if (a - start < 2 || a - start > DATELINE_AGENCY_REACH || b + 1 >= s.sentEnd[a]!) return false;
  return s.toks[a - 1]!.text === '(' && s.toks[b]!.text === ')' && DATELINE_DASHES.has(s.toks[b + 1]!.text);
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

/** The words of a sentence before token i, lowercased, from its start. */
function sentenceBefore(s: Sentenced, i: number): string[] {
  const out: string[] = [];
  for (let k = s.sentStart[i]!; k < i; k++) out.push(lower(s.toks[k]));
  return out;
}

/**
 * Whether the report uses a name as a news outlet. Two kinds of evidence, by what the tagger read:
 *  - any name is the outlet of a report: "Kazpress reported", "Saltire quoted the minister", "a report
 *    by Vega", "first reported by Norvik", "In a report on Sunday, Umbra said" (a place only after "by":
 *    "Wuhan reported 20 new cases" is the town's own count);
 *  - a place or other name (not a person) as the source of "according to" or the agent of a verb of
 *    saying: "according to Meridian,", "confirmed by Estrela on Tuesday". Not as the subject of "said":
 *    a city says for its government ("Abidjan says"). Places that speak for a government (countries,
 *    capitals, regions: "according to Texas") are left alone; so is a name followed by a noun
 *    ("according to Russian officials").
 * A name read as a person counts only on the first kind, and only when it cannot be one: one word, no
 * given name, no title before it and no fuller person in the report bearing it.
 */
function actsAsOutlet(s: Sentenced, d: MentionCandidate, borne: PersonWords): boolean {
  const a = d.tokStart;
  const b = d.tokEnd;
  const start = s.sentStart[a]!;
  const end = s.sentEnd[a]!;
  const prev = a > start ? lower(s.toks[a - 1]) : '';
  const prev2 = a - 1 > start ? lower(s.toks[a - 2]) : '';
  const next = b < end ? lower(s.toks[b]) : '';
  const words: string[] = [];
  for (let k = a; k < b; k++) words.push(lower(s.toks[k]));
  if (isPossessive(s.toks[b])) return false;
  const place = d.type !== 'PER' && d.type !== 'ORG';
  if (d.type === 'PER') {
    if (b - a !== 1 || isGivenName(words[0]!) || TITLE_WORDS.has(prev) || ROLE_HEADS.has(prev) || ROLE_MODIFIERS.has(prev)) return false;
    if (borne.has(words[0]!)) return false;
    // a bare name the tagger barely preferred as a person, in a speaker's slot: read as the outlet it more likely is
    if (unsurePerson(s, a) && !knownPersonWord(words[0]!) && speakerSlot(s, a)) return true;
  } else if (place) {
    if (phraseMask(loadGazetteer(), words) & GOVERNING_PLACE) return false;
    const after = s.toks[b];
    if (after && !AFTER_SPEAKER.has(next) && !REPORTS_AFTER.has(next) && STARTS_LOWER.test(after.text)) return false;
  }
  // a town reports its own figures ("Wuhan reported 20 new cases"): a place is no outlet as the subject
  if (REPORTS_AFTER.has(next) && d.type !== 'LOC') return true;
  if (prev === 'by' && REPORT_BY.has(prev2)) return true;
  // "In a report on Sunday, Umbra said": the sentence opens on a report and the name says it
  if (prev === ',' && SAYS.has(next)) {
    const before = sentenceBefore(s, a);
    if (before[0] === 'in' && (before.includes('report') || before.includes('dispatch'))) return true;
  }
  if (!place) return false;
  if (prev === 'to' && prev2 === 'according') return true;
  return prev === 'by' && SAYS.has(prev2);
}

/**
 * How far (in the tagger's weight units) a one-word person may lead the organisation reading and still be
 * re-read as an outlet in a speaker's slot, and how far "no name" may lead both and the word still be
 * proposed there. Chosen on the wire dev split: confident persons ("Lavrov said", "according to
 * Erdogan") lead by 60 and more; bare agency names the tagger has never seen ("confirmed by Tellus")
 * lead by under 25, and common capitalised words ("Police said", "Analysts said") are "no name" by 140 and more.
 */
const PER_OVER_ORG = 25;
const O_OVER_NAME = 30;
/** Labels of a one-word mention (labels.ts: type k's U is 4 + 4k). */
const U_PER = 4;
const U_ORG = 8;
const N_SCORES = N_LABELS;

/** Whether the tagger read token i as a person with little over the organisation reading. */
function unsurePerson(s: Sentenced, i: number): boolean {
  if (!s.scores) return false;
  const b = i * N_SCORES;
  return s.scores[b + U_PER]! - s.scores[b + U_ORG]! < PER_OVER_ORG;
}

/** Whether the tagger left token i untagged with little over reading it as a one-word person or organisation. */
function unsureNone(s: Sentenced, i: number): boolean {
  if (!s.scores) return false;
  const b = i * N_SCORES;
  return s.scores[b]! - Math.max(s.scores[b + U_PER]!, s.scores[b + U_ORG]!) < O_OVER_NAME;
}

const PERSON_WORDS = gazBit('given') | gazBit('surname') | gazBit('person');
/** A word the gazetteer lists as a given name or surname, or that is a listed given name. */
function knownPersonWord(w: string): boolean {
  return isGivenName(w) || (phraseMask(loadGazetteer(), [w]) & PERSON_WORDS) !== 0;
}

/**
 * Whether token i alone fills a speaker's slot: the subject of a verb of saying at a sentence's start
 * ("Lumen said"), "according to X ,", "confirmed by X", or the one told something ("told Vega that").
 */
function speakerSlot(s: Sentenced, i: number): boolean {
  const start = s.sentStart[i]!;
  const end = s.sentEnd[i]!;
  const prev = i > start ? lower(s.toks[i - 1]) : '';
  const prev2 = i - 1 > start ? lower(s.toks[i - 2]) : '';
  const next = i + 1 < end ? lower(s.toks[i + 1]) : '';
  if (i === start && SAYS.has(next)) return true;
  if (prev === 'to' && prev2 === 'according') return next === ',';
  if (prev === 'by' && SAYS.has(prev2)) return next === '' || next === '.' || AFTER_SPEAKER.has(next);
  return prev === 'told' && next === 'that';
}

/**
 * One-word capitalised names the tagger left untagged, though only just, in a speaker's slot ("Lumen
 * said the summit …"): proposed as organisations (a person's name in such a slot the tagger reads as one).
 */
function untaggedSpeakers(s: Sentenced, covered: Uint8Array, names: Set<string>): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  if (!s.scores) return out;
  for (let i = 0; i < s.toks.length; i++) {
    const w = lower(s.toks[i]);
    if (covered[i] || !isCapitalised(s.toks[i]) || NOT_A_NAME.has(w) || TITLE_WORDS.has(w) || ROLE_HEADS.has(w)) continue;
    if (!CAPITALISED_WORD.test(s.toks[i]!.text) || knownPersonWord(w) || !unsureNone(s, i) || !speakerSlot(s, i)) continue;
    out.push({ tokStart: i, tokEnd: i + 1, type: 'ORG', rule: 'unsure-speaker' });
    covered[i] = 1;
    names.add(w);
  }
  return out;
}

/**
 * The lowercased words of the report's standing multi-word person mentions, each with how many such
 * mentions bear it: one count per mention, so retyping a mention takes back exactly its words, and a
 * lookup replaces a scan of every draft per name (quadratic on a long report).
 */
class PersonWords {
  private readonly count = new Map<string, number>();

  constructor(
    private readonly s: Sentenced,
    drafts: readonly MentionCandidate[],
  ) {
    for (const o of drafts) if (!o.dropped && o.type === 'PER') this.add(o, 1);
  }

  /** Whether a standing multi-word person mention has this lowercased word among its tokens. */
  has(word: string): boolean {
    return (this.count.get(word) ?? 0) > 0;
  }

  /** A person mention that is now something else: its words no longer count. */
  retyped(o: MentionCandidate): void {
    if (!o.dropped) this.add(o, -1);
  }

  private add(o: MentionCandidate, by: number): void {
    if (o.tokEnd - o.tokStart < 2) return;
    const words = new Set<string>();
    for (let k = o.tokStart; k < o.tokEnd; k++) words.add(lower(this.s.toks[k]));
    for (const w of words) this.count.set(w, (this.count.get(w) ?? 0) + by);
  }
}

/** Well-known agencies (agencies.ts) the tagger left untagged ("Xinhua said" at a sentence start): proposed as organisations. */
function untaggedKnownAgencies(text: string, s: Sentenced, covered: Uint8Array, names: Set<string>): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    if (covered[i] || !isCapitalised(s.toks[i]) || !mayOpenKnownAgency(s.toks[i]!.text, lower(s.toks[i]))) continue;
    const limit = Math.min(s.sentEnd[i]!, i + MAX_AGENCY_TOKENS);
    // a span may not reach a covered token: the first one at or after i bounds every span tried here
    let free = i;
    while (free < limit && covered[free] !== 1) free++;
    for (let end = free; end > i; end--) {
      if (!knownAgency(text.slice(s.toks[i]!.start, s.toks[end - 1]!.end))) continue;
      out.push({ tokStart: i, tokEnd: end, type: 'ORG', rule: 'known-agency' });
      covered.fill(1, i, end);
      const words: string[] = [];
      for (let k = i; k < end; k++) words.push(lower(s.toks[k]));
      names.add(words.join(' '));
      i = end - 1;
      break;
    }
  }
  return out;
}
