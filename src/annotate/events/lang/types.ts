/**
 * The shape of one language's event lexicon. A lexicon is data: trigger words in their inflected forms,
 * each mapped to the English lemma, type and family the English events layer gives the same happening
 * (so the link layer groups a German "Streik" with an English "strike"), and cue words as regular-expression
 * alternatives. The engine (engine.ts) does the matching, time attachment and status decision for every
 * language alike.
 */
import type { EventFamily } from '../../../doc/schemas/events.js';

export interface TriggerSpec {
  /** The English lemma (lexicon.ts, domains.ts) the link layer groups by: "strike", "visit", "agree". */
  readonly lemma: string;
  /** The English events layer's type (PLOVER or wiretrace extension): PROTEST, CONSULT, DISASTER … */
  readonly type: string;
  readonly subtype: string;
  readonly family?: EventFamily;
  /** Visits, meetings, talks, signings: events that get a status whatever their family. */
  readonly schedulable?: boolean;
  /** Noun forms, lower case, space-separated. */
  readonly nouns?: string;
  /** Verb forms (every inflection accepted), lower case, space-separated. */
  readonly verbs?: string;
  /**
   * A regex alternative that must occur within the cue reach of the trigger ("taux" for a French
   * "baisse": a cut of rates, not of prices).
   */
  readonly near?: string;
  /** The nouns head no compound (German "Suche": "Versuche" is no search). Read only in a compounding language. */
  readonly wholeWord?: boolean;
  /**
   * A regex alternative that, right before the trigger, gives the word another sense: "en marcha" is under way, no march
   * (events.lang 1.31.0).
   */
  readonly notAfter?: string;
}

/** Cue words as regex alternatives (matched case-insensitively on whole words, within the trigger's clause). */
export interface EventCues {
  /** Future tense, plans, schedules: "wird", "soll", "va", "prévu", "prevé", "-rá". */
  readonly future: string;
  /** Past tense auxiliaries and forms: "war", "wurde", "a eu lieu", "-ó", "fueron". */
  readonly past: string;
  /** Called off, cancelled: "abgesagt", "annulé", "cancelado". */
  readonly cancelled: string;
  /** Put off to a later date: "verschoben", "reporté", "aplazado". */
  readonly postponed: string;
  /** Denied: "dementiert", "démenti", "desmentido". */
  readonly denied: string;
  /** A negation right before the trigger: "kein", "pas de", "no habrá". */
  readonly negation: string;
  /** A strike or election called: "aufgerufen", "appelle à", "convocado". */
  readonly called: string;
  /** Going on now: "dauert an", "se poursuit", "continúa". */
  readonly underWay: string;
  /** A possibility, not a plan or a fact: "könnte", "pourrait", "podría", "puede". */
  readonly possible: string;
  /**
   * A tense of a state going on at a time, read only with a time of the report's own day: the French imperfect ("La
   * grève paralysait mardi les terminaux", said on Tuesday). Optional: not every language marks it apart.
   */
  readonly ongoing?: string;
  /** A condition that opens the sentence: "Si rien ne bouge, …", "Si el Pleno rechaza el recurso, …", "Falls …". */
  readonly condition: string;
  /**
   * Another happening of its kind, not the one told before: an ordinal from the second on right before the trigger ("la
   * seconde grève", "una segunda huelga", "der zweite Streik"). Optional (events.lang 1.28.0).
   */
  readonly another?: string;
  /** The same after the trigger, as a second time: "incroceranno le braccia una seconda volta", "une seconde fois". Optional. */
  readonly again?: string;
  /** "After" before an event noun ("après le naufrage", "nach der Entlassung", "tras la votación"): the event is over. Optional. */
  readonly after?: string;
}

export interface EventLexicon {
  /** ISO 639-1 code. */
  readonly language: string;
  readonly triggers: readonly TriggerSpec[];
  readonly cues: EventCues;
  /**
   * Nouns that end a compound count as the noun (German: "Warnstreik", "Staatsbesuch"); a word that ends in
   * one of `compoundExceptions` is not a compound of the trigger inside that ending ("Auswahl" is no
   * election, "Strompreise" no trip).
   */
  readonly compounds?: boolean;
  readonly compoundExceptions?: string;
  /**
   * The finite verb comes second (German): an object put first is denied by the verb after it ("Einen Zusammenhang
   * mit dem Unfall, über den … berichtet hatte, wies das Unternehmen zurück"), so a denial after the trigger counts.
   */
  readonly verbSecond?: boolean;
  /**
   * Every noun is capitalised (German): a capitalised run is as often a noun as a name, so no participant
   * is read from the `names` layer.
   */
  readonly capitalisedNouns?: boolean;
  /**
   * Verbs of saying, as regex alternatives: a time right after one dates the saying, not the event ("a déclaré
   * jeudi que la libération …", "dijo el lunes que").
   */
  readonly reporting?: string;
}

/**
 * One word of a language's happening glossary (glossary/*.ts): a common news happening the lexicon has no family for,
 * named by the English word whose happening lemma (happening-lemma.ts) it takes, so that a Spanish "censo" is the
 * English tagger's "census" and an "Abwertung" its "devaluation" (devalue).
 */
export interface GlossaryEntry {
  /** The English word, lower case: "census", "devaluation", "reopening". */
  readonly english: string;
  /** Noun forms, lower case, space-separated. */
  readonly nouns?: string;
  /** Verb forms, lower case, space-separated. */
  readonly verbs?: string;
  /** A regex alternative that must occur near, for a word with another common sense ("fuga" of gas, not an escape). */
  readonly near?: string;
  /** The nouns head no compound (German). */
  readonly wholeWord?: boolean;
}

export interface HappeningGlossary {
  /** ISO 639-1 code. */
  readonly language: string;
  readonly entries: readonly GlossaryEntry[];
  /** Endings that are no compound of a glossary noun inside them (German "…ursache" is no "Suche"). */
  readonly compoundExceptions?: string;
}
