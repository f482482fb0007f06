/**
 * Events a report presupposes: a mention with no tense of its own that a frame around it takes as given. An act
 * appealed or challenged ("has filed an appeal against its 14.5 million euro fine") has been made; the toll, damage
 * or aftermath of a happening ("the death toll from the riots") is what it left; "the 19-day boycott was …" counts a
 * span already run; "was part of a reshuffle" places one act inside another that has taken place; "the suspension
 * has cost … so far" is still running up its cost; an offer or a bid answered ("have rejected a bid of 15 million euros",
 * "the offer was turned down") has been made. A plan word in the frame ("protests against the planned visit",
 * "the cost of the proposed bridge") presupposes nothing. Read from the sentence of the first mention: no names.
 */
import type { DigestEvent } from './digest.js';
import type { ReaderStatus } from './schema.js';
import { escapeRegExp } from '../util/regexp.js';

/** A determiner or possessor before the noun. */
const DET = String.raw`(?:(?:the|a|an|its|his|her|their|this|that|these|those|last\s+\w+['’]s)\s+)`;
/** Up to `n` modifiers between the determiner and the noun ("14.5 million euro", "three-month"). */
const mods = (n: number): string => String.raw`(?:[\p{L}\d.,'’-]+\s+){0,${n}}?`;
/** Words that make the noun a plan, a proposal or a threat, which a frame around it does not make happen. */
const NOT_YET = /\b(?:planned|proposed|proposal|intended|threatened|possible|potential|expected|upcoming|future|new|looming|pending|impending|mooted|announced|draft)\b/i;

/**
 * Acts of an authority that take effect once made: what an appeal or a challenge is lodged against. (Not "his
 * extradition" or "the deportation": an appeal against those is against an order, and the act itself may not have
 * taken place.)
 */
const DECISION = /^(?:fines?|penalt(?:y|ies)|sanctions?|revocations?|bans?|suspensions?|disqualifications?|sentences?|convictions?|rulings?|verdicts?|decisions?|dismissals?|sackings?|annulments?|refusals?|rejections?|withdrawals?)$/i;
/** An appeal or a challenge lodged against something, as a noun or a verb. */
const CONTESTED = String.raw`\b(?:(?:appeals?|challenges?|complaints?|objections?)\s+(?:[^\s.;,]+\s+){0,5}?against|(?:appealed|appealing|challenged|challenging|contested|contesting|appealed\s+against|overturn(?:ed|ing)?|quash(?:ed|ing)?)\s+)\s*`;

/** What a happening leaves: its toll, damage, losses, aftermath. */
const LEFT_BY = String.raw`\b(?:(?:death\s+)?tolls?|casualt(?:y|ies)|damages?|losses|aftermath|clean-up|fallout)\s+(?:from|of|in|caused\s+by)\s+`;

/** A counted span of the noun itself: "the 19-day boycott", "the three-week strike". */
const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty)`;
const COUNTED_SPAN = String.raw`\b${DET}${NUMBER}-(?:hour|day|week|month|year)(?:-long)?\s+${mods(1)}`;
/** A past verb right after the counted noun: the span has been run ("was", "ended", "left"). */
const PAST_AFTER = String.raw`\s+(?:was|were|had|ended|finished|left|cost|caused|brought|forced|closed|disrupted)\b`;

/** "was part of a reshuffle": one act inside another, told in the past. */
const PART_OF = String.raw`\b(?:was|were|had\s+been)\s+(?:(?:all|also|just)\s+)?part\s+of\s+${DET}${mods(2)}`;

/** A noun of offering: what a rejection or an acceptance answers has been put forward. */
const OFFERED = /^(?:bids?|offers?|approach(?:es)?|counter-?offers?|counterbids?)$/i;
/** A verb that answers an offer, right before it (a determiner and modifiers between): "rejected a bid", "turned down an opening offer". */
const ANSWERED_BEFORE = String.raw`\b(?:rejected|rejecting|rebuffed|rebuffing|refused|turned\s+down|turning\s+down|accepted|accepting|declined|declining|snubbed)\s+`;
/** An answer after the offer: "the offer was rejected", "the first bid, of 15 million, had been turned down". */
const ANSWERED_AFTER = /^(?:\s*,[^,.;]{0,40},)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:already|quickly|swiftly|promptly|also)\s+)?(?:rejected|rebuffed|refused|turned\s+down|accepted|declined|snubbed)\b/i;
/** Words that make an answered offer one still to come: "would reject any bid", "rejected a possible offer". */
const OFFER_NOT_YET = /\b(?:any|possible|potential|future|expected|improved|fresh|further)\b/i;

/** The noun running up a cost or a toll so far: "the suspension had cost the industry about 2 million dollars so far". */
const COST_SO_FAR_AFTER = /^\s+(?:has|have|had)\s+(?:already\s+)?(?:cost|claimed|caused)\b[^.;]*\b(?:so\s+far|to\s+date|thus\s+far)\b/i;

/** The text of the first mention's sentence before the trigger (from the start) and the trigger's offset; null when absent. */
function at(e: Pick<DigestEvent, 'trigger' | 'evidence'>, before: string, after = ''): RegExpExecArray | null {
  const t = e.trigger.trim();
  if (!t || /\s/.test(t)) return null;
  return new RegExp(String.raw`${before}(${escapeRegExp(t)})\b${after}`, 'iu').exec(e.evidence.text);
}

/** Whether the frame's words before the trigger hold a plan word. */
function planned(m: RegExpExecArray): boolean {
  return NOT_YET.test(m[0].slice(0, m[0].length - (m[1]?.length ?? 0)));
}

/**
 * The status a frame around the first mention presupposes, or null when none does: happened for an act contested, a
 * happening's toll or damage, a counted span told in the past, and an act another was part of; under way for a cost
 * run up so far.
 */
export function presupposedStatus(e: Pick<DigestEvent, 'trigger' | 'evidence'>): ReaderStatus | null {
  const t = e.trigger.trim();
  if (!t) return null;
  if (DECISION.test(t)) {
    const m = at(e, String.raw`${CONTESTED}${DET}?${mods(4)}`);
    if (m && !planned(m)) return 'happened';
  }
  if (OFFERED.test(t)) {
    const m = at(e, String.raw`${ANSWERED_BEFORE}${DET}?${mods(2)}`);
    if (m && !OFFER_NOT_YET.test(m[0]) && !/\b(?:will|would|could|may|might|to)\s+$/i.test(e.evidence.text.slice(0, m.index))) return 'happened';
    const own = at(e, String.raw`\b${DET}${mods(2)}`);
    if (own && !OFFER_NOT_YET.test(own[0]) && ANSWERED_AFTER.test(e.evidence.text.slice(own.index + own[0].length))) return 'happened';
  }
  for (const frame of [at(e, String.raw`${LEFT_BY}${DET}?${mods(2)}`), at(e, COUNTED_SPAN, PAST_AFTER), at(e, PART_OF)]) {
    if (frame && !planned(frame)) return 'happened';
  }
  const own = at(e, String.raw`\b${DET}${mods(2)}`);
  if (own && !planned(own) && COST_SO_FAR_AFTER.test(e.evidence.text.slice(own.index + own[0].length))) return 'under-way';
  return null;
}
