/**
 * Which group or instance an amount counts, beyond its unit: counts of two named groups are two counts ("seven Kyrgyz
 * citizens", "eleven Tajik citizens"), and so are the counts of two instances of a thing ("The first strike … 64
 * flights", "135 flights in all"). Quantity drift compares only amounts of one group and one instance.
 */
import type { QuantityObservation } from './state.js';
import { amountAt, NUMBER_WORD } from './count-slots.js';


/**
 * After an amount, a capitalised word that names the group it counts: a nationality, a people, a party ("seven Kyrgyz
 * citizens", "fourteen are Kyrgyz", "two Germans"). Not a word that starts a new sentence: amounts are read in one.
 */
const GROUP_AFTER = /^\s+(?:(?:are|were)\s+)?(\p{Lu}[\p{L}-]*)\b/u;

/** An amount's figure and the words before it ("about 40", "Thirteen"), which name no group. */
const FIGURE_FIRST = new RegExp(String.raw`^.*?(?:\d[\d,.]*|\b${NUMBER_WORD}\b)`, 'iu');

/** The group an amount counts, lower case and singular ("Germans" → "german"), else null. */
export function groupOf(x: QuantityObservation): string | null {
  const at = amountAt(x);
  if (at < 0) return null;
  // the amount's own words past its figure ("eleven Tajik citizens"), else the sentence's words after it ("fourteen are Kyrgyz")
  const own = x.text.replace(FIGURE_FIRST, '');
  const m = GROUP_AFTER.exec(/\p{L}/u.test(own) ? ` ${own.trim()}` : x.evidence.text.slice(at + x.text.length, at + x.text.length + 40));
  return m ? m[1]!.toLowerCase().replace(/s$/, '') : null;
}

/**
 * Whether two amounts count two named groups ("seven Kyrgyz citizens" / "eleven Tajik citizens"): two disjoint sets,
 * whose counts are no versions of one another. Only where both amounts name a group.
 */
export function otherGroups(p: QuantityObservation, q: QuantityObservation): boolean {
  const a = groupOf(p);
  const b = groupOf(q);
  return a !== null && b !== null && a !== b;
}

/** Ordinal words, by rank, in the languages read ("the first strike", "la première grève", "la segunda jornada"). */
const ORDINALS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^(?:first|premi(?:er|ère)|primer[oa]?|primeir[oa]|prim[oa]|erste[nrs]?)$/iu],
  [2, /^(?:second|seconde?|deuxième|segund[oa]|zweite[nrs]?)$/iu],
  [3, /^(?:third|troisième|tercer[oa]?|terceir[oa]|terz[oa]|dritte[nrs]?)$/iu],
  [4, /^(?:fourth|quatrième|cuart[oa]|quart[oa]|vierte[nrs]?)$/iu],
];
/**
 * An article, an ordinal and the noun it ranks: "The first strike", "its second go-slow", "la première grève". Only after
 * a definite article or a possessive, so that "first reported", "at first" are no ordinal of an instance, nor "a third"
 * (a fraction, or one more: "A third worker has died").
 */
const RANKED = /\b(?:the|its|their|his|her|la|le|el|lo|der|die|das|o|il|sa|su)\s+(\p{L}+)\s+(\p{L}+)/giu;
/** Nouns an ordinal ranks that name no instance of a counted thing: "for the first time", "the first half". */
// (nor a version of a figure or a look at it: "the first estimate", "the second check"; a day of a strike is its day, not
// another strike: "la première journée de grève")
const NOT_AN_INSTANCE = /^(?:time|times|fois|vez|volta|mal|half|quarter|day|days|journée|jour|día|dia|tag|week|month|year|place|round|estimate|figure|count|tally|check|reading|report|opinion|results?)$/iu;

/**
 * The rank of the instance an amount is counted for, from an ordinal before it in its sentence ("The first strike, on
 * July 3, led to the cancellation of 64 flights" → 1), else null.
 */
export function instanceRank(x: QuantityObservation): number | null {
  const at = amountAt(x);
  if (at < 0) return null;
  let rank: number | null = null;
  for (const m of x.evidence.text.slice(0, at).matchAll(RANKED)) {
    if (NOT_AN_INSTANCE.test(m[2]!)) continue;
    const r = ORDINALS.find(([, re]) => re.test(m[1]!));
    if (r) rank = r[0];
  }
  return rank;
}

/**
 * Whether two amounts count two instances of a thing: one is said of a ranked instance ("The first strike … 64 flights",
 * "its second go-slow … about 250 cars", "The second tranche, of 120 million euros") and the other of another rank or
 * of no one instance ("135 flights in all", "the go-slow … drew about 400 cars"). One instance's count and another's,
 * or a total, are no versions of one count.
 */
export function otherInstances(p: QuantityObservation, q: QuantityObservation): boolean {
  return instanceRank(p) !== instanceRank(q);
}
