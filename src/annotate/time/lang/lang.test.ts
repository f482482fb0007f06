import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLabel, hasDateLexicon, tagDatesIn } from './index.js';

// Published on Wednesday 1 April 2026 unless a row says otherwise.
const DCT = '2026-04-01';

test('dates in other languages: each lexicon finds and normalises its forms, and leaves look-alikes alone', () => {
  const table: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['tr', 'Ziyaretin 12-14 Nisan tarihlerinde gerçekleşmesi bekleniyor.', ['2026-04-12/2026-04-14']],
    ['tr', 'Yılbaşı pazarı açıldı.', []],
    ['tr', 'İki hafta sonra forum açılacak.', ['2026-W16']],
    ['ru', 'Визит может состояться до конца апреля.', ['2026-04 END']],
    ['ru', 'Майор Волков ответил на вопросы.', []],
    ['nl', 'Het bezoek vindt volgende week plaats.', ['2026-W15']],
    ['nl', 'De burgemeester sprak deze morgen met verslaggevers.', []],
    ['de', 'Der Besuch soll nächste Woche stattfinden.', ['2026-W15']],
    ['de', 'Am Morgen sprach der Bürgermeister.', []],
    ['de', 'Morgen beginnen die Gespräche.', ['2026-04-02']],
    ['fr', 'La visite aura lieu la semaine prochaine.', ['2026-W15']],
    ['fr', 'Après-demain, une exposition ouvrira.', ['2026-04-03']],
    ['es', 'La visita será el próximo martes.', ['2026-04-07']],
    ['es', 'El alcalde habló por la mañana.', []],
    // a bare weekday follows the sentence's tense: past by default, next with a future word
    ['es', 'El martes el ministro se reunió con sus homólogos.', ['2026-03-31']],
    ['es', 'El ministro viajará a Lisboa el martes.', ['2026-04-07']],
    // the tense of the weekday's own coordinated clause, not the next one's
    ['es', 'Los aranceles entraron en vigor el martes, y horas después Brasil anunció otros que se aplicarán en junio.', ['2026-03-31', '2026-06']],
    ['es', 'El ministro viajará a Lisboa el martes, y allí firmará el acuerdo.', ['2026-04-07']],
    // Italian (time.lang 1.2.0): a day with its ordinal mark, a weekday by tense, next week; "una volta" is no date
    ['it', 'La zona scatterà il 1° febbraio 2027.', ['2027-02-01']],
    ['it', 'Il Comune ha deciso lunedì.', ['2026-03-30']],
    ['it', 'Il ministro arriverà lunedì prossimo.', ['2026-04-06']],
    ['it', 'La visita è prevista la settimana prossima.', ['2026-W15']],
    ['it', 'Una volta il centro era chiuso alle auto.', []],
    // German: a bare year after a particle of time (time.lang 1.4.0); a number alone is no year
    ['de', 'Bereits 2021 hatte die Firma Autos zurückgerufen.', ['2021']],
    ['de', 'Seit 2019 wartet die Stadt auf die Brücke.', ['2019']],
    ['de', 'Die Firma baute 2021 Autos.', []],
    // a day that does not exist, and a range that runs backwards, are not dates
    ['de', 'Am 31. April war nichts.', []],
    ['fr', 'du 14 au 12 avril', []],
  ];
  for (const [language, text, want] of table) {
    assert.deepEqual(tagDatesIn(language, text, DCT).map(dateLabel), want, `${language}: ${text}`);
  }
});

test('dates in other languages: a day and month without a year take the year nearest the publication date', () => {
  assert.deepEqual(tagDatesIn('ru', 'Суд отложил слушание до 3 марта.', '2026-11-27').map(dateLabel), ['2027-03-03']);
  assert.deepEqual(tagDatesIn('ru', 'Суд отложил слушание до 3 марта.', '2026-04-27').map(dateLabel), ['2026-03-03']);
});

test('dates in other languages: without a publication date only absolute dates resolve', () => {
  assert.deepEqual(tagDatesIn('de', 'Am 12. April 2026 und nächste Woche.', null).map(dateLabel), ['2026-04-12']);
  assert.equal(tagDatesIn('de', 'Am 12. April kam er.', null).length, 0);
});

test('dates in other languages: languages without a lexicon get none', () => {
  assert.equal(hasDateLexicon('pl'), false);
  assert.equal(hasDateLexicon(null), false);
  assert.equal(hasDateLexicon('tr'), true);
  assert.equal(hasDateLexicon('it'), true);
  assert.equal(hasDateLexicon('pt'), true);
  assert.deepEqual(tagDatesIn('pl', 'Delegacja przyjechała 12 kwietnia 2026.', DCT), []);
});

test('dates in other languages: vague spans ahead take the English phrases\' values and windows from the publication date', () => {
  const table: ReadonlyArray<readonly [string, string, readonly (readonly [string, string, string | null])[]]> = [
    ['fr', 'La libération était attendue « dans les prochains jours ».', [['PXD', '2026-04-01', '2026-04-15']]],
    ['fr', 'Les négociations reprendront dans les semaines à venir.', [['PXW', '2026-04-01', '2026-05-27']]],
    ['fr', 'Les pêcheurs seront bientôt libérés.', [['FUTURE_REF', '2026-04-01', '2026-07-01']]],
    ['de', 'Die Untersuchung soll in den nächsten Wochen beginnen.', [['PXW', '2026-04-01', '2026-05-27']]],
    ['de', 'Der Minister wird bald nach Berlin reisen.', [['FUTURE_REF', '2026-04-01', '2026-07-01']]],
    ['es', 'El recuento se celebrará en los próximos días.', [['PXD', '2026-04-01', '2026-04-15']]],
    ['es', 'La decisión llegará en los próximos meses.', [['PXM', '2026-04-01', '2027-04-01']]],
    ['es', 'El detenido podría ser entregado en pocas semanas.', [['PXW', '2026-04-01', '2026-05-27']]],
    ['es', 'La obra estará lista en unos pocos días.', [['PXD', '2026-04-01', '2026-04-15']]],
    ['es', 'Hubo pocas semanas de calma.', []],
    ['nl', 'Het akkoord wordt in de komende weken getekend.', [['PXW', '2026-04-01', '2026-05-27']]],
    ['ru', 'Визит состоится в ближайшие дни.', [['PXD', '2026-04-01', '2026-04-15']]],
    // look-alikes: "de pronto" is "suddenly", "sobald" is "as soon as", the days past are no span ahead
    ['es', 'De pronto el ministro se levantó.', []],
    ['de', 'Sobald die Pumpen da sind, beginnt der Austausch.', []],
    ['fr', 'Les jours précédents, les pêcheurs étaient retenus.', []],
  ];
  for (const [language, text, want] of table) {
    const got = tagDatesIn(language, text, DCT).map((t) => [t.value, t.window?.from ?? null, t.window?.to ?? null] as const);
    assert.deepEqual(got, want, `${language}: ${text}`);
  }
  // without a publication date the window is counted from the DCT, as the English annotator leaves it
  assert.deepEqual(tagDatesIn('fr', 'dans les prochains jours', null).map((t) => [t.anchor, t.window?.from, t.window?.to]), [['unknown', 'DCT', 'DCT+P14D']]);
});
