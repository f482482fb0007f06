/**
 * events.lang 1.28.0 (issue #12): another happening of its kind, a German year and verb-final object, new lexicon words, a
 * window that cuts a word, times of other triggers, a rescue's participle, "still", a subject's predicate past its relative
 * clause, "after", a sitting called off, a closure in the infinitive, a threat. Each row beside a negative; sentences
 * written for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../default-pipeline.js';
import type { Event } from '../../../doc/schemas/events.js';

const P = 'events/lang 1.28.0:';

/** One event as "trigger lemma status/phase/modality" ("-" for none). */
function label(text: string, e: Event): string {
  return `${text.slice(e.trigger.start, e.trigger.end)} ${e.lemma} ${e.status ?? '-'}/${e.phase ?? '-'}/${e.modality}`;
}

function eventsOf(language: string, text: string): readonly Event[] {
  return annotate(text, { published: '2026-03-18', language }).layers.events ?? [];
}

const CASES: ReadonlyArray<{ readonly language: string; readonly text: string; readonly want: readonly string[]; readonly why: string }> = [
  // a work stoppage and a prosecutor's charge in Spanish
  { language: 'es', text: 'El sindicato convocó un paro de 24 horas para el viernes 27 de marzo.', want: ['paro strike scheduled/called/asserted'], why: 'a work stoppage called' },
  { language: 'es', text: 'Miles de personas siguen en paro.', want: [], why: 'negative: unemployment, no strike word near' },
  { language: 'es', text: 'La Fiscalía acusó formalmente al conductor el jueves.', want: ['acusó charge occurred/charged/asserted'], why: 'a formal charge' },
  { language: 'es', text: 'El ministro acusó al Gobierno de mentir.', want: [], why: 'negative: words of blame' },
  // a chamber's approval in German, its subject far before the participle; "ausgewiesen" only of people
  { language: 'de', text: 'Das Parlament hat am Montag ein Rettungspaket für die staatliche Eisenbahngesellschaft des Landes gebilligt.', want: ['Rettungspaket bailout occurred/-/asserted', 'gebilligt vote occurred/held/asserted'], why: 'a bailout approved by parliament' },
  { language: 'de', text: 'Die Eltern haben den Ausflug der Klasse gebilligt.', want: [], why: 'negative: approved by no chamber' },
  { language: 'de', text: 'Die Regierung hat am Montag zwei Diplomaten ausgewiesen.', want: ['ausgewiesen expel occurred/-/asserted'], why: 'envoys expelled' },
  { language: 'de', text: 'Die Firma hatte für 2025 einen Verlust von 214 Millionen Euro ausgewiesen.', want: ['Verlust loss occurred/-/asserted'], why: 'a loss reported: no one deported (ausgewiesen), the loss itself is a happening (events.lang 1.32.0)' },
  // the object of a German participle more than fifty characters before it; a bare year after "bereits" dates it
  { language: 'de', text: 'Bereits 2021 hatte der Hersteller 45.000 Fahrzeuge des älteren Modells wegen mehrerer fehlerhafter Sicherheitsgurtverankerungen zurückgerufen.', want: ['zurückgerufen recall occurred/-/asserted'], why: 'a recall in 2021' },
  { language: 'de', text: 'Der Hersteller hat den Anrufer am Montag zurückgerufen.', want: [], why: 'negative: a call returned' },
  // a negation window that cuts a word: "no" inside "Gobierno" is none
  { language: 'es', text: 'El Gobierno de Guinea Ecuatorial expulsó el martes a seis diplomáticos.', want: ['expulsó expel occurred/-/asserted'], why: 'no negation inside "Gobierno"' },
  { language: 'es', text: 'El Gobierno no expulsó a ningún diplomático.', want: ['expulsó expel -/-/negated'], why: 'negative: a real negation' },
  // a word that is no trigger stands between no time and its event ("lançamento" of no rocket)
  { language: 'pt', text: 'A cerimónia de lançamento da primeira pedra da nova ponte que vai ligar as duas margens está marcada para 26 de março.', want: ['cerimónia ceremony scheduled/-/planned'], why: 'the ceremony takes its day' },
  { language: 'es', text: 'El museo reabrirá el sábado 28 de marzo, después de dos años de obras de restauración.', want: ['reabrirá reopen scheduled/-/planned', 'restauración restore -/-/asserted'], why: 'negative: a day nearer another trigger is that one\'s' },
  // a rescue told by its participle is over; the operation named by its noun goes on
  { language: 'de', text: 'Schon 2014 hatte der Staat die Bahn gerettet.', want: ['gerettet rescue occurred/struck/asserted'], why: 'rescued in 2014' },
  { language: 'de', text: 'Die Rettungsarbeiten dauern an.', want: ['Rettungsarbeiten rescue occurred/rescue-under-way/asserted'], why: 'negative: the rescue operation' },
  // "still"
  { language: 'fr', text: "Du pétrole s'échappe toujours de l'oléoduc.", want: ['échappe spill in-progress/struck/asserted'], why: 'oil still leaking' },
  { language: 'fr', text: 'La grève a toujours eu lieu en mars.', want: ['grève strike occurred/held/asserted'], why: 'negative: "a toujours" is "always"' },
  // a subject's predicate past its relative clause
  { language: 'fr', text: "Le rapport de la commission d'enquête, qui a siégé le 2 mars, pourrait être remis d'ici à la mi-avril.", want: ['rapport inquiry-report -/-/hypothetical', 'enquête investigate occurred/under-way/asserted'], why: 'the modal of the predicate' },
  { language: 'fr', text: "Le rapport de la commission d'enquête a été remis le 2 mars.", want: ['rapport inquiry-report occurred/-/asserted', 'enquête investigate occurred/under-way/asserted'], why: 'negative: no relative clause, a report handed in' },
  // "after" an event: it is over
  { language: 'de', text: 'Nach der Entlassung des Trainers wächst die Kritik.', want: ['Entlassung dismiss occurred/-/asserted'], why: 'after the dismissal' },
  { language: 'de', text: 'Die Entlassung des Trainers wird erwartet.', want: ['Entlassung dismiss anticipated/-/planned'], why: 'negative: a dismissal expected' },
  // a paper called off and sat again have a day
  { language: 'fr', text: "L'épreuve de mathématiques, annulée lundi, sera repassée le samedi 28 mars.", want: ['annulée exam-sitting cancelled/-/asserted', 'repassée resit scheduled/-/asserted'], why: 'a paper called off and its re-sit dated' },
  { language: 'fr', text: 'Sa réservation, annulée lundi, sera remboursée.', want: [], why: 'negative: no exam near' },
  // a closure in the infinitive, after a modal
  { language: 'es', text: 'El consulado deberá cerrar sus puertas a partir del jueves.', want: ['cerrar close -/-/planned'], why: 'a consulate to close' },
  { language: 'es', text: 'Decidió cerrar la puerta del despacho.', want: [], why: 'negative: a door closed, no place open to people' },
  // a threat to act is a plan
  { language: 'pt', text: 'Os taxistas ameaçam recorrer aos tribunais.', want: ['recorrer appeal anticipated/-/planned'], why: 'a threat to go to court' },
  { language: 'pt', text: 'Os taxistas decidiram recorrer aos tribunais.', want: ['recorrer appeal occurred/-/asserted'], why: 'negative: no threat' },
];

for (const c of CASES) {
  test(`${P} ${c.language}: ${c.why}`, () => {
    assert.deepEqual(eventsOf(c.language, c.text).map((e) => label(c.text, e)), c.want, c.text);
  });
}

test(`${P} a second happening of its kind is another event; a later mention joins it only at its time`, () => {
  const cases: ReadonlyArray<{ readonly language: string; readonly text: string; readonly apart: boolean; readonly why: string }> = [
    { language: 'fr', text: 'La première journée de grève paralysait mercredi le port. La seconde grève, prévue le mercredi 25 mars, est maintenue.', apart: true, why: 'the second strike' },
    { language: 'fr', text: 'Le syndicat a annoncé une grève pour le 20 mars et une autre grève pour le 25 mars.', apart: true, why: 'another strike' },
    { language: 'it', text: 'I piloti incroceranno le braccia una seconda volta martedì 24 marzo, dopo lo sciopero già proclamato per il 20 marzo.', apart: true, why: 'a strike a second time' },
    { language: 'es', text: 'El sindicato anunció una segunda huelga para el 25 de marzo, tras la huelga del 20 de marzo.', apart: true, why: 'the second strike, Spanish' },
    { language: 'fr', text: 'La grève, prévue le mercredi 25 mars, est maintenue. Le syndicat confirme la grève.', apart: false, why: 'negative: one strike named twice' },
    { language: 'fr', text: 'La seconde grève, prévue le mercredi 25 mars, est maintenue. Le syndicat confirme cette grève.', apart: false, why: 'negative: the second strike named again, with no time' },
  ];
  for (const c of cases) {
    const strikes = eventsOf(c.language, c.text).filter((e) => e.lemma === 'strike');
    assert.equal(strikes.length, 2, c.text);
    assert.equal(strikes[0]!.cluster !== strikes[1]!.cluster, c.apart, c.why);
  }
});
