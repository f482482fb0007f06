import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, languagePlan } from '../../default-pipeline.js';
import type { Event } from '../../../doc/schemas/events.js';

const P = 'events/lang pt:';

/** One event of the sentence as "trigger lemma status/phase/modality" ("-" for none). */
function label(text: string, e: Event): string {
  return `${text.slice(e.trigger.start, e.trigger.end)} ${e.lemma} ${e.status ?? '-'}/${e.phase ?? '-'}/${e.modality}`;
}

function eventsOf(text: string, published = '2026-03-18'): string[] {
  const doc = annotate(text, { published, language: 'pt' });
  return (doc.layers.events ?? []).map((e) => label(text, e));
}

// Portuguese (events.lang 1.25.0), European and Brazilian spellings; sentences written for these tests, not taken from any corpus
const CASES: ReadonlyArray<{ readonly text: string; readonly want: readonly string[]; readonly why: string }> = [
  { text: 'Os estivadores vão entrar em greve na próxima segunda-feira.', want: ['greve strike scheduled/called/planned'], why: '"vão" + infinitive and a day ahead' },
  { text: 'A greve foi desconvocada pelo sindicato.', want: ['greve strike cancelled/called-off/asserted'], why: 'a strike called off' },
  { text: 'A greve dos professores continua.', want: ['greve strike in-progress/under-way/asserted'], why: 'going on' },
  { text: 'O sindicato não convocou nenhuma greve.', want: ['greve strike -/-/negated'], why: 'negated' },
  { text: 'O governo desmentiu a greve.', want: ['greve strike -/-/negated'], why: 'denied' },
  { text: 'A cimeira foi adiada para 20 de abril.', want: ['cimeira summit scheduled/-/planned'], why: 'put off to a new day (pt-PT "cimeira")' },
  { text: 'A cúpula do Mercosul será realizada em maio.', want: ['cúpula summit anticipated/-/planned'], why: 'pt-BR "cúpula", a month ahead' },
  { text: 'O segundo turno será disputado em 12 de abril.', want: ['turno vote scheduled/scheduled/planned'], why: 'a runoff (pt-BR), dated ahead' },
  { text: 'A primeira volta realizou-se a 1 de março, e a segunda volta está marcada para 12 de abril.', want: ['volta elect occurred/held/asserted', 'volta vote scheduled/scheduled/planned'], why: 'two rounds in one sentence: each by the ordinal right before it' },
  { text: 'O presidente voltou ontem de Paris, por volta das 15 horas.', want: [], why: 'negative: "voltou", "por volta das" are no round of voting' },
  { text: 'De acordo com a lei eleitoral, o novo presidente deverá tomar posse em maio.', want: ['posse sworn -/-/planned'], why: '"deverá tomar posse": planned; "de acordo com" is no agreement' },
  { text: 'O acordo de paz foi assinado ontem em Luanda.', want: ['acordo agree occurred/-/asserted', 'assinado sign occurred/-/asserted'], why: 'an agreement signed' },
  { text: 'Dois homens foram detidos ontem pela polícia.', want: ['detidos arrest occurred/arrested/asserted'], why: 'an arrest' },
  { text: 'O ex-ministro foi acusado de corrupção.', want: ['acusado charge occurred/charged/asserted'], why: 'a charge' },
  { text: 'O julgamento começa na próxima semana.', want: ['julgamento trial scheduled/-/planned'], why: 'a trial next week' },
  { text: 'O ministro planeia visitar Maputo em junho.', want: ['visitar visit anticipated/-/planned'], why: '"planeia" (pt-PT)' },
  { text: 'Espera-se que as negociações sejam retomadas nas próximas semanas.', want: ['negociações negotiate anticipated/-/planned'], why: '"espera-se", a span ahead' },
  { text: 'O lançamento do satélite foi adiado.', want: ['lançamento launch anticipated/-/planned'], why: 'a launch put off' },
  { text: 'O lançamento do novo telemóvel foi um sucesso.', want: [], why: 'negative: a product launch' },
  { text: 'O partido anunciou que vai recorrer dos resultados para o Supremo Tribunal.', want: ['recorrer petition -/-/planned'], why: 'a challenge to election results in court' },
  { text: 'Os recursos naturais do país são vastos.', want: [], why: 'negative: "recursos" are resources, no court or results near' },
  { text: 'O governo poderia convocar uma votação em abril.', want: ['votação vote -/-/hypothetical'], why: '"poderia": a possibility' },
  { text: 'O governo convocou uma votação para abril.', want: ['votação vote anticipated/scheduled/asserted'], why: 'negative: no possibility, a vote called' },
];

for (const c of CASES) {
  test(`${P} ${c.why}`, () => {
    assert.deepEqual(eventsOf(c.text), c.want, c.text);
  });
}

test(`${P} the plan for Portuguese produces timexes, events and quantities; claims stay withheld`, () => {
  const plan = languagePlan('pt');
  for (const layer of ['timexes', 'events', 'quantities'] as const) assert.ok(plan.pipeline.produces.includes(layer), layer);
  assert.ok(!plan.withheld?.layers.includes('events'));
  assert.ok(plan.withheld?.layers.includes('claims'));
  assert.ok(plan.withheld?.layers.includes('attributions'));
});
