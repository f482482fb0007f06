/**
 * A happening's number in a series ("the first strike", "a second 24-hour strike", "sa deuxième journée de grève"), in
 * the languages read. The events layer keeps two numbers of one series apart in a report's coreference. It sits in util/
 * so that the link layer, which may import only link/, doc/ and util/, can read it too: a tracked event keeps the number
 * its first numbered mention gives it, and a mention numbered otherwise is another event (link-report.ts `seriesNumber`,
 * `TrackedEvent.ordinal`; docs/stories.md, "Twelfth session").
 */

const FORMS: ReadonlyArray<readonly [number, string]> = [
  [1, 'first 1st premier première primer primera primero erste ersten erster'],
  [2, 'second 2nd deuxième seconde segunda segundo zweite zweiten zweiter'],
  [3, 'third 3rd troisième tercera tercer tercero dritte dritten dritter'],
  [4, 'fourth 4th quatrième cuarta cuarto vierte vierten vierter'],
  [5, 'fifth 5th cinquième quinta quinto fünfte fünften fünfter'],
];

/** Lower-cased ordinal word → its number. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(FORMS.flatMap(([n, words]) => words.split(' ').map((w) => [w, n] as const)));

/** Words that end a run of modifiers: an ordinal before one of them numbers something else ("the first round and a"). */
const STOP = new Set('a an the and or but et ou y o und oder'.split(' '));

/**
 * The ordinal that numbers the trigger after `before` ("A second 24-hour " → 2, "sa deuxième journée de " → 2): the
 * ordinal, then at most three lowercase modifiers up to the trigger; undefined when there is none.
 */
export function ordinalBefore(before: string): number | undefined {
  const words = before.trimEnd().split(/\s+/).slice(-4).reverse();
  for (const w of words) {
    const n = ORDINAL_WORDS.get(w.toLowerCase());
    if (n !== undefined) return n;
    if (STOP.has(w) || !/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w)) return undefined;
  }
  return undefined;
}
