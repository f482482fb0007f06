import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../default-pipeline.js';

const P = 'quantities/lang:';

/** Each amount of the text as "mention=value unit bound". */
function amounts(language: string, text: string): string[] {
  const doc = annotate(text, { published: '2026-03-18', language });
  return (doc.layers.quantities ?? []).map((q) => `${text.slice(q.start, q.end)}=${q.value} ${q.unit} ${q.bound}`);
}

// sentences written for these tests, not taken from any corpus
const CASES: ReadonlyArray<{ readonly language: string; readonly text: string; readonly want: readonly string[]; readonly why: string }> = [
  { language: 'fr', text: 'Environ 2 600 emplois seront supprimés, selon la société.', want: ['Environ 2 600 emplois=2600 job about'], why: 'digits grouped by a space, a bound, a counted noun in English units' },
  { language: 'fr', text: 'Près de 400 tonnes de pétrole se sont échappées.', want: ['Près de 400 tonnes=400 tonne nearly'], why: 'a measure' },
  { language: 'fr', text: 'La fraude atteint 2,5 millions de dollars.', want: ['2,5 millions de dollars=2500000 USD exact'], why: 'a decimal comma, a scale word, a currency after "de"' },
  { language: 'fr', text: 'Cinq diplomates ont été expulsés.', want: ['Cinq diplomates=5 diplomat exact'], why: 'a number word' },
  { language: 'fr', text: 'Le 3 octobre 2026, le navire a quitté le port.', want: [], why: 'negative: numbers of a date are no amounts' },
  { language: 'fr', text: 'Un Airbus A320 et 12 autres appareils.', want: [], why: 'negative: a model name, and a number with no counted noun after it' },
  { language: 'es', text: 'El fraude asciende a unos 40 millones de dólares.', want: ['unos 40 millones de dólares=40000000 USD about'], why: 'a bound, a scale word, a currency' },
  { language: 'es', text: 'Las exportaciones suman 2.800 millones de dólares al año.', want: ['2.800 millones de dólares=2800000000 USD exact'], why: 'digits grouped by a full stop' },
  { language: 'es', text: 'Más de 1.200 personas fueron evacuadas.', want: ['Más de 1.200 personas=1200 person moreThan'], why: 'more than, people' },
  { language: 'es', text: 'El equipo ganó por 3 a 1 en 2019.', want: [], why: 'negative: a score and a year' },
  { language: 'de', text: 'Kessler hat 45.000 Fahrzeuge zurückgerufen.', want: ['45.000 Fahrzeuge=45000 vehicle exact'], why: 'German digit groups' },
  { language: 'de', text: 'Mindestens 14 gabunische Händler wurden festgenommen.', want: ['Mindestens 14 gabunische Händler=14 trader atLeast'], why: 'an adjective before the counted noun' },
  { language: 'de', text: 'Der Schaden beträgt rund 3,5 Millionen Euro.', want: ['rund 3,5 Millionen Euro=3500000 EUR about'], why: 'a bound, a scale word, a currency' },
  { language: 'de', text: 'Am 24. März um 14 Uhr beginnt die Sitzung.', want: [], why: 'negative: a date and a clock time' },
  // quantities.lang 1.2.0
  { language: 'fr', text: "Chaque journée coûte environ 12 millions d'euros aux entreprises.", want: ["environ 12 millions d'euros=12000000 EUR about"], why: 'an elided "d\'" before the currency is the linker' },
  { language: 'fr', text: "Le coût atteint 410 millions de roupies et 17 navires attendaient.", want: ['410 millions de roupies=410000000 INR exact', '17 navires=17 ship exact'], why: 'rupees and ships, as the English layer names them' },
  { language: 'fr', text: "Aujourd'hui 40 personnes sont là.", want: ['40 personnes=40 person exact'], why: 'negative: "aujourd\'hui" stays one word' },
  { language: 'it', text: 'La compagnia ha cancellato 146 voli e la multa sarà di 165 euro.', want: ['146 voli=146 flight exact', '165 euro=165 EUR exact'], why: 'Italian: a counted noun and a currency' },
  { language: 'it', text: 'I danni superano i 2,5 miliardi di euro, circa il 6 per cento.', want: ['2,5 miliardi di euro=2500000000 EUR exact', '6 per cento=6 percent exact'], why: 'Italian: a scale word, "di", "per cento"' },
  { language: 'it', text: 'Secondo il sindacato, i voli cancellati saranno almeno 210.', want: ['almeno 210=210 flight atLeast'], why: 'a figure ending its clause counts the noun its clause named before it' },
  { language: 'fr', text: 'Le nombre de personnes malades est passé à 23, selon la mairie.', want: ['23=23 person exact'], why: 'the same in French, with no bound' },
  { language: 'it', text: 'I pazienti con più di 75 anni sono esclusi.', want: [], why: 'negative: a figure followed by a word (an age) takes no noun from before it' },
  { language: 'fr', text: 'Des personnes ont attendu 3 heures, puis 12.', want: [], why: 'negative: a number stands between the noun and the figure' },
  { language: 'es', text: 'Las personas afectadas eran 3 millones.', want: [], why: 'negative: a scaled figure is left to its unit' },
  // Dutch (quantities.lang 1.3.0)
  { language: 'nl', text: 'Het gaat om ongeveer 45.000 klanten.', want: ['ongeveer 45.000 klanten=45000 customer about'], why: 'Dutch: digits grouped by a full stop, a bound, a counted noun in English units' },
  { language: 'nl', text: 'De toezichthouder legde een boete van 7,5 miljoen euro op.', want: ['7,5 miljoen euro=7500000 EUR exact'], why: 'Dutch: a decimal comma, a scale and a currency' },
  { language: 'nl', text: 'Bij de fabriek verdwijnen ruim 300 banen.', want: ['ruim 300 banen=300 job moreThan'], why: 'Dutch: "ruim" is more than' },
  { language: 'nl', text: 'De inflatie steeg naar 3,1 procent.', want: ['3,1 procent=3.1 percent exact'], why: 'Dutch: "procent"' },
  { language: 'nl', text: 'Minstens vijf mensen raakten gewond.', want: ['Minstens vijf mensen=5 person atLeast'], why: 'Dutch: a number word and a bound' },
  { language: 'nl', text: 'Op 12 april 2026 ging de brug open.', want: [], why: 'negative: numbers of a Dutch date are no amounts' },
  { language: 'nl', text: 'Ajax won met 3-1 van de thuisploeg.', want: [], why: 'negative: a Dutch score, nothing counted' },
];

for (const c of CASES) {
  test(`${P} ${c.language}: ${c.why}`, () => {
    assert.deepEqual(amounts(c.language, c.text), c.want, c.text);
  });
}

test(`${P} an amount takes the nearest event of its sentence and its date`, () => {
  const text = 'Malabo expulsó el martes a seis diplomáticos gaboneses.';
  const doc = annotate(text, { published: '2026-03-11', language: 'es' });
  const [q] = doc.layers.quantities ?? [];
  const e = (doc.layers.events ?? []).find((x) => x.id === q?.event);
  assert.equal(e && text.slice(e.trigger.start, e.trigger.end), 'expulsó');
  assert.ok(q?.asOf, 'the sentence\'s date');
});

test(`${P} English and languages with no amount lexicon are untouched`, () => {
  // Portuguese has its own lexicon since quantities.lang 1.1.0 (pt.test.ts)
  const doc = annotate('Pięć tysięcy osób.', { published: '2026-03-18', language: 'pl' });
  assert.equal(doc.layers.quantities, undefined);
});
