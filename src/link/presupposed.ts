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

/**
 * Nouns of a thing that exists once it is made or has struck: a deal, a report, a ruling, a fine, an appointment, a crack,
 * a blast. Told as the definite subject of a verb group that is not ahead, such a thing has happened ("This deal shows",
 * "the report puts", "the fine is wrong", "The crack has not grown"). A state or a process (a strike, a ban, a closure,
 * talks) is not here: its subject may still run ("the suspension had cost …" says nothing of its end).
 */
const MADE_THING = /^(?:deals?|agreements?|accords?|pacts?|settlements?|reports?|findings|rulings?|verdicts?|judg(?:e)?ments?|fines?|penalt(?:y|ies)|appointments?|nominations?|reshuffles?|cracks?|crash(?:es)?|collisions?|explosions?|blasts?|derailments?|thefts?|robber(?:y|ies)|heists?|break-ins?|purchases?|acquisitions?|takeovers?)$/i;

/** Lemmas of a telling: "the report said" of a newspaper's report is no inquiry's report. */
const TELLING = /^(?:report|say|claim|statement|announce)$/;

/** The definite subject before the noun, at a clause's start: "This", "the C$165 million", "Snelbord's", ", the". */
const SUBJECT_BEFORE = /(?:^|[.;:!?"“”‘(]\s*|,\s+|\b(?:that|and|but|said|says|as|because|while)\s+)(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}\d$.'’%-]+\s+){0,3}?$/u;

/**
 * A verb group after the noun (and a short phrase of its own, "of Lindell's"), not ahead and not a plan: a past or
 * perfect ("was priced", "closed", "had been improvised", "has not grown"), or a present of what a made thing does
 * ("shows", "puts", "is wrong"). Not a modal or a plan's predicate ("is due", "was expected to", "is set for"), and not
 * a made thing denied ("was not signed", "has not been published"), and not a copula naming what the thing is ("the
 * deal was the talk of the depots": said of a deal still to be signed as well as of one made).
 */
const AUXILIARY = String.raw`(?:will|would|shall|should|could|can|may|might|must|is|are|was|were|has|have|had|be|been|being|not|to)`;
const OWN_PHRASE = String.raw`(?:\s+(?:of|on|in|into|against|from|for|by|with|between|over)(?:\s+(?!${AUXILIARY}\b)[\p{L}\d$.'’%-]+){1,5}?)?`;
const NOT_A_PLAN = String.raw`(?!(?:not\s+)?(?:yet|to|due|set|scheduled|expected|planned|going|likely|unlikely|being|about|still\s+to|pending|under\s+(?:negotiation|discussion|review|consideration)|close|near|imminent|possible|proposed|rumou?red|feared|threatened|mooted|sought|awaited|needed|on\s+the\s+table|in\s+the\s+works)\b)`;
const DENIED_MADE = String.raw`(?!not\s+(?:yet\s+)?(?:been\s+)?\p{L}+ed\b|not\s+(?:yet\s+)?been\b)`;
const OWN_VERB = new RegExp(
  String.raw`^${OWN_PHRASE}\s+(?:(?:also|still|now|already|itself|only)\s+)?(?:` +
    String.raw`(?:was|were|is|are)\s+${DENIED_MADE}${NOT_A_PLAN}(?!(?:the|a|an)\s)` +
    String.raw`|(?:has|have|had)\s+${DENIED_MADE}(?:been\s+)?${NOT_A_PLAN}(?:not\s+)?\p{L}+` +
    String.raw`|(?:does|did)\s+not\s+\p{L}+` +
    String.raw`|(?!(?:planned|scheduled|expected|proposed|announced|called|banned|barred|blocked|delayed|postponed|cancell?ed|suspended|threatened|feared|rumou?red|intended|needed|sought|awaited)\b)\p{Ll}{3,}ed` +
    String.raw`|(?:left|cost|took|came|made|gave|found|brought|showed|put|hit|sent|drew|led|kept|saw|won|lost)` +
    String.raw`|(?:shows|says|puts|finds|confirms|gives|includes|covers|leaves|means|makes|marks|brings|lists|names|blames|recommends|states|notes|describes|adds|points)` +
    String.raw`)\b`,
  'iu',
);

/**
 * Whether a sentence of the event tells one of its mentions of a made thing (MADE_THING) as the definite subject of a
 * verb group that is not ahead: the thing has been made, whatever other mention the first sentence gives it ("will vote
 * on the agreement" … "This deal shows that the threat of a strike works").
 */
export function madeSubject(e: Pick<DigestEvent, 'lemma' | 'trigger' | 'triggers' | 'sentences'>): boolean {
  // a news report or a statement is a telling, not a thing the story's events make
  if (TELLING.test(e.lemma)) return false;
  const words = [...new Set((e.triggers ?? [e.trigger]).map((t) => t.trim()).filter((t) => MADE_THING.test(t)))];
  if (!words.length) return false;
  const noun = new RegExp(String.raw`(?<![\p{L}-])(?:${words.map(escapeRegExp).join('|')})(?![\p{L}-])`, 'giu');
  for (const s of e.sentences) {
    for (const m of s.text.matchAll(noun)) {
      const at = m.index;
      if (SUBJECT_BEFORE.test(s.text.slice(Math.max(0, at - 60), at)) && !NOT_YET.test(s.text.slice(Math.max(0, at - 40), at)) && OWN_VERB.test(s.text.slice(at + m[0].length))) return true;
    }
  }
  return false;
}
