/**
 * Events in reports in other languages (German, French, Spanish), as the story layer reads them: the
 * plan a report in that language gets (events.lang), its digest, and the reader's status of the event the
 * gold names by its English lemma ("strike": dates-announced, cancelled, denied, happened, …). One
 * pattern per language. A postponement is gold "postponed", which the story layer's status words (English)
 * do not yet read in another language.
 */
import { annotate } from '../../../annotate/default-pipeline.js';
import { EVENT_LANGUAGES } from '../../../annotate/events/lang/index.js';
import { digestReport } from '../../../link/digest.js';
import { readerStatus } from '../../../link/status.js';
import type { WireExample, WirePattern } from '../types.js';
import { sameEvent } from '../report-reading.js';

const NAMES: Readonly<Record<string, string>> = { de: 'German', fr: 'French', es: 'Spanish', it: 'Italian', pt: 'Portuguese' };

export const patterns: WirePattern[] = EVENT_LANGUAGES.map((language) => ({
  name: `lang-events-${language}`,
  family: 'language',
  description: `${NAMES[language] ?? language} events and their status as the story layer reads them`,
  check(ex: WireExample) {
    const want = ex.expect as { lemma: string; status: string | null };
    const published = ex.published ?? null;
    const doc = annotate(ex.text, { published, language });
    const digest = digestReport({ id: 1, title: null, outlet: null, published, language, nearDupOf: null }, doc);
    const day = published ? published.slice(0, 10) : null;
    const read = digest.events.filter((e) => sameEvent(want.lemma, e.lemma)).map((e) => readerStatus(e, day));
    const got = read.find((s) => s !== null) ?? (read.length ? null : 'no such event');
    return { ok: got === want.status, want: `${want.lemma}: ${want.status ?? 'none'}`, got: `${want.lemma}: ${got ?? 'none'}` };
  },
}));
