/**
 * events.lang 1.36.0 (issue #12 item 2), the other languages' time attachment (engine.ts `timeFor`): a time on the other side
 * of a quotation's marks is the saying's; a speech verb keeps its time past the name of its speaker after it ("zei Bosma
 * dinsdag"); a time right after the noun of an "after/before/since" phrase dates that noun, not a trigger outside the
 * phrase. Each rule beside a negative; sentences written for these tests (published Wednesday 18 March 2026).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../default-pipeline.js';

const P = 'events/lang 1.36.0 time attachment:';

const CASES: ReadonlyArray<{ readonly language: string; readonly text: string; readonly trigger: string; readonly want: string; readonly why: string }> = [
  { language: 'nl', text: '"Als het geluid niet omlaag gaat, komt er geen festival," zei Bosma dinsdag tegen deze krant.', trigger: 'festival', want: '-', why: 'a time outside the quotation' },
  { language: 'fr', text: '« Si rien ne bouge, ce sera une grève reconductible à partir du 17 juillet », a prévenu sa secrétaire générale.', trigger: 'grève', want: 'du 17 juillet', why: 'negative: a time inside the quotation' },
  { language: 'nl', text: 'Het festival begint dinsdag, zei Bosma tegen deze krant.', trigger: 'festival', want: 'dinsdag', why: 'negative: no quotation' },
  { language: 'de', text: 'Die Gewerkschaft werde erneut streiken, sagte Müller am Montag.', trigger: 'streiken', want: '-', why: "the speaker's name between the speech verb and its time" },
  { language: 'de', text: 'Die Piloten streikten am Montag, sagte Müller.', trigger: 'streikten', want: 'am Montag', why: 'negative: the time before the speech verb' },
  { language: 'de', text: 'Das Gericht hat das Fahrverbot wenige Tage vor dem geplanten Start am 1. April vorläufig ausgesetzt.', trigger: 'ausgesetzt', want: '-', why: 'German "vor dem geplanten Start am 1. April"' },
  { language: 'de', text: 'Das Gericht hat das Fahrverbot am 1. April vorläufig ausgesetzt.', trigger: 'ausgesetzt', want: 'am 1. April', why: 'negative: no "before" phrase' },
  { language: 'de', text: 'Die Polizei hat die Demonstration seit dem 1. April verboten.', trigger: 'verboten', want: '1. April', why: 'negative: "seit dem" opens the time itself, no noun' },
  { language: 'fr', text: 'Le tribunal a suspendu la grève quelques jours avant son lancement prévu le 1er avril.', trigger: 'suspendu', want: '-', why: 'French "avant son lancement prévu le 1er avril"' },
  { language: 'fr', text: 'Le tribunal a suspendu la grève quelques jours avant son lancement prévu le 1er avril.', trigger: 'lancement', want: 'le 1er avril', why: "negative: the phrase's own noun keeps the time" },
  { language: 'es', text: 'El tribunal suspendió la huelga días antes de su inicio previsto el 1 de abril.', trigger: 'huelga', want: '-', why: 'Spanish "antes de su inicio previsto el 1 de abril"' },
  { language: 'es', text: 'El tribunal suspendió la huelga el 1 de abril.', trigger: 'huelga', want: 'el 1 de abril', why: 'negative: Spanish, no "before" phrase' },
];

for (const c of CASES) {
  test(`${P} ${c.language}: ${c.why}`, () => {
    const events = annotate(c.text, { published: '2026-03-18', language: c.language }).layers.events ?? [];
    const e = events.find((x) => c.text.slice(x.trigger.start, x.trigger.end) === c.trigger);
    assert.ok(e, `no event at "${c.trigger}": ${c.text}`);
    assert.equal(e.time ? c.text.slice(e.time.start, e.time.end) : '-', c.want, c.text);
  });
}
