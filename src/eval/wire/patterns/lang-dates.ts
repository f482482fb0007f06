/**
 * Dates in reports in other languages ("12-14 Nisan", "до конца апреля", "volgende week", "nächste
 * Woche", "la semaine prochaine", "el próximo martes"), normalised against the publication date by the
 * pipeline a report in that language gets. One pattern per language. Gold: every date expression of
 * the sentence, in order, as `value`, `value MOD` ("2026-04 END"), or `from/to` for a range of days.
 */
import { annotate } from '../../../annotate/default-pipeline.js';
import { DATE_LANGUAGES, dateLabel } from '../../../annotate/time/lang/index.js';
import type { WireExample, WirePattern } from '../types.js';

const NAMES: Readonly<Record<string, string>> = { ru: 'Russian', de: 'German', fr: 'French', es: 'Spanish', nl: 'Dutch', tr: 'Turkish', it: 'Italian' };

export const patterns: WirePattern[] = DATE_LANGUAGES.map((language) => ({
  name: `lang-dates-${language}`,
  family: 'language',
  description: `${NAMES[language] ?? language} dates and relative times normalised against the publication date`,
  check(ex: WireExample) {
    const want = (ex.expect as { dates: string[] }).dates;
    const doc = annotate(ex.text, { published: ex.published ?? null, language });
    const got = (doc.layers.timexes ?? []).map(dateLabel);
    return { ok: JSON.stringify(got) === JSON.stringify(want), want: JSON.stringify(want), got: JSON.stringify(got) };
  },
}));
