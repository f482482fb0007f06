import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate, languagePlan } from '../../default-pipeline.js';
import { HAPPENING_TYPE, type Event } from '../../../doc/schemas/events.js';
import { englishLemma, glossaryTriggers } from './glossary.js';
import { deGlossary } from './glossary/de.js';
import { esGlossary } from './glossary/es.js';
import { frGlossary } from './glossary/fr.js';
import { itGlossary } from './glossary/it.js';
import { nlGlossary } from './glossary/nl.js';
import { ptGlossary } from './glossary/pt.js';
import { happeningLemma } from '../happening-lemma.js';

const P = 'events/lang glossary:';

function label(text: string, e: Event): string {
  return `${text.slice(e.trigger.start, e.trigger.end)} ${e.lemma} ${e.type === HAPPENING_TYPE ? 'H' : e.type} ${e.status ?? '-'}`;
}

function eventsOf(language: string, text: string): string[] {
  const doc = annotate(text, { published: '2026-03-18', language });
  return (doc.layers.events ?? []).map((e) => label(text, e));
}

// sentences written for these tests, not taken from any corpus; each happening beside a negative
const CASES: ReadonlyArray<{ readonly language: string; readonly text: string; readonly want: readonly string[]; readonly why: string }> = [
  { language: 'es', text: 'El censo nacional fue aplazado hasta septiembre.', want: ['censo census H anticipated'], why: 'a census put off' },
  { language: 'es', text: 'El Gobierno devaluó el peso el lunes.', want: ['devaluó devalue H occurred'], why: 'a devaluation, the verb' },
  { language: 'es', text: 'La fuga de gas obligó a cortar la calle.', want: ['fuga leak H occurred'], why: 'a gas leak' },
  { language: 'es', text: 'El preso protagonizó una fuga espectacular.', want: [], why: 'negative: an escape, no leak' },
  { language: 'es', text: 'Las obras del puente comenzarán en mayo.', want: ['obras construct H anticipated'], why: 'construction works on a bridge' },
  { language: 'es', text: 'Tres obras de Picasso fueron expuestas.', want: [], why: 'negative: works of art' },
  { language: 'es', text: 'El partido terminó con dos goles.', want: ['partido match H occurred'], why: 'a football match' },
  { language: 'es', text: 'El partido ganó las elecciones.', want: ['elecciones elect POLITICAL occurred'], why: 'negative: a party; the lexicon keeps its election' },
  { language: 'es', text: 'La huelga fue desconvocada.', want: ['huelga strike PROTEST cancelled'], why: 'a lexicon word stays the lexicon\'s' },
  { language: 'de', text: 'Die Bauarbeiten wurden verschoben.', want: ['Bauarbeiten construct H anticipated'], why: 'construction put off' },
  { language: 'de', text: 'Die Straßenbauarbeiten wurden verschoben.', want: ['Straßenbauarbeiten construct H anticipated'], why: 'a compound by its last noun' },
  { language: 'de', text: 'Die Abwertung des Rubels wurde am Montag beschlossen.', want: ['Abwertung devalue H occurred'], why: 'a devaluation' },
  { language: 'de', text: 'Alle Versuche scheiterten.', want: [], why: 'negative: attempts end in "suche" but are no search' },
  { language: 'de', text: 'Das ist ein Beispiel.', want: [], why: 'negative: "Beispiel" ends in "spiel" but is no match' },
  { language: 'de', text: 'Der Warnstreik wurde abgesagt.', want: ['Warnstreik strike PROTEST cancelled'], why: 'a lexicon compound stays the lexicon\'s' },
  { language: 'fr', text: 'Le recensement aura lieu en mars.', want: ['recensement census H anticipated'], why: 'a census ahead' },
  { language: 'fr', text: 'La course cycliste a été annulée.', want: ['course race H cancelled'], why: 'a race called off' },
  { language: 'fr', text: 'Ils ont fait des courses au marché.', want: [], why: 'negative: shopping' },
  { language: 'fr', text: 'Le vol a été retardé.', want: [], why: 'negative: a flight, no theft' },
  { language: 'fr', text: "Le coup d'État a échoué.", want: ['coup coup H occurred'], why: "a coup, with \"d'État\" near" },
  { language: 'fr', text: 'Un coup de fil a suffi.', want: [], why: 'negative: a phone call' },
  { language: 'fr', text: 'Le navire a été placé en quarantaine.', want: ['quarantaine quarantine H occurred'], why: 'a quarantine' },
  { language: 'fr', text: 'Le groupe a fermé une quarantaine de magasins.', want: ['fermé close ECONOMY occurred'], why: 'negative: about forty shops' },
  { language: 'de', text: 'Die Auslieferung der Rohre verzögert sich.', want: [], why: 'negative: a delivery of goods, no extradition' },
  { language: 'de', text: 'Das Gericht genehmigte die Auslieferung des Verdächtigen.', want: ['Auslieferung extradite H occurred'], why: 'an extradition, a court near' },
  { language: 'it', text: 'Il censimento è stato rinviato.', want: ['censimento census H anticipated'], why: 'a census put off' },
  { language: 'it', text: 'La causa intentata dai consumatori.', want: ['causa lawsuit H -'], why: 'a lawsuit brought' },
  { language: 'it', text: 'Il treno è in ritardo a causa della pioggia.', want: [], why: 'negative: "a causa di", because of' },
  { language: 'pt', text: 'O censo foi adiado para setembro.', want: ['censo census H anticipated'], why: 'a census put off' },
  { language: 'pt', text: 'O jogo terminou com dois golos.', want: ['jogo match H occurred'], why: 'a football match' },
  { language: 'pt', text: 'O jogo de poder continua.', want: [], why: 'negative: a power game' },
  { language: 'pt', text: 'A onda de calor vai durar até domingo.', want: ['onda heatwave H scheduled'], why: 'a heatwave' },
  { language: 'pt', text: 'Uma onda de protestos.', want: ['protestos protest PROTEST -'], why: 'negative: a wave of protests, no heat' },
  // Dutch: a lexicon of the families and its cues (nl.ts), and a glossary
  { language: 'nl', text: 'De staking van de buschauffeurs is afgelast.', want: ['staking strike PROTEST cancelled'], why: 'a strike called off' },
  { language: 'nl', text: 'De waarschuwingsstaking gaat volgende week door.', want: ['waarschuwingsstaking strike PROTEST scheduled'], why: 'a compound by its last noun, next week' },
  { language: 'nl', text: 'Het staatsbezoek van de koning wordt uitgesteld.', want: ['staatsbezoek visit CONSULT anticipated'], why: 'a state visit put off' },
  { language: 'nl', text: 'Hij kreeg een hartaanval.', want: [], why: 'negative: a heart attack is no attack' },
  { language: 'nl', text: 'Ze staat aan de top van de lijst.', want: [], why: 'negative: the top of a list, no summit' },
  { language: 'nl', text: 'De volkstelling is uitgesteld tot september.', want: ['volkstelling census H anticipated'], why: 'a census put off' },
  { language: 'nl', text: 'De bank heeft de munt gedevalueerd.', want: ['gedevalueerd devalue H occurred'], why: 'a devaluation' },
  { language: 'nl', text: 'De rechtbank doet volgende week uitspraak.', want: ['uitspraak verdict H scheduled'], why: 'a court ruling next week' },
  { language: 'nl', text: 'Zijn uitspraak was onduidelijk.', want: [], why: 'negative: a pronouncement, no court near' },
  { language: 'nl', text: 'De fietsenberging is vol.', want: [], why: 'negative: a bicycle shed, no salvage' },
];

for (const c of CASES) {
  test(`${P} ${c.language}: ${c.why}`, () => {
    assert.deepEqual(eventsOf(c.language, c.text), c.want, c.text);
  });
}

test(`${P} an English happening and its glossary word share a lemma, so the link layer can join them`, () => {
  const english = annotate('The national census has been postponed until September.', { published: '2026-03-18', language: 'en' });
  const lemmas = (english.layers.events ?? []).map((e) => e.lemma);
  assert.ok(lemmas.includes('census'), lemmas.join(' '));
  for (const [language, text] of [['es', 'El censo nacional fue aplazado.'], ['fr', 'Le recensement a été reporté.'], ['de', 'Die Volkszählung wurde verschoben.'], ['it', 'Il censimento è stato rinviato.'], ['pt', 'O recenseamento foi adiado.'], ['nl', 'De volkstelling is uitgesteld.']] as const) {
    assert.deepEqual((annotate(text, { published: '2026-03-18', language }).layers.events ?? []).map((e) => e.lemma), ['census'], text);
  }
});

test(`${P} the lemma is the English layer's: its lexicon's where it reads the word in every context, else the happening lemma`, () => {
  assert.equal(englishLemma('devaluation'), 'devalue');
  assert.equal(englishLemma('census'), happeningLemma('census'));
  assert.equal(englishLemma('kidnapping'), 'abduct');
  assert.equal(englishLemma('truce'), 'ceasefire');
});

test(`${P} every glossary has at least 80 happenings, each a happening with its lemma as subtype and a schedule`, () => {
  for (const g of [deGlossary, frGlossary, esGlossary, itGlossary, ptGlossary, nlGlossary]) {
    const triggers = glossaryTriggers(g);
    assert.ok(triggers.length >= 80, `${g.language}: ${triggers.length}`);
    for (const t of triggers) {
      assert.equal(t.type, HAPPENING_TYPE);
      assert.equal(t.subtype, t.lemma);
      assert.equal(t.schedulable, true);
      for (const w of `${t.nouns ?? ''} ${t.verbs ?? ''}`.split(' ').filter(Boolean)) assert.match(w, /^[\p{Ll}-]+$/u, `${g.language}: "${w}" is one lower-case word`);
    }
  }
});

test(`${P} an entry whose English word names a phase of another event gives no trigger ("opening" is open)`, () => {
  assert.deepEqual(glossaryTriggers({ language: 'xx', entries: [{ english: 'opening', nouns: 'x' }, { english: 'census', nouns: 'y' }] }).map((t) => t.lemma), ['census']);
});

test(`${P} a Dutch report gets events (events.lang 1.27.0)`, () => {
  const plan = languagePlan('nl');
  assert.ok(plan.pipeline.produces.includes('events'));
  assert.ok(!plan.withheld?.layers.includes('events'));
});
