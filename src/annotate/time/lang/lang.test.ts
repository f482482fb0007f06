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
  assert.equal(hasDateLexicon('it'), false);
  assert.equal(hasDateLexicon(null), false);
  assert.equal(hasDateLexicon('tr'), true);
  assert.deepEqual(tagDatesIn('it', 'Il 12 aprile 2026 la delegazione è arrivata.', DCT), []);
});
