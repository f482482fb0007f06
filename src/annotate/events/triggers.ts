/**
 * Trigger candidates: lexicon look-up per word, then filters that remove the senses that are not
 * events ("a sign of", "thanks to", "met with criticism", "trade" without arms, "concern" unvoiced).
 */
import type { Context, DomainLemma } from './domains.js';
import { ARMS_WORDS, DOMAIN_FORMS, EXPRESS_WORDS, TRIGGER_FORMS, type TriggerForm } from './lexicon.js';
import type { SentenceView } from '../text/token-view.js';

export interface TriggerHit {
  /** Index into the sentence's words. */
  readonly wi: number;
  readonly entry: TriggerForm;
  readonly rule: string;
}

const DETERMINERS = new Set(['a', 'an', 'the', 'no', 'any', 'every', 'this', 'that', 'clear', 'first', 'some']);
/** "met with criticism": meet here means "received", not an encounter. */
const MET_WITH_RECEPTION = new Set([
  'criticism', 'resistance', 'skepticism', 'scepticism', 'protests', 'opposition', 'approval', 'silence',
  'condemnation', 'outrage', 'applause', 'praise', 'anger', 'disappointment', 'derision',
]);

function hasWord(view: SentenceView, from: number, to: number, set: ReadonlySet<string>): boolean {
  const lo = Math.max(0, from);
  const hi = Math.min(view.words.length - 1, to);
  for (let i = lo; i <= hi; i++) if (set.has(view.words[i]!.lower)) return true;
  return false;
}

/** Words before a form that make it a verb ("to visit", "will meet", "is meeting"). */
const VERB_PREV = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'can', 'should', 'must', "'ll", 'not', "n't", 'never', 'did', 'does', 'do', 'also', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'who', 'which', 'they', 'he', 'she', 'we', 'i', 'you', 'it', 'jointly', 'reportedly', 'repeatedly', 'recently', 'then', 'later', 'already', 'firmly', 'strongly', 'fully']);
/** Words before a form that make it a noun ("the visit", "Putin's visit", "state visit"). */
const NOUN_PREV = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", "'", 'this', 'that', 'these', 'those', 'first', 'last', 'state', 'official', 'planned', 'upcoming', 'previous', 'recent', 'possible', 'proposed', 'no', 'any', 'further', 'military', 'financial', 'strong', 'full', 'continued', 'of', 'for', 'during', 'after', 'before', 'since', 'and', 'its', 'new', 'secret', 'surprise', 'rare', 'historic', 'two-day', 'three-day', 'bilateral', 'serious', 'deep', 'arms', 'weapons', 'such', 'without']);

/** For forms that are both noun and verb, which one this occurrence is. */
function readsAsNoun(view: SentenceView, i: number, entry: TriggerForm): boolean {
  if (!entry.noun) return false;
  const prev = view.words[i - 1];
  const pl = prev?.lower ?? '';
  if (VERB_PREV.has(pl)) return false;
  if (NOUN_PREV.has(pl) || /'s$/.test(pl)) return true;
  // a capitalised word right before is a name premodifier ("the NATO summit") for nouns, a subject for verbs
  const next = view.words[i + 1]?.lower ?? '';
  if (['to', 'of', 'with', 'in', 'by', 'between', 'on', 'for', 'at', 'from', 'against', 'that', 'was', 'were', 'is', 'are', 'has', 'had', 'will', ',', '.'].includes(next)) return true;
  // after a name: "the Arab League summit opened" (noun) vs "Lula visits China" (verb)
  const nextWord = view.words[i + 1];
  if (prev && /^[A-Z]/.test(prev.text) && nextWord && /^[a-z]/.test(nextWord.text) && !['the', 'a', 'an', 'his', 'her', 'their', 'its'].includes(next)) return true;
  return !prev || prev.punct;
}

/** Whether a context of the domain table holds around word i (every condition it names). */
export function contextHolds(view: SentenceView, i: number, c: Context): boolean {
  const w = view.words;
  if (c.prev && !c.prev.has(w[i - 1]?.lower ?? '')) return false;
  if (c.next && !c.next.has(w[i + 1]?.lower ?? '')) return false;
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

/** The diplomacy lexicon's reading of word i, or null when a filter rules its sense out. */
function lexiconHit(view: SentenceView, i: number, entry: TriggerForm): TriggerHit | null {
  const w = view.words;
  const prev = w[i - 1]?.lower ?? '';
  const next = w[i + 1]?.lower ?? '';
  const next2 = w[i + 2]?.lower ?? '';
  if (entry.lemma === 'sign' && (DETERMINERS.has(prev) || next === 'of' || next === 'that')) return null;
  if (entry.lemma === 'thank' && w[i]!.lower === 'thanks' && next === 'to') return null;
  if (entry.lemma === 'meet' && next === 'with' && MET_WITH_RECEPTION.has(next2)) return null;
  if (entry.lemma === 'treaty' && (prev === 'own' || (prev === 'in' && w[i]!.lower === 'accord'))) return null;
  if (entry.needsArms) {
    // trade/sale/deal only with an arms word right before; transfer/supply/ship/deliver with one nearby
    const tight = entry.lemma === 'trade';
    const ok = tight ? hasWord(view, i - 2, i - 1, ARMS_WORDS) : hasWord(view, i - 2, i + 6, ARMS_WORDS);
    if (!ok) return null;
  }
  if (entry.needsExpress && !hasWord(view, i - 4, i - 1, EXPRESS_WORDS)) return null;
  const noun = readsAsNoun(view, i, entry);
  return { wi: i, entry: noun === entry.noun ? entry : { ...entry, noun }, rule: `trigger:${entry.lemma}` };
}

/** The domain table's reading of word i: no rejecting context, and the first sense whose context holds. */
function domainHit(view: SentenceView, i: number, lemma: DomainLemma, noun: boolean): TriggerHit | null {
  if (lemma.reject.some((c) => contextHolds(view, i, c))) return null;
  const sense = lemma.senses.find((s) => !s.when || contextHolds(view, i, s.when));
  if (!sense) return null;
  const entry: TriggerForm = {
    lemma: lemma.lemma,
    type: sense.type,
    subtype: sense.subtype,
    schedulable: false,
    symmetric: lemma.symmetric,
    domain: sense.domain,
    ...(sense.family ? { family: sense.family } : {}),
    noun,
  };
  return { wi: i, entry: noun ? { ...entry, noun: readsAsNoun(view, i, entry) } : entry, rule: `trigger:${lemma.lemma}:${sense.subtype}` };
}

export function findTriggers(view: SentenceView): TriggerHit[] {
  const out: TriggerHit[] = [];
  const w = view.words;
  for (let i = 0; i < w.length; i++) {
    const lower = w[i]!.lower;
    const entry = TRIGGER_FORMS.get(lower);
    const domain = DOMAIN_FORMS.get(lower);
    const hit = (entry && lexiconHit(view, i, entry)) ?? (domain ? domainHit(view, i, domain.entry, domain.noun) : null);
    if (hit) out.push(hit);
  }
  return out;
}
