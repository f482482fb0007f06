/**
 * Metonyms: a capital city or a seat of government standing for the government ("Moscow and
 * Pyongyang expressed concerns", "the Kremlin said", "Washington and its allies", "Pyongyang's
 * transfer of missiles"). A capital that is only a destination ("visit Pyongyang") stays a place.
 */
import { capitalCountry } from '../gazetteer.js';
import { type MentionCandidate, type Sentenced, candidateText, isPossessive, lower } from './candidate.js';
import { ACTOR_NOUNS, ACTOR_VERBS, SEAT_COUNTRY, SEATS_OF_GOVERNMENT } from './lexicon.js';

function seatKey(name: string): string {
  return name.replace(/^the\s+/i, '').toLowerCase().replace(/\s+/g, '-');
}

export function isSeatOfGovernment(name: string): boolean {
  return SEATS_OF_GOVERNMENT.has(seatKey(name));
}

/** The country whose government a capital or seat of government stands for ("Moscow", "the Kremlin" → Russia). */
export function governmentOf(name: string): string | undefined {
  return capitalCountry(name)?.name ?? SEAT_COUNTRY[seatKey(name)];
}

/** Can this mention stand for a government at all? */
function governmentCapable(text: string, d: MentionCandidate): boolean {
  return d.type !== 'PER' && d.type !== 'MISC' && (!!capitalCountry(text) || isSeatOfGovernment(text));
}

export function flagMetonyms(text: string, s: Sentenced, drafts: MentionCandidate[]): void {
  flagActingGovernments(text, s, drafts);
  for (const d of drafts) {
    if (d.metonym && !d.dropped) {
      const country = governmentOf(candidateText(text, s.toks, d));
      if (country) d.standsFor = country;
    }
  }
}

function flagActingGovernments(text: string, s: Sentenced, drafts: MentionCandidate[]): void {
  const starts = new Map<number, MentionCandidate>();
  for (const d of drafts) if (!d.dropped) starts.set(d.tokStart, d);
  for (const d of drafts) {
    if (d.dropped) continue;
    const name = candidateText(text, s.toks, d);
    if (!governmentCapable(name, d)) continue;
    if (isSeatOfGovernment(name)) d.type = 'ORG';
    const end = s.sentEnd[d.tokStart]!;
    let i = d.tokEnd;
    if (isPossessive(s.toks[i])) {
      // "Pyongyang's transfer", "Washington's allies"
      if (ACTOR_NOUNS.has(lower(s.toks[i + 1]))) d.metonym = true;
      continue;
    }
    // Skip a coordinated actor: "Moscow and Pyongyang expressed", "Washington and its allies".
    if (lower(s.toks[i]) === 'and') {
      if (lower(s.toks[i + 1]) === 'its' && ACTOR_NOUNS.has(lower(s.toks[i + 2]))) {
        d.metonym = true;
        continue;
      }
      const other = starts.get(i + 1);
      if (other) i = other.tokEnd;
    }
    // Optional adverb ("Moscow also said").
    if (i < end && /ly$|^also$|^again$|^now$|^then$/.test(lower(s.toks[i]))) i++;
    if (i < end && ACTOR_VERBS.has(lower(s.toks[i]))) d.metonym = true;
  }
}
