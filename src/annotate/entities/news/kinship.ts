/**
 * Kinship makes persons: organisations and works have no fathers or widows. A name the tagger read
 * as an organisation or a misc name is a person when a kinship noun ties it to someone:
 *  - appositive: "Kim Jong Il, the father of Kim Jong Un" (the name before the kinship phrase);
 *  - object: "the father of Kim Jong Un", "the widow of John Smith" (the name after "of");
 *  - possessive: "Smith's daughter" (the name before "'s").
 * The kinship noun must head its phrase (lowercase, followed by "of", punctuation or the end), so
 * "sister company of Acme" and "the Mother of Parliaments" change nothing.
 */
import { quotationClass } from '../../text/quotes.js';
import { type MentionCandidate, type Sentenced, isPossessive, lower } from './candidate.js';
import { STARTS_LOWER } from '../../../util/letter-tests.js';

export const KINSHIP_NOUNS = new Set(
  `father mother son daughter brother sister husband wife widow widower uncle aunt nephew niece cousin
  grandfather grandmother grandson granddaughter stepfather stepmother stepson stepdaughter father-in-law
  mother-in-law son-in-law daughter-in-law brother-in-law sister-in-law half-brother half-sister fiance
  fiancee fiancé fiancée parents children sons daughters brothers sisters`.split(/\s+/),
);

/** Punctuation or a closing quote right after a noun: the noun ends its phrase. */
const CLOSES_PHRASE = new RegExp(`^[,.;:!?)${quotationClass('close')}]$`);

/** Is token `i` a kinship noun heading its phrase? */
function kinshipHead(s: Sentenced, i: number): boolean {
  const t = s.toks[i];
  if (!t || !STARTS_LOWER.test(t.text) || !KINSHIP_NOUNS.has(lower(t))) return false;
  const next = s.toks[i + 1];
  return !next || i + 1 >= s.sentEnd[i]! || lower(next) === 'of' || CLOSES_PHRASE.test(next.text);
}

/** Skips determiners and possessive pronouns, and up to two modifiers ("the late", "his eldest"). */
function phraseHead(s: Sentenced, i: number, end: number): number {
  if (/^(the|a|an|his|her|their|its)$/.test(lower(s.toks[i]))) i++;
  for (let k = 0; k < 2 && i < end && !kinshipHead(s, i) && STARTS_LOWER.test(s.toks[i]!.text); k++) i++;
  return i;
}

export function retypeKin(s: Sentenced, drafts: MentionCandidate[]): void {
  for (const d of drafts) {
    if (d.dropped || (d.type !== 'ORG' && d.type !== 'MISC')) continue;
    const end = s.sentEnd[d.tokStart]!;
    const start = s.sentStart[d.tokStart]!;
    let kin = false;
    // "Name, the father of ..."
    if (s.toks[d.tokEnd]?.text === ',' && d.tokEnd + 1 < end) kin = kinshipHead(s, phraseHead(s, d.tokEnd + 1, end));
    // "Name's daughter"
    if (!kin && isPossessive(s.toks[d.tokEnd])) kin = kinshipHead(s, d.tokEnd + 1);
    // "the father of [the] Name"
    if (!kin) {
      let j = d.tokStart - 1;
      if (j > start && lower(s.toks[j]) === 'the') j--;
      kin = j > start && lower(s.toks[j]) === 'of' && kinshipHead(s, j - 1);
    }
    if (kin) {
      d.type = 'PER';
      d.rule = `${d.rule}+kinship`;
    }
  }
}
