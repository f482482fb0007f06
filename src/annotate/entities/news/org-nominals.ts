/**
 * Second references to organisations: "the company", "the German carmaker", "the regulator", "the
 * state-owned lender". Wire copy names a company once and then calls it by what it is; without these
 * mentions "the company said" credits no one. Each description is proposed here as a nominal ORG
 * mention; coreference (coref.ts) joins it to the organisation of the report that fits its head noun
 * and is most salient so far, or drops it when none fits.
 *
 * Kept out: "the company Kessler" (an apposition: the name is the mention), "the group of experts"
 * (a quantity phrase), "the rival company" / "the parent company" (modifiers that point elsewhere: only
 * listed modifiers, places and demonyms may stand between "the" and the head).
 */
import { isDemonym } from '../gazetteer.js';
import { type MentionCandidate, type Sentenced, lower } from './candidate.js';
import { STARTS_LOWER, STARTS_UPPER } from '../../../util/letter-tests.js';

/** What kind of organisation a head noun or a name denotes. */
export type OrgClass = 'business' | 'government' | 'media' | 'union' | 'other';

/** Head nouns and the classes of organisation each may refer to. */
const HEADS: ReadonlyMap<string, readonly OrgClass[]> = new Map<string, readonly OrgClass[]>([
  ...heads(`company firm carmaker automaker chipmaker drugmaker miner lender insurer retailer airline manufacturer
  maker conglomerate grocer brewer`, ['business']),
  ...heads('regulator watchdog authority ministry inspectorate', ['government']),
  ...heads('agency', ['government', 'media']),
  ...heads('newspaper daily broadcaster', ['media']),
  ...heads('union', ['union']),
  ...heads('group', ['business', 'union']),
]);

function heads(words: string, classes: readonly OrgClass[]): [string, readonly OrgClass[]][] {
  return words.split(/\s+/).map((w) => [w, classes]);
}

/** Lowercase words that may stand between "the" and the head without pointing at another organisation. */
const MODIFIERS = new Set(
  `state-owned state-run state-controlled listed embattled troubled struggling private privately-held family-owned
  family-run publicly-listed loss-making national federal regional mining oil energy media tech technology telecoms
  telecom steel chemicals drug retail food shipping supermarket grocery car auto insurance software utility power
  construction defence defense arms budget low-cost news`.split(/\s+/),
);

const MAX_MODIFIERS = 3;

function allowedModifier(s: Sentenced, i: number, coveredByPlace: Uint8Array): boolean {
  const t = s.toks[i]!;
  const w = lower(t);
  if (MODIFIERS.has(w) || /^[\p{L}]+-(?:based|listed|owned|run)$/u.test(w)) return true;
  return STARTS_UPPER.test(t.text) && (coveredByPlace[i] === 1 || isDemonym(t.text));
}

/** The nominal ORG mentions of a sentence set; `head` is the head noun's token (the draft's last). */
export function findOrgNominals(s: Sentenced, drafts: readonly MentionCandidate[]): MentionCandidate[] {
  const covered = new Uint8Array(s.toks.length);
  const coveredByPlace = new Uint8Array(s.toks.length);
  for (const d of drafts) {
    if (d.dropped) continue;
    covered.fill(1, d.tokStart, d.tokEnd);
    if (d.type === 'GPE' || d.type === 'LOC' || d.type === 'MISC') coveredByPlace.fill(1, d.tokStart, d.tokEnd);
  }
  const out: MentionCandidate[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    if (lower(s.toks[i]) !== 'the' || covered[i]) continue;
    const sentEnd = s.sentEnd[i]!;
    let j = i + 1;
    while (j < sentEnd && j - i - 1 < MAX_MODIFIERS && !HEADS.has(lower(s.toks[j])) && allowedModifier(s, j, coveredByPlace)) j++;
    const head = s.toks[j];
    if (j >= sentEnd || !head || !HEADS.has(lower(head)) || covered[j] || !STARTS_LOWER.test(head.text)) continue;
    const next = s.toks[j + 1];
    if (next && j + 1 < sentEnd && (lower(next) === 'of' || STARTS_UPPER.test(next.text))) continue;
    out.push({ tokStart: i, tokEnd: j + 1, type: 'ORG', rule: 'org-nominal', nominal: true });
  }
  return out;
}

/** The classes a nominal's head noun may refer to (empty for a word that is no head). */
export function headClasses(head: string): readonly OrgClass[] {
  return HEADS.get(head.toLowerCase()) ?? [];
}

const GOVERNMENT_NAME =
  /\b(?:authority|agency|ministry|commission|office|bureau|department|administration|directorate|inspectorate|regulator|council|board|service|police|court|tribunal)\b|amt$/i;
const MEDIA_NAME = /\b(?:times|post|herald|journal|gazette|daily|tribune|courier|chronicle|observer|news|press|zeitung|tagblatt|kurier|wire)\b/i;
/** Institutions that are none of the kinds a second reference here may name ("the company" is not a hospital). */
const OTHER_NAME = /\b(?:hospital|clinic|university|college|school|institute|church|party|army|forces|navy|museum|foundation|club)\b/i;
const UNION_NAME = /\b(?:union|federation|confederation|syndicate|association|forum|alliance)\b/i;

/**
 * The class of a named organisation, from its name and whether it is a known news agency. A
 * name that says nothing (an acronym, a bare brand) is a business: that is what second references such as
 * "the company" most often point at, and a government body or a union usually carries its kind in its name.
 */
export function nameClass(name: string, outlet: boolean): OrgClass {
  if (outlet || MEDIA_NAME.test(name)) return 'media';
  if (GOVERNMENT_NAME.test(name)) return 'government';
  if (UNION_NAME.test(name)) return 'union';
  if (OTHER_NAME.test(name)) return 'other';
  return 'business';
}
