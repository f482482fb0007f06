/**
 * The `events` layer for reports in German, French, Spanish, Italian, Portuguese and Dutch (docs/languages.md): the English
 * event models have no other language, so these reports get events from a lexicon per language (de.ts, fr.ts,
 * es.ts, it.ts, pt.ts, nl.ts) and its happening glossary (glossary/) matched by one engine (engine.ts), in the English layer's schema; participants come from the
 * `names` layer and times from the language's `timexes`. No claims: the attribution model is English only.
 */
import type { Doc } from '../../../doc/doc.js';
import { layer } from '../../../doc/doc.js';
import type { Event } from '../../../doc/schemas/events.js';
import { defineAnnotator } from '../../versioned.js';
import { de } from './de.js';
import { compileEventLexicon, tagEvents, type CompiledEventLexicon, type LangEventInput } from './engine.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { glossaryTriggers } from './glossary.js';
import { deGlossary } from './glossary/de.js';
import { esGlossary } from './glossary/es.js';
import { frGlossary } from './glossary/fr.js';
import { itGlossary } from './glossary/it.js';
import { nlGlossary } from './glossary/nl.js';
import { ptGlossary } from './glossary/pt.js';
import { it } from './it.js';
import { nl } from './nl.js';
import { pt } from './pt.js';
import type { EventLexicon, HappeningGlossary } from './types.js';
import { memoByString } from '../../../util/memo.js';

const LEXICONS: readonly EventLexicon[] = [de, fr, es, it, pt, nl];
/** Happening glossaries (glossary.ts), matched after the lexicon of their language. */
const GLOSSARIES: readonly HappeningGlossary[] = [deGlossary, frGlossary, esGlossary, itGlossary, ptGlossary, nlGlossary];

/** ISO 639-1 codes with an event lexicon. */
export const EVENT_LANGUAGES: readonly string[] = LEXICONS.map((l) => l.language);

/** A language's lexicon, compiled on first use (null when it has none). */
const compiledFor = memoByString((language: string): CompiledEventLexicon | null => {
  const lex = LEXICONS.find((l) => l.language === language);
  if (!lex) return null;
  const glossary = GLOSSARIES.find((g) => g.language === language);
  return compileEventLexicon(lex, glossary ? { triggers: glossaryTriggers(glossary, lex), ...(glossary.compoundExceptions ? { compoundExceptions: glossary.compoundExceptions } : {}) } : undefined);
});

export function hasEventLexicon(language: string | null | undefined): boolean {
  return !!language && EVENT_LANGUAGES.includes(language);
}

/** Event mentions of a text in one of EVENT_LANGUAGES; none for another language. */
export function tagEventsIn(language: string, input: LangEventInput): Event[] {
  const c = compiledFor(language);
  return c ? tagEvents(c, input) : [];
}

/** The `events` layer for a report in one of EVENT_LANGUAGES (doc.meta.language). */
export const multilingualEventsAnnotator = defineAnnotator<'events'>({
  name: 'events.lang',
  // 1.0.1: German compound exceptions are endings ("Strompreise" is no trip, "Reinigung" no agreement)
  // 1.1.0: Spanish recount ("recuento") and taking office ("tomar posesión"); campaign phases by status; a date in a
  // genitive right after another event's noun is that event's ("la elección parcial del 9 de octubre")
  // 1.2.0: German product recalls ("Rückruf", "zurückgerufen", with what is recalled near) and investigations
  // ("Untersuchung", "Ermittlungen", "ermittelt"; campaign phases)
  // 1.3.0 (h-story8): French detention ("détention"), release ("libération", "libéré", "relâché") and a court
  // appearance ("comparaître", "comparution"); "attendu(e)" (expected) and "prochains" are plan words
  // 1.4.0 (h-events): French "détenu(s)" and "retenu(s)" (held, with people held or a place of custody near); German
  // verb-second denials after an object put first ("Einen Zusammenhang mit dem Unfall … wies das Unternehmen zurück") and
  // "wies/weist … zurück" with up to eight words between, around the trigger too
  // 1.5.0: a span from the report's day on ("en las próximas semanas", "dans les prochaines semaines") is ahead, as the
  // English layer reads "in the coming weeks"
  // 1.6.0: envoys expelled and summoned, power cuts and insolvencies in Spanish, French and German ("expulsó", "convoqué
  // l'ambassadeur", "einbestellt", "apagón", "panne de courant", "Stromausfall", "quiebra", "faillite", "Insolvenz")
  // 1.7.0: a happening of a kind with no schedule or family told in a past form ("expulsó", "a été convoqué") occurred, as
  // the English layer reads it
  // 1.8.0: inquiries, court hearings, bans, places closed and payments of compensation in French, Spanish and German
  // ("enquête", "audience" with a court near, "interdiction", "fermées" with a place near; "investigación", "cierre",
  // "compensará"; "Verbot", "geschlossen" with a place near, "Anhörung")
  // 1.9.0: a possibility before the trigger in its clause ("podría", "pourrait", "könnte", "puede", "peut", "kann") is
  // hypothetical: no fact, no plan ("El Gobierno podría convocar elecciones" was read as held)
  // 1.10.0: a verb trigger in the future tense is its own plan word ("Lindell's fermera 58 magasins", "cerrará 40 tiendas"):
  // planned, as the English "will close"
  // 1.11.0: property given back in German ("Rückgabe", "Übergabe", "zurückgegeben"; not "Machtübergabe"), a job cut and a
  // plant shut ("Stellenabbau", "Stilllegung"); a court's ruling in French ("décision", "jugé" with a court near) and a
  // petition filed in court ("recours devant la Cour")
  // 1.12.0: a crowd crush (fr "bousculade", es "estampida", de "Massenpanik"), an inquiry's report in French ("rapport"
  // with "enquête" near), a reopening ("réouverture"), a stadium closed; in Spanish an eruption, an alert with its level
  // ("la alerta naranja") and evacuees' return home ("volver a casa")
  // 1.13.0: an exam leak, re-sit and cancelled paper in French ("fuite", "fuité", "reprise", "repassé", "annulée", each
  // with an exam, a paper or its questions near)
  // 1.14.0: a court hearing and a trial have a schedule (fr/es/de: put off, called off, dated); a subject put off past an
  // appositive ("L'audience …, prévue le 19 février, a été reportée au 2 mars", "El juicio …, previsto para el lunes, fue aplazado")
  // 1.15.0 (h-evblind8): a kidnapping in French and German ("enlevés" with captors or a ransom near, "pris en otage",
  // "entführt", "Geiselnahme"), a German release ("freigelassen") and court ruling ("Eilbeschluss", "ausgesetzt" with a
  // court near; not "Vorurteil"), a French strike in other words ("ont cessé le travail")
  // 1.15.1: a dateline before a subject put off past an appositive is no part of the subject ("PORT-LOUIS - Le référendum
  // …, prévu le 13 septembre, est reporté au dimanche 11 octobre")
  // 1.16.0: an imperfect on the report's own day is going on (French: "La grève paralysait mardi les terminaux", said on
  // Tuesday; an optional `ongoing` cue per language)
  // 1.17.0 (h-evblind9): French "remis en liberté (sous caution)", "garde à vue", a strike "mouvement" near strike words,
  // "appel" with a court near, a court's "a suspendu", "entre en vigueur" of a ban or a law; Spanish "aprobada por el
  // pleno municipal" (a vote), "suspendió" by a court, "en vigor" of a ban or a law; German "in Kraft" of a ban,
  // "Berufung"; French negation "n'a pas été libéré"; a condition opening the sentence ("Si rien ne bouge, ce sera …")
  // makes its main clause hypothetical
  // 1.18.0 (h-evblind10, merged after h-evblind9's 1.17.0): Italian (it.ts): strikes, bans and traffic zones ("zona a basse emissioni"), court challenges,
  // rulings and suspensions, votes approving a measure; cues for "sospeso", "rinviato", "smentito", "nessun", "potrebbe"
  // and the future tense ("scatterà")
  // 1.20.0 (h-legal, issue 18 item 2): legal and economy words: French "mis en examen", "écroué", "extradé", "gracié",
  // "amende", "licenciements", "suppressions de postes", "fusion" of firms (not "rachat": "une offre de rachat" is the
  // offer's, the bid); Spanish "multado", "encarcelado",
  // "indultado", "despidos"; German "Geldstrafe", "Haftstrafe", "Untersuchungshaft", "begnadigt", "Übernahme"/"Fusion"
  // of firms, "Rettungspaket"; Italian "assolto", "scarcerato", "estradato", "multa", "licenziamenti", "esuberi",
  // "fallimento", "acquisizione"/"fusione" of firms
  // 1.21.0 (h-evblind12): Italian "incroceranno le braccia" (a strike), "ha convocato le parti", "trattative" and "colloqui" (talks),
  // a court that "ha respinto" or "ha accolto" a challenge (a ruling); a past auxiliary right before a verb trigger read
  // as its happening was withdrawn after the gate (stories test status 0.6768 -> 0.6465 with it)
  // 1.22.0 (h-evblind13): a rate decision (family rate) can be put off or called off like a meeting ("el recorte que el
  // mercado esperaba para marzo quedó postergado"); French a measure "votée par 41 voix" or by a council (its vote). A
  // Spanish rate hold ("mantuvo … su tasa") was tried and left out: it merged two dev stories in the link layer
  // 1.24.0 (h-evrecall, issue 12; its branch's 1.23.0): French an oil spill ("pétrole brut échappée de son oléoduc", "la marée noire"), its
  // clean-up ("le nettoyage" with a beach or oil near), a leak plugged ("colmatée"), a takeover offer ("une offre de
  // rachat"), a planned tax rise frozen ("il gelait la hausse")
  // 1.23.0 (eighth session, lead): a plan put off takes the day right after the cue as its new time; a denied put-off
  // sets no status
  // 1.25.0 (h-pt, issues 12/17): Portuguese (pt.ts), European and Brazilian spellings: "greve", "cimeira"/"cúpula", the
  // rounds of an election ("a segunda volta", "o segundo turno"), "tomar posse", "recorrer dos resultados"; cues "vai" +
  // infinitive, "-rá", "deverá", "poderá", "adiado", "desmentiu", "não"
  // 1.26.0 (h-evace, issues 12 and 18): a round of voting (French "second tour", Spanish "segunda vuelta", "balotaje",
  // Italian "ballottaggio", "secondo turno", German "Stichwahl"); a prisoner swap; a stock market listing ("introduction en
  // Bourse", "salida a bolsa", "Börsengang", "quotazione in borsa"), each schedulable; clashes; a cabinet reshuffle; German
  // an execution
  // 1.27.0 (langhap, issue 12): happening glossaries (glossary/*.ts) for German, French, Spanish, Italian and Portuguese:
  // common news happenings the lexicons have no family for ("censo", "Abwertung", "fusión", "Bauarbeiten", "réouverture"),
  // each with the lemma the English layer gives its English word (happeningLemma) and the HAPPENING type, schedulable,
  // after the lexicon (a word or a lemma the lexicon has stays the lexicon's); Dutch (nl.ts, glossary/nl.ts), a lexicon of
  // the families (staking, bezoek, verkiezingen …) with its cues ("afgelast", "uitgesteld", "zal", "werd")
  // 1.28.0 (hlang, issue 12): another happening of its kind is another event ("la seconde grève", "una segunda huelga",
  // "une autre grève", "una seconda volta"; the cues `another` and `again`); a cue window that cuts a word takes the whole
  // word ("no" inside "Gobierno" is no negation); a German verb trigger's `near` word anywhere before it in its clause (the
  // participle stands last); only triggers that hold stand between a time and its event, and a glossary happening takes no
  // time nearer another trigger; a rescue told by its participle is over (the English phases.ts); "still" ("toujours",
  // "todavía", "noch immer") is under way; a subject's predicate past its relative clause gives its modal and time ("Le
  // rapport …, qui …, pourrait être remis d'ici à la mi-avril"); an event named after "after" ("nach der Entlassung",
  // "après le naufrage") is over when nothing else dates it; a trigger that is itself the calling-off is called off, and
  // French exam sittings and re-sits have a schedule; a threat ("ameaça", "amenaza", "menace", "minaccia") is a plan;
  // Spanish "paro" (a strike word near) and "acusó" (a prosecutor or a crime near), German "gebilligt"/"stimmten" (a chamber
  // near), and German "ausgewiesen" only of people; a closure in the infinitive ("deberá cerrar", "devra fermer", "schließen")
  // 1.29.0 (hlang2, issue 12): a trigger with no time in its own clause takes one of its coordinated clause (after ", y",
  // ", et", ", und", ", e", ", en" …) before one of the sentence's other coordinated clauses ("entraron en vigor el viernes,
  // y horas después Brasil anunció aranceles …, que se aplicarán a partir del 1 de junio")
  // 1.30.0 (hlang3): the common news happenings the English layer types, in each language's ordinary words and mapped to
  // the English lemmas: declared emergencies, supply cuts and outages, restorations, payments and ransom demands, diversions
  // and burials (glossaries), supply cuts by turns as rationing, closures to traffic and reopenings (German), court
  // injunctions, suspensions and rulings, objections, charges brought, evacuations (Italian), leaks of water, gas or data
  // (French), lightning strikes, collisions, inquiry reports, licences revoked
  // 1.31.0 (hlang4, issue 12): one sense per discourse (a noun whose near words held elsewhere in the report keeps that sense
  // where none holds here), German near words that end a compound ("Berufungsgericht"), a near phrase that holds the trigger
  // ("volvería a abrir"), regular inflections of listed words (morphology.ts), false friends by the word before ("en marcha"), a
  // claim the next sentence denies, willingness ("bereid", "dispuesto a") as a possibility, a step announced with an indefinite
  // article ("ha annunciato un ricorso") as a plan, no time ahead from another clause for a past verb, the conditional as a
  // future in the past (es, fr, it), plant restarts as the English tagger's restart (glossaries)
  // 1.32.0 (hlang5, issue 12): decisions and rejections by an authority as the English approval (an agency's "decisione",
  // "Entscheidung" of a commission, "pronunciarse", "autorise la vente", not after "s'il"), a court deciding an appeal as its
  // ruling ("rechaza el recurso", "entscheiden"), state aid ("Beihilfe"), and glossary words the English reports name: a loss
  // in money, a bus that falls (crash), parts replaced ("austauschen"), deputies who leave the chamber (walk-out)
  // 1.33.0 (hlexicon, issue 12): periods of national mourning (luto/duelo, deuil, Staatstrauer) as the English layer's
  // mourning, and glossary words for burials, inspections and diversions that join the English events (link/families.ts)
  // 1.34.0 (issue 12): a noun named after "after" ("cinq jours après le naufrage") takes no time from outside its own clause;
  // a change in the passive in a relative clause right after a noun ("el censo nacional, que fue aplazado") is the noun's
  // 1.35.0 (hxlang, issue 12): a disciplinary ban in each language, as the English ban ("squalifica", "suspension" and "sanción"
  // of a doping case, "Sperre", "schorsing"; a doping, a test or a length of time near), a disciplinary hearing ("udienza
  // disciplinare", "audience disciplinaire"), Dutch court hearings ("zitting", "hoorzitting")
  // 1.36.0 (hlang2, issue 12): family parity with the English layer in the six lexicons: fines ("boete", "Bußgeld", "multa",
  // "coima", "sanction pécuniaire"), provisional suspensions ("sospeso in via cautelare", "voorlopig geschorst"), licence
  // suspensions, services halted and resumed, recalls, public warnings ("code oranje", "vigilance orange", "allerta rossa",
  // "avis d'ébullition"), custody before trial, job cuts, a court halting a project, rate holds, tariffs, swearing-in,
  // tsunamis, collapses, shareholders' general meetings; a state said to remain in force is going on
  // 1.37.0 (hsplit3, issue 12 item 2; its branch's 1.36.0, which hlang2 took): a time outside a quotation's marks dates
  // no trigger inside them; a speech verb keeps
  // its time past its speaker's name ("zei Bosma dinsdag"); a time right after the noun of an "after/before/since" phrase
  // ("vor dem geplanten Start am 1. April") dates that noun, not a trigger outside the phrase
  // 1.39.0 (hb21b, issue 12 item 4): Italian "offerta" as a bid (ECONOMY/acquire) with a sum, a rejection or an acceptance
  // near; French "panne" as a machine's failure (fail) and "perte"/"perdu" as a craft's loss (loss), each with its words near
  semver: '1.39.0',
  requires: ['sentences', 'timexes', 'names'],
  produces: ['events'],
  run(doc: Doc) {
    const published = doc.meta.published ?? null;
    return {
      events: tagEventsIn(doc.meta.language ?? '', {
        text: doc.text,
        sentences: layer(doc, 'sentences'),
        timexes: doc.layers.timexes ?? [],
        names: doc.layers.names ?? [],
        dct: published ? published.slice(0, 10) : null,
      }),
    };
  },
});
