/**
 * Which word of its clause an amount is about: the verb or event noun whose object it is ("killed 64
 * people", "fell 12% to $41.30", "the delivery of 48 tanks"), else whose subject it is ("64 people were
 * killed", "14 were hospitalised"). A light verb says only how the amount relates to an event named
 * beside it ("the storm left 240,000 homes without power", "the summit drew 19 heads of state", "640
 * workers have joined the strike"), so the amount goes to that event. Shallow and lexical, no parser: a
 * scan from the amount over function words, auxiliaries, other amounts in a list ("312 passengers and 20
 * crew") and at most a few content words, stopping at punctuation, a clause word or a reporting verb.
 * The events layer uses it to add the counted events it lacks (counted.ts), the quantities layer to attach.
 */
import { IRREGULAR_PAST_FORMS } from '../../util/irregular-verbs.js';

export interface GovWord {
  readonly lower: string;
  readonly punct: boolean;
  readonly start: number;
  readonly end: number;
}

/**
 * What a word is to the scan: an event (a trigger the caller knows), a light verb, a stop (a reporting
 * verb), free (inside a name or a time expression: no content of its own) or plain.
 */
export type WordRole = 'event' | 'light' | 'stop' | 'free' | 'plain';

export type GovernorVia = 'object' | 'subject' | 'light-subject' | 'light-object' | 'modifier' | 'parenthetical';

/**
 * What word `wi` is to a scan; `via` says how the scan reached it, so that a caller may read the
 * subject or object of a light verb ("joined the march") differently from a noun the amount measures.
 */
export type RoleOf = (wi: number, via?: GovernorVia) => WordRole;

export interface Governor {
  /** Index into the sentence's words. */
  readonly wi: number;
  readonly via: GovernorVia;
}

const ws = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Skipped without counting: what sits between a verb or event noun and its amount ("to", "of the"). */
const FUNCTION = ws('to by at of for in on with from into onto over across about around the a an its their his her our your my this these those some per each both');
/** Skipped without counting: auxiliaries and adverbs of the verb group ("had been", "remain", "still"). */
const AUX = ws("is are was were be been being am has have had having will would could can may might shall should must do does did not n't never still also already reportedly now yet remain remains remained");
/** Linking verbs whose complement names the state: "will stay shut", "remained closed". */
const LINKING = ws('stay stays stayed staying remain remains remained remaining');
/** A new clause begins: the scan does not cross it ("and", "which", "when", "after"). */
const CLAUSE = ws('and or but while when whereas after before as because which who whom whose that if since until unless although though where');
/** Reporting verbs: an amount after "said" is in the report, not the saying's object. */
const REPORTING = ws('said says say saying told tells tell added adds announced announces reported reports estimated estimates believed believes expected expects claimed claims stated states according');
/**
 * Light verbs: they relate an amount to an event named beside them and are no event themselves
 * ("left 240,000 homes without power", "reached 185 km/h", "drew 19 heads", "bringing the number to 31"), and
 * the words that value a thing ("agreements worth $1.5 billion").
 */
const LIGHT = ws(
  'leave leaves left leaving reach reaches reached reaching draw draws drew drawn drawing bring brings brought bringing create creates created creating ' +
    'include includes included including take takes took taken taking join joins joined joining put puts putting make makes made making ' +
    'get gets got getting stand stands stood standing total totals totalled totaled totalling totaling number numbers numbered ' +
    'give gives gave given giving receive receives received receiving affect affects affected affecting see sees saw seen ' +
    'show shows showed shown need needs needed become becomes became represent represents represented amount amounts amounted involve involves involved involving ' +
    // "a delegation of 40 companies would accompany the visit", "agreements worth $1.5 billion"
    'accompany accompanies accompanied accompanying worth valued ' +
    // "the hurricane caused $14 billion in damage", "the festival attracted 90,000 visitors"
    'cause causes caused causing attract attracts attracted attracting ' +
    // "thousands of workers staged a one-day strike"
    'stage stages staged staging ' +
    // "2,000 workers went on strike", "50 people went missing"; "the protesters, numbering about 5,000, marched"
    'go goes went gone going numbering ' +
    // "the recall covers 85,000 vehicles", "the package comprises 20 armoured vehicles"
    'cover covers covered covering comprise comprises comprised comprising',
);
/** Nouns that count another event's participants: "the death toll rose to 110" is no rising but the deaths. */
const COUNTERS = ws('toll tolls tally count number total figure figures');
/** Regular forms of a verb stem: "raise" → raise, raises, raised, raising; "drop" → dropped, dropping. */
function inflect(stem: string): string[] {
  const e = stem.endsWith('e') ? stem.slice(0, -1) : stem;
  const doubled = /^(?:drop|top|edge)$/.test(stem) && !stem.endsWith('e') ? stem + stem.at(-1) : e;
  return [stem, `${stem}s`, `${doubled}ed`, `${doubled}ing`];
}
/** Verbs that move or state a count: with a counter noun as subject or object they move the count, not an event of their own. */
const COUNT_VERBS = new Set([
  ...'climb jump soar reach drop increase decrease decline double triple exceed pass top surpass lift push raise revise edge'.split(' ').flatMap(inflect),
  ...'rise rises rose risen rising fall falls fell fallen falling stand stands stood standing hit hits hitting grow grows grew grown growing bring brings brought bringing put puts putting take takes took taken taking'.split(' '),
]);
/** How far a counter noun makes a verb light: back to its subject ("the death toll from the landslide rose"), on to its object ("raising the death toll"). */
const COUNTER_SUBJECT_WINDOW = 12;
const COUNTER_OBJECT_WINDOW = 3;
/** The longest object noun phrase `verbOfObject` reads back over: a determiner and up to three words. */
const OBJECT_WORDS = 4;
/** Determiners before an amount that modifies the noun after it ("a $400 million deal"). */
const DETERMINER = ws("a an the its their his her our this that");
/** Determiners of the whole a part is picked from ("three of the injured", "two of those arrested"). */
const WHOLE_DETERMINER = ws('the those these its their');
/** The pronoun of the whole a part is picked from: "15 of whom were charged", "11 of them". */
const PART_PRONOUN = ws('whom them which');
/** A pronoun after an amount starts a clause of its own ("the 40 hostages they seized"). */
const PRONOUN = ws('i you he she it we they');
/** Light words that open a phrase hung on the noun before a comma: "the contract, worth €650 million", ", bringing the toll to 31". */
const HANGS_ON_COMMA = /^(?:worth|valued|\p{L}+ing)$/u;
/** Content words the scan may pass ("fined the bank 480 million rubles", "raised its key rate by 50 basis points"). */
const MAX_CONTENT = 3;

export function isLightVerb(lower: string): boolean {
  return LIGHT.has(lower);
}

/** Forms of "take", a light verb with an event of its own in the two senses of `lightWithEvent`. */
const TAKE = ws('take takes took taken taking');
/** Verbs that carry people somewhere ("were taken to hospital", "41 were rushed to hospital"). */
const CONVEY = new Set([...TAKE, ...ws('rushed brought bring brings bringing ferried carried')]);
/** Words between the conveying verb and "to": at most its object ("took 23 injured passengers to three hospitals"). */
const CONVEY_WINDOW = 6;
/** What "take" makes of the people it takes, right after them ("taking 30 others hostage"): a seizure. */
const CAPTIVE = ws('hostage hostages captive captives prisoner prisoners');
/** Places of care or safety "to" may lead to, past a determiner or a count ("to three hospitals", "to the surface", "to safety"). */
const CARE = ws('hospital hospitals clinic clinics safety surface shore');

/**
 * A light verb (or a verb the tagger misses) that is an event of its own here: one that carries people to care ("were
 * taken to hospital", "took 23 injured passengers to three hospitals"), or "take" with a share right after it, a win
 * ("took 57.8%", "took 41.2% of the vote", "took 143 of the 300 seats"; not "took part in", "took 20,000 people"), or
 * with people it holds after them ("taking 30 others hostage").
 */
export function lightWithEvent(
  words: readonly GovWord[],
  aw: AmountWords,
  amounts: readonly { readonly unit?: string | null; readonly unitKind?: string; readonly head?: unknown }[],
  i: number,
): boolean {
  const lower = words[i]!.lower;
  if (CONVEY.has(lower)) {
    for (let k = i + 1; k < Math.min(words.length, i + 1 + CONVEY_WINDOW); k++) {
      const w = words[k]!;
      if (w.punct) break;
      if (w.lower !== 'to') continue;
      for (let j = k + 1; j <= Math.min(words.length - 1, k + 3) && !words[j]!.punct; j++) if (CARE.has(words[j]!.lower)) return true;
      break;
    }
  }
  if (!TAKE.has(lower)) return false;
  const k = aw.amountOf[i + 1];
  if (k === undefined || k === -1 || aw.first[k] !== i + 1) return false;
  const q = amounts[k]!;
  return q.unit === 'percent' || CAPTIVE.has(words[aw.last[k]! + 1]?.lower ?? '') || (words[aw.last[k]! + 1]?.lower === 'of' && q.unitKind === 'count' && !q.head);
}

export function isAuxiliary(lower: string): boolean {
  return AUX.has(lower);
}

export function isReporting(lower: string): boolean {
  return REPORTING.has(lower);
}

/** A word with content of its own: no punctuation, function word, auxiliary, clause word or pronoun. */
export function isContentWord(w: GovWord | undefined): boolean {
  return Boolean(w && !w.punct && !FUNCTION.has(w.lower) && !AUX.has(w.lower) && !CLAUSE.has(w.lower) && !PRONOUN.has(w.lower));
}

export function isCounter(lower: string): boolean {
  return COUNTERS.has(lower);
}

/**
 * A verb whose subject or object is a counter noun only moves a count, so it is light: "the death toll
 * from the landslide rose to 110" counts the landslide's dead, ", raising the death toll to 19" those of
 * the clause before.
 */
export function counterLight(words: readonly GovWord[], i: number): boolean {
  if (!COUNT_VERBS.has(words[i]!.lower)) return false;
  for (let k = i - 1; k >= Math.max(0, i - COUNTER_SUBJECT_WINDOW); k--) {
    const w = words[k]!;
    if (w.punct || CLAUSE.has(w.lower)) break;
    if (COUNTERS.has(w.lower)) return true;
  }
  for (let k = i + 1; k < Math.min(words.length, i + 1 + COUNTER_OBJECT_WINDOW); k++) {
    const w = words[k]!;
    if (w.punct || CLAUSE.has(w.lower)) break;
    if (COUNTERS.has(w.lower)) return true;
  }
  return false;
}

/** For each amount, the indices of its first and last word; words inside no amount map to -1. */
export interface AmountWords {
  /** word index → the amount it belongs to, or -1 */
  readonly amountOf: readonly number[];
  readonly first: readonly number[];
  readonly last: readonly number[];
  /** per amount: a measure, sum or share (a unit kind other than `count`), not a count of things */
  readonly measure: readonly boolean[];
}

export function amountWords(words: readonly GovWord[], amounts: readonly { readonly start: number; readonly end: number; readonly unitKind?: string }[]): AmountWords {
  // (a plain array: a typed array per sentence cost more to allocate than its reads save)
  const amountOf: number[] = new Array<number>(words.length).fill(-1);
  const first: number[] = new Array<number>(amounts.length).fill(-1);
  const last: number[] = new Array<number>(amounts.length).fill(-1);
  const measure = amounts.map((a) => a.unitKind !== undefined && a.unitKind !== 'count');
  // plain loops, no closure per amount and word; a later amount overlapping the same word takes it, as before
  for (let k = 0; k < amounts.length; k++) {
    const a = amounts[k]!;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w.start < a.end && a.start < w.end) {
        amountOf[i] = k;
        if (first[k] === -1) first[k] = i;
        last[k] = i;
      }
    }
  }
  return { amountOf, first, last, measure };
}

type Step = { readonly stop: true } | { readonly stop: false; readonly found?: Governor; readonly light?: boolean; readonly content?: boolean };

/** The steps that carry no governor, shared: a scan only reads them (plain objects, the same shapes as a fresh literal). */
const STOP: Step = { stop: true };
const PASS: Step = { stop: false };
const LIGHT_STEP: Step = { stop: false, light: true };
const CONTENT_STEP: Step = { stop: false, content: true };

/** One word of a scan: what it makes of word i. */
function step(words: readonly GovWord[], i: number, roleOf: RoleOf, via: GovernorVia): Step {
  const w = words[i]!;
  if (w.punct) return STOP;
  if (CLAUSE.has(w.lower)) return STOP;
  // "the number of victims", "a total of 40": a counter noun after its determiner is content, whatever verb it spells
  if (COUNTERS.has(w.lower) && i > 0 && DETERMINER.has(words[i - 1]!.lower)) return CONTENT_STEP;
  // "Schools in 14 districts will stay shut": a linking verb before an event word is its verb group's, not its event (1.29.0)
  if (LINKING.has(w.lower) && i + 1 < words.length && roleOf(i + 1, via) === 'event') return PASS;
  const role = roleOf(i, via);
  if (role === 'event') return { stop: false, found: { wi: i, via } };
  if (role === 'light' || LIGHT.has(w.lower)) return LIGHT_STEP;
  if (AUX.has(w.lower)) return PASS;
  if (role === 'stop' || REPORTING.has(w.lower)) return STOP;
  if (role === 'free' || FUNCTION.has(w.lower)) return PASS;
  return CONTENT_STEP;
}

/**
 * The event beside a light verb at `at`: its subject (leftwards) or its object (rightwards). A subject that
 * is itself an amount passes on that amount's governor ("signed 22 agreements worth €5 billion": the signing).
 */
function besideLight(words: readonly GovWord[], at: number, dir: -1 | 1, roleOf: RoleOf, aw: AmountWords): Governor | null {
  const via: GovernorVia = dir < 0 ? 'light-subject' : 'light-object';
  let content = 0;
  // "the contract, worth €650 million": the phrase hangs on what stands before its comma
  const hangs = dir < 0 && at > 0 && words[at - 1]!.lower === ',' && HANGS_ON_COMMA.test(words[at]!.lower);
  let verbGroup = true;
  // "will stay shut because of the smog, affecting 2 million children": a cause named before the comma is not what the phrase
  // hangs on; the clause before the cause is (1.29.0)
  const from = hangs ? causeOpening(words, at - 1) : at + dir;
  for (let i = from; i >= 0 && i < words.length; i += dir) {
    if (hangs && i === at - 1) continue;
    const other = aw.amountOf[i]!;
    // leftwards only: the other amount lies before this one, so the recursion ends; an amount with no governor of
    // its own counts its own event ("the 13 agreements, signed in Astana, were worth $1.2 billion")
    if (other !== -1) return dir < 0 ? (governorOf(words, aw, other, roleOf) ?? ownEvent(words, aw, other, roleOf)) : null;
    // "the deal, the largest of the 14 agreements, is worth $600 million": the subject stands before the phrase set off by commas
    if (dir < 0 && verbGroup && words[i]!.lower === ',') {
      const open = openingComma(words, i);
      if (open > 0) {
        i = open;
        verbGroup = false;
        continue;
      }
    }
    if (!AUX.has(words[i]!.lower)) verbGroup = false;
    const s = step(words, i, roleOf, via);
    if (s.stop || s.light) return null;
    if (s.found) return s.found;
    if (s.content && ++content > MAX_CONTENT) return null;
  }
  return null;
}

/** Words that open a phrase naming a cause: "because of", "due to", "owing to", "thanks to". */
const CAUSE_OPENER = /^(?:because|due|owing|thanks)$/;
/** How far back before a comma a cause phrase may open. */
const CAUSE_WORDS = 6;

/**
 * Where the scan back from the comma at `comma` starts: before a cause phrase that ends at the comma ("shut because of the
 * smog,"), else right before the comma.
 */
function causeOpening(words: readonly GovWord[], comma: number): number {
  for (let j = comma - 1; j > 0 && j >= comma - CAUSE_WORDS; j--) {
    const w = words[j]!;
    if (w.punct || CLAUSE.has(w.lower)) return w.lower === 'because' && words[j + 1]?.lower === 'of' ? j - 1 : comma - 1;
    if (CAUSE_OPENER.test(w.lower) && /^(?:of|to)$/.test(words[j + 1]?.lower ?? '')) return j - 1;
  }
  return comma - 1;
}

/** Auxiliaries after which a word is a verb ("has cost", "will close"); a form of "be" only before a participle ("are living"). */
const MODAL = ws('has have had having will would could can may might shall should must do does did');
const BE_FORM = ws('is are was were be been being am remain remains remained');
/** A regular past tense: the finite verb after a subject's participial modifier ("trucks carrying aid crossed"). */
const PAST_TENSE = /^[a-z]{3,}ed$/;
/** Relative pronouns before a relative clause's verb ("which operates 140 aircraft", "a bridge that carries 40,000 vehicles"). */
const RELATIVE = ws('which who that');
/** A participle or gerund: "living", "housed", "taken". */
const PARTICIPLE = /^[a-z]{3,}(?:ing|ed|en)$/;
const GERUND = /^[a-z]{2,}[^e]ing$|^[a-z]{3,}eing$/;
/** Adverbs that sit in a verb group and are no verb ("will soon hire", "have largely recovered"). */
const ADVERB = /^(?:[a-z]+ly|soon|again|later|once|just|even|ever|almost|nearly|only|since|then|there|here|together|back)$/;

/** Word `i` is the verb of its verb group: a content word right after an auxiliary ("has cost", "are still living"). */
function verbAfterAuxiliary(words: readonly GovWord[], i: number): boolean {
  const w = words[i]!.lower;
  if (ADVERB.test(w)) return false;
  let j = i - 1;
  while (j >= 0 && AUX.has(words[j]!.lower) && !MODAL.has(words[j]!.lower) && !BE_FORM.has(words[j]!.lower)) j--; // "still", "also"
  const aux = words[j]?.lower ?? '';
  return MODAL.has(aux) || (BE_FORM.has(aux) && PARTICIPLE.test(w));
}

/** A past tense or participle: "defaulted", "fell", "owed" (not "hundred", "speed"). */
function isPastForm(lower: string): boolean {
  return (/^[a-z]{2,}ed$/.test(lower) && !/eed$|^hundred$/.test(lower)) || IRREGULAR_PAST_FORMS.has(lower);
}

/** Prepositions before a gerund that is the verb of its own phrase: "for fitting defeat devices to 60,000 vehicles". */
const GERUND_OPENER = ws('for by after before without from of in on');

/**
 * Word `i`, a content word of no event met by the scan back from an amount over `content` earlier content words, is the
 * amount's own verb (1.29.0): a past form that no determiner, possessive, name or other amount makes a modifier, first of the scan's content
 * words or after one noun of its object ("defaulted on $1.1 billion", "owed a combined 3.4 billion yuan"), or a gerund opening
 * a phrase after a preposition ("for fitting defeat devices to 60,000 vehicles").
 */
function ownVerbBefore(words: readonly GovWord[], aw: AmountWords, i: number, content: number): boolean {
  const w = words[i]!.lower;
  const before = words[i - 1]?.lower ?? '';
  // "the 4.2 billion shillings owed to the 3,900 nurses would be paid": a participle after another amount modifies that
  // amount, and the clause's verb lies further on
  if (DETERMINER.has(before) || /['’]s?$/.test(before) || (i > 0 && aw.amountOf[i - 1] !== -1)) return false;
  // a gerund with an object of its own before the amount ("fitting defeat devices to"), not one the amount's "to" follows ("the
  // fine for speeding to 500 euros", a change's new level)
  if (GERUND.test(w) && GERUND_OPENER.has(before)) return content >= 1;
  return content <= 1 && isPastForm(w);
}

/** Verbs that change an amount to a new level: "doubled the fine for speeding to 500 euros" is the doubling's. */
const CHANGE_VERBS = new Set([
  ...COUNT_VERBS,
  ...'cut cuts cutting halve halves halved halving slash slashes slashed slashing hike hikes hiked hiking'.split(' '),
  ...'reduce lower boost extend'.split(' ').flatMap(inflect),
]);
/**
 * Verbs that set a limit, whose level follows "to" or "at": "limiting withdrawals to 500 euros", "capped cash withdrawals at
 * 2,000 hryvnias a day" (1.29.0). The level is the limit's, not the event noun inside its object, even where the events layer
 * has no event at the verb.
 */
const LIMIT_VERBS = new Set(['cap', 'caps', 'capped', 'capping', ...'limit restrict'.split(' ').flatMap(inflect)]);

/**
 * "doubled the fine for speeding to 500 euros": a figure after "to" is the new level its clause's change verb sets,
 * not the event noun or gerund inside that verb's object (`at`, which the scan found); the change verb before it, when
 * it is an event, within a few words; else null.
 */
function changeBefore(words: readonly GovWord[], at: number, roleOf: RoleOf, verbs: ReadonlySet<string> = CHANGE_VERBS, lacking: 'none' | null = null): Governor | 'none' | null {
  let content = 0;
  for (let j = at - 1; j >= 0; j--) {
    const w = words[j]!;
    if (w.punct || CLAUSE.has(w.lower)) return null;
    if (verbs.has(w.lower)) return roleOf(j, 'object') === 'event' ? { wi: j, via: 'object' } : lacking;
    if (isContentWord(w) && ++content > MAX_CONTENT) return null;
  }
  return null;
}

/** How far back the opening comma of a phrase set off by commas may lie. */
const PARENTHETICAL_WORDS = 16;

/**
 * The comma that opens the phrase closed by the comma at `close` ("the deal[,] the largest of the 14 agreements[,]"), when
 * a subject stands before it; -1 when none lies within reach or a clause word or other punctuation comes first.
 */
function openingComma(words: readonly GovWord[], close: number): number {
  for (let j = close - 1; j > 0 && j >= close - PARENTHETICAL_WORDS; j--) {
    const w = words[j]!;
    if (w.lower === ',') return isContentWord(words[j - 1]) ? j : -1;
    if (w.punct || (CLAUSE.has(w.lower) && w.lower !== 'and')) return -1;
  }
  return -1;
}

/** The event amount `k` counts itself: the counted noun at its end when that is an event ("14 agreements"); else null. */
function ownEvent(words: readonly GovWord[], aw: AmountWords, k: number, roleOf: RoleOf): Governor | null {
  const last = aw.last[k]!;
  return last >= 0 && roleOf(last, 'object') === 'event' ? { wi: last, via: 'object' } : null;
}

/** The event noun right after an amount, or after one more noun ("a 3% pay rise"); null when none. */
function modifiedEvent(words: readonly GovWord[], aw: AmountWords, last: number, roleOf: RoleOf): number | null {
  for (let i = last + 1; i < Math.min(words.length, last + 3); i++) {
    const w = words[i]!;
    if (aw.amountOf[i] !== -1 || w.punct || CLAUSE.has(w.lower) || FUNCTION.has(w.lower) || AUX.has(w.lower) || PRONOUN.has(w.lower) || LINKING.has(w.lower)) return null;
    if (roleOf(i, 'modifier') === 'event') return i;
  }
  return null;
}

/**
 * "the number of people killed in the floods has climbed to 87": a verb whose subject is a counter noun moves
 * the count of what follows the counter, so the first event after it ("killed"; "the death toll from the
 * landslide rose": the landslide), not the nearest before the verb. Null when the verb has no counter subject.
 */
function countedBy(words: readonly GovWord[], verb: number, roleOf: RoleOf): Governor | 'none' | null {
  if (!COUNT_VERBS.has(words[verb]!.lower)) return null;
  for (let c = verb - 1; c >= Math.max(0, verb - COUNTER_SUBJECT_WINDOW); c--) {
    const w = words[c]!;
    if (w.punct || CLAUSE.has(w.lower)) return null;
    if (!COUNTERS.has(w.lower)) continue;
    for (let k = c + 1; k < verb; k++) if (roleOf(k, 'light-subject') === 'event') return { wi: k, via: 'light-subject' };
    // "the number of confirmed cases rose to 1,204": the count is of what follows the counter, which names no event
    return c + 1 < verb ? 'none' : null;
  }
  return null;
}

/**
 * "raises the minimum wage by 12%": a change measured with "by" is the verb's, not its object's, whose
 * head noun `at` the scan found; the verb before the object's determiner when it is an event, else null.
 */
function verbOfObject(words: readonly GovWord[], at: number, roleOf: RoleOf): Governor | null {
  for (let j = at - 1; j >= Math.max(1, at - OBJECT_WORDS); j--) {
    const w = words[j]!;
    if (DETERMINER.has(w.lower)) return roleOf(j - 1, 'object') === 'event' ? { wi: j - 1, via: 'object' } : null;
    if (!isContentWord(w)) return null;
  }
  return null;
}

/** The last word of a percentage ("48.6 %", "54 per cent", "61 percent"). */
const PERCENT_END = /%$|^(?:percent|cent)$/;

/**
 * "won the mayoral race with 48.6% of the vote": a share of a whole after "with" says how the verb came out, so it is
 * the verb's, not its object noun's (as a change measured with "by"); `last` is the amount's last word.
 */
function shareOf(words: readonly GovWord[], last: number): boolean {
  return PERCENT_END.test(words[last]!.lower) && words[last + 1]?.lower === 'of';
}

/**
 * Prepositions that open a phrase naming a measure: "on a turnout of 48%", "just below the 1997 record of 9.6 metres"; not
 * "with" or "at", whose phrase mostly tells how the verb went ("built at a cost of $300 million").
 */
const MEASURE_PHRASE_OPENER = ws('on below above under over beyond near against despite than');
/** The words `measuredInPhrase` reads back over from the measured noun to the preposition: determiners and modifiers. */
const MEASURE_PHRASE_WORDS = 3;

/**
 * "on a turnout of 48%", "just below the 1997 record of 9.6 metres": a measure, sum or share after "of" measures the noun
 * before it; where that noun is no event and heads a phrase after a preposition, no verb takes it as its object, so the
 * amount is about no event. After a verb the phrase is its object ("hit a high of 9%", "pledged a total of $5 billion").
 */
function measuredInPhrase(words: readonly GovWord[], aw: AmountWords, k: number, roleOf: RoleOf): boolean {
  const first = aw.first[k]!;
  const noun = first - 2;
  if (!aw.measure[k] || noun < 1 || words[first - 1]!.lower !== 'of' || COUNTERS.has(words[noun]!.lower)) return false;
  if (!isContentWord(words[noun]) || roleOf(noun, 'object') !== 'plain') return false;
  // "spliced the ends at a depth of 1,100 metres": a dimension says where, after "at" too (1.29.0)
  if (DIMENSION_NOUN.has(words[noun]!.lower) && (words[noun - 1]!.lower === 'a' || words[noun - 1]!.lower === 'an') && words[noun - 2]?.lower === 'at') return true;
  for (let j = noun - 1; j >= Math.max(0, noun - 1 - MEASURE_PHRASE_WORDS); j--) {
    const w = words[j]!;
    // a verb's particle opens its object, no phrase of its own ("had settled on a floor price of $5,200 a tonne")
    if (MEASURE_PHRASE_OPENER.has(w.lower)) return !verbBefore(words, j, roleOf);
    if (w.punct || aw.amountOf[j] !== -1 || !(DETERMINER.has(w.lower) || isContentWord(w)) || LIGHT.has(w.lower) || roleOf(j, 'object') === 'event') return false;
  }
  return false;
}

/** Nouns of a dimension before "of" and a measure: "at a depth of 1,100 metres", "at an altitude of 10,000 metres". */
const DIMENSION_NOUN = ws('depth height altitude elevation length width distance diameter radius');
/** Adjectives of a dimension after a measure: "1.8 kilometres long", "40 metres high". */
const DIMENSION = ws('long wide high deep tall thick across');
/** After "the" and a bare figure: a threshold to reach ("the 176 needed for a majority"). */
const THRESHOLD_AFTER = ws('needed required necessary');
/** Passive participles of hearsay that carry the verb after "to": "are feared to have drowned", "is thought to have died". */
const RAISING = ws('feared believed thought said reported known understood presumed assumed alleged estimated expected likely');

/**
 * "Grevena, a town of 9,000 people, was evacuated", "Mosul, a city of 1.5 million": a count after "of" in a phrase set off
 * by a comma, whose noun (after "a") is no event, describes that noun; no verb takes it.
 */
function inApposition(words: readonly GovWord[], aw: AmountWords, k: number, roleOf: RoleOf): boolean {
  const first = aw.first[k]!;
  if (aw.measure[k] || first < 4 || words[first - 1]!.lower !== 'of') return false;
  const noun = first - 2;
  return (
    isContentWord(words[noun]) && !COUNTERS.has(words[noun]!.lower) && roleOf(noun, 'object') === 'plain' &&
    (words[noun - 1]!.lower === 'a' || words[noun - 1]!.lower === 'an') && words[noun - 2]!.lower === ','
  );
}

/** Whether the word before `at` is a verb: an event or a past form that no determiner makes a noun ("settled on", not "the vote on"). */
function verbBefore(words: readonly GovWord[], at: number, roleOf: RoleOf): boolean {
  const w = words[at - 1];
  if (!w || !isContentWord(w) || DETERMINER.has(words[at - 2]?.lower ?? '')) return false;
  return roleOf(at - 1, 'object') === 'event' || /ed$/.test(w.lower);
}

/**
 * Whether the amount starting at word `first` (with the amounts listed before it: "96 passengers and six
 * crew") opens a phrase ", with …" set off by commas after a noun: "the plane, with 148 people on board, landed".
 */
function inWithParenthetical(words: readonly GovWord[], aw: AmountWords, first: number): boolean {
  let i = first - 1;
  while (i >= 0 && (aw.amountOf[i] !== -1 || words[i]!.lower === 'and' || words[i]!.lower === 'or')) i--;
  return i > 0 && words[i]!.lower === 'with' && words[i - 1]!.lower === ',';
}

/** The index of the comma that closes a phrase starting at `from`, within a few words; -1 when the phrase runs on or ends the sentence. */
function closingComma(words: readonly GovWord[], from: number): number {
  for (let j = from; j < words.length && j < from + PARENTHETICAL_WORDS; j++) {
    const w = words[j]!;
    if (w.lower === ',') return j + 1 < words.length ? j : -1;
    if (w.punct) return -1;
  }
  return -1;
}

/**
 * The word amount `k` is about, or null when its clause names none near it. `roleOf` says which words
 * are events; light verbs, auxiliaries, function and reporting words are known here.
 */
export function governorOf(words: readonly GovWord[], aw: AmountWords, k: number, roleOf: RoleOf): Governor | null {
  const g = governorOrNone(words, aw, k, roleOf);
  return g === 'none' ? null : g;
}

/**
 * As `governorOf`, but 'none' where the clause has been read and names no event for the amount: the count a counter
 * noun names is of no event ("the number of confirmed cases rose to 1,204", no event at "confirmed"), or the amount's
 * own verb is none ("relief camps housing about 18,000 people", "the airline, which operates 140 aircraft", "5,000
 * people are still living in tents").
 */
export function governorOrNone(words: readonly GovWord[], aw: AmountWords, k: number, roleOf: RoleOf): Governor | 'none' | null {
  const first = aw.first[k]!;
  const last = aw.last[k]!;
  if (first < 0) return null;
  // "a $400 million deal", "a 3% pay rise": the amount modifies the event noun after it (or after one more noun)
  if (first > 0 && DETERMINER.has(words[first - 1]!.lower)) {
    const modified = modifiedEvent(words, aw, last, roleOf);
    if (modified !== null) return { wi: modified, via: 'modifier' };
  }
  if (measuredInPhrase(words, aw, k, roleOf)) return 'none';
  // "short of the 176 needed for a majority", "the 100,000 needed to force a vote": a threshold, which nothing has reached
  // (a count only: "below the 50 percent needed for it to be valid" is a share of the referendum's vote)
  if (!aw.measure[k] && first > 0 && words[first - 1]!.lower === 'the' && THRESHOLD_AFTER.has(words[last + 1]?.lower ?? '')) return 'none';
  // "The bridge, 1.8 kilometres long, was closed": a measure of a dimension describes its noun, no event
  if (aw.measure[k] && DIMENSION.has(words[last + 1]?.lower ?? '')) return 'none';
  // "Grevena, a town of 9,000 people, was evacuated": a count in an apposition describes its noun, no event
  if (inApposition(words, aw, k, roleOf)) return 'none';
  // leftwards: the amount is an object or the complement of a preposition
  let content = 0;
  for (let i = first - 1; i >= 0; i--) {
    const other = aw.amountOf[i]!;
    if (other !== -1) {
      i = aw.first[other]!; // another amount of the same list or clause ("fell 12% to $41.30")
      continue;
    }
    // "312 passengers and 20 crew": a list of amounts shares its verb
    if ((words[i]!.lower === 'and' || words[i]!.lower === 'or') && i > 0 && aw.amountOf[i - 1] !== -1 && listed(words, aw, i, first)) continue;
    const s = step(words, i, roleOf, 'object');
    // "according to the survey of 1,500 adults": an amount inside the phrase that names a source is of no event of the clause
    // the phrase is attached to (1.29.0)
    if (s.stop && words[i]!.lower === 'according' && words[i + 1]?.lower === 'to') return 'none';
    if (s.stop) break;
    if (s.found) {
      // "turnout in the strike ballot was 71 percent": an event noun after a determiner that modifies the plain noun after it
      // names a kind of that noun, which is what the amount is about
      if (modifiesPlainNoun(words, aw, i, first, roleOf)) return 'none';
      const before = words[first - 1]!.lower;
      return (
        (before === 'by' && (verbOfObject(words, i, roleOf) || changeBefore(words, i, roleOf))) ||
        (before === 'to' && changeBefore(words, i, roleOf)) ||
        ((before === 'to' || before === 'at') && changeBefore(words, i, roleOf, LIMIT_VERBS, 'none')) ||
        (before === 'with' && shareOf(words, last) && verbOfObject(words, i, roleOf)) ||
        s.found
      );
    }
    if (s.light) return countedBy(words, i, roleOf) ?? besideLight(words, i, -1, roleOf, aw);
    // the amount's own verb, no event: "camps housing 18,000 people", "which operates 140 aircraft"
    // "the remaining 40 hostages": a participle after a determiner is an adjective
    if (s.content && (verbAfterAuxiliary(words, i) || RELATIVE.has(words[i - 1]?.lower ?? '') || (i === first - 1 && GERUND.test(words[i]!.lower) && !DETERMINER.has(words[i - 1]?.lower ?? '')) || ownVerbBefore(words, aw, i, content) || (LIMIT_VERBS.has(words[i]!.lower) && /^(?:to|at)$/.test(words[first - 1]!.lower)))) {
      // the amount is that verb's object, so no subject of a verb after it ("a bridge that carries 40,000 vehicles a day was closed")
      return 'none';
    }
    if (s.content && ++content > MAX_CONTENT) break;
  }
  // rightwards: the amount is the subject ("64 people were killed", "640 workers at the plant have joined the strike")
  content = 0;
  // "three of the injured were airlifted": the whole a part is picked from is no event of the part's
  const whole = words[last + 1]?.lower === 'of' && WHOLE_DETERMINER.has(words[last + 2]?.lower ?? '') ? last + 3 : -1;
  // "15 of whom were later charged": the pronoun of the whole is no clause word here
  const ofPronoun = words[last + 1]?.lower === 'of' && PART_PRONOUN.has(words[last + 2]?.lower ?? '') ? last + 2 : -1;
  // "300 tonnes of humanitarian aid would be flown": what the amount measures is no event of the amount's
  let complementEnd = -1;
  if (words[last + 1]?.lower === 'of' && whole === -1 && ofPronoun === -1) {
    complementEnd = last + 2;
    while (complementEnd < words.length && aw.amountOf[complementEnd] === -1 && isContentWord(words[complementEnd]) && !MODAL.has(words[complementEnd]!.lower)) {
      // "Up to 30 centimetres of snow fell", "Fewer than 60% of eligible students sat the exams": a past form that is an event,
      // after a word of the complement, is the subject's verb (1.29.0)
      if (complementEnd > last + 2 && isPastForm(words[complementEnd]!.lower) && roleOf(complementEnd, 'subject') === 'event') break;
      complementEnd++;
    }
  }
  let crossed = false;
  let via: GovernorVia = 'subject';
  let modifying: Governor | null = null;
  for (let i = last + 1; i < words.length; i++) {
    const other = aw.amountOf[i]!;
    // "8 of the 12 agreements had been ratified": the part and its whole are one subject
    if (other !== -1 && i - last <= 3 && words[last + 1]!.lower === 'of') {
      i = aw.last[other]!;
      continue;
    }
    if (other !== -1) return null;
    // "150 firefighters and 30 water bombers are fighting": a list of subjects shares its verb
    if ((words[i]!.lower === 'and' || words[i]!.lower === 'or') && i + 1 < words.length && aw.amountOf[i + 1] !== -1) {
      i = aw.last[aw.amountOf[i + 1]!]!;
      continue;
    }
    if ((i === whole || i === ofPronoun) && aw.amountOf[i] === -1 && !words[i]!.punct) continue;
    // "300 migrants are feared to have drowned", "were believed to have been killed": a passive of hearsay before "to" is
    // part of the verb group of the verb after it
    if (RAISING.has(words[i]!.lower) && words[i + 1]?.lower === 'to' && BE_FORM.has(words[i - 1]?.lower ?? '')) {
      i++;
      continue;
    }
    if (i < complementEnd) continue;
    const s = step(words, i, roleOf, via);
    // "the plane, with 148 people on board, landed": past the parenthetical's closing comma, its subject's verb
    if (s.stop && !crossed && words[i]!.lower === ',' && inWithParenthetical(words, aw, first)) {
      crossed = true;
      via = 'parenthetical';
      content = 0;
      continue;
    }
    // "Around 30 people, including 6 children, were treated": past a phrase ", including …," to the subject's verb
    if (s.stop && !crossed && i === last + 1 && words[i]!.lower === ',' && words[i + 1]?.lower === 'including') {
      const close = closingComma(words, i + 2);
      if (close !== -1) {
        crossed = true;
        i = close;
        continue;
      }
    }
    if (s.stop) return modifying;
    if (s.found) {
      // "around 70 trucks carrying aid crossed into the enclave": a participle right after the subject modifies it; the
      // clause's own verb, a past tense, comes after its object
      if (i === last + 1 && via === 'subject' && GERUND.test(words[i]!.lower) && !modifying) {
        modifying = s.found;
        continue;
      }
      if (modifying && !PAST_TENSE.test(words[i]!.lower)) continue;
      return s.found;
    }
    if (s.light) return besideLight(words, i, 1, roleOf, aw) ?? modifying;
    // "5,000 people are still living in tents", "is only 15% contained": the amount's verb, no event
    // "was 92% effective": a predicate after a copula
    if (s.content && (verbAfterAuxiliary(words, i) || (i === last + 1 && inVerbGroup(words, first)))) return modifying ?? 'none';
    if (s.content && ++content > MAX_CONTENT) return modifying;
  }
  return modifying;
}

/**
 * Whether the event at word `i`, found by the scan back from the amount at `first`, is a noun modifier: after a determiner,
 * before a plain noun of no event that stands before the amount ("in the strike ballot was 71 percent": the ballot's).
 */
function modifiesPlainNoun(words: readonly GovWord[], aw: AmountWords, i: number, first: number, roleOf: RoleOf): boolean {
  const next = words[i + 1];
  if (i < 1 || i + 1 >= first || !DETERMINER.has(words[i - 1]!.lower) || !isContentWord(next) || aw.amountOf[i + 1] !== -1) return false;
  const lower = next!.lower;
  return !LIGHT.has(lower) && !AUX.has(lower) && !MODAL.has(lower) && !COUNTERS.has(lower) && roleOf(i + 1, 'object') === 'plain';
}

/**
 * "312 passengers and 20 crew", "25 agreements and a delegation of some 60 companies": the "and" at `i` joins the amount
 * at `first` to the one before, where no verb group lies between ("9,000 hectares and is only 15% contained").
 */
function listed(words: readonly GovWord[], aw: AmountWords, i: number, first: number): boolean {
  // "1,000 buildings and cut water supplies to 80,000 residents": a verb of its own after the "and" starts a second phrase
  if (i + 1 < first && aw.amountOf[i + 1] === -1 && !FUNCTION.has(words[i + 1]!.lower)) return false;
  for (let j = i + 1; j < first; j++) if (AUX.has(words[j]!.lower) || MODAL.has(words[j]!.lower)) return false;
  return true;
}

/** The amount starting at `first` stands inside a verb group: an auxiliary before it ("is only 15% contained"). */
function inVerbGroup(words: readonly GovWord[], first: number): boolean {
  let j = first - 1;
  while (j >= 0 && ADVERB.test(words[j]!.lower)) j--;
  const w = words[j]?.lower ?? '';
  return BE_FORM.has(w) || MODAL.has(w);
}

/** Content words a verb's object may hold before its amount in `inSecondConjunct` ("cut [water supplies] to 80,000"). */
const CONJUNCT_WORDS = 3;

/**
 * "damaged 1,000 buildings and cut water supplies to 80,000 residents", "killing 9 people and taking 30 others
 * hostage": amount `k` is in the second of two coordinated verb phrases, the object of a verb of its own (after "and"
 * or "or", no name, determiner, auxiliary or amount), so an event of the first phrase is not what it counts. The
 * scan back from the amount passes function words and at most a few content words.
 */
export function inSecondConjunct(words: readonly GovWord[], aw: AmountWords, k: number, isName: (wi: number) => boolean): boolean {
  const first = aw.first[k]!;
  let content = 0;
  for (let i = first - 1; i > 0; i--) {
    const w = words[i]!;
    if (w.punct || aw.amountOf[i] !== -1) return false;
    if (w.lower === 'and' || w.lower === 'or') {
      const verb = words[i + 1];
      if (!verb || i + 1 >= first) return false;
      return !verb.punct && !isName(i + 1) && !FUNCTION.has(verb.lower) && !AUX.has(verb.lower) && !MODAL.has(verb.lower) && !PRONOUN.has(verb.lower);
    }
    if (CLAUSE.has(w.lower) || REPORTING.has(w.lower) || AUX.has(w.lower)) return false;
    if (isContentWord(w) && ++content > CONJUNCT_WORDS) return false;
  }
  return false;
}
