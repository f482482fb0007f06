/**
 * The `names` layer: names in a report the entity models cannot read (a language they have no model for,
 * such as a French or Spanish report of a story). Such names cannot be typed, so each capitalised run of
 * words gets the keys, in the English key space, of every type it could be: a person (transliterated,
 * case endings undone: names.ts), a place or country, an organisation. The link layer counts a key only
 * where a story already knows it, so the rest is noise that never reaches a story.
 */
import type { Doc } from '../../../doc/doc.js';
import type { NameCandidate, NameKey } from '../../../doc/schemas/names.js';
import { defineAnnotator } from '../../versioned.js';
import { translatedCountry } from '../gazetteer.js';
import { entityKey } from '../news/keys.js';
import { titleCased } from '../news/title-case.js';
import { germanNameEvidence } from './german-names.js';
import { personKeyIn } from './names.js';
import { STARTS_UPPER } from '../../../util/letter-tests.js';

/** Capitalised words in a row (Latin or Cyrillic), with the particles names carry ("Rio de Janeiro", "Le Havre"). */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:de|del|la|le|el|du|des|van|von|der|den|da|di)\s+)?\p{Lu}[\p{L}’'-]*){0,3}/gu;
/** What stands before a word that opens a sentence: nothing, or a full stop and space. */
const SENTENCE_START = /(?:^|[.!?:]["”»’]?\s+|\n\s*)$/u;
/** A dateline's place: the report's first word in capitals, before its separator ("PRAIA - O funeral", "LYON, 9 juillet"). */
const DATELINE_PLACE = /^\s*(\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})(?=\s*(?:,|\s[-–—]\s|\())/u;
/** Runs shorter than this are initials or sentence starts more often than names. */
const MIN_LETTERS = 3;

/** Keys a run of capitalised words could have, one per type it could be. */
function keysOf(run: string, text: string): NameKey[] {
  const out: NameKey[] = [];
  const words = run.split(/\s+/);
  if (words.length >= 2) out.push({ key: personKeyIn(run, text), type: 'PER' });
  const place = entityKey('LOC', run);
  out.push({ key: place, type: place.startsWith('gpe:') ? 'GPE' : 'LOC' });
  // a city the English models key as a political place ("Yaoundé" is gpe:yaounde there), and a country by its name in
  // the report's language ("Kamerun" is gpe:cmr)
  out.push({ key: entityKey('GPE', run), type: 'GPE' });
  const country = translatedCountry(run);
  if (country) out.push({ key: `gpe:${country.cca3.toLowerCase()}`, type: 'GPE' });
  out.push({ key: entityKey('ORG', run), type: 'ORG' });
  // a place inside a longer run ("la Marina del Perú", "Gobierno Regional de Ucayali") is a candidate on its own
  if (words.length > 1) {
    for (const w of words) {
      if (w.length < 4 || !STARTS_UPPER.test(w)) continue;
      out.push({ key: entityKey('LOC', w), type: 'LOC' });
      const inside = translatedCountry(w);
      if (inside) out.push({ key: `gpe:${inside.cca3.toLowerCase()}`, type: 'GPE' });
    }
  }
  return out.filter((k, i) => !k.key.endsWith(':') && out.findIndex((o) => o.key === k.key) === i);
}

/** A run of capitalised words found in the text: where it starts, and its words as written. */
interface Run {
  readonly start: number;
  readonly text: string;
}

/** The word before `index` in `text`, punctuation stripped ('' where none). */
function wordBefore(text: string, index: number): string {
  return /([\p{L}\d.,]+)[^\p{L}\d]*$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1]?.replace(/[.,]+$/, '') ?? '';
}

/**
 * A German run cut down to its stretches of words with name evidence (german-names.ts): every German
 * noun is capitalised, so "Die Verkehrsgewerkschaft Berlin" is the name Berlin and "Streik" none.
 */
function germanRuns(run: Run, text: string): Run[] {
  const words = [...run.text.matchAll(/\S+/gu)].map((w) => ({ text: w[0], at: run.start + w.index }));
  const capitalised = words.filter((w) => STARTS_UPPER.test(w.text));
  const evidence = germanNameEvidence(capitalised.map((w) => ({ text: w.text, before: wordBefore(text, w.at) })));
  const out: Run[] = [];
  let from = -1;
  capitalised.forEach((w, i) => {
    const prev = capitalised[i - 1];
    // a stretch breaks at a word without evidence and between words that are not neighbours in the run
    const joins = from >= 0 && evidence[i - 1] && prev && words.indexOf(w) - words.indexOf(prev) <= 2;
    if (evidence[i] && !joins) from = w.at;
    if (evidence[i] && (i + 1 === capitalised.length || !evidence[i + 1] || words.indexOf(capitalised[i + 1]!) - words.indexOf(w) > 2)) {
      out.push({ start: from, text: text.slice(from, w.at + w.text.length) });
      from = -1;
    }
  });
  return out;
}

/** The candidate names of a text, in text order; `language` (ISO 639-1) where known. */
export function nameCandidates(text: string, language?: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  // a dateline's one word would be skipped below as a sentence's first word; it names where the report was filed
  const dateline = DATELINE_PLACE.exec(text);
  const datelineAt = dateline ? text.indexOf(dateline[1]!) : -1;
  for (const m of text.matchAll(NAME_RUN)) {
    const found: Run = { start: m.index, text: m[0].replace(/[’'-]+$/, '') };
    for (const { start, text: run } of language === 'de' ? germanRuns(found, text) : [found]) {
      if (run.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) continue;
      // one capitalised word opening a sentence is any word ("Les dockers", "Naufragio en …")
      if (!/\s/.test(run) && start !== datelineAt && SENTENCE_START.test(text.slice(Math.max(0, start - 3), start))) continue;
      const keys = start === datelineAt ? keysOf(titleCased(run), text) : keysOf(run, text);
      if (keys.length) out.push({ start, end: start + run.length, keys });
    }
  }
  return out;
}

/** Runs in the pipelines for languages without entity models (default-pipeline.ts languagePlan). */
export const nameCandidatesAnnotator = defineAnnotator<'names'>({
  name: 'names.lang',
  // 1.3.0: a dateline's one word in capitals ("PRAIA - …") is a place candidate, not a sentence's first word.
  // 1.2.0: a country by its name in the report's language ("Kamerun" → gpe:cmr, world-countries translations), a place
  // under both its LOC and GPE keys (the English models key a capital as GPE), and no German article as a name ("Die")
  semver: '1.3.0',
  requires: [],
  produces: ['names'],
  run(doc: Doc) {
    return { names: nameCandidates(doc.text, doc.meta.language) };
  },
});
