/**
 * Attaches read quantities to the other layers of their sentence: the event they are about (a trigger
 * inside the quantity, else the verb or event noun that governs it in its clause (govern.ts), else the
 * nearest trigger), the time they are "as of" (the nearest date or clock
 * timex), the attribution whose content holds them and its claim; and links revisions ("rose to 110,
 * up from 94": the 110 revises the 94) and fills the unit of a bare figure from its sentence.
 */
import type { Attribution } from '../../doc/schemas/attribution.js';
import { HAPPENING_TYPE, type Claim, type Event } from '../../doc/schemas/events.js';
import type { Quantity, QuantityUnitKind } from '../../doc/schemas/quantities.js';
import type { Timex } from '../../doc/schemas/time.js';
import { SpanIndex } from '../../doc/span-index.js';
import type { SentenceView } from '../text/token-view.js';
import { amountWords, counterLight, governorOrNone, inSecondConjunct, isContentWord, isCounter, isLightVerb, lightWithEvent, type AmountWords, type WordRole } from './govern.js';
import { PEOPLE_ADJECTIVES } from './lexicon.js';
import { CASUALTY_VERB_BEFORE, nounLemma, type ReadQuantity } from './read.js';

/** Characters between two spans (0 when they overlap). */
function gap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}

/** The item nearest `q` by the characters between them (the first of equals). */
export function nearest<T extends { start: number; end: number }>(items: readonly T[], q: { start: number; end: number }): T | null {
  let best: T | null = null;
  let bestGap = Infinity;
  for (const x of items) {
    const g = gap(x, q);
    if (g < bestGap) {
      best = x;
      bestGap = g;
    }
  }
  return best;
}

/** The type of the events layer's counted events: untyped occurrences an amount is about. */
const COUNTED_TYPE = 'OCCURRENCE';

interface TriggerSpan {
  readonly start: number;
  readonly end: number;
  readonly event: Event;
}

interface ContentSpan {
  readonly start: number;
  readonly end: number;
  readonly attribution: Attribution;
}

/** What may stand before a count that heads an attribution's source: nothing, or a determiner ("the two officials"). */
const SOURCE_HEAD: ReadonlySet<string> = new Set(['the', 'some', 'all']);

/** The other layers, indexed once per document. */
export class Attachments {
  private readonly triggers: SpanIndex<TriggerSpan>;
  private readonly timexes: SpanIndex<Timex>;
  private readonly contents: SpanIndex<ContentSpan>;
  private readonly claimOf = new Map<string, string>();
  private readonly propositions: SpanIndex<{ start: number; end: number; claim: Claim }>;
  private readonly cues: SpanIndex<{ start: number; end: number }>;
  private readonly sources: SpanIndex<{ start: number; end: number }>;

  /** `free`: spans whose words carry no content of their own for the governor scan (timexes, names). */
  constructor(
    events: readonly Event[],
    timexes: readonly Timex[],
    attributions: readonly Attribution[],
    claims: readonly Claim[],
    private readonly free: (start: number, end: number) => boolean = () => false,
  ) {
    // amounts attach to the lexicon's and the counted events; a happening is the tagger's broad reading of a word
    // (events/happenings.ts), which would win the nearest-event fallback for amounts it does not govern
    this.triggers = new SpanIndex(events.filter((e) => e.type !== HAPPENING_TYPE).map((e) => ({ start: e.trigger.start, end: e.trigger.end, event: e })));
    this.cues = new SpanIndex(attributions.map((a) => ({ start: a.cue.start, end: a.cue.end })).sort((a, b) => a.start - b.start));
    this.sources = new SpanIndex(attributions.flatMap((a) => (a.source ? [{ start: a.source.start, end: a.source.end }] : [])).sort((a, b) => a.start - b.start));
    this.timexes = new SpanIndex(timexes.filter((t) => t.type === 'DATE' || t.type === 'TIME'));
    this.contents = new SpanIndex(attributions.flatMap((a) => a.content.map((c) => ({ start: c.start, end: c.end, attribution: a }))));
    for (const c of claims) if (!c.inherited && !this.claimOf.has(c.attribution)) this.claimOf.set(c.attribution, c.id);
    this.propositions = new SpanIndex(claims.filter((c) => c.inherited).map((c) => ({ ...c.proposition, claim: c })));
  }

  /** The word indices of a sentence's quantities, for `event`. */
  amounts(view: SentenceView, qs: readonly ReadQuantity[]): AmountWords {
    return amountWords(view.words, qs);
  }

  /** The event quantity `k` of the sentence is about: a trigger inside it, its governor's, else the nearest. */
  event(view: SentenceView, qs: readonly ReadQuantity[], k: number, aw: AmountWords): Event | null {
    return this.attach(view, qs, k, aw).event;
  }

  /**
   * The event quantity `k` is about, and how it was found: `read` when the clause names it (a trigger inside the
   * mention, or the governor), `participle` when that is a verb right after the figure ("the 30 detained at …"),
   * `nearest` when only the sentence's nearest trigger stands in for it.
   */
  attach(view: SentenceView, qs: readonly ReadQuantity[], k: number, aw: AmountWords): { event: Event | null; how: 'read' | 'participle' | 'nearest' } {
    const q = qs[k]!;
    // the counted noun's own trigger, the last inside the mention ("17 cooperation agreements": the agreements), not a
    // modifier before the noun ("30 detained fighters": no event of the mention's own)
    const inside = this.triggers.overlapping(q.start, q.end).reduce<TriggerSpan | null>((a, t) => (!a || t.start > a.start ? t : a), null);
    if (inside && inside.end >= q.end) return { event: inside.event, how: 'read' };
    const roleOf = (i: number): WordRole => {
      const w = view.words[i]!;
      // a counter noun ("the death toll") names the count, not what it counts
      if (isCounter(w.lower)) return 'plain';
      // a verb that moves a count ("the toll from the crash had climbed to 27", "raising the toll to 19") is light
      if (counterLight(view.words, i)) return 'light';
      const at = this.triggers.overlapping(w.start, w.end);
      // a light verb the events layer keeps only as a counted occurrence ("the recall covers 85,000 vehicles") relates the
      // amount to the event beside it, as it does when no trigger is there
      if (at.length && isLightVerb(w.lower) && !lightWithEvent(view.words, aw, qs, i) && at.every((t) => t.event.type === COUNTED_TYPE)) return 'light';
      if (at.length) return 'event';
      // a cue's content words end the scan; its function words do not ("passed with 54% of the vote": "with" is no saying)
      if (isContentWord(w) && this.cues.overlapping(w.start, w.end).length) return 'stop';
      return this.free(w.start, w.end) ? 'free' : 'plain';
    };
    const g = governorOrNone(view.words, aw, k, roleOf);
    if (g === 'none') return { event: null, how: 'read' };
    // a count that heads who says it ("Two senior officials briefed on the talks said …", "Three people familiar with the
    // matter told …") counts the sources, which is no event of the sentence, unless its verb lies past the source ("Two of
    // the judges dissented, arguing …": the attribution layer's source of "arguing"); a count further inside a source is
    // read as any other ("Enkhbold, …, who steered the bill through three readings")
    if (q.unitKind === 'count' && !this.contents.containing(q.numberStart, q.end).length) {
      const source = this.sources.containing(q.start, q.end).find((s) => view.words.every((w) => w.start < s.start || w.end > q.start || SOURCE_HEAD.has(w.lower)));
      const verb = g ? view.words[g.wi]! : null;
      if (source && (!verb || (verb.start >= source.start && verb.end <= source.end))) return { event: null, how: 'read' };
    }
    if (g) {
      const w = view.words[g.wi]!;
      const at = this.triggers.overlapping(w.start, w.end)[0];
      if (at) return { event: at.event, how: (g.via === 'subject' || g.via === 'modifier') && g.wi === aw.last[k]! + 1 ? 'participle' : 'read' };
    }
    // the object of a verb of its own in a second verb phrase ("damaged 1,000 buildings and cut supplies to 80,000
    // residents"): that verb is no event, and the first phrase's is not the amount's
    if (inSecondConjunct(view.words, aw, k, (i) => this.free(view.words[i]!.start, view.words[i]!.end))) return { event: null, how: 'read' };
    // no clause reading: the nearest typed event, else the nearest counted one (events/counted.ts: there for other amounts)
    const all = this.triggers.within(view.start, view.end);
    return { event: (nearest(all.filter((t) => t.event.type !== COUNTED_TYPE), q) ?? nearest(all, q))?.event ?? null, how: 'nearest' };
  }

  asOf(q: ReadQuantity, sentence: { start: number; end: number }): Quantity['asOf'] {
    const t = nearest(this.timexes.within(sentence.start, sentence.end), q);
    return t ? { timex: t.id, value: t.value } : null;
  }

  /**
   * The innermost attribution whose content holds the quantity, and its claim. The number through its
   * noun must lie inside; a qualifier before it need not, since a content span is sometimes cut at the
   * number ("where more than [60 companies are expected]": the subject of a passive cue).
   */
  claim(q: ReadQuantity, event: Event | null): { attribution: string | null; claim: string | null } {
    let best: ContentSpan | null = null;
    for (const c of this.contents.containing(q.numberStart, q.end)) if (!best || c.end - c.start < best.end - best.start) best = c;
    if (best) return { attribution: best.attribution.id, claim: this.claimOf.get(best.attribution.id) ?? null };
    const inherited = this.propositions.containing(q.start, q.end).find((p) => !event || p.claim.events.includes(event.id));
    return { attribution: null, claim: inherited?.claim.id ?? null };
  }
}

/**
 * "rose to 110, up from 94", "slowed to 4.1% in May from 4.4%": the first figure revises the second. A
 * comma-led ", up from" / ", compared with" hangs on the figure's whole clause, so it reaches further
 * back ("60 companies had registered for the forum, up from the 40 …").
 */
const NEW_THEN_OLD = /^(?:[^;:.]{0,30}?\b(?:(?:up|down)\s+from|from|compared\s+with)|[^;:.]{0,120}?,\s+(?:(?:up|down)\s+from|compared\s+(?:with|to)))\s+(?:(?:an?|the)\s+)?(?:(?:earlier|previous|initial|first|original|prior)\s+)?(?:(?:figure|estimate|count|toll|tally|total|peak|high|low|level|record)\s+of\s+)?$/i;
/** "87 of the 150 seats": the part counts what the whole counts. */
const PART_OF = /^\s+of\s+(?:(?:the|its|their)\s+)?$/i;
/** "from 94 to 110": the second figure revises the first. */
const OLD_THEN_NEW = /^\s+to\s+$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
/** "the death toll rose to 110": the figure counts deaths. */
const TOLL = /\b([a-z]+)\s+(?:toll|tally|count)\b/gi;
/** Words before "toll" that name no counted thing: "the toll from the stampede" counts deaths. */
const TOLL_DETERMINER = /^(?:the|a|an|its|their|this|that|final|official|overall|total|new|latest|rising)$/i;
/**
 * Before "toll", only a casualty noun names what is counted ("injury toll"); any other word names the event whose dead
 * it counts ("Quake toll climbs to 212": deaths, not quakes). Before "tally" or "count" the word is the counted thing.
 */
const TOLL_COUNTED = /^(?:deaths?|casualty|casualties|injury|injuries|fatality|fatalities|victims?)$/i;
/** "put the crowd at 6,000", "estimated the crowd at 15,000", "a crowd estimated at 15,000": a crowd counts people. */
const CROWD = /\b(?:crowds?|attendance)\s+(?:(?:estimated|put|reckoned|thought|believed|said|reported)\s+(?:to\s+be\s+)?at\s+|(?:of|at|to|was|were|is|stood\s+at)\s+)(?:\S+\s+)?$/i;
/** "the protesters, numbering about 5,000", "casualties numbered 40", "protesters numbering in the tens of thousands": the noun before counts. */
const NUMBERING = /\b([a-z]+s),?\s+(?:numbering|numbered|totall?(?:ing|ed))(?:\s+in(?:\s+the)?)?\s+$/i;
/** "voted 58 to 41": both sides count votes. */
const VOTED_BEFORE = /\bvoted\s+(?:[\d,]+\s+to\s+)?$/i;
/**
 * "the number of refugees", "the number of confirmed cholera cases": up to two modifiers, none a plural
 * or a preposition ("the number of refugees in camps" counts refugees).
 */
const NUMBER_OF = /\bnumber\s+of\s+(?:(?!(?:in|at|on|from|to|for|by|with|and|or|the|a|an|who|that|which|people)\s)[a-z-]*[a-rt-z-]\s+){0,2}(?!(?:has|was|is|does|this|its|his|thus)\b)([a-z]+s|people)\b/gi;
const CASUALTY_AFTER = /^\s+(?:people\s+)?(?:were|are|have been|had been)?\s*(?:killed|dead|died|injured|wounded|hurt|missing|arrested|detained|evacuated|rescued)\b/i;

/** "204 voting against it": votes cast. */
const VOTING_AFTER = /^\s+(?:voting|voted)\b/i;
/** "three of the injured", "two of the suspects": a part counts what its whole is. */
const OF_WHOLE = /^\s+of\s+(?:the|those|these|its|their)\s+([a-z]+)\b/i;

/** The counted thing of a figure that names none, from its sentence ("death toll", "number of refugees"). */
function contextUnit(text: string, sentenceStart: number, q: ReadQuantity): string | null {
  const before = text.slice(sentenceStart, q.start);
  let unit: string | null = null;
  for (const m of before.matchAll(TOLL)) {
    const isToll = /toll$/i.test(m[0]);
    if (!TOLL_DETERMINER.test(m[1]!) && (!isToll || TOLL_COUNTED.test(m[1]!))) unit = nounLemma(m[1]!);
    else if (isToll) unit = 'death';
  }
  for (const m of before.matchAll(NUMBER_OF)) unit = nounLemma(m[1]!);
  if (unit) return unit;
  if (VOTED_BEFORE.test(before)) return 'vote';
  const numbering = NUMBERING.exec(before)?.[1];
  if (numbering) return nounLemma(numbering);
  if (CROWD.test(before.slice(-40))) return 'person';
  const after = text.slice(q.end, q.end + 40);
  if (CASUALTY_AFTER.test(after)) return 'person';
  const subject = SUBJECT_CHANGE.exec(before)?.[1];
  if (subject && !MEASURED_SUBJECT.test(subject)) return nounLemma(subject);
  if (VOTING_AFTER.test(after)) return 'vote';
  const whole = OF_WHOLE.exec(after)?.[1]?.toLowerCase();
  if (whole && PEOPLE_ADJECTIVES.has(whole)) return 'person';
  if (whole && /[a-z]s$/.test(whole) && !/(?:ss|us|is)$/.test(whole)) return nounLemma(whole);
  return null;
}

/**
 * "Hospital admissions for flu doubled in a week to 3,140", "Cases of dengue have tripled this year to more than 21,000":
 * a bare new level after "to" counts the plural noun heading the sentence's subject (with one "of/for/in" phrase), when
 * a verb of change follows it. Nouns of levels and prices are measured, not counted, and left out.
 */
const SUBJECT_CHANGE = /^\s*(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+)?([a-z]+s)\s+(?:(?:of|for|in)\s+(?:the\s+)?[a-z-]+\s+)?(?:(?:have|has|had)\s+)?(?:rose|risen|fell|fallen|doubled|tripled|quadrupled|halved|climbed|jumped|dropped|increased|decreased|declined|grew|grown|surged|soared|slumped)\b[^,;:]*\bto\s+(?:\S+\s+){0,2}$/i;
const MEASURED_SUBJECT = /^(?:prices|rates|yields|levels|shares|stocks|sales|revenues|profits|earnings|costs|wages|exports|imports|reserves|temperatures)$/i;

/** Kinds whose bare revision partner is of the same kind ("$640 million, up from 512 million"). */
const LEVEL_KINDS: ReadonlySet<QuantityUnitKind> = new Set(['currency', 'measure']);

/** ", rising to", ", falling to": the level before the comma goes on to a new one, of the same kind. */
const CONTINUED_LEVEL = /^\s*,\s+(?:rising|falling|climbing|increasing|growing|dropping|declining|going\s+up|going\s+down)\s+to\s+$/i;

/** A figure with no unit or counted noun of its own ("512 million", "94"). */
function isBare(q: ReadQuantity): boolean {
  return q.unitKind === 'count' && q.unit === null;
}

/** "52.4% of the vote against 44.1% for Ibsen", "$40 versus $30": the second figure of a comparison. */
const COMPARED_PARTNER = /^(?:\s+of\s+(?:the\s+)?[a-z]+)?\s*,?\s+(?:against|versus|vs\.?)\s+$/i;

/**
 * "took 41.2% of the vote in the first round, ahead of Ida Strand with 33.5%", "won …, ahead of Mr Lindqvist on 31.2%": a
 * rival's figure after a name, in the first figure's clause.
 */
const RIVAL_PARTNER = /^[^;:.]{0,60}?,\s+(?:ahead\s+of|followed\s+by|behind|trailing)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:on|with|at)\s+$/u;

/** The quantity a figure is compared with ("won 52.4% of the vote against 44.1%"), of its kind, whose event it shares; else null. */
export function comparedPartner(text: string, qs: readonly ReadQuantity[], k: number): number | null {
  const a = qs[k - 1];
  const b = qs[k]!;
  if (!a || a.unitKind !== b.unitKind || a.unitKind === 'count') return null;
  const between = text.slice(a.end, b.start);
  if (!COMPARED_PARTNER.test(between) && !RIVAL_PARTNER.test(between)) return null;
  return k - 1;
}

/** "61,402 votes, about 4,000 more than her rival", "142 of the 300 seats, 9 short of a majority": a difference after a comma, from the figure before it. */
const DIFFERENCE_AFTER = /^\s+(?:(?:more|fewer|less)\s+than|short\s+of)\b/i;

/**
 * The quantity a bare difference is measured from ("was re-elected with 61,402 votes, about 4,000 more than her nearest
 * rival"; "38,000 runners had registered, 6,000 more than last year"), whose event it shares; else null.
 */
export function differencePartner(text: string, qs: readonly ReadQuantity[], k: number): number | null {
  const a = qs[k - 1];
  const b = qs[k]!;
  if (!a || !isBare(b) || a.unitKind !== 'count' || a.unit === null) return null;
  if (!/^[^,;:.]*,\s*$/.test(text.slice(a.end, b.start)) || !DIFFERENCE_AFTER.test(text.slice(b.end, b.end + 16))) return null;
  return k - 1;
}

/** "312 votes to 190", "120 votes in favour and 8 against": the bare other side of a counted amount. */
const TALLY_PARTNER = /^\s+(?:in\s+favou?r\s+)?(?:to|and)\s+$/i;

/**
 * The quantity whose event the bare figure `k` shares: the counted amount just before it when the two
 * are the sides of one tally ("passed by 312 votes to 190": both are about the votes). Not a revision
 * ("from 94 to 110"), which `reviseAndFill` links.
 */
export function tallyPartner(text: string, qs: readonly ReadQuantity[], k: number): number | null {
  const a = qs[k - 1];
  const b = qs[k]!;
  if (!a || b.unit !== null || a.unit === null || a.unitKind !== 'count' || b.unitKind !== 'count') return null;
  if (!TALLY_PARTNER.test(text.slice(a.end, b.start)) || FROM_BEFORE.test(text.slice(Math.max(0, a.start - 8), a.start))) return null;
  return k - 1;
}

/**
 * Fills units of bare figures and links revisions among one sentence's quantities (in text order).
 * Returns, per quantity, its unit and the index of the quantity it revises.
 */
export function reviseAndFill(text: string, sentenceStart: number, qs: readonly ReadQuantity[]): { unit: string; unitKind: QuantityUnitKind; revises: number | null }[] {
  const out = qs.map((q) => ({ unit: q.unit, unitKind: q.unitKind, revises: null as number | null }));
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k]!;
    const b = qs[k + 1]!;
    const sameKind = a.unitKind === b.unitKind;
    // "a profit of $640 million, up from 512 million": a bare figure revised by (or revising) a sum or a measure is one of
    // those; only a revision says so, so other pairs of different kinds are left apart. Not a share: "fell 2% from 5,400"
    // is a change and its base level
    if (!sameKind && !(isBare(a) && LEVEL_KINDS.has(b.unitKind)) && !(isBare(b) && LEVEL_KINDS.has(a.unitKind))) continue;
    const between = text.slice(a.end, b.start);
    if (sameKind && PART_OF.test(between)) out[k]!.unit ??= b.unit;
    let linked = false;
    if (NEW_THEN_OLD.test(between)) {
      out[k]!.revises = k + 1;
      linked = true;
    } else if (OLD_THEN_NEW.test(between) && FROM_BEFORE.test(text.slice(Math.max(sentenceStart, a.start - 8), a.start))) {
      out[k + 1]!.revises = k;
      linked = true;
    }
    // "a fee of 35 million euros, rising to 42 million with add-ons": a bare new level of the sum or measure before it
    if (!linked && isBare(b) && LEVEL_KINDS.has(a.unitKind) && CONTINUED_LEVEL.test(between)) {
      out[k + 1]!.unitKind = a.unitKind;
      out[k + 1]!.unit = a.unit;
    }
    if (linked && !sameKind) {
      const [bare, full] = isBare(a) ? [out[k]!, out[k + 1]!] : [out[k + 1]!, out[k]!];
      bare.unitKind = full.unitKind;
      bare.unit = full.unit;
    } else if (linked) {
      out[k]!.unit ??= out[k + 1]!.unit;
      out[k + 1]!.unit ??= out[k]!.unit;
    }
  }
  // a bare count after a counted one in the same sentence counts the same thing ("up to 50 companies, more than the roughly 40")
  let lastCounted: string | null = null;
  return out.map((o, k) => {
    const q = qs[k]!;
    // "Quake kills 40": the bare object of a verb of casualty counts people, unless the sentence counted others before
    // ("killing 14 guests and wounding 22")
    const casualty = q.unitKind === 'count' && CASUALTY_VERB_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 24), q.start)) ? 'person' : null;
    const unit = o.unit ?? contextUnit(text, sentenceStart, q) ?? (q.unitKind === 'count' ? lastCounted : null) ?? casualty ?? 'count';
    if (q.unitKind === 'count' && q.unit) lastCounted = q.unit;
    return { revises: o.revises, unit, unitKind: o.unitKind };
  });
}
