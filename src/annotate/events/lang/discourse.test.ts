/**
 * events.lang 1.31.0 (issue #12, helper hlang4): a word's sense kept through its report, near words inside German compounds, a
 * near phrase that holds the trigger, regular inflections, false friends by the word before, a claim the next sentence denies,
 * willingness, a step announced, a past verb's time, the conditional, plant restarts. Each row beside a negative; sentences
 * written for these tests, not taken from any corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../default-pipeline.js';
import type { Event } from '../../../doc/schemas/events.js';
import { inflections } from './morphology.js';

const P = 'events/lang 1.31.0:';

/** One event as "trigger lemma status/modality" ("-" for none). */
function label(text: string, e: Event): string {
  return `${text.slice(e.trigger.start, e.trigger.end)} ${e.lemma} ${e.status ?? '-'}/${e.modality}`;
}

function eventsOf(language: string, text: string): string[] {
  return (annotate(text, { published: '2026-03-18', language }).layers.events ?? []).map((e) => label(text, e));
}

const CASES: ReadonlyArray<{ readonly language: string; readonly text: string; readonly want: readonly string[]; readonly why: string }> = [
  // one sense per discourse: a noun whose near words held elsewhere in the report keeps that sense without them
  { language: 'fr', text: 'Une fuite de pétrole a souillé les plages. La fuite a duré trois jours.', want: ['fuite spill occurred/asserted', 'fuite spill occurred/asserted'], why: 'the oil spill named again' },
  { language: 'fr', text: 'La fuite a duré trois jours.', want: [], why: 'negative: the same sentence alone names no spill' },
  { language: 'es', text: 'Atribuyen el apagón a un rayo caído sobre la línea. No hubo rayo.', want: ['apagón outage -/asserted', 'rayo lightning occurred/asserted', 'rayo lightning -/negated'], why: 'the lightning named again, and denied' },
  { language: 'es', text: 'Aranceles de represalia del 20% contra los autos. Los aranceles al acero entraron en vigor el viernes.', want: ['Aranceles counter-tariff -/asserted', 'aranceles tariff occurred/asserted'], why: 'negative: a sense that holds where the word stands comes first' },
  // German near words end compounds
  { language: 'de', text: 'Über den Einspruch soll ein Berufungsgericht im Juni entscheiden.', want: ['Einspruch appeal anticipated/planned', 'entscheiden rule -/planned'], why: 'a court inside a compound (and its decision to come, events.lang 1.32.0)' },
  { language: 'de', text: 'Er legte beim Verband Einspruch gegen die Aufstellung ein.', want: [], why: 'negative: no court, no lodging' },
  // a near phrase that holds the trigger
  { language: 'es', text: 'El museo volvería a abrir sus puertas en abril.', want: ['abrir open -/asserted'], why: 'opened again: the phrase holds "abrir"' },
  { language: 'es', text: 'La tienda abrir sus puertas mañana.', want: [], why: 'negative: "abrir" alone is no reopening' },
  // false friends by the word before
  { language: 'es', text: 'Miles de personas participaron en la marcha del domingo.', want: ['marcha protest occurred/asserted'], why: 'a march' },
  { language: 'es', text: 'La reparación ya está en marcha.', want: ['reparación repair -/asserted'], why: 'negative: "en marcha" is under way' },
  { language: 'pt', text: 'As obras já estão em marcha.', want: [], why: 'negative: Portuguese "em marcha"' },
  // a claim the next sentence denies
  { language: 'es', text: 'Una radio local afirmó que la aseguradora había pagado dos millones de euros a los atacantes. El ministro lo desmintió.', want: ['pagado pay -/negated'], why: 'a claim denied' },
  { language: 'es', text: 'Una radio local afirmó que la aseguradora había pagado dos millones de euros a los atacantes. El ministro lo confirmó.', want: ['pagado pay occurred/asserted'], why: 'negative: a claim confirmed' },
  { language: 'fr', text: 'Une radio a affirmé que M. Diop avait été libéré de prison. Le parquet a démenti.', want: ['libéré release -/negated'], why: 'French' },
  { language: 'de', text: 'Die Zeitung hatte berichtet, der Kapitän sei festgenommen worden. Die Polizei wies das zurück.', want: ['festgenommen arrest -/negated'], why: 'German' },
  { language: 'es', text: 'Dos hombres fueron detenidos. El ministro negó que hubiera heridos.', want: ['detenidos arrest occurred/asserted', 'heridos injure -/negated'], why: 'negative: a denial of its own "que" clause leaves the sentence before' },
  // willingness is no fact
  { language: 'nl', text: 'Het college is bereid de vergunning in te trekken.', want: ['trekken revoke -/hypothetical'], why: 'willing to revoke' },
  { language: 'es', text: 'El Gobierno está dispuesto a firmar el acuerdo.', want: ['firmar sign -/hypothetical', 'acuerdo agree -/hypothetical'], why: 'Spanish' },
  { language: 'fr', text: "Le prêt à taux zéro finance la fermeture de l'usine.", want: ['fermeture close -/asserted'], why: 'negative: "prêt" the loan is no willingness' },
  // a step announced with an indefinite article is a plan
  { language: 'it', text: "L'associazione ha annunciato un ricorso al Tribunale amministrativo regionale.", want: ['ricorso petition -/planned'], why: 'a challenge announced' },
  { language: 'it', text: "L'associazione ha presentato un ricorso al Tribunale amministrativo regionale.", want: ['ricorso petition occurred/asserted'], why: 'negative: a challenge filed' },
  { language: 'es', text: 'El sindicato anunció una huelga para el lunes 23 de marzo.', want: ['huelga strike scheduled/asserted'], why: 'negative: a strike announced is called, as before' },
  // a past verb takes no time ahead from another clause
  { language: 'es', text: 'Habrá cortes de luz a partir del miércoles 25 de marzo, porque sigue fuera de servicio el transformador, que se incendió durante el apagón.', want: ['cortes ration -/asserted', 'incendió fire occurred/asserted', 'apagón outage -/asserted'], why: 'the fire is no plan of 25 March' },
    // the conditional as a future in the past
  { language: 'fr', text: 'Le syndicat a indiqué que la grève serait longue.', want: ['grève strike anticipated/planned'], why: 'a plan reported' },
  { language: 'it', text: 'Il sindacato ha detto che lo sciopero durerebbe tre giorni.', want: ['sciopero strike anticipated/planned'], why: 'Italian' },
  { language: 'es', text: 'La huelga de la refinería fue larga.', want: ['huelga strike occurred/asserted'], why: 'negative: "refinería" is no conditional' },
  // a plant restarted, the English tagger's restart
  { language: 'es', text: 'La CFE reiniciará la unidad 2 de la central el sábado 28 de marzo.', want: ['reiniciará restart scheduled/planned'], why: 'a plant restarted' },
  { language: 'es', text: 'Las partes quieren reiniciar las negociaciones.', want: ['negociaciones negotiate -/asserted'], why: 'negative: talks restarted are no plant' },
  // regular inflections of a listed word
  { language: 'es', text: 'Las dos mujeres detenidas el lunes 16 de marzo quedaron en libertad.', want: ['detenidas arrest occurred/asserted'], why: 'a listed participle in the feminine plural' },
  { language: 'de', text: 'Der gesperrte Kanal ist seit Montag ein Problem.', want: ['gesperrte close -/asserted'], why: 'a German participle as an attributive adjective' },
];

for (const c of CASES) {
  test(`${P} ${c.why}`, () => {
    assert.deepEqual(eventsOf(c.language, c.text), c.want, c.text);
  });
}

test(`${P} a past verb takes no time ahead from another clause; a participle with a future word keeps its day`, () => {
  const cases: ReadonlyArray<{ language: string; text: string; trigger: string; time: string | null; why: string }> = [
    { language: 'es', text: 'Habrá cortes de luz a partir del miércoles 25 de marzo, porque sigue fuera de servicio el transformador, que se incendió durante el apagón.', trigger: 'incendió', time: null, why: 'a past verb' },
    { language: 'de', text: 'Der Kanal soll am Freitag, 27. März, wieder für den Schiffsverkehr freigegeben werden.', trigger: 'freigegeben', time: 'am Freitag, 27. März', why: 'negative: "soll … werden"' },
  ];
  for (const c of cases) {
    const e = (annotate(c.text, { published: '2026-03-18', language: c.language }).layers.events ?? []).find((x) => c.text.slice(x.trigger.start, x.trigger.end) === c.trigger);
    assert.ok(e, `no ${c.trigger} in: ${c.text}`);
    assert.equal(e.time ? c.text.slice(e.time.start, e.time.end) : null, c.time, c.why);
  }
});

test(`${P} inflections keep a word's sense and make no other word`, () => {
  const cases: ReadonlyArray<{ language: string; word: string; noun: boolean; want: readonly string[]; why: string }> = [
    { language: 'es', word: 'detenido', noun: false, want: ['detenida', 'detenidos', 'detenidas'], why: 'a participle agrees' },
    { language: 'es', word: 'huracán', noun: true, want: ['huracanes'], why: 'the plural loses the accent' },
    { language: 'es', word: 'aranceles', noun: true, want: [], why: 'negative: a plural in -es has no sure singular' },
    { language: 'fr', word: 'libéré', noun: false, want: ['libérée', 'libérés', 'libérées'], why: 'a French participle' },
    { language: 'fr', word: 'visitait', noun: false, want: [], why: 'negative: an imperfect is no participle' },
    { language: 'fr', word: 'recours', noun: true, want: [], why: 'negative: a French noun in -s is its own plural' },
    { language: 'it', word: 'visita', noun: true, want: ['visite'], why: 'an Italian feminine plural' },
    { language: 'it', word: 'visite', noun: true, want: [], why: 'negative: a plural in -e makes no "visiti"' },
    { language: 'pt', word: 'prisão', noun: true, want: ['prisões'], why: 'a Portuguese plural in -ões' },
    { language: 'de', word: 'gesperrt', noun: false, want: ['gesperrte', 'gesperrten', 'gesperrter', 'gesperrtes', 'gesperrtem'], why: 'German attributive endings' },
    { language: 'nl', word: 'gedood', noun: false, want: [], why: 'negative: a Dutch doubled vowel changes its spelling' },
  ];
  for (const c of cases) assert.deepEqual(inflections(c.language, c.word, c.noun), c.want, c.why);
});
