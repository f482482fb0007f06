/**
 * The entities annotator: the trained tagger proposes PER/ORG/LOC/MISC name spans, then the news
 * layer refines them in a fixed order (chrono-style parser → refiners):
 *   1. places that are countries or capitals become GPE;
 *   2. abbreviated titles ("Mr.", "Sen.") make persons and never stand alone as names;
 *   3. title words are trimmed off person names and become roles, with affiliations;
 *   4. organisation descriptors ("state news agency") attach to organisations;
 *   5. capitals and seats of government acting or speaking are flagged as metonyms;
 *   6. nominal mentions ("the Russian president") are proposed;
 *   7. mentions are clustered into entities with canonical names and cross-document keys.
 */
import { layer, type Doc } from '../../doc/doc.js';
import { capitalCountry, countryFor } from './gazetteer.js';
import { bilouChunks, TYPES } from './labels.js';
import { loadTagger, modelFiles } from './model.js';
import { type MentionCandidate, type Sentenced, type WordTok, candidateText, lowerText } from './news/candidate.js';
import { flagMetonyms } from './news/metonyms.js';
import { resolveEntities, type CorefResult } from './news/coref.js';
import { attachRoles, completeKoreanNames, findNominals, joinConjoinedInstitutions, joinSplitPlaces, splitTitledNames, trimLowercaseTails, trimTitles } from './news/roles.js';
import { retypeKin } from './news/kinship.js';
import { typeCorporateNames } from './news/corporate.js';
import { findOrgNominals } from './news/org-nominals.js';
import { defineAnnotator } from '../versioned.js';
import { readTitles } from './news/titles.js';
import { typeAgencies, widenCountryNames } from './news/official-names.js';
import { appendAll } from '../../util/arrays.js';

export { annotateConll } from './conll.js';
export { entityKey } from './news/keys.js';
export type { Mention, Entity, EntityType } from '../../doc/schemas/entities.js';

export interface SentenceSpan {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** Runs the tagger and the news layer over already tokenised, sentence-split text. */
export function extractEntities(
  text: string,
  tokens: readonly { start: number; end: number }[],
  sentences: readonly SentenceSpan[],
): CorefResult {
  const toks: WordTok[] = [];
  const words: string[][] = [];
  const offsets: number[] = [];
  sentences.forEach((snt, si) => {
    offsets.push(toks.length);
    const w: string[] = [];
    for (let i = snt.tokenStart; i < snt.tokenEnd; i++) {
      const t = tokens[i]!;
      const tt = text.slice(t.start, t.end);
      toks.push({ text: tt, start: t.start, end: t.end, sentence: si, lower: lowerText(tt) });
      w.push(tt);
    }
    words.push(w);
  });
  const sentStart = new Int32Array(toks.length);
  const sentEnd = new Int32Array(toks.length);
  sentences.forEach((_, si) => {
    const a = offsets[si]!;
    const b = a + words[si]!.length;
    for (let i = a; i < b; i++) {
      sentStart[i] = a;
      sentEnd[i] = b;
    }
  });
  const tagged: { scores?: Float64Array } = {};
  const preds = words.length ? loadTagger().tagDocument(words, undefined, undefined, tagged) : [];
  // only a frozen tagger reports its scores; without them the refiners weigh nothing
  const scores = tagged.scores;
  const s: Sentenced = scores ? { toks, sentStart, sentEnd, scores } : { toks, sentStart, sentEnd };
  const drafts: MentionCandidate[] = [];
  preds.forEach((p, si) => {
    for (const c of bilouChunks(p)) {
      const type = c.type as (typeof TYPES)[number];
      drafts.push({ tokStart: offsets[si]! + c.start, tokEnd: offsets[si]! + c.end, type, rule: 'tagger' });
    }
  });
  for (const d of drafts) {
    if (d.type !== 'LOC') continue;
    const name = candidateText(text, toks, d).replace(/^the\s+/i, '');
    if (countryFor(name) || capitalCountry(name)) d.type = 'GPE';
  }
  dropDates(text, toks, drafts);
  widenCountryNames(text, s, drafts);
  readTitles(s, drafts);
  typeAgencies(text, s, drafts);
  retypeKin(s, drafts);
  typeCorporateNames(s, drafts);
  splitTitledNames(s, drafts);
  trimTitles(s, drafts);
  trimLowercaseTails(s, drafts);
  joinSplitPlaces(s, drafts);
  joinConjoinedInstitutions(s, drafts);
  completeKoreanNames(s, drafts);
  attachRoles(text, s, drafts);
  flagMetonyms(text, s, drafts);
  appendAll(drafts, findNominals(s, drafts));
  appendAll(drafts, findOrgNominals(s, drafts));
  return resolveEntities(text, s, drafts);
}

/** A month and a day number ("Jan 14", "Sept. 3"): a wire dateline's date, which the tagger may read as a name. */
const MONTH_DAY = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+\d{1,2}\b/;

/**
 * Drops mentions that open on a month and a day ("Jan 14 (Meridian" in "DA NANG, Vietnam, Jan 14 (Meridian) - …"):
 * a date is no name. "May" is left out: it is a given name too.
 */
function dropDates(text: string, toks: readonly WordTok[], drafts: MentionCandidate[]): void {
  let kept = 0;
  for (const d of drafts) if (!MONTH_DAY.test(text.slice(toks[d.tokStart]!.start, toks[d.tokEnd - 1]!.end))) drafts[kept++] = d;
  drafts.length = kept;
}

export const entitiesAnnotator = defineAnnotator<'mentions' | 'entities'>({
  name: 'entities',
  // 1.1: GloVe-cluster tagger (CoNLL test 88.05), kinship retyping. 1.2: the tagger reads the text layer's tokens as
  // they are (no re-split of "Xx."), word clusters and gazetteer keyed by the same tokenizer, retrained (CoNLL valid
  // 92.57, test 87.91); abbreviated titles ("Mr.", "Sen.") make persons and never stand alone
  // 1.3: keys fold transliterations and drop titles, countries key by code under any name, agencies without
  // descriptors; untagged "Mr. X" is a person; cut-short official country names are widened
  // 1.3.1: a name the report calls an agency is an organisation in all its mentions there (untagged ones proposed)
  // 1.4: well-known agencies (news/agencies.ts) are organisations keyed as themselves under all their names; a name
  // the report uses as a report's outlet ("X reported", "a report by X"), and a non-person name in a speaker's slot
  // ("according to X", "confirmed by X"), is an agency
  // 1.5: a one-word name the tagger barely read as a person (or barely left untagged) in a speaker's slot ("Lumen
  // said", "told Vega that", "according to Arktis,") is an organisation, unless a known given name or surname
  // 1.5.1: display names only (keys fold case): a name in capitals gives way to the same name in mixed case, and a
  // dateline place in capitals ("KOUROU, French Guiana –") is shown in title case
  // 1.6.0: company names with a corporate tail ("Kessler Automobilwerke", "Acme Motors") are organisations and their
  // first word alone joins them in either order; second references to organisations ("the company", "the German
  // carmaker", "the regulator") are nominal ORG mentions joined to the fitting organisation most salient so far; an
  // acronym in parentheses after a name ("… Authority (KBA)") is that organisation
  // 1.7.0: a title run read with the name after it as one organisation ("Kenya's Transport Cabinet Secretary Peter Mwangi") is
  // that person with the title as role ("cabinet" is a title word); a place split at a particle ("Dar | es | Salaam") is one;
  // services, enterprises, solutions and ventures close company names ("Pwani Terminal Services"; "Pwani" alone joins it); a
  // country's name keeps its agency tail in a key ("Kenya News Agency" is org:kenya-news-agency, not org:kenya), and an
  // organisation's three-capital acronym is no country code ("KNA")
  // 1.8.0: a mention that opens on a month and a day is a dateline's date, no name ("Jan 14 (Meridian" was a person)
  // 1.9.0: an institution's name the tagger cut at "and" is joined ("Ministry of Roads" + "Highways")
  // 1.10.0: more corporate words close company names ("Pohjola Paper", "Brandt Capital", "Kymi Chemicals")
  // 1.12.0: the word after a wire dateline ("WELLINGTON, July 18 (Meridian) - Ferries resumed") is read by the tagger as a
  // sentence's first word (features.ts datelineOpener): a capitalised common noun there is no name
  // 1.13.0: a short form two countries share ("Congo", "Korea"; never a common name such as "China") keys as the one of
  // them the report names by a name of its own ("GOMA, Congo" in a report on the DR Congo is the DR Congo); a country's
  // initials that are no ISO code ("DRC", "UAE") key as the country when the tagger typed them as an organisation; a
  // name's "of the" before its capitalised last word is no lowercase tail ("Democratic Republic of the Congo")
  // 1.14.0: a wire dateline's credit ("LIMA, Feb 12 (Meridian) -") is an organisation, never a place, and no antecedent of
  // "the company" or "the agency"
  semver: '1.14.0',
  // the version also carries a hash of these files: a retrained model is a new version
  models: () => modelFiles(),
  requires: ['tokens', 'sentences'],
  produces: ['mentions', 'entities'],
  run(doc: Doc) {
    const { mentions, entities } = extractEntities(doc.text, layer(doc, 'tokens'), layer(doc, 'sentences'));
    return { mentions, entities };
  },
});
