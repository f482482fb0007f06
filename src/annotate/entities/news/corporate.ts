/**
 * Company names the tagger read as people. A name whose last word is a corporate form ("Acme Motors",
 * "Hradec Retail Group", a German compound such as "Kessler Automobilwerke") is an organisation, and so is
 * its first word standing alone in the same report ("Kessler said"), which coreference then joins to the
 * full name. A word that some person in the report also bears as part of a full name ("Hans Kessler")
 * stays as the tagger read it: the report may mean either.
 */
import { type MentionCandidate, type Sentenced, lower } from './candidate.js';
import { STARTS_UPPER } from '../../../util/letter-tests.js';

/** Last words of company names (folded). Single letters and words that also end place names are left out. */
const CORPORATE_WORDS = new Set(
  `inc corp corporation co ltd plc llc ag sa nv gmbh se kg spa bv group holdings holding motors airlines airways
  industries automotive pharmaceuticals pharma technologies systems bancorp energy resources mining partners
  foods steel telecom electronics petroleum logistics shipping insurance services enterprises solutions ventures
  paper mills chemicals cement brewery breweries textiles retail capital securities investments construction
  engineering software laboratories networks communications railways shipyards pharmaceutical airline motor`.split(/\s+/),
);

/** Corporate tails of compound words in German and Dutch company names ("Automobilwerke", "Stahlwerk"). */
const CORPORATE_COMPOUND = /\p{Ll}(?:werke|werk|gruppe|konzern|versicherungen|versicherung|bank)$/u;

/** Is this word (as written) a corporate form that closes a company's name? */
export function isCorporateTail(word: string): boolean {
  const folded = word.toLowerCase().replace(/\.$/, '');
  return CORPORATE_WORDS.has(folded) || (STARTS_UPPER.test(word) && CORPORATE_COMPOUND.test(word));
}

export function typeCorporateNames(s: Sentenced, drafts: MentionCandidate[]): void {
  const shortForms = new Set<string>();
  for (const d of drafts) {
    if (d.dropped || d.type === 'GPE' || d.type === 'LOC' || d.tokEnd - d.tokStart < 2) continue;
    if (!isCorporateTail(s.toks[d.tokEnd - 1]!.text)) continue;
    if (d.type !== 'ORG') {
      d.type = 'ORG';
      d.rule = `${d.rule}+corporate`;
    }
    shortForms.add(lower(s.toks[d.tokStart]));
  }
  if (shortForms.size === 0) return;
  for (const d of drafts) {
    if (d.dropped || d.type !== 'PER' || d.tokEnd - d.tokStart < 2) continue;
    for (let k = d.tokStart; k < d.tokEnd; k++) shortForms.delete(lower(s.toks[k]));
  }
  for (const d of drafts) {
    if (d.dropped || d.type !== 'PER' || d.tokEnd - d.tokStart !== 1 || !shortForms.has(lower(s.toks[d.tokStart]))) continue;
    d.type = 'ORG';
    d.rule = `${d.rule}+corporate-short`;
  }
}
