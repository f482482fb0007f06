import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateLabel, tagDatesIn } from './index.js';

// Published on Wednesday 1 April 2026 unless a row says otherwise.
const DCT = '2026-04-01';

test('dates in Portuguese (time.lang 1.3.0): European and Brazilian forms, and look-alikes left alone', () => {
  // sentences written for this test, not taken from any corpus
  const table: ReadonlyArray<readonly [string, readonly string[]]> = [
    ['A visita será a 12 de abril de 2026.', ['2026-04-12']],
    ['A lei entra em vigor em 1º de maio de 2027.', ['2027-05-01']],
    ['O congresso decorre de 12 a 14 de abril.', ['2026-04-12/2026-04-14']],
    ['O julgamento foi marcado para 3/5/2026.', ['2026-05-03']],
    ['Os resultados chegam em maio.', ['2026-05']],
    ['A obra fica pronta no fim de abril.', ['2026-04 END']],
    ['Os materiais serão enviados no fim do mês.', ['2026-04 END']],
    ['A cimeira decorre na próxima semana.', ['2026-W15']],
    ['A reunião é na semana que vem.', ['2026-W15']],
    ['Ontem, a polícia deteve dois homens.', ['2026-03-31']],
    ['Amanhã haverá greve.', ['2026-04-02']],
    ['Depois de amanhã abre a feira.', ['2026-04-03']],
    ['Hoje o ministro falou aos jornalistas.', ['2026-04-01']],
    ['A greve começou há duas semanas.', ['2026-W12']],
    // a weekday by the sentence's tense: past by default, ahead with a future word
    ['O presidente chegou na segunda-feira.', ['2026-03-30']],
    ['O ministro viajará para Luanda na terça-feira.', ['2026-04-07']],
    ['O acordo foi assinado no sábado.', ['2026-03-28']],
    // look-alikes: "segunda" alone is "second", "pela manhã" is the morning, "de manhã" no tomorrow
    ['A segunda volta será disputada.', []],
    ['O presidente falou pela manhã e de manhã cedo.', []],
    ['Ficou em quinta posição.', []],
  ];
  for (const [text, want] of table) {
    assert.deepEqual(tagDatesIn('pt', text, DCT).map(dateLabel), want, text);
  }
});

test('dates in Portuguese: vague spans ahead take the English phrases\' values and windows', () => {
  const table: ReadonlyArray<readonly [string, readonly (readonly [string, string, string | null])[]]> = [
    ['As negociações serão retomadas nas próximas semanas.', [['PXW', '2026-04-01', '2026-05-27']]],
    ['A decisão sai nos próximos dias.', [['PXD', '2026-04-01', '2026-04-15']]],
    ['O acordo será assinado em breve.', [['FUTURE_REF', '2026-04-01', '2026-07-01']]],
    // "breve" alone (brief) is no span
    ['O ministro fez uma breve declaração.', []],
  ];
  for (const [text, want] of table) {
    const got = tagDatesIn('pt', text, DCT).map((t) => [t.value, t.window?.from ?? null, t.window?.to ?? null] as const);
    assert.deepEqual(got, want, text);
  }
});
