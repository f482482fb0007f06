/**
 * Which amounts stand for one count, so that quantity drift compares like with like: a rate ("about 20 a
 * day") is no total, and a rounded figure ("nearly 300 stores") and the precise one it rounds ("296
 * stores") are one figure said two ways.
 */
import type { QuantityObservation } from './state.js';

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
export function isRate(x: QuantityObservation): boolean {
  const at = amountAt(x);
  return at >= 0 && PER_PERIOD.test(x.evidence.text.slice(at + x.text.length));
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

/**
 * Whether two vague amounts name one figure: "more than 3,100 savers" and "some 3,100 savers", "at least 40" and
 * "about 40" (the same number in digits, one rounded and the other rounded or bounded). Neither says the count moved.
 */
export function sameVagueFigure(a: QuantityObservation, b: QuantityObservation): boolean {
  const n = nominal(a.text);
  if (n === null || n !== nominal(b.text)) return false;
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
