/**
 * A denial that names what it denies only by a pronoun or a noun for a report, in the sentence right after the
 * report: "On Tuesday a regional daily reported that a driver had died. Kessler denied it." The denied thing is
 * what the previous sentence reports (the content of its "reported that", "said that", "according to"), so an
 * event told there is denied with it; a change of plan told there ("the strike had been called off") is a
 * denied change, which leaves the plan standing (status.ts).
 */

/**
 * A whole sentence that is a denial of "it", "this", "that" or "the report/claim/allegation(s)", with a subject
 * of at most five words before it and nothing of its own after but a time or a speech tag: "Kessler denied it.",
 * "The ministry flatly denied the report on Wednesday.", "Police have dismissed the claims."
 */
const BARE_DENIAL =
  /^\s*(?:[\p{L}\p{N}'’.-]+\s+){1,5}(?:(?:has|have|had|quickly|swiftly|later|flatly|firmly|strongly|promptly|also|since|immediately)\s+){0,2}(?:denied|denies|dismissed|dismisses|rejected|rejects|refuted|refutes|disputed|disputes)\s+(?:it|this|that|them|these|those|the\s+(?:\p{L}+\s+)?(?:reports?|claims?|allegations?|accounts?|story|stories|rumou?rs?))\b(?:\s+(?:on|in|at|late|early|last|this|again|outright|immediately|firmly|strongly|flatly)\b[^.;:!?]{0,40})?(?:,\s+[^.;:!?]{0,40}\b(?:said|says|told)\b[^.;:!?]{0,40})?\s*[.!]?\s*$/iu;

/** Words that open a time after a verb of denying in French, Spanish and German ("vendredi matin", "el martes", "am Mittwoch"). */
const TIME_WORDS_OTHER = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce|le|dès|el|ayer|lunes|martes|miércoles|jueves|viernes|sábado|domingo|esta|este|am|gestern|heute|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';

/**
 * The same in the reports' other languages: "El Instituto Geofísico lo desmintió.", "L'exploitant a démenti vendredi
 * matin.", "Das Ministerium dementierte das am Mittwoch." A subject of at most five words, the verb of denying with its
 * object pronoun, and nothing after but a time.
 */
const BARE_DENIAL_OTHER = new RegExp(
  String.raw`^\s*(?:[\p{L}\p{N}'’.-]+\s+){1,5}(?:(?:lo|la|los|las)\s+(?:desmintió|desmintieron|desmiente|desmienten|negó|negaron|niega|niegan)|(?:l['’]\s*)?(?:a|ont)\s+(?:formellement\s+|aussitôt\s+)?(?:démenti|démentie|nié|niée)|(?:le|la|les)\s+(?:dément|démentent|nie|nient)|dementierte(?:n)?(?:\s+(?:das|dies|den\s+Bericht|die\s+Meldung))?|wiese?n?\s+(?:das|dies|den\s+Bericht|die\s+Meldung|die\s+Berichte)\s+(?:\p{L}+\s+)?zurück)(?:\s+(?:${TIME_WORDS_OTHER})\b[^.;:!?]{0,30})?\s*[.!]?\s*$`,
  'iu',
);

/** A report of someone's claim before a position: "reported that", "said on Tuesday that", "according to". */
const REPORTED = /\b(?:reported|reports|said|says|claimed|claims|alleged|alleges|wrote|writes|told\s+[\p{L}'’ -]{1,40}?)\b[^.;:!?]{0,60}?\bthat\b|\baccording\s+to\b|\breportedly\b/iu;
/** The same with no "that": a verb of saying, then its clause's subject ("said an engine had caught fire", "reported Smith had"). */
const REPORTED_CLAUSE = /\b(?:reported|said|claimed|alleged|wrote)\s+(?:(?:on|last|this)\s+\w+\s+)?(?:an?|the|his|her|its|their|some|two|three|several|\p{Lu}[\p{L}'’-]*)\s/u;
/** The same in other languages: "a affirmé que", "selon", "informó que", "según", "hablaban de", "berichtete, dass", "laut". */
export const REPORTED_OTHER = /(?<!\p{L})(?:(?:a\s+)?(?:affirmé|affirme|rapporté|rapporte|annoncé|annonce|indiqué|indique)\s+(?:[\p{L}-]+\s+){0,3}?que|selon|(?:hatte|hatten|hat|haben)\s+berichtet,|(?:informó|informaron|dijo|dijeron|aseguró|aseguraron|afirmó|afirmaron|denunció|denunciaron)\s+(?:[\p{L}-]+\s+){0,3}?que|(?:affirmaient|affirmait)\s+(?:[\p{L}-]+\s+){0,3}?que|(?:aveva|avevano|ha|hanno)\s+(?:scritto|riferito|riportato)\s+(?:[\p{L}-]+\s+){0,3}?che|según|hablaban\s+de|hablaba\s+de|parlaient\s+de|berichtete(?:n)?,?\s+dass|meldete(?:n)?,?\s+dass|laut)(?!\p{L})/iu;

/** Whether a sentence is a bare denial of what the sentence before it reports. */
export function isBareDenial(sentence: string): boolean {
  return BARE_DENIAL.test(sentence) || BARE_DENIAL_OTHER.test(sentence);
}

/**
 * A denial appended to the claim it answers, after a comma: "…had been switched off for months, an allegation the hospital
 * has rejected", "…the fire service's claim that the sprinklers had been switched off, which the hospital has denied".
 */
const APPENDED_DENIAL = /,\s+(?:(?:an?\s+)?(?:allegation|claim|accusation|charge|assertion|report)s?\s+(?:that\s+|which\s+)?|which\s+)(?:[\p{L}'’-]+\s+){1,6}?(?:has\s+|have\s+|had\s+)?(?:denied|rejected|dismissed|disputed)\b/iu;

/** Whether a sentence ends its claim with a denial appended after a comma; `at` (the event's mention) must come before it. */
export function appendedDenial(sentence: string, at: number): boolean {
  const m = APPENDED_DENIAL.exec(sentence);
  return m !== null && at >= 0 && at < m.index;
}

/** Whether the words before `at` in a sentence report someone's claim (the event there is its content). */
export function reportedBefore(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return at > 0 && (REPORTED.test(before) || REPORTED_CLAUSE.test(before) || REPORTED_OTHER.test(before));
}

/** Words that make the noun after them the premise of a report, not what it reports: "had resigned over the disaster". */
const PREMISE_BEFORE = /\b(?:over|after|before|following|since|during|because\s+of|in\s+the\s+wake\s+of)\s+(?:the|a|an|this|that|its|their|his|her|(?:last\s+)?[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether the mention at `at` in a reported sentence is the premise of what is reported ("resigned over the disaster"). */
export function premiseOfReport(sentence: string, at: number): boolean {
  return PREMISE_BEFORE.test(sentence.slice(0, at));
}

/** A verb of denying in the reports' other languages, with its object pronoun: "lo desmintió", "a démenti", "ha smentito", "wies das zurück". */
const DENIAL_OTHER = /(?<!\p{L})(?:(?:lo|la|los|las)\s+)?(?:desmintió|desmintieron|negó|negaron)|(?:l['’]\s*)?(?:a|ont)\s+(?:formellement\s+)?(?:démenti|nié)|(?:ha|hanno)\s+smentito|wiese?n?\s+(?:das|dies|den\s+Bericht|die\s+Meldung)\s+(?:\p{L}+\s+){0,2}zurück|dementierte(?:n)?(?!\p{L})/iu;
/** Italian bare denials, which BARE_DENIAL_OTHER does not read: "L'agenzia ha smentito." */
const BARE_DENIAL_ITALIAN = /^\s*(?:[\p{L}\p{N}'’.-]+\s+){1,5}(?:ha|hanno)\s+(?:subito\s+)?smentito\s*[.!]?\s*$/iu;

/** One reported claim and the denial that answers it, by character offsets into the report. */
export interface ReportedDenial {
  readonly claim: { readonly start: number; readonly end: number; readonly cue: string; readonly source: string | null };
  readonly denial: { readonly start: number; readonly end: number; readonly cue: string; readonly source: string | null };
}

/**
 * In a report in another language (which the claims annotator does not read), a claim put on record and denied right after:
 * "Une radio locale a affirmé que M. Mirindi avait été remis en liberté. Le parquet a démenti : « Il n'a pas été libéré »",
 * "Die Zeitung hatte berichtet, der Kapitän sei festgenommen worden. Die Polizei wies das zurück. „Der Kapitän wurde nicht
 * festgenommen"". The claim is the content after the verb of reporting; the denial is the quotation after a verb of denying
 * and a colon, or the quotation that opens the sentence after a bare denial. Any language's report is built so.
 */
export function reportedDenialsOther(text: string, sentences: ReadonlyArray<{ readonly start: number; readonly end: number }>): ReportedDenial[] {
  const out: ReportedDenial[] = [];
  const at = (i: number): string => (sentences[i] ? text.slice(sentences[i]!.start, sentences[i]!.end) : '');
  const before = (s: string, index: number): string | null => s.slice(0, index).replace(/[\s,]+$/, '').trim() || null;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const said = at(i);
    const m = REPORTED_OTHER.exec(said);
    if (!m) continue;
    const claim = { start: sentences[i]!.start + m.index + m[0].length, end: sentences[i]!.end, cue: m[0], source: before(said, m.index) };
    const next = at(i + 1);
    const d = DENIAL_OTHER.exec(next);
    if (!d) continue;
    // "Le parquet a démenti : « Il n'a pas été libéré. …": the quotation in the same sentence
    const colon = /^\s*(?:\p{L}+\s+){0,3}?:\s*[«"“„]/u.exec(next.slice(d.index + d[0].length));
    if (colon) {
      const from = d.index + d[0].length + colon[0].length - 1;
      out.push({ claim, denial: { start: sentences[i + 1]!.start + from, end: sentences[i + 1]!.end, cue: d[0], source: before(next, d.index) } });
    } else if ((isBareDenial(next) || BARE_DENIAL_ITALIAN.test(next)) && /^\s*[«"“„]/u.test(at(i + 2))) {
      out.push({ claim, denial: { start: sentences[i + 2]!.start, end: sentences[i + 2]!.end, cue: d[0], source: before(next, d.index) } });
    }
  }
  return out;
}

/** Whether a claim's cue is a verb of denying in another language (a denial reportedDenialsOther read). */
export function otherLanguageDenialCue(cue: string): boolean {
  return DENIAL_OTHER.test(cue);
}
