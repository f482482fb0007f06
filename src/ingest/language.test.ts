import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, normaliseLanguageTag, reportLanguage } from './language.js';

test('language: detected from the text; too little text says nothing', () => {
  const table: ReadonlyArray<readonly [string, string | null]> = [
    ['The minister said on Tuesday that preparations for the visit were under way.', 'en'],
    ['Министр заявил во вторник, что подготовка к визиту уже идёт.', 'ru'],
    ['Der Minister sagte am Dienstag, die Vorbereitungen liefen bereits.', 'de'],
    ['Le ministre a déclaré mardi que les préparatifs étaient en cours.', 'fr'],
    ['El ministro dijo el martes que los preparativos estaban en marcha.', 'es'],
    ['De minister zei dinsdag dat de voorbereidingen in volle gang zijn.', 'nl'],
    ['Bakan salı günü hazırlıkların sürdüğünü söyledi.', 'tr'],
    // Portuguese, European and Brazilian (read by the pt lexicons: docs/languages.md)
    ['O ministro disse na terça-feira que os preparativos já estavam em curso.', 'pt'],
    ['O ministro disse na terça-feira que os preparativos já estão em andamento.', 'pt'],
    ['ASTANA, 3', null],
    ['', null],
    ['12 345 678 — 2026', null],
  ];
  for (const [text, want] of table) assert.equal(detectLanguage(text).language, want, text);
});

test('language: a sure detection beats a declared tag; a declared tag decides when detection is unsure', () => {
  const ru = 'Министр иностранных дел заявил во вторник, что подготовка к визиту уже идёт полным ходом.';
  assert.equal(reportLanguage(ru, 'en'), 'ru');
  assert.equal(reportLanguage('ASTANA, 3', 'en-GB'), 'en');
  assert.equal(reportLanguage('ASTANA, 3', null), null);
  const tags: ReadonlyArray<readonly [string, string | null]> = [
    ['en-GB', 'en'],
    ['EN_us', 'en'],
    ['ru', 'ru'],
    ['not a tag', null],
    ['', null],
  ];
  for (const [tag, want] of tags) assert.equal(normaliseLanguageTag(tag), want, tag);
});
