/**
 * Amounts stated in a report, as the link layer compares them across reports: read from the stored
 * quantities layer (the one reader of numbers, src/annotate/quantities) and turned into closed
 * intervals: "more than 60 companies" → [61, ∞) of company, "about 40" → [36, 44], "up to 50" →
 * [0, 50], "13 agreements" → [13, 13]; a vote's tally ("a 5-2 vote") is its majority's votes, of a unit
 * that names the votes cast ("vote:7"). Percentages are left out: a rate is not an amount that drifts
 * the way a count or a sum does; except a share of a state reached ("40 percent contained", "containment
 * stood at 70%", "the work is 90% complete"), which is a figure of its own slot (`percent:contained`) and
 * is compared only with figures of that state; and a share of a named whole ("90 percent of goods"), a pay rise offered or
 * asked for ("a 3 percent rise", "wants 8 percent") and a turnout, each a slot of its own (`shareSlot`).
 */
import type { Doc } from '../doc/doc.js';
import type { Quantity } from '../doc/schemas/quantities.js';
import { SpanIndex } from '../doc/span-index.js';

export interface StatedQuantity {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly low: number;
  readonly high: number;
  /** The counted noun's lemma ("company"), the ISO currency code ("USD") or the measure ("km"). */
  readonly unit: string;
}

/** A strict bound excludes its number: "more than 60" is at least 61, "fewer than 10" at most 9. */
function interval(q: Quantity): { low: number; high: number } {
  const low = q.low ?? 0;
  const high = q.high ?? Infinity;
  if (q.bound === 'moreThan') return { low: low + 1, high };
  if (q.bound === 'lessThan') return { low, high: high - 1 };
  return { low, high };
}

/** The amounts of a document that lie inside [from, to) (the whole text by default), in text order. */
export class StatedQuantities {
  private readonly index: SpanIndex<Quantity>;
  /** The state each kept percentage is a share of, by its start. */
  private readonly shares = new Map<number, string>();

  constructor(private readonly doc: Doc) {
    const kept = (doc.layers.quantities ?? []).filter((q) => {
      if (q.unitKind !== 'percent') return true;
      const state = stateShare(doc.text, q.start, q.end) ?? shareSlot(doc.text, q.start, q.end);
      if (state) this.shares.set(q.start, state);
      return state !== null;
    });
    this.index = new SpanIndex(kept);
  }

  within(from = 0, to = this.doc.text.length): StatedQuantity[] {
    return this.index.within(from, to).map((q) => ({ text: this.doc.text.slice(q.start, q.end), start: q.start, end: q.end, ...interval(q), unit: this.unitOf(q) }));
  }

  private unitOf(q: Quantity): string {
    if (q.tally) return `${VOTE_UNIT}${q.tally.for + q.tally.against}`;
    const state = q.unitKind === 'percent' ? this.shares.get(q.start) : undefined;
    return state ? `${STATE_SHARE_UNIT}${state}` : q.unit;
  }
}

/** The unit of a share of a state reached: "percent:contained". */
export const STATE_SHARE_UNIT = 'percent:';

/** States a share of which is reached, by the word that names them, as one slot each ("completed" and "done" are "complete"). */
const STATE_WORDS: ReadonlyArray<readonly [string, RegExp]> = [
  ['contained', /^(?:contained|containment)$/i],
  ['complete', /^(?:complete|completed|completion|finished|done)$/i],
  ['built', /^(?:built|constructed)$/i],
  ['restored', /^restored$/i],
  ['vaccinated', /^vaccinated$/i],
];
/** Right after a percentage, its state's word, past an adverb: "40 percent contained", "90% now complete". */
const STATE_AFTER = /^\s+(?:(?:now|still|only|just|already|nearly|almost)\s+)?(\p{L}+)/u;
/** Right before a percentage, the state's noun and a verb or preposition: "containment stood at 70%", "completion of 90 percent". */
const STATE_BEFORE = /\b(\p{L}+)\s+(?:(?:is|was|has|had|stood|stands|reached|rose|grew|was\s+put|is\s+now|now)\s+){0,2}(?:at|of|to)?\s*(?:(?:about|around|nearly|almost|roughly|some)\s+)?$/u;

function stateOf(word: string | undefined): string | null {
  if (!word) return null;
  return STATE_WORDS.find(([, re]) => re.test(word))?.[0] ?? null;
}

/** The state a percentage is a share of ("contained"), read from the word after it or the noun before it; null for a plain rate. */
export function stateShare(text: string, start: number, end: number): string | null {
  const after = stateOf(STATE_AFTER.exec(text.slice(end, end + 24))?.[1]);
  if (after) return after;
  // only a noun names the state before the figure ("containment", "completion"), never a participle ("completed 40%")
  const before = STATE_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1];
  return before && /(?:ment|ion)$/i.test(before) ? stateOf(before) : null;
}

/** After a percentage, the whole it is a share of: "90 percent of goods", "17 percent of the shares", "of capacity". */
const SHARE_OF = /^\s+(?:of|de|des|du|della|dei|delle)\s+(?:(?:the|its|their|all|la|les|el|los|las)\s+)?(\p{L}[\p{L}-]{2,})/iu;
/** Wholes a share is read of only with their noun ("percent of the total", "of them" say nothing of what). */
const NO_WHOLE = /^(?:them|those|these|total|all|its|their|our|his|her|whole|what|which|about|around|some|nearly|over)$/i;
/** After a percentage, a pay rise ("a 3 percent rise", "a 3.5 percent pay rise"); before it, an offer ("offered 2 percent", "its offer to 4 percent", "offre à 3 %"). */
const RISE_AFTER = /^\s+(?:pay\s+)?(?:rise|raise|increase|hike|pay\s+offer)\b/i;
const OFFER_BEFORE = /\b(?:offer(?:ed|s|ing)?|offre|oferta|offerta|Angebot)\b[^.;\d%]{0,24}$/iu;
/** Before a percentage, a demand ("wants an 8 percent rise", "its demand for a 9% pay rise", "réclame toujours 8 %"): another slot than what is offered. */
const DEMAND_BEFORE = /\b(?:demand(?:ed|s|ing)?|wants?|wanted|seek(?:s|ing)?|sought|ask(?:s|ed|ing)?\s+for|claim(?:s|ed)?|réclam\w*|exig\w*|revendiqu\w*|pid(?:e|en|ió)|fordert?|chied\w*)\b[^.;\d%]{0,30}$/iu;
/** Before a percentage, the turnout it gives ("Turnout was 58.4%", "putting turnout at 59.7%", "la participation de 61 %"). */
const TURNOUT_BEFORE = /\b(?:turnout|participation|participación|Wahlbeteiligung)\b[^.;\d%]{0,16}$/iu;

/**
 * The whole a percentage is a share of, as a slot of its own: "90 percent of goods" (`goods`), a pay rise offered
 * (`pay-rise`; `pay-demand` when it is asked for), an election's turnout (`turnout`); null for a plain rate (inflation, an interest rate, a change).
 */
export function shareSlot(text: string, start: number, end: number): string | null {
  const whole = SHARE_OF.exec(text.slice(end, end + 40))?.[1];
  if (whole && !NO_WHOLE.test(whole)) return `of-${whole.toLowerCase()}`;
  const before = text.slice(Math.max(0, start - 40), start);
  if (DEMAND_BEFORE.test(before)) return 'pay-demand';
  if (RISE_AFTER.test(text.slice(end, end + 24)) || OFFER_BEFORE.test(before)) return 'pay-rise';
  if (TURNOUT_BEFORE.test(before)) return 'turnout';
  return null;
}

/** Two intervals that share no value cannot both describe one count at one time. */
export function intervalsOverlap(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return a.low <= b.high && b.low <= a.high;
}

/** The unit of a vote's tally: the votes cast, so that 5-2 and 4-3 are two tallies of one seven-member vote. */
export const VOTE_UNIT = 'vote:';
