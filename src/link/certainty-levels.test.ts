import { test } from 'node:test';
import assert from 'node:assert/strict';
import { modalLevel } from './drift.js';

const P = 'certainty-levels:';

// the other languages' futures and possibility modals the Romance endings miss; sentences written for these tests
const CASES: ReadonlyArray<{ readonly sentence: string; readonly trigger: string; readonly want: string | null; readonly why: string }> = [
  { sentence: 'Het bedrijf gaat in beroep bij de rechtbank.', trigger: 'beroep', want: 'will', why: 'the Dutch "gaat" of a step ahead' },
  { sentence: 'Het ministerie zal de vergunning intrekken.', trigger: 'intrekken', want: 'will', why: 'the Dutch "zal"' },
  { sentence: 'Het gaat om het beroep van de eigenaar.', trigger: 'beroep', want: null, why: 'negative: "het gaat om" is no future' },
  { sentence: 'A proposta será votada na próxima semana.', trigger: 'votada', want: 'will', why: 'the short Portuguese future of "ser"' },
  { sentence: 'A empresa vai recorrer da decisão.', trigger: 'recorrer', want: 'will', why: 'the Portuguese "vai" with an infinitive' },
  { sentence: 'La decisione potrà arrivare a maggio.', trigger: 'decisione', want: 'possible', why: 'the Italian future of "potere" is a possibility' },
  { sentence: 'El Gobierno podrá convocar elecciones.', trigger: 'elecciones', want: 'possible', why: 'the Spanish future of "poder" is a possibility' },
  { sentence: 'Le syndicat peut appeler à la grève.', trigger: 'grève', want: 'possible', why: 'the French "peut"' },
  { sentence: 'La riforma sarà approvata domani.', trigger: 'approvata', want: 'will', why: 'the short Italian future of "essere"' },
];

for (const c of CASES) {
  test(`${P} ${c.why}`, () => {
    assert.equal(modalLevel(c.sentence, [c.trigger]), c.want, c.sentence);
  });
}
