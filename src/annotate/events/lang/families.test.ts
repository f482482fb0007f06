import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../default-pipeline.js';

/**
 * Family parity (events.lang 1.36.0, hlang2, issue 12): the families the English layer reads and news uses most (fines,
 * provisional suspensions, services halted and resumed, recalls, public warnings, custody), one table per language, each
 * with negatives (the word in its other common sense). Sentences written for these tests, not taken from any corpus.
 */

/** The events of a sentence as "trigger lemma". */
function eventsOf(language: string, text: string): string[] {
  const doc = annotate(text, { published: '2026-03-18', language });
  return (doc.layers.events ?? []).map((e) => `${text.slice(e.trigger.start, e.trigger.end)} ${e.lemma}`);
}

interface Case {
  readonly text: string;
  /** Events that must be read (other events of the sentence may be read too). */
  readonly want: readonly string[];
  /** Events that must not be read. */
  readonly not?: readonly string[];
  readonly why: string;
}

const TABLES: Readonly<Record<string, readonly Case[]>> = {
  nl: [
    { text: 'De toezichthouder heeft het bedrijf een boete van 2 miljoen euro opgelegd.', want: ['boete sentence'], why: 'a fine imposed' },
    { text: 'Het is de hoogste recordboete ooit.', want: ['recordboete sentence'], why: 'a fine as the last noun of a compound' },
    { text: 'De wielrenner is voorlopig geschorst na een positieve test.', want: ['geschorst suspension'], why: 'a provisional suspension' },
    { text: 'De wielrenner is voor vier jaar geschorst wegens doping.', want: ['geschorst ban'], not: ['geschorst suspension'], why: 'negative: a disciplinary ban, not provisional' },
    { text: 'Het treinverkeer is maandag stilgelegd.', want: ['stilgelegd suspend'], why: 'traffic halted' },
    { text: 'Het treinverkeer werd dinsdag hervat.', want: ['hervat restore'], why: 'traffic resumed' },
    { text: 'De gesprekken worden volgende week hervat.', want: [], not: ['hervat restore'], why: 'negative: talks resumed are no service back' },
    { text: 'De fabrikant heeft 40.000 auto\'s teruggeroepen.', want: ['teruggeroepen recall'], why: 'a recall' },
    { text: 'De ambassadeur is teruggeroepen naar Den Haag.', want: [], not: ['teruggeroepen recall'], why: 'negative: an envoy called back' },
    { text: 'Het KNMI heeft code oranje afgegeven voor zware windstoten.', want: ['code warning'], why: 'a weather warning' },
    { text: 'De minister gaf een waarschuwing aan de oppositie.', want: [], not: ['waarschuwing warning'], why: 'negative: a politician\'s warning' },
    { text: 'De verdachte zit in voorarrest.', want: ['voorarrest detain'], why: 'custody before trial' },
    { text: 'De gemeente heeft de vergunning van de club geschorst.', want: ['geschorst licence-suspension'], why: 'a licence suspended' },
    { text: 'Washington voerde invoerheffingen van 25 procent in.', want: ['invoerheffingen tariff'], why: 'tariffs' },
    { text: 'De nieuwe burgemeester werd maandag beëdigd.', want: ['beëdigd sworn'], why: 'sworn in' },
    { text: 'Een tsunami trof de kust.', want: ['tsunami tsunami'], why: 'a tsunami' },
    { text: 'Er geldt een waarschuwing voor een tsunami.', want: [], not: ['tsunami tsunami'], why: 'negative: a tsunami warning' },
    { text: 'Bij de instorting van het gebouw vielen drie doden.', want: ['instorting collapse'], why: 'a building collapse' },
    { text: 'De instorting van de koers verraste beleggers.', want: [], not: ['instorting collapse'], why: 'negative: a price collapse' },
    { text: 'De ECB houdt de rente ongewijzigd.', want: ['ongewijzigd hold'], why: 'a rate hold' },
    { text: 'Het programma blijft ongewijzigd.', want: [], not: ['ongewijzigd hold'], why: 'negative: no rate' },
  ],
  de: [
    { text: 'Die Datenschutzbehörde verhängte ein Bußgeld von 14,5 Millionen Euro.', want: ['Bußgeld sentence'], why: 'a fine imposed by an authority' },
    { text: 'Der Bußgeldkatalog wird überarbeitet.', want: [], not: ['Bußgeldkatalog sentence'], why: 'negative: a list of fines, no fine' },
    { text: 'Der Radprofi wurde vorläufig suspendiert.', want: ['suspendiert suspension'], why: 'a provisional suspension' },
    { text: 'Der Fährverkehr wurde am Montag eingestellt.', want: ['eingestellt suspend'], why: 'a service halted' },
    { text: 'Die Firma hat 200 neue Mitarbeiter eingestellt.', want: [], not: ['eingestellt suspend'], why: 'negative: staff hired' },
    { text: 'Die Ermittlungen wurden eingestellt.', want: [], not: ['eingestellt suspend'], why: 'negative: an inquiry dropped' },
    { text: 'Der Wetterdienst gab eine Unwetterwarnung für Bayern heraus.', want: ['Unwetterwarnung warning'], why: 'a weather warning' },
    { text: 'Die Warnung des Wetterdienstes gilt bis Sonntag.', want: ['Warnung warning'], why: 'a warning with its service near' },
    { text: 'Der Kanzler sprach eine Warnung an Moskau aus.', want: [], not: ['Warnung warning'], why: 'negative: a politician\'s warning' },
    { text: 'Ein Gericht hat den Bau der Leitung vorläufig gestoppt.', want: ['gestoppt rule'], why: 'a court halts a project' },
    { text: 'Die Polizei hat den Lastwagen gestoppt.', want: [], not: ['gestoppt rule'], why: 'negative: a lorry stopped' },
    { text: 'Die Behörde hat die Betriebserlaubnis der Mine ausgesetzt.', want: ['ausgesetzt licence-suspension'], why: 'a licence suspended' },
    { text: 'Washington verhängte Strafzölle von 25 Prozent auf Stahl.', want: ['Strafzölle tariff'], why: 'tariffs' },
    { text: 'Brüssel kündigte Gegenzölle an.', want: ['Gegenzölle counter-tariff'], not: ['Gegenzölle tariff'], why: 'counter-tariffs are their own event' },
    { text: 'Der Zoll beschlagnahmte 200 Kilo Kokain.', want: [], not: ['Zoll tariff'], why: 'negative: the customs service' },
    { text: 'Die neue Ministerin wurde am Montag vereidigt.', want: ['vereidigt sworn'], why: 'sworn in' },
    { text: 'Ein Tsunami traf die Küste.', want: ['Tsunami tsunami'], why: 'a tsunami' },
    { text: 'Beim Einsturz der Brücke starben drei Menschen.', want: ['Einsturz collapse'], why: 'a bridge collapse' },
    { text: 'Beim Brückeneinsturz starben drei Menschen.', want: ['Brückeneinsturz collapse'], why: 'a collapse as the last noun of a compound' },
    { text: 'Die EZB belässt den Leitzins bei 2 Prozent.', want: ['belässt hold'], why: 'a rate hold' },
    { text: 'Der Investor verlangt eine außerordentliche Hauptversammlung.', want: ['Hauptversammlung meet'], why: 'a general meeting' },
  ],
  fr: [
    { text: 'Le régulateur a infligé une sanction pécuniaire de 2 millions d\'euros.', want: ['sanction sentence'], why: 'a fine by a regulator' },
    { text: 'L\'UE a adopté de nouvelles sanctions contre Moscou.', want: [], not: ['sanctions sentence'], why: 'negative: sanctions against a state' },
    { text: 'Le coureur a été suspendu à titre conservatoire.', want: ['suspendu suspension'], why: 'a provisional suspension' },
    { text: 'Le coureur a été suspendu quatre ans pour dopage.', want: ['suspendu ban'], not: ['suspendu suspension'], why: 'negative: a disciplinary ban' },
    { text: 'Le trafic ferroviaire est suspendu depuis lundi.', want: ['suspendu suspend'], why: 'traffic halted' },
    { text: 'La reprise du trafic est prévue jeudi.', want: ['reprise restore'], why: 'traffic resumed' },
    { text: 'La reprise économique reste fragile.', want: [], not: ['reprise restore'], why: 'negative: an economic recovery' },
    { text: 'Le constructeur a lancé le rappel de 30 000 véhicules.', want: ['rappel recall'], why: 'a recall' },
    { text: 'Le ministre a rappelé que les voitures électriques sont subventionnées.', want: [], not: ['rappelé recall'], why: 'negative: a reminder' },
    { text: 'Météo-France a placé le département en vigilance orange canicule.', want: ['vigilance warning'], why: 'a weather warning' },
    { text: 'Un avis d\'ébullition reste en vigueur dans cinq secteurs.', want: ['avis warning'], why: 'a boil-water advisory' },
    { text: 'Selon l\'avis des experts, le projet est viable.', want: [], not: ['avis warning'], why: 'negative: an opinion' },
    { text: 'Le régulateur a suspendu la licence de la compagnie.', want: ['suspendu licence-suspension'], why: 'a licence suspended' },
    { text: 'Washington a imposé des droits de douane de 25 % sur l\'acier.', want: ['droits tariff'], why: 'tariffs' },
    { text: 'La Ligue des droits de l\'homme a protesté.', want: [], not: ['droits tariff'], why: 'negative: human rights' },
    { text: 'Le nouveau président a prêté serment lundi.', want: ['serment sworn'], why: 'sworn in' },
    { text: 'Un tsunami a frappé la côte.', want: ['tsunami tsunami'], why: 'a tsunami' },
    { text: 'L\'alerte au tsunami a été levée.', want: ['alerte warning'], not: ['tsunami tsunami'], why: 'negative: a tsunami warning is the warning' },
    { text: 'L\'effondrement de l\'immeuble a fait trois morts.', want: ['effondrement collapse'], why: 'a building collapse' },
    { text: 'L\'effondrement du rouble inquiète.', want: [], not: ['effondrement collapse'], why: 'negative: a currency collapse' },
    { text: 'La BCE a maintenu ses taux inchangés.', want: ['maintenu hold'], why: 'a rate hold' },
    { text: 'Le gouvernement a maintenu sa réforme.', want: [], not: ['maintenu hold'], why: 'negative: no rate' },
    { text: 'Une assemblée générale extraordinaire se tiendra le 12 mai.', want: ['assemblée meet'], why: 'a general meeting' },
    { text: 'L\'Assemblée nationale a voté la loi.', want: [], not: ['Assemblée meet'], why: 'negative: the chamber' },
  ],
  es: [
    { text: 'La autoridad impuso una multa de 3 millones de euros a la empresa.', want: ['multa sentence'], why: 'a fine' },
    { text: 'La nueva agencia podrá imponer multas de hasta el 2 % de la facturación anual.', want: [], not: ['multas sentence'], why: 'negative: a law\'s fines in general' },
    { text: 'El ciclista fue suspendido provisionalmente tras el control.', want: ['suspendido suspension'], why: 'a provisional suspension' },
    { text: 'Los vuelos fueron suspendidos por la tormenta.', want: ['suspendidos suspend'], why: 'flights halted' },
    { text: 'La huelga fue suspendida por el sindicato.', want: [], not: ['suspendida suspend'], why: 'negative: a strike called off is no service halted' },
    { text: 'La empresa retiró del mercado 20 lotes de leche.', want: ['retiró recall'], why: 'a recall' },
    { text: 'El ejército retiró sus tropas de la frontera.', want: [], not: ['retiró recall'], why: 'negative: troops withdrawn' },
    { text: 'Se mantiene la alerta por calor extremo en tres provincias.', want: ['alerta warning'], why: 'a heat warning' },
    { text: 'El exalcalde niega los cargos.', want: ['cargos charge'], why: 'charges denied' },
    { text: 'Los cargos públicos deben declarar su patrimonio.', want: [], not: ['cargos charge'], why: 'negative: public offices' },
    { text: 'El acusado sigue en prisión preventiva.', want: ['prisión detain'], why: 'custody before trial' },
    { text: 'El sindicato dijo que el recorte afectaría a 550 puestos de trabajo.', want: ['recorte layoff'], why: 'a cut of jobs' },
    { text: 'El banco central anunció un recorte de la tasa de interés.', want: ['recorte cut'], not: ['recorte layoff'], why: 'negative: a rate cut' },
    { text: 'El juez paralizó las obras del gasoducto.', want: ['paralizó rule'], why: 'a court halts a project' },
    { text: 'La huelga paralizó el puerto.', want: [], not: ['paralizó rule'], why: 'negative: a strike halts a port' },
    { text: 'La alerta de tsunami fue levantada.', want: [], not: ['tsunami tsunami'], why: 'negative: a tsunami warning' },
    { text: 'El colapso del edificio dejó tres muertos.', want: ['colapso collapse'], why: 'a building collapse' },
    { text: 'El colapso de las negociaciones preocupa.', want: [], not: ['colapso collapse'], why: 'negative: talks collapsing' },
    { text: 'El banco central mantuvo su tasa de referencia en 4,5 %.', want: ['mantuvo hold'], why: 'a rate hold' },
    { text: 'El Gobierno mantuvo su apoyo al plan.', want: [], not: ['mantuvo hold'], why: 'negative: no rate' },
    { text: 'La junta de accionistas votará la fusión.', want: ['junta meet'], why: 'a shareholders\' meeting' },
    { text: 'La junta militar tomó el poder.', want: [], not: ['junta meet'], why: 'negative: a military junta' },
  ],
  it: [
    { text: 'Il Garante ha inflitto una sanzione di 2 milioni di euro.', want: ['sanzione sentence'], why: 'a fine by a regulator' },
    { text: 'Le sanzioni contro la Russia restano in vigore.', want: [], not: ['sanzioni sentence'], why: 'negative: sanctions against a state' },
    { text: 'Il corridore resta sospeso in via cautelare dal 10 marzo.', want: ['sospeso suspension'], why: 'a provisional suspension' },
    { text: 'Il Tar ha sospeso l\'ordinanza del sindaco.', want: ['sospeso rule'], not: ['sospeso suspension'], why: 'negative: a court suspends a measure, a ruling' },
    { text: 'I collegamenti con le isole sono sospesi per il maltempo.', want: ['sospesi suspend'], why: 'services halted' },
    { text: 'La ripresa dei voli è prevista per domani.', want: ['ripresa restore'], why: 'flights resumed' },
    { text: 'La ripresa economica rallenta.', want: [], not: ['ripresa restore'], why: 'negative: an economic recovery' },
    { text: 'La casa automobilistica ha avviato il richiamo di 30.000 veicoli.', want: ['richiamo recall'], why: 'a recall' },
    { text: 'Il richiamo del presidente all\'unità è stato ascoltato.', want: [], not: ['richiamo recall'], why: 'negative: a call to unity' },
    { text: 'La Protezione civile ha diramato l\'allerta rossa.', want: ['allerta warning'], why: 'a weather warning' },
    { text: 'L\'uomo è in custodia cautelare.', want: ['custodia detain'], why: 'custody before trial' },
    { text: 'L\'azienda ha annunciato il taglio di 300 posti di lavoro.', want: ['taglio layoff'], why: 'a cut of jobs' },
    { text: 'La Bce ha deciso un taglio dei tassi.', want: ['taglio cut'], not: ['taglio layoff'], why: 'negative: a rate cut' },
    { text: 'Nel 2021 l\'agenzia bocciò il farmaco.', want: ['bocciò approve'], why: 'an agency\'s rejection in the simple past' },
    { text: 'Il Tar ha bloccato i lavori della nuova strada.', want: ['bloccato rule'], why: 'a court halts works' },
    { text: 'La polizia ha bloccato la strada.', want: [], not: ['bloccato rule'], why: 'negative: a road blocked by the police' },
    { text: 'Il ministero ha sospeso la licenza della compagnia.', want: ['sospeso licence-suspension'], why: 'a licence suspended' },
    { text: 'Washington ha imposto dazi del 25% sull\'acciaio.', want: ['dazi tariff'], why: 'tariffs' },
    { text: 'Bruxelles prepara dazi di ritorsione.', want: ['dazi counter-tariff'], not: ['dazi tariff'], why: 'counter-tariffs are their own event' },
    { text: 'Il nuovo governo ha giurato al Quirinale.', want: ['giurato sworn'], why: 'sworn in' },
    { text: 'Un maremoto ha colpito la costa.', want: ['maremoto tsunami'], why: 'a tsunami' },
    { text: 'Il crollo del ponte ha causato tre morti.', want: ['crollo collapse'], why: 'a bridge collapse' },
    { text: 'Il crollo della Borsa preoccupa gli investitori.', want: [], not: ['crollo collapse'], why: 'negative: a market collapse' },
    { text: 'La Bce ha lasciato invariati i tassi.', want: ['invariati hold'], why: 'a rate hold' },
    { text: 'L\'assemblea degli azionisti è convocata per il 12 maggio.', want: ['assemblea meet'], why: 'a shareholders\' meeting' },
  ],
  pt: [
    { text: 'A autoridade aplicou uma coima de 2 milhões de euros.', want: ['coima sentence'], why: 'a fine (pt-PT)' },
    { text: 'A empresa pagou uma multa de 3 milhões de reais.', want: ['multa sentence'], why: 'a fine (pt-BR)' },
    { text: 'O valor subiu porque foram incluídos juros de mora e multas.', want: [], not: ['multas sentence'], why: 'negative: a debt\'s penalties' },
    { text: 'O atleta foi suspenso preventivamente.', want: ['suspenso suspension'], why: 'a provisional suspension' },
    { text: 'Os voos foram suspensos por causa do nevoeiro.', want: ['suspensos suspend'], why: 'flights halted' },
    { text: 'A greve foi suspensa pelo sindicato.', want: [], not: ['suspensa suspend'], why: 'negative: a strike called off' },
    { text: 'A marca anunciou a recolha de 30 mil veículos.', want: ['recolha recall'], why: 'a recall' },
    { text: 'A recolha de lixo foi retomada.', want: [], not: ['recolha recall'], why: 'negative: refuse collection' },
    { text: 'A Defesa Civil suspendeu o alerta de calor extremo.', want: ['alerta warning'], why: 'a heat warning' },
    { text: 'A empresa anunciou o corte de 300 postos de trabalho.', want: ['corte layoff'], why: 'a cut of jobs' },
    { text: 'O tribunal suspendeu as obras do gasoduto.', want: ['suspendeu rule'], why: 'a court halts works' },
    { text: 'O regulador suspendeu a licença da mina.', want: ['suspendeu licence-suspension'], why: 'a licence suspended' },
    { text: 'O tsunami atingiu a costa.', want: ['tsunami tsunami'], why: 'a tsunami' },
    { text: 'O colapso do prédio deixou três mortos.', want: ['colapso collapse'], why: 'a building collapse' },
    { text: 'O Banco Central manteve a taxa Selic em 10,5%.', want: ['manteve hold'], why: 'a rate hold' },
    { text: 'A assembleia geral de acionistas foi marcada para maio.', want: ['assembleia meet'], why: 'a shareholders\' meeting' },
    { text: 'A Assembleia da República aprovou a lei.', want: [], not: ['Assembleia meet'], why: 'negative: the chamber' },
  ],
};

for (const [language, cases] of Object.entries(TABLES)) {
  test(`events/lang families ${language}: fines, suspensions, stoppages, resumptions, recalls, warnings, custody`, () => {
    for (const c of cases) {
      const got = eventsOf(language, c.text);
      for (const w of c.want) assert.ok(got.includes(w), `${c.why}: want ${w} in ${JSON.stringify(got)} (${c.text})`);
      for (const n of c.not ?? []) assert.ok(!got.includes(n), `${c.why}: not ${n} in ${JSON.stringify(got)} (${c.text})`);
    }
  });
}

/**
 * A state said to remain in force is going on, as the English "remains in force" (events.lang 1.36.0); one that comes into force
 * later is not.
 */
const IN_FORCE: ReadonlyArray<{ readonly language: string; readonly text: string; readonly want: string; readonly why: string }> = [
  { language: 'it', text: 'Lo stato di emergenza resta in vigore fino a marzo.', want: 'emergenza emergency in-progress', why: 'remains in force' },
  { language: 'it', text: 'Lo stato di emergenza entrerà in vigore a marzo.', want: 'emergenza emergency anticipated', why: 'negative: comes into force later' },
  { language: 'fr', text: 'L\'état d\'urgence reste en vigueur.', want: 'urgence emergency in-progress', why: 'remains in force' },
  { language: 'es', text: 'El estado de emergencia está en vigor desde enero.', want: 'emergencia emergency in-progress', why: 'is in force' },
  { language: 'es', text: 'El estado de emergencia entrará en vigor el lunes.', want: 'emergencia emergency scheduled', why: 'negative: comes into force on a day ahead' },
  { language: 'pt', text: 'O estado de emergência está em vigor.', want: 'emergência emergency in-progress', why: 'is in force' },
  { language: 'de', text: 'Der Notstand bleibt in Kraft.', want: 'Notstand emergency in-progress', why: 'remains in force' },
  { language: 'nl', text: 'De noodtoestand blijft van kracht.', want: 'noodtoestand emergency in-progress', why: 'remains in force' },
];

test('events/lang families: a state that remains in force is going on, in each language', () => {
  for (const c of IN_FORCE) {
    const doc = annotate(c.text, { published: '2026-03-18', language: c.language });
    const got = (doc.layers.events ?? []).map((e) => `${c.text.slice(e.trigger.start, e.trigger.end)} ${e.lemma} ${e.status ?? '-'}`);
    assert.ok(got.includes(c.want), `${c.language} ${c.why}: want ${c.want} in ${JSON.stringify(got)}`);
  }
});
