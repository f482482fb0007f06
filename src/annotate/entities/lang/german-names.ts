/**
 * Name evidence for German, where every noun is capitalised: a capitalised word there is a name
 * candidate only when something says it is a name, else "Streik", "Mittwoch" and "Gewerkschaft" crowd a
 * report's heaviest keys and the linker never finds the report's story. Evidence, any of:
 *  - an acronym (VGB, BSV);
 *  - a country, capital or demonym of the world-countries gazetteer (Berlin);
 *  - a given name (the gender-detection-from-name lists) followed by a capitalised word: a person;
 *  - the word that follows such a given name (the surname);
 *  - none of the marks of a common noun: an article, determiner or number just before it, a
 *    common-noun suffix (-ung, -schaft, …), or a place in FREQUENT_NOUNS.
 * FREQUENT_NOUNS is a compact hand-written list of the capitalised words German news uses most that
 * carry no suffix mark (weekdays, months, units, function words that open sentences); no maintained
 * German noun list exists among the installed packages.
 */
import { createRequire } from 'node:module';
import { capitalCountry, countryFor, translatedCountry } from '../gazetteer.js';
import { HAS_UPPER } from '../../../util/letter-tests.js';

const { getGender } = createRequire(import.meta.url)('gender-detection-from-name') as {
  getGender(name: string, lang?: string): 'male' | 'female' | 'unknown';
};

const FREQUENT_NOUNS = new Set(`
montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend januar februar märz april mai juni juli
august september oktober november dezember uhr jahr jahre jahren jahres monat monate monaten woche wochen tag tage
tagen stunde stunden minute minuten zeit ende anfang mitte prozent euro dollar million millionen milliarde
milliarden streik streiks lohn löhne geld preis preise angaben seite seiten teil teile fall fälle frage fragen
land länder stadt staat welt leute menschen kinder frau frauen mann männer polizei behörde behörden chef chefin
sprecher sprecherin präsident präsidentin minister ministerin kanzler kanzlerin bürgermeister rat haus weg
bus busse bahn zug züge fahrer fahrgäste passagiere arbeit unternehmen firma gespräch gespräche verhandlungen
grund ziel ergebnis bericht berichten nachrichten zahl zahlen wir sie er es ich ihr man wer was wie wo wann
warum dies diese dieser dieses jetzt heute gestern morgen auch aber und oder doch nach vor beim im am vom zum zur
`.split(/\s+/).filter(Boolean));

/** Words that make the next capitalised word a common noun: articles, determiners, pronouns of possession. */
const DETERMINERS = new Set(`
der die das dem den des ein eine einen einem einer eines kein keine keinen keinem keiner keines am im vom zum
zur beim ins ans aufs jeder jede jedes jeden jedem alle allen aller dieser diese dieses diesen diesem sein
seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere mehr viele vielen wenige einige rund etwa
`.split(/\s+/).filter(Boolean));

/** Suffixes of German common nouns (Gewerkschaft, Lösung, Mannschaft, Freiheit, Situation, Ergebnis). */
const NOUN_SUFFIX = /(?:ung|ungen|heit|keit|schaft|schaften|tion|tionen|tät|ismus|nis|nisse|chen|lein|ment|ling|tum)$/u;

export interface GermanWord {
  readonly text: string;
  /** The word just before it in the text, as written ('' at the start). */
  readonly before: string;
}

function isAcronym(w: string): boolean {
  return /^[\p{Lu}\d]{2,}$/u.test(w) && HAS_UPPER.test(w);
}

function isPlace(w: string): boolean {
  return countryFor(w) !== undefined || capitalCountry(w) !== undefined || translatedCountry(w) !== undefined;
}

function isGivenName(w: string): boolean {
  return !FREQUENT_NOUNS.has(w.toLowerCase()) && getGender(w, 'de') !== 'unknown';
}

/** A common noun by its own marks: a determiner or number before it, a noun suffix, a frequent noun. */
function looksCommon(word: GermanWord): boolean {
  const before = word.before.toLowerCase();
  if (DETERMINERS.has(before) || /^\d[\d.,]*$/.test(before)) return true;
  const w = word.text.toLowerCase();
  // an article or determiner itself, capitalised where it opens a sentence after a dateline ("STUTTGART - Die Übergabe")
  if (DETERMINERS.has(w)) return true;
  return FREQUENT_NOUNS.has(w) || NOUN_SUFFIX.test(w) || w.split('-').some((p) => FREQUENT_NOUNS.has(p) || NOUN_SUFFIX.test(p));
}

/** Which words of a run of capitalised German words have name evidence (same order and length as `words`). */
export function germanNameEvidence(words: readonly GermanWord[]): boolean[] {
  const out = words.map((w) => isAcronym(w.text) || isPlace(w.text));
  for (let i = 0; i + 1 < words.length; i++) {
    if (isGivenName(words[i]!.text) && !looksCommon(words[i + 1]!)) out[i] = out[i + 1] = true;
  }
  return out.map((has, i) => has || !looksCommon(words[i]!));
}
