/**
 * events.lang 1.29.0 (issue #12): a trigger with no time in its own clause takes one of its coordinated clause before one of
 * the sentence's other coordinated clauses; time.lang 1.5.0: a bare weekday in a relative clause told in a past form reads
 * back. Each row beside a negative; sentences written for these tests (published Wednesday 18 March 2026).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../default-pipeline.js';
import type { Event } from '../../../doc/schemas/events.js';

const P = 'events/lang 1.29.0:';

function label(text: string, e: Event): string {
  const time = e.time ? text.slice(e.time.start, e.time.end) : '-';
  return `${text.slice(e.trigger.start, e.trigger.end)} ${e.status ?? '-'} @${time}`;
}

function eventsOf(language: string, text: string): readonly Event[] {
  return annotate(text, { published: '2026-03-18', language }).layers.events ?? [];
}

const CASES: ReadonlyArray<{ readonly language: string; readonly text: string; readonly want: readonly string[]; readonly why: string }> = [
  // the time of the trigger's own coordinated clause, not the nearer one of the clause before ", y"
  { language: 'es', text: 'Los mineros volvieron al trabajo el lunes, y el sindicato convocó otra huelga de la plantilla, que empezará el 2 de abril.', want: ['huelga scheduled @el 2 de abril'], why: 'the strike of the second conjunct' },
  { language: 'es', text: 'El sindicato convocó una huelga de la plantilla el lunes, que empezará el 2 de abril.', want: ['huelga scheduled @el lunes'], why: 'negative: no coordinated clause, the nearest time' },
  { language: 'fr', text: 'Les dockers ont repris le travail lundi, et le syndicat annonce une grève des pilotes, qui débutera le 2 avril.', want: ['grève scheduled @le 2 avril'], why: 'French "et"' },
  { language: 'pt', text: 'Os mineiros voltaram ao trabalho na segunda-feira, e o sindicato marcou uma greve dos motoristas, que começa a 2 de abril.', want: ['greve scheduled @a 2 de abril'], why: 'Portuguese "e"' },
  { language: 'fr', text: 'Le syndicat annonce une grève des pilotes pour lundi, et la direction promet des négociations le 2 avril.', want: ['grève occurred @lundi'], why: 'negative: the trigger\'s own conjunct has its time' },
];

for (const c of CASES) {
  test(`${P} ${c.language}: ${c.why}`, () => {
    assert.deepEqual(eventsOf(c.language, c.text).filter((e) => /^(huelga|grève|greve)$/iu.test(c.text.slice(e.trigger.start, e.trigger.end))).map((e) => label(c.text, e)), c.want, c.text);
  });
}

const T = 'time/lang 1.5.0:';
const WEEKDAYS: ReadonlyArray<{ readonly language: string; readonly text: string; readonly day: string; readonly want: string; readonly why: string }> = [
  { language: 'pt', text: 'O antigo presidente, que morreu no domingo aos 86 anos, será sepultado em Assomada.', day: 'domingo', want: '2026-03-15', why: 'a death told in the past in a relative clause' },
  { language: 'pt', text: 'A greve, que começa no domingo, será longa.', day: 'domingo', want: '2026-03-22', why: 'negative: a relative clause with no past form keeps the sentence\'s future' },
  { language: 'es', text: 'El exministro, que falleció el domingo, será enterrado en su pueblo.', day: 'domingo', want: '2026-03-15', why: 'Spanish past in a relative clause' },
  { language: 'es', text: 'La huelga, que comenzará el domingo, será larga.', day: 'domingo', want: '2026-03-22', why: 'negative: a future in the relative clause' },
  { language: 'fr', text: "L'ancien ministre, qui est décédé dimanche, sera inhumé à Lyon.", day: 'dimanche', want: '2026-03-15', why: 'French passé composé in a relative clause' },
  { language: 'fr', text: 'Le ministre sera inhumé dimanche à Lyon.', day: 'dimanche', want: '2026-03-22', why: 'negative: no relative clause' },
];

for (const c of WEEKDAYS) {
  test(`${T} ${c.language}: ${c.why}`, () => {
    const doc = annotate(c.text, { published: '2026-03-18', language: c.language });
    const t = (doc.layers.timexes ?? []).find((x) => c.text.slice(x.start, x.end).includes(c.day));
    assert.equal(t?.value, c.want, c.text);
  });
}
