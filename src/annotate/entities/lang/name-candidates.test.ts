import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameCandidates } from './name-candidates.js';

const P = 'entities/name-candidates:';

test(`${P} names in a report without an entity layer become candidate keys of every type they could be`, () => {
  const cases: ReadonlyArray<{ text: string; has: string[]; lacks: string[] }> = [
    {
      text: 'Naufragio en el Ucayali: al menos 12 muertos cerca de Pucallpa, según el gobernador Julio Ramírez. La Marina del Perú rescató a 30 personas.',
      has: ['loc:ucayali', 'loc:pucallpa', 'per:julio-ramirez', 'gpe:per'],
      lacks: ['loc:la', 'loc:al'],
    },
    { text: 'Владимир Путин прибудет в Пхеньян. Путина встретит министр.', has: ['per:vladimir-putin'], lacks: [] },
    { text: 'Les dockers du Havre ont voté la grève, a dit la CGT.', has: ['org:cgt', 'loc:havre'], lacks: ['loc:les'] },
    // negative: lower-case words and short capitalised words give nothing
    { text: 'la grève continue et les navires attendent au port.', has: [], lacks: ['loc:la'] },
  ];
  for (const c of cases) {
    const keys = new Set(nameCandidates(c.text).flatMap((n) => n.keys.map((k) => k.key)));
    for (const k of c.has) assert.ok(keys.has(k), `${k} in ${c.text}`);
    for (const k of c.lacks) assert.ok(!keys.has(k), `no ${k} in ${c.text}`);
    if (!c.has.length) assert.equal(keys.size, 0, c.text);
  }
});

test(`${P} a capitalised German word is a name only with name evidence (every German noun is capitalised)`, () => {
  const cases: ReadonlyArray<{ text: string; has: string[]; lacks: string[] }> = [
    {
      text: 'Die Gewerkschaft hat zu einem Streik am Mittwoch um 3 Uhr aufgerufen, sagte die Vorsitzende Katrin Vogt in Berlin.',
      has: ['per:katrin-vogt', 'loc:berlin'],
      lacks: ['loc:gewerkschaft', 'loc:streik', 'loc:mittwoch', 'loc:uhr', 'loc:vorsitzende', 'loc:die-gewerkschaft'],
    },
    { text: 'Nach Angaben der BSV fordert die VGB 9 Prozent mehr Lohn.', has: ['org:bsv'], lacks: ['loc:angaben', 'loc:prozent', 'loc:lohn', 'loc:angaben-der-bsv'] },
    { text: 'Die Verhandlungen in Lichtenberg dauern an.', has: ['loc:lichtenberg'], lacks: ['loc:verhandlungen'] },
    // negative: a report of common nouns only names nothing
    { text: 'Der Ausstand soll am Freitag enden. Die Fahrer fordern mehr Geld und eine Lösung.', has: [], lacks: ['loc:ausstand', 'loc:freitag'] },
  ];
  for (const c of cases) {
    const keys = new Set(nameCandidates(c.text, 'de').flatMap((n) => n.keys.map((k) => k.key)));
    for (const k of c.has) assert.ok(keys.has(k), `${k} in ${c.text}`);
    for (const k of c.lacks) assert.ok(!keys.has(k), `no ${k} in ${c.text}`);
    if (!c.has.length) assert.equal(keys.size, 0, c.text);
  }
  // the same words in a report of another language keep the old reading (a capitalised run is a name)
  assert.ok(nameCandidates('Die Gewerkschaft ruft zum Streik.', 'fr').some((n) => n.keys.some((k) => k.key === 'loc:streik')));
});

test(`${P} a country by its name in the report's language, a city under both place keys, and no article as a name`, () => {
  const cases: ReadonlyArray<{ text: string; language: string; has: string[]; lacks: string[] }> = [
    { text: 'Die Zeremonie in Yaoundé wird verschoben, teilte das Ministerium mit. Die Trommel geht an Kamerun.', language: 'de', has: ['gpe:cmr', 'gpe:yaounde', 'loc:yaounde'], lacks: [] },
    { text: 'STUTTGART - Die Übergabe wird verschoben.', language: 'de', has: [], lacks: ['loc:die', 'org:die'] },
    { text: "Le Cameroun a demandé le retour du tambour, selon l'Allemagne.", language: 'fr', has: ['gpe:cmr', 'gpe:deu'], lacks: [] },
    // negative: a word that is no country's name in any language gives no country code
    { text: 'Die Verhandlungen in Lichtenberg dauern an.', language: 'de', has: ['loc:lichtenberg'], lacks: ['gpe:deu'] },
  ];
  for (const c of cases) {
    const keys = new Set(nameCandidates(c.text, c.language).flatMap((n) => n.keys.map((k) => k.key)));
    for (const k of c.has) assert.ok(keys.has(k), `${k} in ${c.text}`);
    for (const k of c.lacks) assert.ok(!keys.has(k), `no ${k} in ${c.text}`);
  }
});

test(`${P} a dateline's one word in capitals is the place the report was filed from, not a sentence's first word`, () => {
  const cases: ReadonlyArray<{ text: string; language: string; has: string[]; lacks: string[] }> = [
    { text: 'PRAIA - O funeral de Estado realiza-se no sábado.', language: 'pt', has: ['loc:praia', 'gpe:praia'], lacks: [] },
    { text: 'LYON, 9 juillet - La mairie a fait appel.', language: 'fr', has: ['loc:lyon'], lacks: [] },
    { text: 'BRUNSBÜTTEL - Der Kanal soll am Freitag wieder freigegeben werden.', language: 'de', has: ['loc:brunsbuttel'], lacks: ['loc:der'] },
    { text: 'SAN JOSÉ (EFE) - El Gobierno decretó la emergencia.', language: 'es', has: ['loc:san-jose'], lacks: [] },
    // negative: a first word in capitals without a dateline's separator, and a first word in title case, stay out
    { text: 'ATENCIÓN a los conductores: la ruta está cerrada.', language: 'es', has: [], lacks: ['loc:atencion'] },
    { text: 'Praia - O funeral realiza-se no sábado.', language: 'pt', has: [], lacks: ['loc:praia'] },
  ];
  for (const c of cases) {
    const keys = new Set(nameCandidates(c.text, c.language).flatMap((n) => n.keys.map((k) => k.key)));
    for (const k of c.has) assert.ok(keys.has(k), `${k} in ${c.text} (${[...keys].join(' ')})`);
    for (const k of c.lacks) assert.ok(!keys.has(k), `no ${k} in ${c.text}`);
  }
});
