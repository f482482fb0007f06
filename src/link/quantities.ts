/**
 * Numbers stated in a claim, normalised to intervals so versions can be compared: "more than 60
 * companies" → [61, ∞) of company, "about 40" → [36, 44], "13 agreements" → [13, 13], "up to 50" →
 * [0, 50]. Counts of things (a number followed by a noun) and sums in dollars are read; years, dates,
 * times and percentages are skipped, since they are not amounts that drift.
 */

export interface StatedQuantity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly low: number;
  readonly high: number;
  /** The counted noun, singular and lowercased ("company"). */
  readonly unit: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

/** How a qualifier widens the number into an interval; "about" allows 10 % either way. */
const QUALIFIERS: ReadonlyArray<{ readonly pattern: RegExp; readonly interval: (n: number) => { low: number; high: number } }> = [
  { pattern: /^(?:more than|over|upwards of|in excess of)$/i, interval: (n) => ({ low: n + 1, high: Infinity }) },
  { pattern: /^(?:at least|no fewer than|no less than|a minimum of)$/i, interval: (n) => ({ low: n, high: Infinity }) },
  { pattern: /^(?:fewer than|less than|under|below)$/i, interval: (n) => ({ low: 0, high: n - 1 }) },
  { pattern: /^(?:up to|at most|as many as|no more than)$/i, interval: (n) => ({ low: 0, high: n }) },
  { pattern: /^(?:about|around|some|roughly|approximately|nearly|almost|close to|an estimated)$/i, interval: (n) => ({ low: Math.floor(n * 0.9), high: Math.ceil(n * 1.1) }) },
];

const QUALIFIER_ALT = 'more than|over|upwards of|in excess of|at least|no fewer than|no less than|a minimum of|fewer than|less than|under|below|up to|at most|as many as|no more than|about|around|some|roughly|approximately|nearly|almost|close to|an estimated';
const NUMBER_ALT = `\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')}`;
const QUANTITY = new RegExp(
  `\\b(?:(${QUALIFIER_ALT})\\s+)?(${NUMBER_ALT})(?:\\s+(million|thousand|hundred))?\\s+(?:(?:new|more|other|further|additional|[a-z]+-[a-z]+)\\s+)?([a-z]{3,})\\b`,
  'gi',
);
/** Nouns after a number that are not counts of things. */
const NOT_COUNTS = new Set([
  'percent', 'per', 'cent', 'year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes',
  'am', 'pm', 'and', 'or', 'to', 'of', 'the', 'in', 'on', 'at', 'for', 'from', 'with', 'dollars', 'euros', 'points', 'times', 'degrees',
  'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'tonnes', 'tons',
]);
const SCALE: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, hundred: 100 };

function singular(noun: string): string {
  const n = noun.toLowerCase();
  if (n.endsWith('ies') && n.length > 4) return `${n.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes)$/.test(n)) return n.slice(0, -2);
  if (n.endsWith('s') && !n.endsWith('ss')) return n.slice(0, -1);
  return n;
}

function numberValue(s: string): number | null {
  const lower = s.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower]!;
  const n = Number(lower.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Sums of money in US dollars ("$1.5 billion", "more than $1.2 billion", "$5,200 a tonne"): unit "usd". */
const MONEY = new RegExp(`(?:\\b(${QUALIFIER_ALT})\\s+)?(?:US)?\\$\\s?(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s*(billion|million|thousand|bn)\\b)?`, 'gi');
const MONEY_SCALE: Readonly<Record<string, number>> = { billion: 1e9, bn: 1e9, million: 1e6, thousand: 1e3 };

function money(text: string, offset: number): StatedQuantity[] {
  const out: StatedQuantity[] = [];
  for (const m of text.matchAll(MONEY)) {
    const [whole, qualifier, num, scale] = m;
    let n = num ? Number(num.replace(/,/g, '')) : NaN;
    if (!Number.isFinite(n)) continue;
    if (scale) n *= MONEY_SCALE[scale.toLowerCase()] ?? 1;
    const rule = qualifier ? QUALIFIERS.find((q) => q.pattern.test(qualifier)) : undefined;
    const { low, high } = rule ? rule.interval(n) : { low: n, high: n };
    const start = offset + (m.index ?? 0);
    out.push({ text: whole, start, end: start + whole.length, low, high, unit: 'usd' });
  }
  return out;
}

export function statedQuantities(text: string, offset = 0): StatedQuantity[] {
  const out: StatedQuantity[] = money(text, offset);
  for (const m of text.matchAll(QUANTITY)) {
    const [whole, qualifier, num, scale, noun] = m;
    if (!num || !noun || NOT_COUNTS.has(noun.toLowerCase())) continue;
    // "$5,200 a tonne" is money, read above; so is "1.5 billion" right after a dollar sign
    const before = text.slice(Math.max(0, (m.index ?? 0) - 2), m.index ?? 0);
    if (/\$\s?$/.test(before) || (qualifier === undefined && /\$/.test(before))) continue;
    let n = numberValue(num);
    if (n === null) continue;
    // a four-digit number is a year far more often than a count ("in 2019 talks")
    if (/^\d{4}$/.test(num) && n >= 1900 && n <= 2100) continue;
    if (scale) n *= SCALE[scale.toLowerCase()] ?? 1;
    const rule = qualifier ? QUALIFIERS.find((q) => q.pattern.test(qualifier)) : undefined;
    const { low, high } = rule ? rule.interval(n) : { low: n, high: n };
    const start = offset + (m.index ?? 0);
    out.push({ text: whole, start, end: start + whole.length, low, high, unit: singular(noun) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Two intervals that share no value cannot both describe one count at one time. */
export function intervalsOverlap(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.low <= b.high && b.low <= a.high;
}
