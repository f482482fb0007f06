/**
 * events.lang 1.32.0 (issue #12, helper hlang5): decisions and rejections by an authority, and a court's approval read as the
 * English layer reads it (a ruling on an appeal), so a report in another language links to the English reports' event. Each row beside a
 * negative; sentences written for these tests, not taken from any corpus.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../default-pipeline.js';
import type { Event } from '../../../doc/schemas/events.js';

const P = 'events/lang 1.32.0:';

/** One event as "trigger lemma" (the lemma is what links a report to the English reports' event). */
function label(text: string, e: Event): string {
  return `${text.slice(e.trigger.start, e.trigger.end)} ${e.lemma}`;
}

function eventsOf(language: string, text: string): string[] {
  return (annotate(text, { published: '2026-03-18', language }).layers.events ?? []).map((e) => label(text, e));
}

const CASES: ReadonlyArray<{ readonly language: string; readonly text: string; readonly want: readonly string[]; readonly why: string }> = [
  // a regulator approves; a court decides on an appeal
  { language: 'es', text: 'La autoridad de competencia aprobó la fusión de las dos aerolíneas.', want: ['aprobó approve', 'fusión acquire'], why: 'a regulator approves' },
  { language: 'es', text: 'El regulador tendrá 90 días para pronunciarse sobre la compra.', want: ['pronunciarse approve'], why: 'an authority that has yet to decide' },
  { language: 'es', text: 'La sala debe pronunciarse antes de julio.', want: ['pronunciarse rule'], why: 'a court that has yet to decide' },
  { language: 'es', text: 'El ministro se negó a pronunciarse sobre el asunto.', want: [], why: 'negative: a person who will not speak out' },
  { language: 'es', text: 'Si el tribunal rechaza el recurso, será entregado a Chile.', want: ['rechaza rule', 'recurso appeal'], why: 'a court that rejects an appeal, in the present' },
  { language: 'es', text: 'El daño fue estimado en dos millones de pesos.', want: [], why: 'negative: an estimate, no appeal near' },
  // German: an authority's decision; a court's decision; state aid
  { language: 'de', text: 'Eine Entscheidung der EU-Kommission wird in den kommenden Wochen erwartet.', want: ['Entscheidung approve'], why: 'an authority decides' },
  { language: 'de', text: 'Eine Entscheidung des Gerichts wird in den kommenden Wochen erwartet.', want: ['Entscheidung rule'], why: 'negative: a court decides, its ruling' },
  { language: 'de', text: 'Eine Entscheidung über den Urlaub fällt im Mai.', want: [], why: 'negative: no authority near' },
  { language: 'de', text: 'Über den Einspruch soll ein Berufungsgericht im Juni entscheiden.', want: ['Einspruch appeal', 'entscheiden rule'], why: 'a court will decide' },
  { language: 'de', text: 'Die Kommission muss die Beihilfe noch prüfen.', want: ['Beihilfe bailout'], why: 'state aid under review' },
  { language: 'de', text: 'Er wurde wegen Beihilfe zum Betrug verurteilt.', want: ['Betrug fraud', 'verurteilt convict'], why: 'negative: abetting, no sum or commission near' },
  // Italian: an agency's decision and its refusal
  { language: 'it', text: "L'agenzia del farmaco ha rinviato la decisione sull'autorizzazione.", want: ['decisione approve', 'autorizzazione approve'], why: 'an agency decides on a drug' },
  { language: 'it', text: "Il Tar ha respinto il ricorso.", want: ['respinto rule', 'ricorso petition'], why: 'negative: a court rejects, its ruling' },
  { language: 'it', text: "Il sindacato ha respinto la proposta dell'azienda.", want: [], why: 'negative: a union rejects an offer, no agency' },
  // French: the approval of a sale
  { language: 'fr', text: 'Le tribunal autorise la vente des actifs à un fonds.', want: ['autorise approve', 'vente sale'], why: 'a sale approved' },
  { language: 'fr', text: 'La préfecture a autorisé la manifestation de samedi.', want: ['manifestation protest'], why: 'negative: a march authorised is no approval of a deal' },
  // glossary words the English reports name: a loss in money, a bus that falls, parts replaced
  { language: 'de', text: 'Die Bahn hatte einen Verlust von 214 Millionen Euro ausgewiesen.', want: ['Verlust loss'], why: 'a loss in money' },
  { language: 'de', text: 'Der Verlust des Vertrauens wiegt schwer.', want: [], why: 'negative: a loss of trust, no sum' },
  { language: 'es', text: 'La caída del autobús al barranco dejó doce muertos.', want: ['caída crash', 'muertos die'], why: 'a bus that falls' },
  { language: 'es', text: 'La caída de los precios del cobre preocupa al Gobierno.', want: [], why: 'negative: a fall in prices' },
  { language: 'de', text: 'Die Werkstätten sollen die Pumpen kostenlos austauschen.', want: ['austauschen replace'], why: 'parts replaced in a recall' },
  { language: 'de', text: 'Die Minister wollen sich über die Lage austauschen.', want: [], why: 'negative: views exchanged' },
  { language: 'fr', text: "Le juge doit décider s'il autorise la vente.", want: ['vente sale'], why: 'negative: whether it will approve' },
  { language: 'pt', text: 'Os deputados da oposição abandonaram a sala em protesto.', want: ['abandonaram walk-out', 'protesto protest'], why: 'a walk-out from the chamber' },
  { language: 'pt', text: 'O doente abandonou o hospital na segunda-feira.', want: [], why: 'negative: no chamber near' },
];

test(`${P} decisions and rejections by an authority; words of the English reports`, () => {
  const wrong = CASES.map((c) => ({ c, got: eventsOf(c.language, c.text) })).filter((r) => JSON.stringify(r.got) !== JSON.stringify(r.c.want));
  assert.deepEqual(wrong.map((r) => `${r.c.text} => ${r.got.join(', ')}`), []);
});
