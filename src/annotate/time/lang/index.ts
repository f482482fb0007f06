/**
 * Dates in reports that are not in English: one lexicon per language (ru, de, fr, es, nl, tr, it, pt), matched
 * and normalised against the publication date by one engine. The English time annotator stays the one
 * for English reports; this one runs in their place for the languages it has a lexicon for.
 */
import type { Doc } from '../../../doc/doc.js';
import { layer } from '../../../doc/doc.js';
import type { Timex } from '../../../doc/schemas/time.js';
import { defineAnnotator } from '../../versioned.js';
import { de } from './de.js';
import { compileLexicon, tagDates, type CompiledLexicon, type SentenceSpan } from './engine.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import type { DateLexicon } from './types.js';
import { memoByString } from '../../../util/memo.js';

export type { DateLexicon } from './types.js';

const LEXICONS: readonly DateLexicon[] = [ru, de, fr, es, nl, tr, it, pt];

/** ISO 639-1 codes with a date lexicon. */
export const DATE_LANGUAGES: readonly string[] = LEXICONS.map((l) => l.language);

/** A language's lexicon, compiled on first use (null when it has none). */
const compiledFor = memoByString((language: string): CompiledLexicon | null => {
  const lex = LEXICONS.find((l) => l.language === language);
  return lex ? compileLexicon(lex) : null;
});

/** A timex in short readable form: `value`, `value MOD` ("2026-04 END"), or `from/to` for a range of days. */
export function dateLabel(t: Timex): string {
  if (t.window && t.rule?.endsWith(':range')) return `${t.window.from}/${t.window.to}`;
  return t.mod ? `${t.value} ${t.mod}` : t.value;
}

export function hasDateLexicon(language: string | null | undefined): boolean {
  return !!language && DATE_LANGUAGES.includes(language);
}

/** Date expressions of a text in one of DATE_LANGUAGES; none for another language. */
export function tagDatesIn(language: string, text: string, published: string | null, sentences: readonly SentenceSpan[] = []): Timex[] {
  const c = compiledFor(language);
  return c ? tagDates(c, text, published, sentences) : [];
}

/** The `timexes` layer for a report in one of DATE_LANGUAGES (doc.meta.language), anchored to doc.meta.published. */
export const multilingualTimeAnnotator = defineAnnotator<'timexes'>({
  name: 'time.lang',
  semver: '1.6.0', // 1.6 (hxlang, issue 12): a part of a year named by its number ("fin 2027", "a finales de 2027", "entro la fine del 2027", "no final de 2027", "eind 2027", "Ende 2027") with its mod, a season ("au printemps", "voor de zomer", "im Sommer 2027": 2026-SP, the nearest one without a year), and the French "d'ici quelques jours", "dans quelques semaines". 1.5: a bare weekday in a relative clause told in a past form reads back, whatever the sentence's future ("Tavares Delgado, que morreu no domingo aos 86 anos, será sepultado"). 1.4: German bare years after a particle of time ("Bereits 2021", "schon 2014", "seit 2019", "erst 2028"). 1.3: Portuguese (pt.ts: "12 de abril de 2026", "na segunda-feira", "nas próximas semanas", "em breve"). 1.2: Italian (it.ts: "il 1° febbraio 2027", "lunedì", "la settimana prossima"). 1.1: vague spans ahead ("dans les prochains jours", "bald", "en los próximos meses") with the English phrases' windows
  requires: ['sentences'],
  produces: ['timexes'],
  run(doc: Doc) {
    const language = doc.meta.language ?? '';
    return { timexes: tagDatesIn(language, doc.text, doc.meta.published ?? null, layer(doc, 'sentences')) };
  },
});
