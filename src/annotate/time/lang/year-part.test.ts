import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLabel, tagDatesIn } from './index.js';

// Published on Wednesday 1 April 2026; sentences written for these tests
const DCT = '2026-04-01';

// time.lang 1.6.0: a part of a year named by its number, in each language, with its mod; beside a negative (a year alone,
// or a part of a month, which stays the month's)
const CASES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ['fr', 'Les travaux seront achevés fin 2027.', ['2027 END']],
  ['fr', 'La décision est attendue à la mi-2026.', ['2026 MID']],
  ['fr', 'Il arrive fin avril.', ['2026-04 END']],
  ['fr', "L'eau sera potable d'ici quelques jours.", ['PXD']],
  ['es', 'La obra terminará a finales de 2027.', ['2027 END']],
  ['es', 'Se decidirá a mediados de 2026.', ['2026 MID']],
  ['it', 'I lavori finiranno entro la fine del 2027.', ['2027 END']],
  ['it', "Arriverà all'inizio del 2027.", ['2027 START']],
  ['pt', 'A obra termina no final de 2027.', ['2027 END']],
  ['nl', 'De brug is eind 2027 klaar.', ['2027 END']],
  ['de', 'Die Leitung soll bis Ende 2027 fertig sein.', ['2027 END']],
  ['de', 'Anfang 2026 begann der Bau.', ['2026 START']],
  ['de', 'Ende April kommt der Bericht.', ['2026-04 END']],
];

for (const [language, text, want] of CASES) {
  test(`time.lang 1.6.0: ${language}: ${text}`, () => {
    const got = tagDatesIn(language, text, DCT).map(dateLabel);
    assert.deepEqual(got, want, text);
  });
}

// time.lang 1.6.0: a season, of a year named after it or the nearest one, as the English layer writes it
const SEASONS: ReadonlyArray<readonly [string, string, string, readonly string[]]> = [
  ['fr', '2026-04-01', 'Le chantier s’achèvera au printemps.', ['2026-SP']],
  ['es', '2026-04-01', 'La ley se votará antes del verano de 2027.', ['2027-SU']],
  ['it', '2026-04-01', "Il ponte riaprirà entro l'estate.", ['2026-SU']],
  ['pt', '2026-11-20', 'A obra arranca na primavera.', ['2027-SP']],
  ['nl', '2026-04-01', 'Het besluit volgt voor de zomer.', ['2026-SU']],
  ['de', '2026-04-01', 'Der Bau soll im Herbst beginnen.', ['2026-FA']],
  ['de', '2026-04-01', 'Im Herbst hatte die Firma Insolvenz angemeldet.', ['2025-FA']],
  ['de', '2026-04-01', 'Die Ware lag lange im Winterlager.', []],
];

for (const [language, dct, text, want] of SEASONS) {
  test(`time.lang 1.6.0 season: ${language}: ${text}`, () => {
    assert.deepEqual(tagDatesIn(language, text, dct).map(dateLabel), want, text);
  });
}
