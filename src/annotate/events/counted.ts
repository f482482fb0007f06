/**
 * Counted events: the event an amount in the sentence counts or measures, when the lexicon has no
 * trigger there ("rescuers pulled more than 200 survivors", "exports rose 7.2%", "four miners were
 * trapped", "the government will spend 2.5 trillion yen"). Which word governs the amount is read by
 * quantities/govern.ts; the word becomes an event only when the learned TimeML tagger (tagger/) reads it
 * as one in the sentence, and not a reporting or a mental-state one ("said", "believed"). Such an event
 * has type OCCURRENCE and no family: it exists so the amount has an event to be about, and it is
 * typed no further than the tagger can tell.
 */
import type { SentenceView } from '../text/token-view.js';
import { amountWords, governorOf, isContentWord, isLightVerb, isReporting, lightWithEvent, type AmountWords, type GovernorVia, type WordRole } from '../quantities/govern.js';
import { readSentenceQuantities, type ReadQuantity } from '../quantities/read.js';
import type { EventClass } from './tagger/classes.js';
import { loadEventTagger } from './tagger/model.js';
import type { TaggedEvent } from './tagger/tagger.js';
import { LazySentenceTagging } from './tagger/sentence.js';
import { happeningLemma } from './happening-lemma.js';
import type { TriggerHit } from './triggers.js';
import type { TriggerForm } from './lexicon.js';

/** Tagger classes that can be a counted event: occurrences, states after "be" ("were trapped"), actions on one ("pledged"), aspectual ("suspended"). */
const COUNTED_CLASSES: ReadonlySet<EventClass> = new Set<EventClass>(['OCCURRENCE', 'STATE', 'I_ACTION', 'ASPECTUAL']);
/** Nouns that count another event's participants: "the death toll rose to 110" is no rising but the deaths. */
const COUNTERS = new Set(['toll', 'tolls', 'tally', 'count', 'number', 'total', 'figure', 'figures']);
/**
 * Nouns of transfers, exchanges, deals and fines whose size is an amount ("$2 million in aid", "a fine of $2m", "in
 * exchange for 11 prisoners", "the contract, worth €650 million", "the supply of 24 trains"): events when
 * they govern one, whether or not the tagger marks them. Plurals that mostly name goods ("supplies",
 * "orders") are left out.
 */
const AMOUNT_NOUNS = new Set(
  'aid assistance donation donations grant grants loan loans investment investments payment payments bailout bailouts subsidy subsidies compensation exchange exchanges swap swaps mission missions contribution contributions purchase purchases contract contracts deal deals order supply delivery deliveries fine fines penalty penalties package packages'.split(' '),
);
/**
 * Nouns of change measured by an amount after "of" or before them ("an increase of 7 per cent", "a fall of 2.1%", "a cut
 * of 50 basis points"): events when they govern one, though a determiner stands before them.
 */
/** Nouns of a firm's result measured by the amount after "of" ("a net profit of 640 million dollars", "a loss of $2m"). */
const RESULT_NOUNS = new Set('profit profits loss losses'.split(' '));
const CHANGE_NOUNS = new Set('increase increases rise rises fall falls drop drops decline declines decrease decreases jump jumps gain gains reduction reductions hike hikes surge slump'.split(' '));
/**
 * Nouns of organised gatherings and contests that an amount takes part in through a light verb ("more than 60
 * companies will take part in the business forum", "the final drew a crowd of 82,000", "joined the march"): events
 * beside a light verb or governing an amount, whether or not the tagger marks them.
 */
const GATHERING_NOUNS = new Set(
  'forum forums fair fairs expo exhibition exhibitions festival festivals conference conferences congress convention race races marathon tournament tournaments match matches final finals ceremony ceremonies rally rallies march marches parade parades concert concerts vigil vigils exercise exercises drill drills manoeuvres maneuvers'.split(' '),
);
/** Outcomes that stand for the people an amount counts ("11 missing", "dozens injured"): the event the count is about. */
const OUTCOME_HEADS = new Set(['missing', 'injured', 'wounded', 'displaced', 'rescued', 'stranded', 'trapped']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', "'s", 'this', 'that']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'still']);
/** A regular past tense; "-eed" ("exceed", "need") and "-ied" adjectives aside. */
const PAST = /^[a-z]{3,}[^e]ed$/;
/** A present participle ("damaging", "displacing"); "-eing" for "seeing", not "bring" or "thing". */
const PARTICIPLE = /^[a-z]{2,}[^e]ing$|^[a-z]{3,}eing$/;
const POSSESSIVE: Readonly<Record<string, true>> = { its: true, their: true, his: true, her: true, our: true };
/**
 * The tagger's lead over O above which a noun beside a light verb is an event (the model's own margin
 * is -0.5): "joined the march" (-15), "take part in the trade fair" (-11), against "joined the union" (-33).
 */
const LIGHT_NEIGHBOUR_MARGIN = -30;
/**
 * Reporting verbs of the lexicon that also record a count: with an amount for their object they are its event ("the
 * ministry reported 2,315 new measles cases in the week to Sunday"), as docs/quantities.md's gold rule has it.
 */
const RECORDING = new Set(['reported', 'reports', 'report', 'reporting']);
/** Words after an amount that show it is a verb's object, not the subject of a reported clause. */
const PREPOSITIONS = new Set('over for in on at from because across after amid with without to of by due worldwide nationwide'.split(' '));
/** Words a bare infinitive follows ("plans to plant", "will hire"). */
const INFINITIVE_BEFORE = new Set('to will would could can may might must should shall'.split(' '));
/** Prepositions before an amount whose head "votes" is a vote taken ("passed by 312 votes to 190", "adopted with 120 votes in favour"). */
const BY_VOTES = new Set(['by', 'with']);
/** Nouns of a vote's size before "of" ("passed by a margin of 14 votes", "a majority of 20 votes"). */
const MARGIN = new Set(['margin', 'majority']);
/** How far back a counter noun makes a verb light. */
const COUNTER_WINDOW = 6;

/** The rule tag of counted events: evals of gold written for the lexicon's events leave them out. */
export const COUNTED_RULE = 'counted';

export function isCountedEvent(e: { readonly rule?: string }): boolean {
  return e.rule?.startsWith(`${COUNTED_RULE}:`) ?? false;
}

/** A counter noun ("toll", "number of victims") is the verb's subject within its clause. */
function counterSubject(view: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - COUNTER_WINDOW); k--) {
    const w = view.words[k]!;
    if (w.punct) return false;
    if (COUNTERS.has(w.lower)) return true;
  }
  return false;
}

/**
 * Counted-event hits of one sentence: the governor of each amount that is no trigger yet (`triggerAt`)
 * and that the tagger reads as an event. `blocked` says which spans are no amounts (timexes, names).
 */
export function countedTriggers(
  view: SentenceView,
  text: string,
  triggerAt: ReadonlySet<number>,
  blocked: (start: number, end: number) => boolean,
  free: (start: number, end: number) => boolean,
  inTimex: (start: number, end: number) => boolean = () => false,
  tags: LazySentenceTagging = new LazySentenceTagging(view, text),
): TriggerHit[] {
  const amounts = readSentenceQuantities(text, view.start, view.end, blocked);
  if (!amounts.length) return [];
  const scan = new CountedScan(view, triggerAt, amounts, free, inTimex, tags);
  const { words, aw } = scan;
  const out: TriggerHit[] = [];
  const seen = new Set<number>();
  // a count of gatherings or contests counts those events ("scored 31 goals in 40 matches", "held 12 rallies"): the
  // counted noun, the last word of the amount, is the event it is about
  // and so does an outcome that stands for the people counted ("Ferry capsizes, 11 missing", "left dozens missing"; not "14
  // dead", a state of the event that left them)
  // and so does "votes" after "by" or "with", the votes taken ("passed by 312 votes to 190", "with 120 votes in favour", "by a
  // margin of 14 votes")
  amounts.forEach((q, k) => {
    const wi = aw.last[k]!;
    const w = words[wi];
    const before = aw.first[k]!;
    const byMargin = words[before - 1]?.lower === 'of' && MARGIN.has(words[before - 2]?.lower ?? '');
    const votes = w?.lower === 'votes' && (BY_VOTES.has(words[before - 1]?.lower ?? '') || byMargin);
    const counted = (GATHERING_NOUNS.has(w?.lower ?? '') && /s$/.test(w?.lower ?? '')) || OUTCOME_HEADS.has(w?.lower ?? '') || votes;
    if (!w || !q.head || q.unitKind !== 'count' || q.value === 1 || triggerAt.has(wi) || seen.has(wi) || !counted) return;
    seen.add(wi);
    out.push({ wi, entry: { lemma: happeningLemma(w.lower), type: 'OCCURRENCE', subtype: (scan.tagged(wi) ?? 'OCCURRENCE').toLowerCase(), schedulable: false, symmetric: false, domain: 'counted', noun: true }, rule: `${COUNTED_RULE}:head` });
  });
  amounts.forEach((_, k) => {
    const g = governorOf(words, aw, k, (i, via) => scan.role(i, via));
    if (!g || triggerAt.has(g.wi) || seen.has(g.wi)) return;
    seen.add(g.wi);
    const w = words[g.wi]!;
    const cls = scan.tagged(g.wi) ?? 'OCCURRENCE';
    const entry: TriggerForm = {
      // the verb it names ("ratified", "the ratification" → "ratify"): the lemma a happening of that word has
      lemma: happeningLemma(w.lower),
      type: 'OCCURRENCE',
      subtype: cls.toLowerCase(),
      schedulable: false,
      symmetric: false,
      domain: 'counted',
      noun: AMOUNT_NOUNS.has(w.lower),
    };
    out.push({ wi: g.wi, entry, rule: `${COUNTED_RULE}:${g.via}` });
  });
  return out.sort((a, b) => a.wi - b.wi);
}

/**
 * The counted-event scan's reading of one sentence: the tagger's decisions (taken on first need) and each word's role
 * for the governor scan. A class and not closures inside countedTriggers: under tsx (the bench and the evals run
 * under it) esbuild's keepNames wraps every named inner function in a `__name` call on each call of its outer
 * function, which cost about 2% of the events stage here.
 */
class CountedScan {
  readonly words: SentenceView['words'];
  /** Which amount each word belongs to, and each amount's first and last word. */
  readonly aw: AmountWords;
  private readonly tagger = loadEventTagger();

  constructor(
    private readonly view: SentenceView,
    private readonly triggerAt: ReadonlySet<number>,
    private readonly amounts: readonly ReadQuantity[],
    private readonly free: (start: number, end: number) => boolean,
    private readonly inTimex: (start: number, end: number) => boolean,
    // the sentence's tagging, shared with its happenings (tokenised on the first ask only: many amounts are settled
    // without one)
    private readonly tags: LazySentenceTagging,
  ) {
    this.words = view.words;
    this.aw = amountWords(this.words, amounts);
  }

  /** The tagger's reading of word `at`, or null (no token starts there, or no event). */
  private tagAt(at: number): TaggedEvent | null {
    // the tagger decides only the words the governor scan asks about (a few around each amount), not the whole sentence
    // a word's lead over O is asked down to the lowest margin read below (a light verb's neighbour is read with a
    // lower one); a word below both is no event to either, so the tagger skips its class stage
    return this.tags.at(at, Math.min(this.tagger.model.margin, LIGHT_NEIGHBOUR_MARGIN));
  }

  /** The tagger's class for word `wi` where its lead over O is above `margin`. */
  tagged(wi: number, margin = this.tagger.model.margin): EventClass | undefined {
    const e = this.tagAt(wi);
    return e && e.margin > margin ? e.cls : undefined;
  }

  /** What word `i` is to the governor scan (quantities/govern.ts RoleOf). */
  role(i: number, via?: GovernorVia): WordRole {
    const { words, aw, amounts } = this;
    if (this.triggerAt.has(i)) return 'event';
    // a word of a time expression is no counted event ("rose 0.4% in March from February, taking the rate to 2.9%": the
    // month, not a march)
    if (this.inTimex(words[i]!.start, words[i]!.end)) return 'free';
    const lower = words[i]!.lower;
    if (lightWithEvent(words, aw, amounts, i)) return 'event';
    // the subject or object of a light verb is what the amount relates to ("20,000 people joined the march",
    // "took part in the trade fair"): a noun there is read as an event with a lower margin
    // a subject only inside a noun phrase ("the concert drew", "fraud worth"), not a bare plural ("Organisers put the crowd at")
    const prev = words[i - 1];
    const beside = via === 'light-object' || (via === 'light-subject' && prev !== undefined && !prev.punct && !isContentWord(prev));
    // a tagged noun after a determiner ("the damage at $750 million", "its sales of €18bn") names what is
    // measured more often than an event; only the nouns of transfer count
    const nominal = !AMOUNT_NOUNS.has(lower) && DETERMINERS.has(words[i - 1]?.lower ?? '');
    // the amount right after "of" or before the noun ("an increase of 7 per cent", "a 14% increase"), not one further on
    const ofAmount = words[i + 1]?.lower === 'of' && (aw.amountOf[i + 2] ?? -1) !== -1;
    // a result after a determiner or an adjective ("a net profit of …")
    const change = (nominal && CHANGE_NOUNS.has(lower) && (via === 'modifier' || (via === 'object' && ofAmount))) || (RESULT_NOUNS.has(lower) && via === 'object' && ofAmount);
    // the noun beside a light verb is the head of its phrase, not a modifier before it ("made an emergency landing",
    // "the opposition alliance took")
    const next = words[i + 1];
    const modifier = isContentWord(next) && !isLightVerb(next!.lower);
    // "the strike cost the carmaker 90 million euros", "has cost airlines €200 million": the verb "cost" with an amount for its
    // object, which the tagger mostly reads as the noun; not the noun ("at a cost of"), nor a price ("Diesel now costs …")
    if (lower === 'cost' && via === 'object' && prev && !prev.punct && !DETERMINERS.has(prev.lower) && words[i + 1]?.lower !== 'of') return 'event';
    const cls = AMOUNT_NOUNS.has(lower) || change || (GATHERING_NOUNS.has(lower) && (beside || via === 'object' || via === 'subject'))
      ? (this.tagged(i) ?? 'OCCURRENCE')
      : beside
        ? modifier
          ? undefined
          : this.tagged(i, LIGHT_NEIGHBOUR_MARGIN)
        : nominal
          ? undefined
          : (this.tagged(i) ?? this.pastBeforeAmount(i));
    if (cls) {
      // a verb the tagger reads as reporting whose object is an amount, not a clause ("recalled 85,000 cars over faulty brakes")
      if (cls === 'REPORTING' && this.objectOfReporting(i)) return 'event';
      if (!COUNTED_CLASSES.has(cls)) return 'stop';
      // a state measured by an amount is no event ("employs 5,000 people", "covers 4,000 hectares");
      // after "be" it is the outcome of one ("four miners were trapped", "remain stranded")
      if (cls === 'STATE' && !BE.has(words[i - 1]?.lower ?? '')) return 'plain';
      return isLightVerb(words[i]!.lower) || counterSubject(this.view, i) ? 'light' : 'event';
    }
    return this.free(words[i]!.start, words[i]!.end) ? 'free' : 'plain';
  }

  /**
   * A past-tense verb right before an amount is its verb, where the tagger misses it ("recalled 85,000 cars", "grounded its 12 jets"),
   * and so is a participle that opens a clause after a comma or "and" ("killing at least eight people and damaging more than 300
   * buildings"); after a noun a participle modifies it ("relief camps housing 18,000 people"); and so is a bare infinitive after
   * "to" or a modal that the tagger reads as an event below its margin ("plans to plant 100,000 trees").
   */
  private pastBeforeAmount(i: number): EventClass | undefined {
    const { words, aw } = this;
    const next = (words[i + 1]?.lower ?? '') in POSSESSIVE ? i + 2 : i + 1;
    const lower = words[i]!.lower;
    const prev = words[i - 1]?.lower;
    const infinitive = INFINITIVE_BEFORE.has(prev ?? '') && !isLightVerb(lower) && !isReporting(lower) && this.tagged(i, LIGHT_NEIGHBOUR_MARGIN) !== undefined;
    const verb = (PAST.test(lower) && !words[i - 1]?.punct) || infinitive || (PARTICIPLE.test(lower) && (prev === ',' || prev === 'and') && !isLightVerb(lower) && !isReporting(lower));
    return verb && aw.amountOf[next] !== undefined && aw.amountOf[next] !== -1 && aw.first[aw.amountOf[next]!] === next ? 'OCCURRENCE' : undefined;
  }

  /**
   * A tagged reporting verb that is no reporting verb of the lexicon, right before an amount that is its
   * object: the amount ends its clause or a preposition follows ("recalled 85,000 cars over faulty
   * brakes"), where a reported clause goes on to its own verb ("noted 40 companies had left").
   */
  private objectOfReporting(i: number): boolean {
    const { words, aw } = this;
    if ((isReporting(words[i]!.lower) && !RECORDING.has(words[i]!.lower)) || words[i - 1]?.punct) return false;
    const k = aw.amountOf[i + 1];
    if (k === undefined || k === -1 || aw.first[k] !== i + 1) return false;
    const after = words[aw.last[k]! + 1];
    return !after || after.punct || PREPOSITIONS.has(after.lower);
  }
}
