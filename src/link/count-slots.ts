/**
 * Which amounts stand for one count, so that quantity drift compares like with like: a rate ("about 20 a
 * day") is no total, and a rounded figure ("nearly 300 stores") and the precise one it rounds ("296
 * stores") are one figure said two ways.
 */
import type { QuantityObservation } from './state.js';

/** Number words an amount may be written in ("Thirteen Kyrgyz", "thirty-nine"), one to ninety-nine (count-groups.ts and drift.ts read them too). */
const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const NUMBER_WORD = String.raw`(?:(?:${TENS.join('|')})(?:-(?:${UNITS.slice(1, 10).join('|')}))?|${UNITS.slice(1).join('|')})`;

/**
 * Where an amount starts in its sentence: its stored offset, else its text's first occurrence there (states saved before
 * the offset was kept). The first occurrence may be another number ("Oct 21 … rose to 21").
 */
export function amountAt(x: QuantityObservation): number {
  return x.at ?? x.evidence.text.indexOf(x.text);
}

/** After an amount, the whole it is a part of: "two of them", "Nine of 12 economists", "61 of the 151 seats". */
const PART_OF = /^\s+of\s+(?:them|those|these|us|the|its|their|all|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i;
/** Before an amount, the rest of a whole: "the other three". */
const REST_OF = /\bthe\s+other\s+$/i;

/**
 * After an amount, a whole named without a figure: "two of them", "Two of the detainees", "about 17,000 of its members".
 * Not a whole given in figures ("61 of the 151 seats", "Nine of 12 economists", "Five of the train's eleven carriages").
 */
const PART_OF_PRONOUN = /^\s+of\s+(?:them|those|these|us)\b/i;
const PART_OF_NOUN = /^\s+of\s+(?:the|its|their|his|her|our)\s+([\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|\d)/iu;
const NUMBER_WORD_ALONE = new RegExp(String.raw`\b${NUMBER_WORD}\b`, 'i');
/** Before an amount, words that make it the rest or the first of a group: "the remaining seven", "the other three", "the last two". */
const REST_BEFORE = /\bthe\s+(?:other|remaining|last|first)\s+$/i;
/** An amount's figure alone, with its rounding or bound words: "Two", "about 17,000", "some 3 million". */
const BARE_FIGURE = new RegExp(String.raw`^(?:(?:about|around|some|nearly|almost|roughly|approximately|more\s+than|at\s+least|over|up\s+to)\s+)?(?:\d[\d,.]*|${NUMBER_WORD})(?:\s+(?:thousand|million|billion))?(?=\s+of\b|$)`, 'iu');

/**
 * Whether an amount is a part of a group named without a count ("Two of the strikers were taken to hospital", "nine of
 * them in a serious condition"): the part is a count of its own subset, no version of a count of the whole group or of
 * another subset ("three strikers" met the minister, "Fourteen people … remain in hospital").
 */
export function isUncountedPart(x: QuantityObservation): boolean {
  const at = amountAt(x);
  // only a bare figure is a part ("Two of the strikers", not "two breaches of the decibel limit", "4 km of the crater"),
  // whether the quantities layer took the whole into the amount's text ("two of its deputies") or not
  if (at < 0) return false;
  const sentence = x.evidence.text;
  // the rest or the first of a group: "the remaining seven floors", "the last two people missing", "the first 60 patients"
  if (REST_BEFORE.test(sentence.slice(Math.max(0, at - 24), at))) return true;
  const figure = BARE_FIGURE.exec(x.text);
  if (!figure) return false;
  const after = x.text.slice(figure[0].length) + sentence.slice(at + x.text.length, at + x.text.length + 48);
  if (PART_OF_PRONOUN.test(after)) return true;
  // the whole's first two words hold no figure ("of the 151 seats", "of the train's eleven carriages")
  const whole = PART_OF_NOUN.exec(after)?.[1];
  return whole !== undefined && !/\d/.test(whole) && !NUMBER_WORD_ALONE.test(whole);
}

/** Before an amount, the part of a whole it is the whole of: "Thirty-nine of the 41", "five of its 12", "Nine of". */
const WHOLE_AFTER_PART = new RegExp(String.raw`(?:\d[\d,.]*|\b${NUMBER_WORD})\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?(?:[\p{L}'’-]+\s+)?$`, 'iu');

/** Whether the amount at `at` is the whole of a partitive ("Thirty-nine of the 41 people aboard died": the 41). */
export function isPartitiveWhole(sentence: string, at: number): boolean {
  return at > 0 && WHOLE_AFTER_PART.test(sentence.slice(Math.max(0, at - 40), at));
}

/** Before an amount, the words that make it an increment: "a further 6,000 tonnes", "another 29 jets", "an additional 40". */
const INCREMENT_BEFORE = /\b(?:a\s+further|another|an\s+additional|an\s+extra|a\s+fresh)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;
/** After an amount's figure, "more" that makes it an increment: "Two more deputies", "two more of the stolen pieces" (not "more than"). */
const INCREMENT_AFTER = /^\s+more\b(?!\s+than\b)/i;
const INCREMENT_OWN = new RegExp(String.raw`^(?:\d[\d,.]*|${NUMBER_WORD})\s+more\b(?!\s+than\b)`, 'i');

/**
 * Whether an amount is an increment, added to a count ("Salvors will now unload a further 6,000 tonnes", "taking another
 * 29 jets out of service", "Two more deputies added their names"): the change, not a version of the count's total.
 */
export function isIncrement(x: QuantityObservation): boolean {
  const at = amountAt(x);
  if (at < 0) return false;
  const sentence = x.evidence.text;
  return INCREMENT_OWN.test(x.text) || INCREMENT_BEFORE.test(sentence.slice(Math.max(0, at - 24), at)) || INCREMENT_AFTER.test(sentence.slice(at + x.text.length, at + x.text.length + 12));
}

/** Whether an amount is a part of a whole its sentence names (a partitive), not a count of its own. */
export function isPartitive(x: QuantityObservation): boolean {
  const at = amountAt(x);
  if (at < 0) return false;
  const sentence = x.evidence.text;
  return PART_OF.test(sentence.slice(at + x.text.length, at + x.text.length + 24)) || REST_OF.test(sentence.slice(Math.max(0, at - 12), at));
}

/**
 * After an amount, what it is counted per: "about 20 a day", "15 per week", "36.40 per dollar", "ten daily". Not "per"
 * before an article: "per the agreement", and the Italian "for" ("146 voli per il 29 settembre").
 */
const PER_PERIOD = /^\s*(?:per\b(?!\s+(?:the|il|lo|la|i|gli|le|un|una|uno)\b|\s+l['’])|(?:a|an|each|every)\s+(?:day|night|week|month|year|hour)\b|daily\b|weekly\b|monthly\b|a\s+head\b)/i;

/** Whether an amount is a rate counted per something (a period, a dollar, a head), not a total of the story's count. */
/** An amount's own words that end in its period, where the quantities layer took it in: "about 1.1 billion shillings a year". */
const OWN_PERIOD = /\s(?:a|an|per|each|every)\s+(?:day|night|week|month|year|hour)$/i;
export function isRate(x: QuantityObservation): boolean {
  const at = amountAt(x);
  return OWN_PERIOD.test(x.text) || (at >= 0 && PER_PERIOD.test(x.evidence.text.slice(at + x.text.length)));
}

/**
 * Before an amount, another amount and an opening parenthesis: the amount converts that one into another
 * currency or measure ("40 million pula ($2.9 million)", "90 km (56 miles)"), a restatement and no count of its own.
 */
const CONVERTS = /\d[\d.,]*(?:(?:\s+[\p{L}.-]+){0,3}\s*\(|(?:\s+[\p{L}.-]+){1,3},\s*or)\s*(?:(?:about|around|roughly|nearly|almost|approximately|some|over|at least|more than)\s+)?$/u;

/** Whether an amount is a conversion of the amount before it, in parentheses or after ", or" ("2,950 hectares, or about 29.5 square kilometres"). */
export function isConversion(x: QuantityObservation): boolean {
  const at = amountAt(x);
  return at > 0 && CONVERTS.test(x.evidence.text.slice(Math.max(0, at - 60), at));
}

/** Words that make a figure a rounded one: "nearly 300", "about 1,200", "almost 40". */
const ROUNDING = /\b(?:nearly|almost|about|around|roughly|approximately|some|close to|just (?:under|over|below|above))\b/i;
/** How far (fraction of the figure) a precise figure may lie from a rounded one and still be the same count. */
const ROUNDING_SLACK = 0.02;

/** The figure an amount names in digits ("nearly 300 stores" → 300), or null ("around a dozen"). */
function nominal(text: string): number | null {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

const precise = (x: QuantityObservation): boolean => Number.isFinite(x.high) && x.low === x.high && !ROUNDING.test(x.text);

/**
 * Whether one amount is a rounded figure and the other the precise figure it rounds (within ROUNDING_SLACK
 * of the named figure). A figure named in words ("around a dozen") is too vague to say which it rounds.
 */
export function roundsTo(a: QuantityObservation, b: QuantityObservation): boolean {
  const check = (rounded: QuantityObservation, exact: QuantityObservation): boolean => {
    if (!ROUNDING.test(rounded.text) || !precise(exact)) return false;
    const n = nominal(rounded.text);
    // the named figure in the amount's scale: "about 2.4 billion" is 2.4 × 10^9 ("nearly 300" is [270, 300])
    if (n === null || n === 0) return false;
    const middle = Number.isFinite(rounded.high) ? (rounded.low + rounded.high) / 2 : rounded.low;
    const figure = n * 10 ** Math.round(Math.log10(Math.max(middle, 1) / n));
    return Math.abs(exact.low - figure) <= ROUNDING_SLACK * figure;
  };
  return check(a, b) || check(b, a);
}

/** Words that bound a figure from one side: "more than 3,100", "at least 40", "fewer than 10", "up to 50". */
const BOUND = /\b(?:more than|over|at least|fewer than|less than|under|up to|above|below)\b/i;
/** Bound words that take their figure in: "up to 9", "as much as 700 million", "at least 12". */
const INCLUSIVE_BOUND = /\b(?:up to|as much as|as many as|at least|at most|no more than)\b/i;

/**
 * Whether two vague amounts name one figure: "more than 3,100 savers" and "some 3,100 savers", "at least 40" and
 * "about 40" (the same number in digits, one rounded and the other rounded or bounded). Neither says the count moved.
 */
export function sameVagueFigure(a: QuantityObservation, b: QuantityObservation): boolean {
  const n = nominal(a.text);
  if (n === null || n !== nominal(b.text)) return false;
  // a bound that takes its figure in, and that figure said exactly: "up to 9 metres" / "9 metres", "as much as 700
  // million euros" / "a 700 million euro package"
  const meets = (bound: QuantityObservation, exact: QuantityObservation): boolean => INCLUSIVE_BOUND.test(bound.text) && precise(exact) && !BOUND.test(exact.text) && bound.low <= exact.low && exact.high <= bound.high;
  if (meets(a, b) || meets(b, a)) return true;
  const vague = (x: QuantityObservation): boolean => ROUNDING.test(x.text) || BOUND.test(x.text);
  return (ROUNDING.test(a.text) || ROUNDING.test(b.text)) && vague(a) && vague(b);
}

/**
 * A company's own figures, named before an amount ("its sales rose 9% last year to 4.6 billion zlotys"):
 * a deal's price in the same currency is another count.
 */
const METRIC = /\b(sales|revenues?|turnover|profits?|earnings|losses|debts?|budget|market value|valuation)\b/giu;
/** How far before an amount (characters) its metric word is read. */
const METRIC_REACH = 48;

/** The metric an amount of money states ("sales"), or null for a plain amount (a price, a sum paid). */
export function metricOf(x: QuantityObservation): string | null {
  const at = amountAt(x);
  if (at < 0) return null;
  const before = x.evidence.text.slice(Math.max(0, at - METRIC_REACH), at);
  const found = [...before.matchAll(METRIC)].pop();
  // the metric is the amount's own when no other figure stands between them ("sales of $2m and a price of $5m")
  if (!found || /\d/.test(before.slice(found.index + found[0].length).replace(/\b\d+(?:\.\d+)?%/g, ''))) return null;
  return found[1]!.toLowerCase().replace(/s$/, '');
}

/**
 * Before an amount, the thing a count is "the number of": "The number of people killed when the plane crashed … rose to
 * 36", "put the number of runners admitted to hospitals at 14", "bringing the number of signatures to 64", "The number of job losses has fallen again,
 * to 395". The words between "number of" and the verb that gives the figure name what it counts, however far from it
 * they stand.
 */
const NUMBER_OF = /\b(?:number|count|tally|total)\s+of\s+((?:[\p{L}'’-]+\s+){1,14}?)(?:(?:has|have|had)\s+(?:now\s+)?|now\s+)?(?:rose|risen|rises|climbed|increased|grown|grew|jumped|fell|fallen|dropped|declined|stands|stood|is|was|reached|reaches|to|at)(?:\s+(?:again|further|back))?,?\s+(?:(?:to|at|about|around|some|nearly|almost|roughly|more\s+than|at\s+least|over)\s+)*$/iu;

/** What the amount at `at` is "the number of" ("people killed when the plane crashed near Nanyuki"), else null. */
export function numberOfPhrase(sentence: string, at: number): string | null {
  return at > 0 ? (NUMBER_OF.exec(sentence.slice(Math.max(0, at - 160), at))?.[1]?.trim() ?? null) : null;
}

/** Units of length, whose amount may be a zone's radius or a point along a route ("a 2 km zone", "the 26-kilometre mark"). */
const LENGTH_UNIT = /^(?:m|km|cm|mi|ft|nmi|metres?|meters?|kilometres?|kilometers?|miles?|feet|foot)$/i;
/** Nouns of an area around a place, each sized by its radius: "a 2 km zone", "the 500-metre exclusion zone". */
const ZONE_NOUN = /^(?:zone|radius|cordon|perimeter)$/i;
/** Nouns of a point along a route, placed by a hyphenated length: "the 26-kilometre mark", "the 30-km point". */
const MARK_NOUN = /^(?:mark|point|marker)$/i;

/**
 * The slot a length stands for, from the noun after it: a zone's radius ("the 500-metre exclusion zone", "a 2 km zone" →
 * "zone") or a point along a route ("near the 26-kilometre mark" → "mark"); "" for any other length ("swells of 9
 * metres", "keep 500 metres from the ship", "the 410-kilometre line", "a queue of 23 km"). A zone's radius, a point on a
 * course and a length or distance are three slots; a thing's own length stays comparable with the same length said
 * otherwise ("440 km long").
 */
export function lengthSlot(x: QuantityObservation): string {
  const at = amountAt(x);
  if (at < 0 || !LENGTH_UNIT.test(x.unit)) return '';
  const end = at + x.text.length;
  const words = /^\s+([\p{Ll}-]+)(?:\s+([\p{Ll}-]+))?/u.exec(x.evidence.text.slice(end, end + 40));
  if (!words) return '';
  if ([words[1], words[2]].some((w) => w !== undefined && ZONE_NOUN.test(w))) return 'zone';
  // (a point only by a hyphenated length: "the 26-kilometre mark", not "6 km mark it")
  return /\d-\p{L}+$/u.test(x.text) && MARK_NOUN.test(words[1]!) ? 'mark' : '';
}

/**
 * After a figure, the figure it changed from: "to 71,000 from the 68,000 they gave", "rose to 17, up from nine" (digits
 * only), or the earlier figure it is set against: "at 71 stores, more than the 58 the retailer had named", "3.5 million
 * dollars, not the 4 million reported earlier" ("the" marks a figure already given; "more than 20 of them" is a part).
 */
const CHANGED_FROM_AFTER = /^[^.;]{0,60}?\b(?:from\s+(?:the\s+)?|(?:(?:more|fewer|less|rather)\s+than|not|instead\s+of)\s+the\s+)(?:(?:about|some|around|roughly)\s+)?(\d[\d,]*(?:\.\d+)?)(?:\s+(million|billion)\b)?(?![\d,.]*\s*(?:%|percent|per\s?cent))/i;
const SCALE: Readonly<Record<string, number>> = { million: 1e6, billion: 1e9 };

/** The figure an amount's sentence says it changed from ("… to 71,000 from the 68,000 they gave on Sunday" → 68000), else null. */
export function changedFrom(x: QuantityObservation): number | null {
  const at = amountAt(x);
  const m = at >= 0 ? CHANGED_FROM_AFTER.exec(x.evidence.text.slice(at + x.text.length)) : null;
  return m ? Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1) : null;
}
