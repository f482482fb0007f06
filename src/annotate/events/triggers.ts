/**
 * Trigger candidates: lexicon look-up per word, then the contexts each entry requires or rejects (in
 * the tables of lexicon.ts and domains.ts) remove the senses that are not events ("a sign of",
 * "thanks to", "met with criticism", "trade" without arms, "concern" unvoiced, "a flood of").
 */
import type { Context, DomainLemma, Sense } from './domains.js';
import { DOMAIN_FORMS, TRIGGER_FORMS, type DomainForm, type TriggerForm } from './lexicon.js';
import type { SentenceView } from '../text/token-view.js';
import { STARTS_UPPER } from '../../util/letter-tests.js';
import { phrasesAt, type PhraseMatch } from './phrases.js';

export interface TriggerHit {
  /** Index into the sentence's words. */
  readonly wi: number;
  readonly entry: TriggerForm;
  readonly rule: string;
  /** The earlier hit a general noun refers back to ("cut its rate … The decision"): its event's cluster (inherited.ts). */
  readonly source?: TriggerHit;
}

/** Words before a form that make it a verb ("to visit", "will meet", "is meeting"). */
const VERB_PREV = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', "'ll", 'not', "n't", 'never', 'did', 'does', 'do', 'also', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'who', 'which', 'they', 'he', 'she', 'we', 'i', 'you', 'it', 'jointly', 'reportedly', 'repeatedly', 'recently', 'then', 'later', 'already', 'firmly', 'strongly', 'fully']);
/** Words before a form that make it a noun ("the visit", "Putin's visit", "state visit"). */
const NOUN_PREV = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", "'", 'this', 'that', 'these', 'those', 'first', 'last', 'state', 'official', 'planned', 'upcoming', 'previous', 'recent', 'possible', 'proposed', 'no', 'any', 'further', 'military', 'financial', 'strong', 'full', 'continued', 'of', 'for', 'during', 'after', 'before', 'since', 'and', 'its', 'new', 'secret', 'surprise', 'rare', 'historic', 'two-day', 'three-day', 'bilateral', 'serious', 'deep', 'arms', 'weapons', 'such', 'without']);

/** Modals that follow their subject: a form right before one is a noun. */
const MODALS_AFTER_SUBJECT = new Set(['could', 'would', 'may', 'might', 'should', 'must', 'can']);
/** Words after a form that make it a noun ("the visit to", "talks with", "the summit was"). */
const NOUN_NEXT = new Set(['to', 'of', 'with', 'in', 'by', 'between', 'on', 'for', 'at', 'from', 'against', 'that', 'was', 'were', 'is', 'are', 'has', 'had', 'will', ',', '.']);
/** Determiners after a form that make it a verb after a name ("Lula visits the …"). */
const DETERMINERS_NEXT = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
const ASCII_UPPER_FIRST = /^[A-Z]/;
const ASCII_LOWER_FIRST = /^[a-z]/;

/** For forms that are both noun and verb, which one this occurrence is. */
function readsAsNoun(view: SentenceView, i: number, entry: TriggerForm): boolean {
  if (!entry.noun) return false;
  const prev = view.words[i - 1];
  const pl = prev?.lower ?? '';
  if (VERB_PREV.has(pl)) return false;
  if (NOUN_PREV.has(pl) || pl.endsWith("'s")) return true;
  // a plural's possessive, "the teachers' strike": the view keeps no apostrophe word, only the gap it leaves
  if (prev && pl.endsWith('s') && view.words[i]!.start - prev.end === 2) return true;
  // a capitalised word right before is a name premodifier ("the NATO summit") for nouns, a subject for verbs
  const next = view.words[i + 1]?.lower ?? '';
  if (NOUN_NEXT.has(next)) return true;
  // a subject before its modal: "an early election could be held" (a verb is never followed by one; events 1.84.0)
  if (MODALS_AFTER_SUBJECT.has(next)) return true;
  // after a name: "the Arab League summit opened" (noun) vs "Lula visits China" (verb)
  const nextWord = view.words[i + 1];
  if (prev && ASCII_UPPER_FIRST.test(prev.text) && nextWord && ASCII_LOWER_FIRST.test(nextWord.text) && !DETERMINERS_NEXT.has(next)) return true;
  return !prev || prev.punct;
}

/** A cardinal in digits ("31", "1,200") or in words up to twenty ("six"). */
/** A length of time as an adjective: "20-year", "six-month", "two-week" (not "20-year-old"). */
const DURATION = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)-(?:year|month|week|day)$/;
const CARDINAL = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)$/;

/** Whether another sentence of the report has a word (lower-cased); none for a sentence read alone. */
export type Elsewhere = (lower: string) => boolean;

const NOWHERE: Elsewhere = () => false;

/** Whether a context of the domain table holds around word i (every condition it names). */
export function contextHolds(view: SentenceView, i: number, c: Context, elsewhere: Elsewhere = NOWHERE): boolean {
  const w = view.words;
  if (c.self && !c.self.has(w[i]!.lower)) return false;
  if (c.capital !== undefined && c.capital !== STARTS_UPPER.test(w[i]!.text)) return false;
  if (c.capitalInside && !(i > 0 && !w[i - 1]!.punct && STARTS_UPPER.test(w[i]!.text))) return false;
  if (c.prev && !c.prev.has(w[i - 1]?.lower ?? '')) return false;
  if (c.prevNumber && !CARDINAL.test(w[i - 1]?.lower ?? '')) return false;
  if (c.prevDuration && !DURATION.test(w[i - 1]?.lower ?? '')) return false;
  if (c.next && !c.next.has(w[i + 1]?.lower ?? '')) return false;
  if (c.nextNot?.has(w[i + 1]?.lower ?? '')) return false;
  if (c.elsewhere && !c.elsewhere.every((words) => someElsewhere(words, elsewhere))) return false;
  if (c.unlessNear) {
    const { words, before, after } = c.unlessNear;
    for (let k = Math.max(0, i - before); k <= Math.min(w.length - 1, i + after); k++) if (k !== i && words.has(w[k]!.lower)) return false;
  }
  if (c.near) {
    const { words, before, after, unlessNext } = c.near;
    let found = false;
    for (let k = Math.max(0, i - before); k <= Math.min(w.length - 1, i + after) && !found; k++) {
      if (k === i || !words.has(w[k]!.lower)) continue;
      found = !unlessNext || !unlessNext.has(w[k + 1]?.lower ?? '');
    }
    if (!found) return false;
  }
  return true;
}

/** The diplomacy lexicon's reading of word i, or null when its context rules the sense out. */
function lexiconHit(view: SentenceView, i: number, entry: TriggerForm): TriggerHit | null {
  if (entry.requires && !contextHolds(view, i, entry.requires)) return null;
  if (entry.reject?.some((c) => contextHolds(view, i, c))) return null;
  const noun = readsAsNoun(view, i, entry);
  return { wi: i, entry: noun === entry.noun ? entry : { ...entry, noun }, rule: `trigger:${entry.lemma}` };
}

/**
 * The first sense of a table entry (a domain lemma or a phrase) whose context holds at word i, unless a rejecting context
 * does; `name`: the entry's own lemma, for a sense that names none.
 */
function senseEntry(
  view: SentenceView,
  i: number,
  table: { readonly senses: readonly Sense[]; readonly reject: readonly Context[]; readonly symmetric: boolean; readonly name: string },
  noun: boolean,
  elsewhere: Elsewhere,
): { readonly entry: TriggerForm; readonly sense: Sense } | null {
  if (table.reject.some((c) => contextHolds(view, i, c, elsewhere))) return null;
  const sense = table.senses.find((s) => !s.when || contextHolds(view, i, s.when, elsewhere));
  if (!sense) return null;
  const entry: TriggerForm = {
    lemma: sense.lemma ?? table.name,
    type: sense.type,
    subtype: sense.subtype,
    schedulable: sense.schedulable ?? false,
    symmetric: table.symmetric,
    domain: sense.domain,
    ...(sense.family ? { family: sense.family } : {}),
    noun,
  };
  return { entry, sense };
}

/** The domain table's reading of word i: no rejecting context, and the first sense whose context holds. */
function domainHit(view: SentenceView, i: number, lemma: DomainLemma, noun: boolean, elsewhere: Elsewhere): TriggerHit | null {
  const read = senseEntry(view, i, { ...lemma, name: lemma.lemma }, noun, elsewhere);
  if (!read) return null;
  const { entry, sense } = read;
  return { wi: i, entry: noun ? { ...entry, noun: readsAsNoun(view, i, entry) } : entry, rule: `trigger:${lemma.lemma}:${sense.subtype}` };
}

/** Each form of either table with its entries: one look-up per word of a report, most of which are in neither. */
const FORMS: ReadonlyMap<string, { readonly entry: TriggerForm | undefined; readonly domain: DomainForm | undefined }> = new Map(
  [...new Set([...TRIGGER_FORMS.keys(), ...DOMAIN_FORMS.keys()])].map((f) => [f, { entry: TRIGGER_FORMS.get(f), domain: DOMAIN_FORMS.get(f) }]),
);

/**
 * A typed multiword phrase's reading at its verb (phrases.ts): no rejecting context, and the first sense whose context
 * holds, as the domain table reads a single word; the entry is its single-word equivalent's ("gave way": collapse).
 */
function phraseHit(view: SentenceView, m: PhraseMatch, elsewhere: Elsewhere): TriggerHit | null {
  const { phrase, wi } = m;
  const read = senseEntry(view, wi, { ...phrase, symmetric: false }, false, elsewhere);
  return read && { wi, entry: read.entry, rule: `phrase:${phrase.name}:${read.sense.subtype}` };
}

/** Whether the verb at i starts a light verb's phrase ("caught fire", "broke out"): the event is its noun's, no happening at the verb. */
export function lightPhraseAt(view: SentenceView, i: number): PhraseMatch | undefined {
  return phrasesAt(view, i).find((m) => m.phrase.light && !m.phrase.reject.some((c) => contextHolds(view, i, c)));
}

/** The trigger hits of a sentence; `elsewhere` tells what the report's other sentences say. */
export function findTriggers(view: SentenceView, elsewhere: Elsewhere = NOWHERE): TriggerHit[] {
  const out: TriggerHit[] = [];
  const w = view.words;
  // the words that complete a phrase read at its verb are no triggers of their own ("came off the rails")
  let inPhrase: Set<number> | undefined;
  for (let i = 0; i < w.length; i++) {
    if (inPhrase?.has(i)) continue;
    let typed: TriggerHit | null = null;
    for (const m of phrasesAt(view, i)) {
      typed = phraseHit(view, m, elsewhere);
      if (typed) {
        inPhrase ??= new Set();
        for (const r of m.rest) inPhrase.add(r);
        break;
      }
    }
    if (typed) {
      out.push(typed);
      continue;
    }
    const forms = FORMS.get(w[i]!.lower);
    if (!forms) continue;
    const { entry, domain } = forms;
    const hit = (entry && lexiconHit(view, i, entry)) ?? (domain ? domainHit(view, i, domain.entry, domain.noun, elsewhere) : null);
    if (hit) out.push(hit);
  }
  return out;
}

/** Whether any of the words is elsewhere in the report (in the set's order, as `[...words].some` reads them). */
function someElsewhere(words: ReadonlySet<string>, elsewhere: Elsewhere): boolean {
  for (const x of words) if (elsewhere(x)) return true;
  return false;
}

/** How often each word (lower-cased) stands in the words. */
function countWords(ws: readonly { lower: string }[], into: Map<string, number> = new Map()): Map<string, number> {
  for (const w of ws) into.set(w.lower, (into.get(w.lower) ?? 0) + 1);
  return into;
}

/**
 * Per sentence, what the report's other sentences say: a word counts when it is more often in the report than in the sentence.
 * Few contexts ask, so the counts (the report's, a sentence's own) are taken on the first question only.
 */
export function elsewhereOf(views: readonly SentenceView[]): Elsewhere[] {
  // the report's counts too are taken on the first question (most reports ask none)
  let all: Map<string, number> | undefined;
  const report = (): Map<string, number> => {
    if (!all) {
      all = new Map<string, number>();
      for (const v of views) countWords(v.words, all);
    }
    return all;
  };
  return views.map((v) => {
    let own: Map<string, number> | undefined;
    return (lower) => {
      const n = report().get(lower) ?? 0;
      if (n === 0) return false;
      own ??= countWords(v.words);
      return n > (own.get(lower) ?? 0);
    };
  });
}
