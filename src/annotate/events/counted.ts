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
import { amountWords, governorOf, isLightVerb, type WordRole } from '../quantities/govern.js';
import { readQuantities } from '../quantities/read.js';
import type { EventClass } from './tagger/classes.js';
import { loadEventTagger } from './tagger/model.js';
import type { TriggerHit } from './triggers.js';
import type { TriggerForm } from './lexicon.js';

/** Tagger classes that can be a counted event: occurrences, states after "be" ("were trapped"), actions on one ("pledged"), aspectual ("suspended"). */
const COUNTED_CLASSES: ReadonlySet<EventClass> = new Set<EventClass>(['OCCURRENCE', 'STATE', 'I_ACTION', 'ASPECTUAL']);
/** Nouns that count another event's participants: "the death toll rose to 110" is no rising but the deaths. */
const COUNTERS = new Set(['toll', 'tolls', 'tally', 'count', 'number', 'total', 'figure', 'figures']);
/**
 * Nouns of transfers, exchanges and deals whose size is an amount ("$2 million in aid", "a donation of", "in
 * exchange for 11 prisoners", "the contract, worth €650 million", "the supply of 24 trains"): events when
 * they govern one, whether or not the tagger marks them. Plurals that mostly name goods ("supplies",
 * "orders") are left out.
 */
const AMOUNT_NOUNS = new Set(
  'aid assistance donation donations grant grants loan loans investment investments payment payments bailout bailouts subsidy subsidies compensation exchange exchanges swap swaps mission missions contribution contributions purchase purchases contract contracts deal deals order supply delivery deliveries'.split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', "'s", 'this', 'that']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'remain', 'remains', 'remained', 'still']);
/** A regular past tense; "-eed" ("exceed", "need") and "-ied" adjectives aside. */
const PAST = /^[a-z]{3,}[^e]ed$/;
const POSSESSIVE: Readonly<Record<string, true>> = { its: true, their: true, his: true, her: true, our: true };
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
): TriggerHit[] {
  const amounts = readQuantities(text.slice(view.start, view.end), view.start, blocked);
  if (!amounts.length) return [];
  const words = view.words;
  // the tagger decides only the words the governor scan asks about (a few around each amount), not the whole sentence
  const tagging = loadEventTagger().lazy(text.slice(view.start, view.end));
  const tokenAt = new Map(tagging.tokens.map((t, k) => [view.start + t.start, k]));
  const tagged = {
    get(wi: number): EventClass | undefined {
      const k = tokenAt.get(words[wi]?.start ?? -1);
      return k === undefined ? undefined : tagging.at(k)?.cls;
    },
  };
  const roleOf = (i: number): WordRole => {
    if (triggerAt.has(i)) return 'event';
    const lower = words[i]!.lower;
    // a tagged noun after a determiner ("the damage at $750 million", "its sales of €18bn") names what is
    // measured more often than an event; only the nouns of transfer count
    const nominal = !AMOUNT_NOUNS.has(lower) && DETERMINERS.has(words[i - 1]?.lower ?? '');
    const cls = AMOUNT_NOUNS.has(lower) ? (tagged.get(i) ?? 'OCCURRENCE') : nominal ? undefined : (tagged.get(i) ?? pastBeforeAmount(i));
    if (cls) {
      if (!COUNTED_CLASSES.has(cls)) return 'stop';
      // a state measured by an amount is no event ("employs 5,000 people", "covers 4,000 hectares");
      // after "be" it is the outcome of one ("four miners were trapped", "remain stranded")
      if (cls === 'STATE' && !BE.has(words[i - 1]?.lower ?? '')) return 'plain';
      return isLightVerb(words[i]!.lower) || counterSubject(view, i) ? 'light' : 'event';
    }
    return free(words[i]!.start, words[i]!.end) ? 'free' : 'plain';
  };
  const aw = amountWords(words, amounts);
  // a past-tense verb right before an amount is its verb, where the tagger misses it ("recalled 85,000 cars", "grounded its 12 jets")
  function pastBeforeAmount(i: number): EventClass | undefined {
    const next = (words[i + 1]?.lower ?? '') in POSSESSIVE ? i + 2 : i + 1;
    return PAST.test(words[i]!.lower) && !words[i - 1]?.punct && aw.amountOf[next] !== undefined && aw.amountOf[next] !== -1 && aw.first[aw.amountOf[next]!] === next ? 'OCCURRENCE' : undefined;
  }
  const out: TriggerHit[] = [];
  const seen = new Set<number>();
  amounts.forEach((_, k) => {
    const g = governorOf(words, aw, k, roleOf);
    if (!g || triggerAt.has(g.wi) || seen.has(g.wi)) return;
    seen.add(g.wi);
    const w = words[g.wi]!;
    const cls = tagged.get(g.wi) ?? 'OCCURRENCE';
    const entry: TriggerForm = {
      lemma: w.lower,
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
