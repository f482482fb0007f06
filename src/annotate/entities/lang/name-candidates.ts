/**
 * Names in a report that has no entity layer (one in a language the entity annotators have no model for:
 * a French or Spanish report of the story). The link layer cannot type these names, so each capitalised
 * run of words becomes candidate keys, in the English key space, of every type it could be: a person
 * (transliterated, case endings undone: entities/lang/names.ts), a place or country, an organisation.
 * A candidate counts only where a story already knows that key; the rest is noise and is never stored.
 */
import { entityKey } from '../annotate/entities/news/keys.js';
import { personKeyIn } from '../annotate/entities/lang/names.js';

export interface NameCandidate {
  readonly key: string;
  readonly type: 'PER' | 'LOC' | 'GPE' | 'ORG';
  readonly name: string;
  readonly mentions: number;
  readonly lead: boolean;
}

/** Capitalised words in a row (Latin or Cyrillic), with the particles names carry ("Rio de Janeiro", "Le Havre"). */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:de|del|la|le|el|du|des|van|von|der|den|da|di)\s+)?\p{Lu}[\p{L}’'-]*){0,3}/gu;
/** What stands before a word that opens a sentence: nothing, or a full stop and space. */
const SENTENCE_START = /(?:^|[.!?:]["”»’]?\s+|\n\s*)$/u;
/** Runs shorter than this are initials or sentence starts more often than names. */
const MIN_LETTERS = 3;

/** Keys a run of capitalised words could have, one per type it could be. */
function keysOf(run: string, text: string): Array<{ key: string; type: NameCandidate['type'] }> {
  const out: Array<{ key: string; type: NameCandidate['type'] }> = [];
  const words = run.split(/\s+/);
  if (words.length >= 2) out.push({ key: personKeyIn(run, text), type: 'PER' });
  const place = entityKey('LOC', run);
  out.push({ key: place, type: place.startsWith('gpe:') ? 'GPE' : 'LOC' });
  out.push({ key: entityKey('ORG', run), type: 'ORG' });
  return out;
}

/** Candidate keys of the names in a text, each with its count; `leadEnd` is where the first sentence ends. */
export function nameCandidates(text: string, leadEnd: number): NameCandidate[] {
  const byKey = new Map<string, { key: string; type: NameCandidate['type']; name: string; mentions: number; lead: boolean }>();
  for (const m of text.matchAll(NAME_RUN)) {
    const run = m[0].replace(/[’'-]+$/, '');
    if (run.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) continue;
    const words = run.split(/\s+/);
    // one capitalised word opening a sentence is any word ("Les dockers", "Naufragio en …")
    if (words.length === 1 && SENTENCE_START.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
    // a place inside a longer run ("la Marina del Perú", "Gobierno Regional de Ucayali") is a candidate on its own
    const parts = words.length > 1 ? words.filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w)) : [];
    for (const k of [...keysOf(run, text), ...parts.map((w) => ({ key: entityKey('LOC', w), type: 'LOC' as const }))]) {
      if (/:$/.test(k.key)) continue;
      const seen = byKey.get(k.key);
      if (seen) {
        seen.mentions++;
        seen.lead ||= m.index < leadEnd;
      } else byKey.set(k.key, { ...k, name: run, mentions: 1, lead: m.index < leadEnd });
    }
  }
  return [...byKey.values()];
}
