/**
 * A vote's score, as reports give it: in digits ("voted 11-3", "approved it 31-22", which the quantities layer reads as a
 * tally) or in words ("by 142 votes to 61", "voted 11 to 2", "por 30 votos contra 24", "par 142 voix contre 61"). Quantity
 * drift compares a corrected score with the score it corrects: one side the same, the other moved ("by 142 votes to 61"
 * → "by 142 votes to 60"). Two scores that differ on both sides may be two votes (a board's meetings months apart), so they
 * are left to the tally's own rule (one vote's size, days apart at most).
 */

export interface VoteScore {
  readonly for: number;
  readonly against: number;
  /** Where the score stands in its sentence. */
  readonly at: number;
  readonly text: string;
}

const SIDE = String.raw`(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** "voted 11 to 2", "by 142 votes to 61", "por 30 votos contra 24", "par 142 voix contre 61", "mit 31 zu 20 Stimmen". */
const IN_WORDS = new RegExp(
  String.raw`\b(?:voted|votaron|vot[oó]|ont\s+vot[ée])\s+${SIDE}\s+(?:to|contra|contre|a)\s+${SIDE}\b(?!\s*(?:%|percent|per\s?cent|por\s+ciento|pour\s+cent))` +
    String.raw`|\b(?:by|por|par|con|mit)\s+${SIDE}\s+(?:votes?|votos|voix|voti|Stimmen)\s+(?:to|contra|contre|a|zu|gegen)\s+${SIDE}\b`,
  'giu',
);
/** A score in digits: "11-3", "31–22". */
const IN_DIGITS = /(?<!\d|\d[.,])(\d{1,3})\s*[-–]\s*(\d{1,3})(?!\d|[.,]\d)/g;

const WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

function side(s: string): number {
  return WORDS[s.toLowerCase()] ?? Number(s.replace(/[,.]/g, ''));
}

/**
 * The scores a sentence gives in words, and those in digits at the offsets the quantities layer read a tally at
 * (`tallyAt`: "11-3" is a score only where that layer read one, not a date's or a match's figures).
 */
export function voteScores(sentence: string, tallyAt: readonly number[] = []): VoteScore[] {
  const out: VoteScore[] = [];
  for (const m of sentence.matchAll(IN_WORDS)) {
    const f = side(m[1] ?? m[3]!);
    const a = side(m[2] ?? m[4]!);
    // the winning side first; "from 8 to 11" is no score (no "by"/"voted" before it), nor is a number of seats gained
    if (Number.isFinite(f) && Number.isFinite(a) && f > a) out.push({ for: f, against: a, at: m.index, text: m[0] });
  }
  for (const m of sentence.matchAll(IN_DIGITS)) {
    if (!tallyAt.some((t) => t >= m.index && t < m.index + m[0].length)) continue;
    if (out.some((s) => s.at <= m.index && m.index < s.at + s.text.length)) continue;
    out.push({ for: Number(m[1]), against: Number(m[2]), at: m.index, text: m[0] });
  }
  return out.sort((x, y) => x.at - y.at);
}

/** How far apart (fraction of the larger) the votes cast of one vote's two scores may be. */
const CAST_SLACK = 0.15;

/** Whether a score corrects another: one side the same, the other moved, about as many votes cast. */
export function correctsScore(earlier: VoteScore, later: VoteScore): boolean {
  const sameFor = earlier.for === later.for;
  const sameAgainst = earlier.against === later.against;
  if (sameFor === sameAgainst) return false;
  const cast = [earlier.for + earlier.against, later.for + later.against];
  return Math.abs(cast[0]! - cast[1]!) <= CAST_SLACK * Math.max(cast[0]!, cast[1]!);
}

/** One score in one sentence of a report. */
export interface ScoreSighting<E> {
  readonly score: VoteScore;
  readonly article: number;
  /** The sentence's key: sightings of one sentence share it. */
  readonly sentence: string;
  readonly evidence: E;
}

/**
 * For each score of the new report, the score it corrects: the latest earlier score (an earlier report's, or an
 * earlier sentence's of this one), when that one has one side the same and the other moved; paired with where that
 * earlier score first appeared. Sightings come in story order.
 */
export function scoreCorrections<E>(sightings: readonly ScoreSighting<E>[], article: number): Array<{ readonly origin: ScoreSighting<E>; readonly score: ScoreSighting<E> }> {
  const out: Array<{ origin: ScoreSighting<E>; score: ScoreSighting<E> }> = [];
  const same = (x: VoteScore, y: VoteScore): boolean => x.for === y.for && x.against === y.against;
  sightings.forEach((s, i) => {
    if (s.article !== article || i === 0) return;
    // the latest score before it in another sentence
    let j = i - 1;
    while (j >= 0 && sightings[j]!.sentence === s.sentence) j--;
    if (j < 0) return;
    const latest = sightings[j]!;
    if (!correctsScore(latest.score, s.score)) return;
    const origin = sightings.find((x) => same(x.score, latest.score))!;
    out.push({ origin, score: s });
  });
  return out;
}
