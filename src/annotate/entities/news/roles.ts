/**
 * Titles, roles and affiliations around name mentions. Three patterns, all generic:
 *  - pre-name title: [affiliation] title-words Name ("Russian President Vladimir Putin",
 *    "Kremlin spokesman Dmitry Peskov", "North Korean Foreign Minister Choe Son Hui");
 *  - appositive: Name, [the] [affiliation] role ... ("Jung Pak, U.S. senior official for North Korea,");
 *  - organisation descriptor: [X's|demonym] descriptors Org ("North Korea's state news agency KCNA").
 * Affiliations are normalised: demonyms and country spellings become the country's common name.
 */
import { countryFor, isDemonym } from '../gazetteer.js';
import { type MentionCandidate, type Sentenced, type WordTok, candidateText, isPossessive, lower } from './candidate.js';
import { KOREAN_SURNAME_VARIANTS, ORG_DESCRIPTORS, ROLE_HEADS, ROLE_MODIFIERS } from './lexicon.js';
import { capitalCountry } from '../gazetteer.js';
import { isGivenName } from '../given-names.js';
import { appendAll } from '../../../util/arrays.js';
import { SpanIndex } from '../../../doc/span-index.js';
import { STARTS_LOWER, STARTS_UPPER } from '../../../util/letter-tests.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const UPPER_LOWER = /^\p{Lu}\p{Ll}/u;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const SHORT_TITLE_CASE = /^\p{Lu}\p{Ll}{0,3}$/u;

const MAX_APPOSITIVE = 12;

function isRoleWord(t: WordTok | undefined): boolean {
  const w = lower(t);
  return ROLE_HEADS.has(w) || ROLE_MODIFIERS.has(w);
}

/** Normalised affiliation text for a mention used as one. */
function affiliationName(text: string): string {
  const c = countryFor(text.replace(/^the\s+/i, ''));
  return c ? c.name : text.replace(/^the\s+/i, '');
}

/** Index of drafts by their exclusive end token, for "what mention ends right here?". */
function byEnd(drafts: readonly MentionCandidate[]): Map<number, MentionCandidate> {
  const m = new Map<number, MentionCandidate>();
  for (const d of drafts) if (!d.dropped) m.set(d.tokEnd, d);
  return m;
}

interface Affiliation {
  readonly name: string;
  /** first token of the affiliation phrase */
  readonly tokStart: number;
}

/**
 * An affiliation ending just before token `at` (exclusive): a mention ("Kremlin", "North Korea's"),
 * or a demonym the tagger left untagged ("North Korean").
 */
function affiliationBefore(
  text: string,
  s: Sentenced,
  ends: Map<number, MentionCandidate>,
  at: number,
  floor: number,
): Affiliation | undefined {
  let end = at;
  const possessive = isPossessive(s.toks[end - 1]);
  if (possessive) end--;
  const m = ends.get(end);
  if (m && m.tokStart >= floor && m.type !== 'PER') {
    const t = candidateText(text, s.toks, m);
    if (m.type === 'MISC' && isDemonym(t)) m.dropped = true; // absorbed into the role
    return { name: affiliationName(t), tokStart: m.tokStart };
  }
  for (const n of [2, 1]) {
    const st = end - n;
    if (st < floor) continue;
    const phrase = s.toks
      .slice(st, end)
      .map((t) => t.text)
      .join(' ');
    if (STARTS_UPPER.test(phrase) && (isDemonym(phrase) || (possessive && countryFor(phrase)))) {
      return { name: affiliationName(phrase), tokStart: st };
    }
  }
  return undefined;
}

/** Leading title words are not part of a name: "President Vladimir Putin" → "Vladimir Putin". */
export function trimTitles(s: Sentenced, drafts: MentionCandidate[]): void {
  for (const d of drafts) {
    if (d.type !== 'PER') continue;
    while (d.tokEnd - d.tokStart > 1 && isRoleWord(s.toks[d.tokStart])) d.tokStart++;
  }
}

/** Words of a person's name after a title run: a given name and one or two more. */
const MIN_NAME = 2;
const MAX_NAME = 3;

/**
 * "Kenya's Transport Cabinet Secretary Peter Mwangi": the tagger may read a title and the name after it as one
 * organisation. A non-person mention that opens with title words ending in a role head ("Secretary", "Minister"),
 * followed by two or three capitalised words of which the first is a known given name, is that person; the title
 * is left for attachRoles to read as the person's role.
 */
export function splitTitledNames(s: Sentenced, drafts: MentionCandidate[]): void {
  for (const d of drafts) {
    if (d.dropped || d.type === 'PER') continue;
    let k = d.tokStart;
    let head = -1;
    while (k < d.tokEnd && isRoleWord(s.toks[k])) {
      if (ROLE_HEADS.has(lower(s.toks[k]))) head = k;
      k++;
    }
    const name = head + 1;
    const words = d.tokEnd - name;
    if (head < 0 || words < MIN_NAME || words > MAX_NAME || !isGivenName(lower(s.toks[name]))) continue;
    let capitalised = true;
    for (let i = name; i < d.tokEnd; i++) if (!UPPER_LOWER.test(s.toks[i]!.text)) capitalised = false;
    if (!capitalised) continue;
    d.tokStart = name;
    d.type = 'PER';
    d.rule = `${d.rule}+titled-name`;
  }
}

/** Lowercase words that may sit inside a name ("Bank of England", "Ludwig van Beethoven"). */
const NAME_CONNECTORS = /^(of|de|du|des|la|le|von|van|der|den|al|bin|ibn|da|di|y|for|and|the|on|in|&)$/;

/** Lowercase particles inside place names ("Dar es Salaam", "Aix en Provence", "Castell del Monte"); not "and" or "of". */
const PLACE_PARTICLES = /^(?:es|de|du|des|da|das|do|dos|del|della|la|le|el|al|sur|am|en|di|y)$/;
const PLACE_TYPES: ReadonlySet<string> = new Set(['LOC', 'GPE']);

/** The mentions still standing, by the token they start at. */
function mentionStarts(drafts: readonly MentionCandidate[]): Map<number, MentionCandidate> {
  const starts = new Map<number, MentionCandidate>();
  for (const d of drafts) if (!d.dropped) starts.set(d.tokStart, d);
  return starts;
}

/**
 * "Dar es Salaam": the tagger may read the capitalised words on either side of a lowercase particle as two places.
 * Two place mentions with only such a particle between them, in one sentence, are one place.
 */
export function joinSplitPlaces(s: Sentenced, drafts: MentionCandidate[]): void {
  const starts = mentionStarts(drafts);
  for (const d of drafts) {
    if (d.dropped || !PLACE_TYPES.has(d.type)) continue;
    const particle = s.toks[d.tokEnd];
    const next = starts.get(d.tokEnd + 1);
    if (!particle || !PLACE_PARTICLES.test(particle.text) || !next || next.dropped || !PLACE_TYPES.has(next.type)) continue;
    if (s.sentEnd[d.tokStart] !== s.sentEnd[next.tokStart]) continue;
    d.tokEnd = next.tokEnd;
    d.rule = `${d.rule}+joined-place`;
    next.dropped = true;
  }
}

/** Heads of institution names whose field may be two things joined by "and" ("Ministry of Roads and Highways"). */
const INSTITUTION_HEADS = /^(?:Ministry|Department|Office|Secretariat|Commission|Committee|Board|Council|Agency|Institute|Bureau|Authority|Minister|Secretary)$/;

/**
 * Joins an institution's name the tagger cut at "and": "Ministry of Roads" + "and" + "Highways" is the Ministry of Roads
 * and Highways, one organisation. The second part is an organisation or name the tagger read, or one or two capitalised
 * words it left untagged, ending before a capital-free word.
 */
export function joinConjoinedInstitutions(s: Sentenced, drafts: MentionCandidate[]): void {
  const starts = mentionStarts(drafts);
  for (const d of drafts) {
    if (d.dropped || d.type !== 'ORG' || d.tokEnd - d.tokStart < 3) continue;
    if (!INSTITUTION_HEADS.test(s.toks[d.tokStart]!.text) || s.toks[d.tokStart + 1]?.lower !== 'of') continue;
    if (s.toks[d.tokEnd]?.lower !== 'and' || s.sentEnd[d.tokStart]! <= d.tokEnd + 1) continue;
    const from = d.tokEnd + 1;
    const next = starts.get(from);
    let end = -1;
    if (next) {
      if (!next.dropped && next.type === 'ORG' && !/^['’]s$/.test(s.toks[next.tokEnd]?.text ?? '')) end = next.tokEnd;
    } else {
      let k = from;
      while (k < s.sentEnd[d.tokStart]! && k < from + 2 && TITLE_CASE_WORD.test(s.toks[k]!.text) && !starts.has(k)) k++;
      // (not a possessor: "the Ministry of Health and Tanzania's government")
      if (k > from && !STARTS_UPPER.test(s.toks[k]?.text ?? '') && !/^['’]s$/.test(s.toks[k]?.text ?? '')) end = k;
    }
    if (end < 0) continue;
    d.tokEnd = end;
    d.rule = `${d.rule}+joined-institution`;
    if (next) next.dropped = true;
  }
}

/** Cuts a name at a stray lowercase tail: "U.N. Charter and other" → "U.N. Charter". */
export function trimLowercaseTails(s: Sentenced, drafts: MentionCandidate[]): void {
  for (const d of drafts) {
    while (d.tokEnd - d.tokStart > 1 && /^[.,;:!?"'()]$/.test(s.toks[d.tokEnd - 1]!.text)) d.tokEnd--;
    for (let i = d.tokStart + 1; i < d.tokEnd; i++) {
      const t = s.toks[i]!.text;
      if (!STARTS_LOWER.test(t)) continue;
      // a connector joins when a capitalised word follows it inside the name, past at most one more connector ("Democratic
      // Republic of the Congo", "Bank of the Philippine Islands")
      let j = i + 1;
      if (j < d.tokEnd - 1 && NAME_CONNECTORS.test(s.toks[j]!.text)) j++;
      const next = s.toks[j];
      const joins = NAME_CONNECTORS.test(t) && j < d.tokEnd && next && STARTS_UPPER.test(next.text);
      if (!joins) {
        d.tokEnd = i;
        break;
      }
    }
  }
}

/**
 * Korean names are a family name and two given syllables; the tagger sometimes stops one syllable
 * short ("Kim Jong | Un"). Extend a two-token person starting with a Korean family name over a
 * following short capitalised syllable.
 */
export function completeKoreanNames(s: Sentenced, drafts: MentionCandidate[]): void {
  const starts = new Set(drafts.map((d) => d.tokStart));
  for (const d of drafts) {
    if (d.type !== 'PER' || d.tokEnd - d.tokStart !== 2) continue;
    if (!KOREAN_SURNAME_VARIANTS.has(lower(s.toks[d.tokStart]))) continue;
    const next = s.toks[d.tokEnd];
    if (!next || d.tokEnd >= s.sentEnd[d.tokStart]! || starts.has(d.tokEnd)) continue;
    if (SHORT_TITLE_CASE.test(next.text) && !ROLE_HEADS.has(lower(next))) d.tokEnd++;
  }
}

export function attachRoles(text: string, s: Sentenced, drafts: MentionCandidate[]): void {
  const ends = byEnd(drafts);
  const starts = new Map<number, MentionCandidate>();
  for (const d of drafts) starts.set(d.tokStart, d);
  const added: MentionCandidate[] = [];
  for (const d of drafts) {
    if (d.dropped || d.role) continue;
    const floor = s.sentStart[d.tokStart]!;
    if (d.type === 'PER') {
      if (!preNameRole(text, s, ends, d, floor, added)) appositiveRole(text, s, starts, d);
    }
    else if (d.type === 'ORG' || d.type === 'MISC') orgDescriptor(text, s, ends, d, floor);
  }
  appendAll(drafts, added);
}

function preNameRole(text: string, s: Sentenced, ends: Map<number, MentionCandidate>, d: MentionCandidate, floor: number, added: MentionCandidate[]): boolean {
  let j = d.tokStart;
  let hasHead = false;
  while (j - 1 >= floor && isRoleWord(s.toks[j - 1]) && !ends.has(j)) {
    j--;
    if (ROLE_HEADS.has(lower(s.toks[j]))) hasHead = true;
  }
  if (!hasHead || !ROLE_HEADS.has(lower(s.toks[d.tokStart - 1]))) return false;
  d.role = { tokStart: j, tokEnd: d.tokStart };
  const aff = affiliationBefore(text, s, ends, j, floor) ?? untaggedAffiliation(text, s, j, floor, added);
  if (aff) d.affiliation = aff.name;
  d.rule = `${d.rule}+role.title`;
  return true;
}

/**
 * "Acme spokesman John Doe": capitalised words right before a role that the tagger left untagged
 * name the organisation (or place) the role belongs to; they become a mention of their own.
 */
function untaggedAffiliation(text: string, s: Sentenced, at: number, floor: number, added: MentionCandidate[]): Affiliation | undefined {
  let k = at;
  while (k - 1 >= floor && at - k < 4 && STARTS_UPPER.test(s.toks[k - 1]!.text) && !/^(The|A|An)$/.test(s.toks[k - 1]!.text)) k--;
  if (k === at || isRoleWord(s.toks[k])) return undefined;
  const name = candidateText(text, s.toks, { tokStart: k, tokEnd: at });
  const place = countryFor(name) || capitalCountry(name);
  added.push({ tokStart: k, tokEnd: at, type: place ? 'GPE' : 'ORG', rule: 'role.affiliation' });
  return { name: affiliationName(name), tokStart: k };
}

function appositiveRole(text: string, s: Sentenced, starts: Map<number, MentionCandidate>, d: MentionCandidate): boolean {
  const end = s.sentEnd[d.tokStart]!;
  let i = d.tokEnd;
  if (s.toks[i]?.text !== ',') return false;
  i++;
  if (/^(the|a|an)$/.test(lower(s.toks[i]))) i++;
  const phraseStart = i;
  let stop = i;
  while (stop < end && stop - phraseStart < MAX_APPOSITIVE && !/^[,.;:!?()]$/.test(s.toks[stop]!.text)) stop++;
  if (stop === phraseStart || (stop < end && s.toks[stop]!.text !== ',' && s.toks[stop]!.text !== '.')) return false;
  // Optional leading affiliation mention ("U.S."), or a demonym.
  let roleStart = phraseStart;
  let affiliation: string | undefined;
  const lead = starts.get(phraseStart);
  if (lead && lead !== d && lead.type !== 'PER' && lead.tokEnd < stop) {
    const t = candidateText(text, s.toks, lead);
    if (lead.type === 'MISC' && isDemonym(t)) lead.dropped = true;
    affiliation = affiliationName(t);
    roleStart = lead.tokEnd;
  }
  // The role must start with role words and contain a head within its first few tokens.
  let k = roleStart;
  let hasHead = false;
  while (k < stop && isRoleWord(s.toks[k])) {
    if (ROLE_HEADS.has(lower(s.toks[k]))) hasHead = true;
    k++;
  }
  if (!hasHead) return false;
  if (!affiliation) {
    // "a spokesman for Acme Corp": the organisation after for/of/at.
    for (let q = k; q < stop - 1; q++) {
      if (/^(for|of|at|with)$/.test(lower(s.toks[q]))) {
        const m = starts.get(q + 1);
        if (m && m.type !== 'PER') affiliation = affiliationName(candidateText(text, s.toks, m));
        break;
      }
    }
  }
  d.role = { tokStart: roleStart, tokEnd: stop };
  if (affiliation) d.affiliation = affiliation;
  d.rule = `${d.rule}+role.appositive`;
  return true;
}

function orgDescriptor(text: string, s: Sentenced, ends: Map<number, MentionCandidate>, d: MentionCandidate, floor: number): void {
  let j = d.tokStart;
  while (j - 1 >= floor && ORG_DESCRIPTORS.has(lower(s.toks[j - 1])) && !ends.has(j)) j--;
  if (j === d.tokStart) return;
  const descriptors = s.toks.slice(j, d.tokStart).map((t) => lower(t));
  // One generic word ("state", "official") is not enough: a head noun must be among them.
  if (!descriptors.some((w) => /^(agency|service|broadcaster|television|tv|radio|newspaper|daily|outlet|company|firm|group|bank|ministry|media)$/.test(w))) {
    return;
  }
  d.type = 'ORG';
  d.role = { tokStart: j, tokEnd: d.tokStart };
  const aff = affiliationBefore(text, s, ends, j, floor);
  if (aff) d.affiliation = aff.name;
  d.rule = `${d.rule}+role.descriptor`;
}

/**
 * Nominal person mentions: "the Russian president", "the North Korean leader". Made only where a
 * person entity with that role (and affiliation, when stated) can take them; see coref.
 */
export function findNominals(s: Sentenced, drafts: readonly MentionCandidate[]): MentionCandidate[] {
  const covered = new Uint8Array(s.toks.length);
  for (const d of drafts) for (let i = d.tokStart; i < d.tokEnd; i++) covered[i] = 1;
  // MISC drafts by token span: a nominal drops those inside it without a scan of every draft
  const misc = new SpanIndex(drafts.filter((o) => o.type === 'MISC').map((o) => ({ start: o.tokStart, end: o.tokEnd, o })));
  const out: MentionCandidate[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    if (lower(s.toks[i]) !== 'the') continue;
    const sentEnd = s.sentEnd[i]!;
    // the [demonym] [modifiers] head, not followed by a capitalised name
    let j = i + 1;
    let affiliation: string | undefined;
    for (const n of [2, 1]) {
      if (j + n > sentEnd) continue;
      const phrase = s.toks
        .slice(j, j + n)
        .map((t) => t.text)
        .join(' ');
      if (isDemonym(phrase)) {
        affiliation = affiliationName(phrase);
        j += n;
        break;
      }
    }
    const roleStart = j;
    while (j < sentEnd && ROLE_MODIFIERS.has(lower(s.toks[j])) && !ROLE_HEADS.has(lower(s.toks[j]))) j++;
    if (j >= sentEnd || !ROLE_HEADS.has(lower(s.toks[j]))) continue;
    const head = s.toks[j]!;
    if (STARTS_UPPER.test(s.toks[j + 1]?.text ?? '') || covered[j]) continue; // "the President Joe X" is a name
    if (STARTS_UPPER.test(head.text) && j !== i + 1 && !affiliation) continue;
    const dd: MentionCandidate = { tokStart: i, tokEnd: j + 1, type: 'PER', rule: 'nominal', nominal: true, role: { tokStart: roleStart, tokEnd: j + 1 } };
    if (affiliation) dd.affiliation = affiliation;
    for (const { o } of misc.within(i, j + 1)) o.dropped = true;
    out.push(dd);
  }
  return out;
}
