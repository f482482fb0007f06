/**
 * The `quantities` layer for reports in German, French, Spanish, Portuguese, Italian and Dutch (docs/languages.md): the English reader's
 * rules are English, so these reports get their amounts from a lexicon per language (lexicons.ts, pt.ts) read by one
 * reader (read.ts), in the English layer's schema and units.
 */
import type { Doc } from '../../../doc/doc.js';
import { layer } from '../../../doc/doc.js';
import { defineAnnotator } from '../../versioned.js';
import { AMOUNT_LEXICONS } from './lexicons.js';
import { readLangQuantities } from './read.js';

/** ISO 639-1 codes with an amount lexicon. */
export const AMOUNT_LANGUAGES: readonly string[] = AMOUNT_LEXICONS.map((l) => l.language);

export function hasAmountLexicon(language: string | null | undefined): boolean {
  return !!language && AMOUNT_LANGUAGES.includes(language);
}

export const multilingualQuantitiesAnnotator = defineAnnotator<'quantities'>({
  name: 'quantities.lang',
  semver: '1.3.0', // 1.3: Dutch (nl.ts: "ongeveer 130.000 klanten", "14,5 miljoen euro", "procent"); 1.1: Portuguese (pt.ts: "cerca de 2.600 empregos", "mil milhões", "por cento"); 1.2: Italian (it.ts), "d'euros" read as "de" + currency, more nouns and currencies
  requires: ['sentences', 'timexes', 'events'],
  produces: ['quantities'],
  run(doc: Doc) {
    const lex = AMOUNT_LEXICONS.find((l) => l.language === doc.meta.language);
    if (!lex) return { quantities: [] };
    return {
      quantities: readLangQuantities(lex, { text: doc.text, sentences: layer(doc, 'sentences'), timexes: doc.layers.timexes ?? [], events: doc.layers.events ?? [] }),
    };
  },
});
