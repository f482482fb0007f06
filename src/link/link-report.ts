/**
 * Linking one report into the stories: pick the story (or start one), resolve its people to the
 * story's global entities, match its events to tracked events, append status steps, add claim
 * versions, and look for drift against earlier versions. Online: the report is compared only with
 * candidate stories found through the state's indexes, and only the chosen story is rewritten.
 */
import { dayOf, type DigestEvent, type DigestTime, type ReportDigest } from './digest.js';
import { triggerOffset } from './trigger-at.js';
import { COUNTED_TYPE, followedIfLed, partOfTypedEvent, toldAgain } from './happening-follow.js';
import { resolveOrganisation, resolvePerson, keyParts } from './names.js';
import { daysBetween } from './days.js';
import { cosine, prune, tfidf } from './terms.js';
import type { LinkState, QuantityObservation, StoryState } from './state.js';
import type { ReaderStatus, StatusStep, Story, StoryArticle, StoryEntity, TrackedEvent } from './schema.js';
import { endedWhileUnderWay, furthestPhase, isPlan, openPossibility, orderTimeline, readerStatus, settleDeniedChange, sinceHappened, statusAsOf } from './status.js';
import { addClaimVersions } from './claims.js';
import { findDrift } from './drift.js';
import { isGeneralNoun, lemmaFamily } from './families.js';
import { otherWordsFor } from './other-words.js';
import { eventLabel } from './event-label.js';
import { siblingFor } from './report-siblings.js';
import { backgroundWhy } from './tracked-kinds.js';
import { speaksOfScheduleChange } from './schedule-change.js';
import { endByOutcome } from './outcome.js';
import { atPlanDay } from './plan-day.js';
import { ordinalBefore } from '../util/ordinals.js';
import { maxOf } from '../util/arrays.js';

/** Scoring weights and thresholds, set on the story corpus's dev split (see docs/stories.md). */
export const LINK_PARAMS = {
  /** Candidate stories read per report. */
  candidates: 30,
  /** Entity keys of the report used to find candidates. */
  queryKeys: 12,
  /** Keys a candidate name of a report without an entity layer may have (names.lang: PER, LOC, GPE, ORG). */
  candidateKeysPerName: 4,
  /** A report joins the best story scoring at least this, else starts a story. */
  joinThreshold: 0.3,
  weights: { entities: 0.45, terms: 0.4, events: 0.15 },
  /** Days since a story's newest report after which the time factor starts to fall, and its floor. */
  freshDays: 45,
  staleDays: 400,
  staleFactor: 0.35,
  /** Terms kept in a story centroid and in a report vector. */
  centroidTerms: 300,
  reportTerms: 150,
  /**
   * A report's first this many trackable events, claims and amounts take part in linking: news reports hold
   * far fewer, and a book-length text must not make linking quadratic (the rest stays in its layers).
   */
  maxReportEvents: 200,
  maxReportClaims: 300,
  maxReportQuantities: 300,
  /** Tracked events of one kind a report's event is compared with (the most recent). */
  maxKindCandidates: 400,
  /** Entity weights by type: countries and nationalities are shared by many unrelated stories. */
  typeWeight: { PER: 1, ORG: 0.8, GPE: 0.4, LOC: 0.5, MISC: 0.25 } as Readonly<Record<string, number>>,
  /** An entity's other names (an acronym beside the full name) weigh this share of the entity. */
  aliasWeight: 0.5,
  /**
   * An organisation the report names only as the source of its claims (a news agency, an outlet it relays) weighs this
   * share: set on the story corpus's dev split (0.5 split `touristkidnap`, whose reports share their agency; 0.75 joins
   * `heist`'s report of the arrests, "the state news agency PAP reported"); ECB+ dev and train are the same at each.
   */
  sourceOnlyWeight: 0.75,
  /**
   * A report about another person than the story's (`otherProtagonist`) scores this share: set on ECB+ train and dev
   * (0.9 and 0.85 alike, 0.75 splits same-event reports); the story corpus's dev split is the same at each.
   */
  otherProtagonistFactor: 0.85,
  /** Times a report's leading person must be named to be what the report is about. */
  protagonistMentions: 3,
} as const;

/**
 * Where a report's event found no tracked event of its word family to join and started one: the tracked event it was
 * compared with and why it was refused (`eventMatch`'s reason, or "background" where one of the two is background and
 * the other not, or "skipped" where a happening meets a background event of the lexicon). For diagnosis (`npm run eval -- stories --refusals`).
 */
export interface Refusal {
  readonly article: number;
  readonly cluster: string;
  readonly lemma: string;
  readonly tracked: string;
  readonly reason: string;
}

/** Watches linking decisions (for diagnosis; linking does not depend on it). */
export interface LinkObserver {
  refused?(r: Refusal): void;
}

export interface LinkOutcome {
  readonly article: number;
  readonly story: number;
  readonly created: boolean;
  readonly score: number;
}

/** Days between two days either way round; null when either is unknown. */
function daysApart(a: string | null, b: string | null): number | null {
  return a && b ? Math.abs(daysBetween(a, b)) : null;
}

/**
 * The report's entities as a weighted vector. Candidate names (a report without an entity layer) count only
 * where `known` has their key; with no `known` (finding candidate stories) they all count.
 */
function entityVector(d: ReportDigest, alias: ReadonlyMap<string, string> = new Map(), known?: { has(key: string): boolean }): Map<string, number> {
  const v = new Map<string, number>();
  // how often each key is a claim's source: an organisation named only as one ("the state news agency PAP reported") is
  // the conduit of the report, not what it is about
  const sources = new Map<string, number>();
  for (const c of d.claims) if (c.sourceKey) sources.set(c.sourceKey, (sources.get(c.sourceKey) ?? 0) + 1);
  for (const e of d.entities) {
    if (e.candidate && known && !known.has(alias.get(e.key) ?? e.key)) continue;
    const relay = e.type === 'ORG' && (sources.get(e.key) ?? 0) >= e.mentions;
    const w = (relay ? LINK_PARAMS.sourceOnlyWeight : 1) * (LINK_PARAMS.typeWeight[e.type] ?? 0.5) * (e.lead ? 2 : 1) * (1 + Math.log(Math.max(1, e.mentions)));
    const k = alias.get(e.key) ?? e.key;
    v.set(k, (v.get(k) ?? 0) + w);
    // its other names are dimensions too: a report that names it only so (a bare acronym, another language) matches
    for (const a of e.aliasKeys ?? []) if (a !== k) v.set(a, (v.get(a) ?? 0) + w * LINK_PARAMS.aliasWeight);
  }
  return v;
}

/** Keys of the report mapped to the story's keys of `type` where `resolve` (names.ts) says they name the same one. */
function aliasesOfType(d: ReportDigest, story: Story | null, type: string, resolve: (key: string, known: readonly string[]) => string | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!story) return out;
  const known = story.entities.filter((e) => e.type === type).map((e) => e.key);
  for (const e of d.entities) {
    if (e.type !== type) continue;
    const r = resolve(e.key, known);
    if (r && r !== e.key) out.set(e.key, r);
  }
  return out;
}

/** Person keys of the report mapped to the story's people where they name the same person. */
export function personAliases(d: ReportDigest, story: Story | null): Map<string, string> {
  return aliasesOfType(d, story, 'PER', resolvePerson);
}

/**
 * Person keys as `personAliases`, and organisation keys too: a short form and its full name ("Hradec" / "Hradec Retail
 * Group"). Tracked events and claims read these; story scoring and the story's entity weights map people only, because
 * joining one-word organisation keys there cost ECB+ story clustering on test (docs/stories.md, 4.).
 */
export function eventAliases(people: ReadonlyMap<string, string>, d: ReportDigest, story: Story | null): Map<string, string> {
  return new Map([...people, ...aliasesOfType(d, story, 'ORG', resolveOrganisation)]);
}

function timeFactor(day: string | null, story: StoryState): number {
  const gap = daysApart(day, story.lastDay);
  if (gap === null || gap <= LINK_PARAMS.freshDays) return 1;
  if (gap >= LINK_PARAMS.staleDays) return LINK_PARAMS.staleFactor;
  const f = (gap - LINK_PARAMS.freshDays) / (LINK_PARAMS.staleDays - LINK_PARAMS.freshDays);
  return 1 - f * (1 - LINK_PARAMS.staleFactor);
}

function windowsOverlap(a: { from: string | null; to: string | null } | null, b: { from: string | null; to: string | null } | null, slackDays = 3): boolean {
  if (!a || !b) return true;
  const lo = (x: string | null): number => (x ? Date.parse(`${x}T00:00:00Z`) : -Infinity);
  const hi = (x: string | null): number => (x ? Date.parse(`${x}T00:00:00Z`) : Infinity);
  const slack = slackDays * 86_400_000;
  return lo(a.from) <= hi(b.to) + slack && lo(b.from) <= hi(a.to) + slack;
}

export { lemmaFamily };

/** A past event this long before a tracked event was first reported is another one, however vague its date. */
const PAST_EVENT_DAYS = 365;

/** Windows of at most this many days are specific dates ("April 8 and 9"), not vague spans ("soon"). */
const SPECIFIC_DAYS = 31;
/** What a join that reads a plan as silently moved to another day gives up against one whose time holds the day. */
const SILENT_MOVE_COST = 0.75;
/** The phases (events/phases.ts) that end a lasting event: a state of emergency lifted, an outbreak declared over. */
const ENDING_PHASES: ReadonlySet<string> = new Set(['ended', 'declared-over']);
/** A tracked event over (happened, its dates ended) this many days before a report is not the report's plan. */
const OVER_DAYS = 7;

function span(w: { from: string | null; to: string | null }): number {
  if (!w.from || !w.to) return Infinity;
  return (Date.parse(`${w.to}T00:00:00Z`) - Date.parse(`${w.from}T00:00:00Z`)) / 86_400_000;
}

/** How well a report's event fits a tracked event, or why it cannot be the same event. */
export type EventMatch = { readonly score: number } | { readonly reject: string };

/** How well a report's event fits a tracked event; null when it cannot be the same event. */
export function eventFit(e: DigestEvent, t: TrackedEvent, alias: ReadonlyMap<string, string>, reportDay: string | null): number | null {
  const m = eventMatch(e, t, alias, reportDay);
  return 'score' in m ? m.score : null;
}

/** eventFit with the reason for a refusal (for --explain and debugging). */
export function eventMatch(e: DigestEvent, t: TrackedEvent, alias: ReadonlyMap<string, string>, reportDay: string | null, otherWords = false): EventMatch {
  // a general noun ("the accident") is whichever incident of its type the story tracks
  // (and a happening that names the tracked event in other words is of its family: other-words.ts)
  const sameFamily = otherWords || lemmaFamily(e.lemma) === lemmaFamily(t.lemma) || (e.type === t.type && (isGeneralNoun(e.lemma) || isGeneralNoun(t.lemma)));
  if (!sameFamily && e.type !== t.type) return { reject: 'kind' };
  // a happening is typed no further than "something happened": only its own word family names the same one
  if (!sameFamily && (followedIfLed(e) || followedIfLed(t))) return { reject: 'kind' };
  const parts = e.participants.map((k) => alias.get(k) ?? k);
  const actors = e.actors.map((k) => alias.get(k) ?? k);
  const sharedPeople = parts.filter((k) => t.participants.includes(k)).length;
  const sharedPlaces = e.places.filter((k) => t.places.includes(k)).length;
  const bare = parts.length + e.places.length === 0;
  // a tracked event known so far only by its kind ("the agreement") has no one and nowhere to disagree with
  const trackedBare = t.participants.length + t.places.length === 0;
  // Different kinds of happening (talks vs a visit) are one event only with the same people at the same place.
  if (!sameFamily && (sharedPeople === 0 || sharedPlaces === 0)) return { reject: 'other kind without same people and place' };
  // Sharing no one and nowhere separates two events only where both name someone or somewhere of one
  // kind and those differ (two people, two cities): one report names Ghana as a party to a deal, another
  // Côte d'Ivoire, and a misread name is no second party.
  // A key one names as a party and the other as a place is shared too ("Gibraltar's previous recount" / "the
  // recount in Gibraltar").
  const shared = [...new Set([...parts, ...e.places])].filter((k) => t.participants.includes(k) || t.places.includes(k)).length;
  if (shared === 0 && !bare && !trackedBare && conflictingKeys([...parts, ...e.places], [...t.participants, ...t.places])) return { reject: 'no shared participant or place' };
  // The visitor of one visit is not the visitor of the return visit. Only people count here: a state
  // or ministry named as actor is too often the one that announced the event, not the one who acts.
  const people = (keys: readonly string[]): string[] => keys.filter((k) => k.startsWith('per:'));
  const ours = people(actors);
  const theirs = people(t.actors);
  if (ours.length && theirs.length && !ours.some((k) => theirs.includes(k))) return { reject: 'different actors' };
  // Two specific dates that do not meet are two events (the same minister's trips months apart);
  // vague windows ("soon", "in autumn") never separate events on their own.
  const w = e.time?.window ?? null;
  // An event under way goes on past the day it began (a warning issued on Tuesday, lifted on Sunday), for a month past
  // the last day a report saw it going on ("shut since March 12" on April 7, reopened on May 7).
  const goesOn = t.status === 'under-way' && w?.from && t.when?.from && w.from >= t.when.from && daysBetween(t.when.to ?? t.when.from, w.from) <= SPECIFIC_DAYS;
  // A postponement, calling-off or end of an event not yet over gives another day than the event's own (schedule-change.ts).
  // (unless the time is the plan's own day: "called off the strike planned for Tuesday, March 17")
  const changed = !goesOn && !toldOver(t) && speaksOfScheduleChange(e) && !plannedDay(e);
  // An event last put off from its dates takes place later, on a day no report gave before ("set for Friday",
  // "postponed", then "freed on Tuesday").
  const last = t.timeline[t.timeline.length - 1];
  // its number in a series ("the first strike" 1, "a second 24-hour strike" 2); a later one ("the second strike, set for
  // October 13") is another of the series, not the first one's new day
  const number = seriesNumber(e);
  const later = (number ?? 0) >= 2;
  // (or still only planned, and set by this report for a later day still ahead of it: "set for April 21" … "will be handed
  // over on Thursday, July 23"; a plan is moved more often than a second one of its kind is made)
  // (t.status is the one before this report; its latest step may be this report's: "A second 24-hour strike forced …")
  const settled = (x: string | null | undefined): boolean => x === 'happened' || x === 'under-way' || x === 'cancelled' || x === 'denied';
  const stillPlanned = !settled(t.status) && !settled(last?.status);
  const laterDay = !later && w?.from != null && t.when?.to != null && w.from > t.when.to;
  const movedPlan = laterDay && stillPlanned && reportDay !== null && w!.from! > reportDay && (e.status === 'scheduled' || e.status === 'anticipated');
  const putOff = laterDay && (last?.status === 'postponed' || movedPlan);
  // Two specific days that do not meet, with nothing that moves one to the other. A day the event was set for before it
  // moved ("There is no way to hold the vote on Tuesday", in the report that puts Tuesday's vote off to July 14) is still its day.
  // The end of a lasting event ("lifted the water emergency on Thursday", "declared the outbreak over"), told on a day after
  // the event began, is that event's end however long after (an end dated before it began is another one's: "the one of
  // 2022, which was … lifted in December")
  const endsAfterStart = ENDING_PHASES.has(e.phase ?? '') && w?.from != null && t.when?.from != null && w.from >= t.when.from;
  const apart = w !== null && t.when !== null && span(w) <= SPECIFIC_DAYS && span(t.when) <= SPECIFIC_DAYS && !windowsOverlap(w, t.when, 3) && !goesOn && !changed && !endsAfterStart && !formerDay(w, t);
  if (apart && !putOff) return { reject: 'dates apart' };
  // two numbers of one series are two events ("The first strike, on July 3" / "a second 24-hour strike")
  if (number !== undefined && t.ordinal !== undefined && number !== t.ordinal) return { reject: 'another of a series' };
  // a later one of a series at a time that is not a dated event's day is another ("a second stoppage in October"; "a
  // second strike could follow a week later", a week that holds the first one's Friday)
  if (later && t.ordinal === undefined && w && t.when && span(t.when) <= SPECIFIC_DAYS && !within(w, t.when) && !goesOn && !changed) return { reject: 'another of a series' };
  // A report's past event dated well before the tracked event was first reported is an earlier one
  // ("his last visit, eleven years ago"), unless the tracked event is that past event itself (its own dates meet).
  const until = pastUntil(t);
  // (a tracked past event is compared by its own past time: "the 2023 outbreak" is the outbreak "in 2023")
  const samePast = until !== null && w?.from != null && w.from <= until;
  if (w?.to && reportDay && e.status === 'occurred' && !samePast && !(t.when && span(t.when) <= SPECIFIC_DAYS && windowsOverlap(w, t.when, 3))) {
    const first = t.timeline[0]?.date ?? t.firstSeen;
    const gap = first ? (Date.parse(`${first}T00:00:00Z`) - Date.parse(`${w.to}T00:00:00Z`)) / 86_400_000 : 0;
    if (gap > PAST_EVENT_DAYS || (gap > 60 && span(w) <= SPECIFIC_DAYS)) return { reject: 'an earlier event' };
  }
  // A tracked event known only as a past one ("convicted … in 2022") is not a later happening of its kind
  // that a report speaks of without that past date ("found … guilty on Tuesday", "the conviction").
  if (until && !samePast) return { reject: 'a later event than a past one' };
  // A plan is not an event that is over: "will cut at its next meeting" is not the cut of last October. Over
  // means a report told it as happened at a time of its own; a bare past reading ("the agreements prepared
  // for the visit") of a plan that was postponed from its dates does not end it.
  // (nor is calling one off: "have called off their rolling strike" is not the one-day strike three weeks before)
  // (unless the plan is dated no later than the event's own days: a plan or postponement told at a time that begins before
  // the event was over is a step of its own history, "The vote had been delayed once, in June" of the vote held in July)
  const before = w?.from != null && t.when?.to != null && span(w) <= SPECIFIC_DAYS && w.from <= t.when.to;
  if ((isPlan(e) || e.status === 'cancelled') && !sinceHappened(e) && !before && reportDay && t.status === 'happened' && t.when?.to && daysBetween(t.when.to, reportDay) > OVER_DAYS && toldOver(t)) return { reject: 'a plan after the event was over' };
  // the event dated on the day the report gives wins over one put off to an unknown later day
  const sameDay = w != null && t.when != null && dayOf(e.time?.value ?? null) !== null && span(w) <= SPECIFIC_DAYS && span(t.when) <= SPECIFIC_DAYS && windowsOverlap(w, t.when, 0);
  // a plan moved without a word of the move is the weaker reading: another tracked event of the kind whose time holds the
  // new day fits better ("a second stoppage in October", then "martedì 13 ottobre")
  const silentMove = movedPlan && last?.status !== 'postponed' && apart;
  // the same number in the series names the same one
  const sameNumber = number !== undefined && number === t.ordinal;
  return { score: Math.max(sharedPeople + sharedPlaces, shared) + (sameFamily ? 1 : 0) + (e.lemma === t.lemma ? 0.5 : 0) + (sameDay || sameNumber ? 0.5 : 0) - (silentMove ? SILENT_MOVE_COST : 0) };
}

/** Whether a specific window meets a specific day the tracked event was planned for, or moved from (a step not told as happened). */
function formerDay(w: { from: string | null; to: string | null }, t: TrackedEvent): boolean {
  return t.timeline.some((s) => s.status !== 'happened' && s.time?.window?.from != null && s.time.window.to != null && span(s.time.window) <= SPECIFIC_DAYS && windowsOverlap(w, s.time.window, 0));
}

/** The event's number in a series, as its first mention gives it ("a second 24-hour strike" 2); undefined without one. */
export function seriesNumber(e: DigestEvent): number | undefined {
  return e.triggerAt === undefined ? undefined : ordinalBefore(e.evidence.text.slice(0, e.triggerAt));
}

/** Whether window `a` lies inside window `b` (both bounded). */
function within(a: { from: string | null; to: string | null }, b: { from: string | null; to: string | null }): boolean {
  return a.from !== null && a.to !== null && b.from !== null && b.to !== null && a.from >= b.from && a.to <= b.to;
}

/** Whether the event's time is its plan's own day as its sentence states it ("the strike planned for Tuesday, March 17"). */
function plannedDay(e: DigestEvent): boolean {
  return Boolean(e.time?.text) && atPlanDay((e.time!.evidence ?? e.evidence).text, e.time!.text);
}

/** Whether a report told the tracked event as happened at a time of its own. */
function toldOver(t: TrackedEvent): boolean {
  return t.timeline.some((s) => s.status === 'happened' && s.time?.window != null);
}

/**
 * The day by which a tracked event was over, when every step of it tells it as a past event: happened,
 * with a time that ended more than PAST_EVENT_DAYS before the report that tells it. Null otherwise.
 */
export function pastUntil(t: TrackedEvent): string | null {
  let until: string | null = null;
  for (const s of t.timeline) {
    const to = s.time?.window?.to;
    if (s.status !== 'happened' || !to || !s.date || daysBetween(to, s.date) <= PAST_EVENT_DAYS) return null;
    if (!until || to > until) until = to;
  }
  return until;
}

/** A country's key: its ISO 3166 alpha-3 code ("gpe:bwa"). */
const COUNTRY_KEY = /^gpe:[a-z]{3}$/;

/**
 * The kind of a global key: its prefix ("per", "gpe", "loc", "org"), with countries a kind of their own: a
 * country and a city are places of two sizes, and the city may lie in the country ("Botswana police arrested"
 * / "detained at his home in Gaborone").
 */
function keyKind(key: string): string {
  if (COUNTRY_KEY.test(key)) return 'country';
  const i = key.indexOf(':');
  return i < 0 ? '' : key.slice(0, i);
}

/** The number of a background event's id ("12.b3" → 3); 0 for a tracked event's own id ("12.4"). */
function backgroundNumber(id: string): number {
  const m = /\.b(\d+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

/** Whether two key lists name someone or somewhere of one kind on both sides, and never the same one. */
function conflictingKeys(a: readonly string[], b: readonly string[]): boolean {
  const kinds = new Set(a.map(keyKind));
  return b.some((k) => kinds.has(keyKind(k)));
}

/** The reader's status of each digest event, read once: linking asks for it while it scores stories and again while it links. */
const readerStatusOf = new WeakMap<DigestEvent, ReaderStatus | null>();
function statusOf(e: DigestEvent, day: string | null): ReaderStatus | null {
  let s = readerStatusOf.get(e);
  if (s === undefined) readerStatusOf.set(e, (s = readerStatus(e, day)));
  return s;
}

/**
 * Events worth tracking across reports: they have a status, one their sentences state ("the launch was scrubbed",
 * with no one named and no status of the events layer's), or a denial, or someone or somewhere taking part.
 */
function trackable(e: DigestEvent, day: string | null): boolean {
  if (e.type === COUNTED_TYPE || followedIfLed(e)) return false;
  return e.status !== null || statusOf(e, day) !== null || e.modality === 'negated' || e.modality === 'expected' || e.modality === 'planned' || (e.modality === 'hypothetical' && (e.time !== null || openPossibility(e))) || e.participants.length + e.places.length > 0;
}

function eventScore(d: ReportDigest, s: StoryState, alias: ReadonlyMap<string, string>): number {
  const tracked = d.events.filter((e) => trackable(e, d.day));
  // background events (a toll, a vote, a stance) count here as tracked ones do: they are what the story's reports name
  const known = [...s.story.events, ...(s.background ?? [])];
  if (!known.length) return 0;
  let fit = 0;
  let clash = 0;
  let n = tracked.length;
  for (const e of tracked) {
    const scores = known.map((t) => eventFit(e, t, alias, d.day));
    if (scores.some((x) => x !== null)) fit++;
    else if (known.some((t) => lemmaFamily(t.lemma) === lemmaFamily(e.lemma) && e.participants.some((k) => t.participants.includes(alias.get(k) ?? k)))) clash++;
  }
  // A happening names one of the story's followed events or says nothing: untracked, it is no evidence against the story
  // ("Colombia's delayed census will begin on Monday" fits the story that follows the census)
  for (const e of d.events) {
    if (followedIfLed(e) && s.story.events.some((t) => eventFit(e, t, alias, d.day) !== null)) {
      fit++;
      n++;
    }
  }
  return n ? (fit - clash) / n : 0;
}

/** Whether the report is in a language none of the story's reports is in (both known). */
function otherLanguage(d: ReportDigest, s: StoryState): boolean {
  const lang = d.article.language;
  if (!lang) return false;
  const langs = s.story.articles.map((a) => a.language).filter((l): l is string => Boolean(l));
  return langs.length > 0 && !langs.includes(lang);
}

export interface StoryScore {
  readonly story: StoryState;
  readonly score: number;
}

/** Key prefixes of the types whose one name reports tag either way: a city is the place and its council ("Milan's appeal"). */
const PLACE_OR_BODY = ['org', 'loc', 'gpe'] as const;

/** The name part of a place or organisation key ("milan" of "org:milan"), or null for a key of another type. */
function placeName(key: string): string | null {
  const i = key.indexOf(':');
  return (PLACE_OR_BODY as readonly string[]).includes(key.slice(0, i)) ? key.slice(i + 1) : null;
}

/** An entity vector with each place or organisation name one dimension, whichever of those types a report gave it. */
export function foldPlaceNames(v: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, w] of v) {
    const name = placeName(k);
    const f = name === null ? k : `name:${name}`;
    out.set(f, (out.get(f) ?? 0) + w);
  }
  return out;
}

/** The keys a name may have under each of the place and organisation types; any other key alone. */
export function placeNameKeys(key: string): string[] {
  const name = placeName(key);
  return name === null ? [key] : PLACE_OR_BODY.map((t) => `${t}:${name}`);
}

export function scoreStory(d: ReportDigest, vector: ReadonlyMap<string, number>, s: StoryState): number {
  const alias = personAliases(d, s.story);
  const storyEntities = new Map(Object.entries(s.entityWeights));
  const ents = cosine(foldPlaceNames(entityVector(d, alias, storyEntities)), foldPlaceNames(storyEntities));
  const events = eventScore(d, s, alias);
  const w = LINK_PARAMS.weights;
  // a report in another language than the story's shares names with it, not words: its words do not count
  if (otherLanguage(d, s)) return ((w.entities * ents + w.events * events) / (w.entities + w.events)) * timeFactor(d.day, s);
  const terms = cosine(vector, new Map(Object.entries(s.centroid)));
  const score = (w.entities * ents + w.terms * terms + w.events * events) * timeFactor(d.day, s);
  return otherProtagonist(d, s, alias) ? score * LINK_PARAMS.otherProtagonistFactor : score;
}

/**
 * Whether the report is about someone else than the story: the person it names most (by its entity weight), in its
 * title or first sentence and at least `protagonistMentions` times, is no one the story knows, and the story's most
 * weighted person is not among the people the report leads with. Two arrests of one team's players, the firing of
 * two coaches: the same kind of happening, the same kind of actors, another person at its centre.
 */
export function otherProtagonist(d: ReportDigest, s: StoryState, alias: ReadonlyMap<string, string>): boolean {
  const keyOf = (k: string): string => alias.get(k) ?? k;
  const people = d.entities.filter((e) => e.type === 'PER' && !e.candidate);
  const weight = (e: { lead: boolean; mentions: number }): number => (e.lead ? 2 : 1) * (1 + Math.log(Math.max(1, e.mentions)));
  const top = [...people].sort((a, b) => weight(b) - weight(a) || (a.key < b.key ? -1 : 1))[0];
  if (!top?.lead || top.mentions < LINK_PARAMS.protagonistMentions || keyOf(top.key) in s.entityWeights) return false;
  let storyTop: [string, number] | null = null;
  for (const [k, v] of Object.entries(s.entityWeights)) {
    if (k.startsWith('per:') && (!storyTop || v > storyTop[1] || (v === storyTop[1] && k < storyTop[0]))) storyTop = [k, v];
  }
  return storyTop !== null && !people.some((e) => e.lead && keyOf(e.key) === storyTop![0]);
}

function label(e: DigestEvent, alias: ReadonlyMap<string, string>, names: ReadonlyMap<string, string>): string {
  const who = e.participants
    .filter((k) => !e.places.includes(k))
    .map((k) => names.get(alias.get(k) ?? k) ?? names.get(k))
    .filter((n): n is string => Boolean(n));
  const where = e.places.map((k) => names.get(k)).filter((n): n is string => Boolean(n))[0] ?? null;
  return eventLabel({ who, lemma: e.lemma, where });
}

function addSum(into: Map<string, number>, from: ReadonlyMap<string, number>): void {
  for (const [k, v] of from) into.set(k, (into.get(k) ?? 0) + v);
}

/** The story title: the title of its earliest report with one, else its first event's label. */
function storyTitle(articles: readonly StoryArticle[], events: readonly TrackedEvent[]): string {
  const dated = [...articles].sort((a, b) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.id - b.id);
  return dated.find((a) => a.title)?.title ?? events[0]?.label ?? `Story of report ${articles[0]?.id ?? '?'}`;
}

/** Whether the report already linked a mention of `e`'s lemma family (then a bare mention is that one's sibling or none). */
function readingsOfFamily(readings: ReadonlyMap<TrackedEvent, readonly DigestEvent[]>, e: DigestEvent): boolean {
  return [...readings.keys()].some((t) => lemmaFamily(t.lemma) === lemmaFamily(e.lemma));
}

/** The one event of the story's events of `e`'s family that `e` can be, or null when none or several can. */
function onlyKin(e: DigestEvent, kin: readonly TrackedEvent[], fit: (x: DigestEvent, y: TrackedEvent) => number | null): TrackedEvent | null {
  const fitting = kin.filter((t) => fit(e, t) !== null);
  return fitting.length === 1 ? fitting[0]! : null;
}

/** Adds one report to a story (or to a new one), returning the new state. Pure apart from ids it is given. */
export function applyReport(prev: StoryState | null, id: number, d: ReportDigest, vector: ReadonlyMap<string, number>, observer?: LinkObserver): StoryState {
  const base: Story = prev?.story ?? { id, title: '', firstDate: null, lastDate: null, articles: [], entities: [], events: [], claims: [], findings: [] };
  const alias = personAliases(d, prev?.story ?? null);
  // tracked events and claims also know an organisation by its short form and full name
  const eventAlias = eventAliases(alias, d, prev?.story ?? null);
  const copyOf = d.article.copyOf;

  // entities
  const entities = new Map<string, StoryEntity>(base.entities.map((e) => [e.key, { ...e, aliases: [...e.aliases], roles: [...e.roles] }]));
  for (const e of d.entities) {
    const key = alias.get(e.key) ?? e.key;
    // a candidate name is one of the story's entities or nothing
    if (e.candidate && !entities.has(key)) continue;
    let g = entities.get(key);
    if (!g) entities.set(key, (g = { key, type: e.type, name: e.name, aliases: [], roles: [], reports: 0 }));
    g.reports++;
    if (e.name !== g.name && !g.aliases.includes(e.name)) {
      // the fuller name is the global name; the other becomes an alias
      if (keyParts(e.key).length > keyParts(g.key).length || e.name.length > g.name.length) {
        g.aliases.push(g.name);
        g.name = e.name;
      } else g.aliases.push(e.name);
    }
    for (const role of e.roles) if (!g.roles.some((r) => r.role === role)) g.roles.push({ role, date: d.day, article: d.article.id });
  }
  const names = new Map([...entities.values()].map((e) => [e.key, e.name]));

  // tracked events and status steps
  const events: TrackedEvent[] = base.events.map((t) => ({ ...t, members: [...t.members], timeline: [...t.timeline] }));
  // background events (tracked-kinds.ts) are matched like tracked ones, only ever with each other
  const background: TrackedEvent[] = (prev?.background ?? []).map((t) => ({ ...t, members: [...t.members], timeline: [...t.timeline] }));
  const inBackground = new Set(background);
  const clusterToEvent = new Map<string, string>();
  let nextEvent = events.length + 1;
  // a background event followed later keeps its id (".b3") among the tracked ones: number new ones past every id given
  let nextBackground = 1 + maxOf([...events, ...background].map((t) => backgroundNumber(t.id)), 0);
  // candidates by kind: eventFit refuses any other pairing, so only these are compared (no scan of the story)
  const byKind = new Map<string, TrackedEvent[]>();
  const kinds = (lemma: string, type: string): string[] => [`f:${lemmaFamily(lemma)}`, `t:${type}`];
  const index = (t: TrackedEvent): void => {
    for (const k of kinds(t.lemma, t.type)) {
      const list = byKind.get(k);
      if (list) list.push(t);
      else byKind.set(k, [t]);
    }
  };
  for (const t of [...events, ...background]) index(t);
  // this report's readings of each tracked event, and its steps: a change one mention states and another denies is settled below
  const readings = new Map<TrackedEvent, DigestEvent[]>();
  const steps: { e: DigestEvent; t: TrackedEvent; step: StatusStep }[] = [];
  /** Records the status step this report's reading `e` gives tracked event `best`. */
  const addStep = (e: DigestEvent, best: TrackedEvent, status: ReaderStatus): void => {
    const claim = d.claims.find((c) => c.clusters.includes(e.cluster) && c.evidence.start <= e.evidence.start && c.evidence.end >= e.evidence.end) ??
      d.claims.find((c) => c.clusters.includes(e.cluster));
    const chain = [...(claim?.chain ?? [])];
    // a plan bounded only by a span from the report's day ("expected within a month") is timed by it
    // a claim of two complements ("said the scaffolding would come down in February and that the fire brigade still had to
    // inspect the galleries"): its time is the complement's it stands in, not the other's
    const claimTime = claim?.time && !otherComplementTime(claim.time, e) ? claim.time : null;
    const stepTime = e.time ?? claimTime ?? (status === 'expected' || status === 'dates-announced' ? (e.within ?? null) : null);
    if (d.article.outlet && chain[chain.length - 1] !== d.article.outlet) chain.push(d.article.outlet);
    const step: StatusStep = {
      id: `${best.id}/${d.article.id}:${e.cluster}`,
      date: d.day,
      status,
      article: d.article.id,
      outlet: d.article.outlet,
      evidence: e.evidence,
      source: { key: claim?.sourceKey ? (alias.get(claim.sourceKey) ?? claim.sourceKey) : null, name: claim?.sourceName ?? d.article.outlet, chain },
      // the event's own time, else the time its claim gives it ("Peskov said … in the foreseeable future")
      ...(stepTime ? { time: { text: stepTime.text, value: stepTime.value, window: stepTime.window, ...(stepTime.evidence && stepTime.evidence.start !== e.evidence.start ? { evidence: stepTime.evidence } : {}) } } : {}),
      certainty: e.certainty,
      ...(e.phase ? { phase: e.phase } : {}),
      conflicts: [],
    };
    best.timeline.push(step);
    steps.push({ e, t: best, step });
    // the event's own dates: announced, under way or over, and specific
    const w = e.time?.window;
    // a postponement to a later specific day ("pushed back to Wednesday, March 18") moves them there
    const movedLater = status === 'postponed' && w?.from != null && best.when?.to != null && w.from > best.when.to;
    // a state in force whose change is ahead ("will ease rationing from December 15") keeps its own dates: the time is the change's
    const changeTime = status === 'under-way' && speaksOfScheduleChange(e);
    if (w && span(w) <= SPECIFIC_DAYS && (status === 'dates-announced' || (status === 'under-way' && !changeTime) || status === 'happened' || movedLater)) best.when = w;
  };
  /**
   * The tracked event (not one waiting in the background) that a happening names in other words (other-words.ts) and fits
   * best, if any: the matching's own refusals (dates, people and places, earlier events) hold as for its own word family.
   * Per story: the story's most recent maxKindCandidates tracked events.
   */
  const inOtherWords = (e: DigestEvent): TrackedEvent | null => {
    const words = [e.lemma, ...(e.triggers ?? [e.trigger])];
    let pick: TrackedEvent | null = null;
    let pickFit = -1;
    for (const t of events.slice(-LINK_PARAMS.maxKindCandidates)) {
      if (lemmaFamily(t.lemma) === lemmaFamily(e.lemma) || !otherWordsFor(words, { lemma: t.lemma, triggers: t.members.map((m) => m.trigger) })) continue;
      const m = eventMatch(e, t, eventAlias, d.day, true);
      if ('score' in m && m.score > pickFit) {
        pick = t;
        pickFit = m.score;
      }
    }
    return pick;
  };
  // an event of the lexicon's kinds this report tracks on its own (not waiting in the background)
  const typedHere = (x: DigestEvent): boolean => trackable(x, d.day) && backgroundWhy(x, d.events) === null;
  for (const e of d.events.filter((e) => followedIfLed(e) || trackable(e, d.day)).slice(0, LINK_PARAMS.maxReportEvents)) {
    let best: TrackedEvent | null = null;
    let bestFit = -1;
    const bare = e.participants.length + e.places.length === 0;
    // A happening (a word the lexicon has no family for) is followed once a report leads with it; until then it waits
    // in the background, matched like a tracked one, so that the reports before keep their steps.
    const happening = followedIfLed(e);
    // (and only where its lead says something of its state, a plan, a time, a past: "a pay dispute" in a lead is not followed)
    // (nor where it is told as part of an event of the lexicon's kinds the report tracks: "an attack has knocked out …")
    const told = happening && (e.status !== null || statusOf(e, d.day) !== null) && !partOfTypedEvent(e, d.events, typedHere);
    const isBackground = happening ? !(e.lead && told) : backgroundWhy(e, d.events) !== null;
    const [byFamily, byType] = kinds(e.lemma, e.type).map((k) => byKind.get(k) ?? []);
    const candidates = new Set([...byFamily!.slice(-LINK_PARAMS.maxKindCandidates), ...byType!.slice(-LINK_PARAMS.maxKindCandidates)]);
    for (const t of candidates) {
      if (!happening && inBackground.has(t) !== isBackground) continue;
      // a happening joins a tracked event of its family, or one waiting in the background
      if (happening && inBackground.has(t) && !followedIfLed(t)) continue;
      const fit = eventFit(e, t, eventAlias, d.day);
      // a bare mention ("the trip", "the talks") is the story's most reported event of its kind
      const score = fit === null ? null : bare ? fit + t.members.length / 1000 : fit;
      if (score !== null && score > bestFit) {
        best = t;
        bestFit = score;
      }
    }
    // A happening left waiting in the background (not led with, or told as part of another event) that names one of the
    // story's tracked events in other words ("quit" beside "resigned", "the leak" beside "the spill") is a mention of it
    // rather than a happening of its own (one that a report leads with is left to its own word). It is a mention only: its
    // reading brings no status step, claims or readings, since a step read through a synonym moved the event's history
    // (and its drift findings) where the words were near but not the same (docs/stories.md, hsyn).
    if (happening && isBackground && (!best || inBackground.has(best))) {
      const named = inOtherWords(e);
      if (named) {
        named.members.push({ article: d.article.id, cluster: e.cluster, trigger: e.trigger });
        // (one that tells the status the event already stands at, in a report that gives it no step of its own, confirms
        // it: "The crack has not grown since Tuesday" of a dam's damage told as happened. That step moves no history,
        // so it is the report's; a step that would move it stays out, as above)
        const status = statusOf(e, d.day);
        if (status && status === named.status && !named.timeline.some((x) => x.article === d.article.id)) {
          readings.set(named, [...(readings.get(named) ?? []), e]);
          addStep(e, named, status);
        }
        continue;
      }
    }
    if (!best && observer?.refused) {
      for (const t of candidates) {
        if (lemmaFamily(t.lemma) !== lemmaFamily(e.lemma)) continue;
        const m = eventMatch(e, t, eventAlias, d.day);
        const reason = 'reject' in m ? m.reject : inBackground.has(t) !== isBackground ? 'background' : 'skipped';
        observer.refused({ article: d.article.id, cluster: e.cluster, lemma: e.lemma, tracked: t.id, reason });
      }
    }
    if (!best) {
      best = {
        id: isBackground ? `${id}.b${nextBackground++}` : `${id}.${nextEvent++}`,
        story: id,
        type: e.type,
        lemma: e.lemma,
        label: label(e, eventAlias, names),
        participants: e.participants.map((k) => eventAlias.get(k) ?? k),
        actors: e.actors.map((k) => eventAlias.get(k) ?? k),
        places: [...e.places],
        firstSeen: d.day,
        when: null,
        members: [],
        timeline: [],
        status: null,
      };
      if (isBackground) {
        background.push(best);
        inBackground.add(best);
      } else events.push(best);
      index(best);
    } else {
      // a happening waiting in the background that this report leads with is followed from now on, with its steps
      // or that a later report tells again with a status and a date, not led with (happening-follow.ts `toldAgain`)
      const again = happening && isBackground && told && inBackground.has(best) && toldAgain(e, best.timeline, d.article.id, statusOf(e, d.day));
      if (happening && (!isBackground || again) && inBackground.has(best)) {
        inBackground.delete(best);
        background.splice(background.indexOf(best), 1);
        events.push(best);
      }
      for (const k of e.participants) if (!best.participants.includes(eventAlias.get(k) ?? k)) best.participants.push(eventAlias.get(k) ?? k);
      for (const k of e.actors) if (!best.actors.includes(eventAlias.get(k) ?? k)) best.actors.push(eventAlias.get(k) ?? k);
      for (const k of e.places) if (!best.places.includes(k)) best.places.push(k);
    }
    best.members.push({ article: d.article.id, cluster: e.cluster, trigger: e.trigger });
    clusterToEvent.set(e.cluster, best.id);
    if (e.family && !best.family) best.family = e.family;
    const number = seriesNumber(e);
    if (number !== undefined && best.ordinal === undefined) best.ordinal = number;
    readings.set(best, [...(readings.get(best) ?? []), e]);
    const status = statusOf(e, d.day);
    if (status) addStep(e, best, status);
  }
  // bare mentions (not trackable alone, so stating no status) join the tracked event of their kind this report speaks of
  const siblings = new Map([...readings].map(([t, list]) => [t, list.length]));
  for (const e of d.events.filter((x) => !trackable(x, d.day) && x.type !== COUNTED_TYPE && !followedIfLed(x)).slice(0, LINK_PARAMS.maxReportEvents)) {
    const isBackground = backgroundWhy(e, d.events) !== null;
    const fit = (x: DigestEvent, y: TrackedEvent): number | null => (inBackground.has(y) === isBackground ? eventFit(x, y, eventAlias, d.day) : null);
    const sibling = siblingFor(e, siblings, fit);
    // with no sibling of its kind in the report, the story's one event of its family ("the deal" after the story's
    // pay deal); a join on kind alone is too weak to carry the report's claims about it to that event
    const t = sibling ?? (readingsOfFamily(readings, e) ? null : onlyKin(e, byKind.get(`f:${lemmaFamily(e.lemma)}`) ?? [], fit));
    if (!t) continue;
    t.members.push({ article: d.article.id, cluster: e.cluster, trigger: e.trigger });
    if (sibling) clusterToEvent.set(e.cluster, t.id);
  }
  for (const { e, t, step } of steps) {
    const all = readings.get(t)!;
    if (all.length > 1) step.status = settleDeniedChange(step.status, e, all.flatMap((x) => x.sentences));
    step.status = endedWhileUnderWay(step.status, t.timeline.filter((x) => x.article !== d.article.id));
  }
  // a trial or talks this report tells the outcome of are over
  const outcomeSteps = steps.map(({ t, step }) => ({ lemma: t.lemma, step, status: step.status }));
  endByOutcome(outcomeSteps);
  for (const o of outcomeSteps) o.step.status = o.status;
  for (const t of [...events, ...background]) {
    t.timeline = orderTimeline(t.timeline);
    t.status = statusAsOf(t.timeline)?.status ?? null;
    const phase = t.family ? furthestPhase(t.timeline, t.family) : null;
    if (phase) t.phase = phase;
  }

  const articles: StoryArticle[] = [...base.articles, { ...d.article, copyOf: copyOf !== null && base.articles.some((a) => a.id === copyOf) ? copyOf : null }];
  const claims = addClaimVersions(base.claims, { ...d, claims: d.claims.slice(0, LINK_PARAMS.maxReportClaims) }, clusterToEvent, eventAlias);
  const quantities: QuantityObservation[] = [
    ...(prev?.quantities ?? []),
    ...d.quantities.slice(0, LINK_PARAMS.maxReportQuantities).map((q) => ({ article: d.article.id, day: d.day, outlet: d.article.outlet, source: q.source, text: q.text, low: q.low, high: q.high, unit: q.unit, evidence: q.evidence, at: q.start - q.evidence.start })),
  ];
  // a background event's plan is its tracked event's too (the sitting that takes a decision gives the decision's time and certainty)
  const findings = findDrift(base.findings, { events: [...events, ...background], claims, quantities }, d.article.id);
  const days = articles.map((a) => (a.published ? a.published.slice(0, 10) : null)).filter((x): x is string => x !== null).sort();

  const centroid = new Map(Object.entries(prev?.centroid ?? {}));
  addSum(centroid, vector);
  const entityWeights = new Map(Object.entries(prev?.entityWeights ?? {}));
  addSum(entityWeights, entityVector(d, alias, entityWeights));
  const story: Story = {
    id,
    title: storyTitle(articles, events),
    firstDate: days[0] ?? null,
    lastDate: days[days.length - 1] ?? null,
    articles,
    entities: [...entities.values()].sort((a, b) => b.reports - a.reports || a.key.localeCompare(b.key)),
    events,
    claims,
    findings,
  };
  return {
    story,
    centroid: Object.fromEntries(prune(centroid, LINK_PARAMS.centroidTerms)),
    entityWeights: Object.fromEntries(entityWeights),
    lastDay: days[days.length - 1] ?? prev?.lastDay ?? null,
    quantities,
    background,
  };
}

/** The report's tf-idf vector against the state's current document frequencies. */
async function reportVector(state: LinkState, d: ReportDigest): Promise<Map<string, number>> {
  const tf = new Map(Object.entries(d.terms));
  const df = await state.documentFrequency([...tf.keys()]);
  const n = await state.reportCount();
  return prune(tfidf(tf, (t) => df.get(t) ?? 0, n), LINK_PARAMS.reportTerms);
}

/** Links one new report. Idempotent: a report already in a story is left where it is. */
export async function linkReport(state: LinkState, digest: ReportDigest, observer?: LinkObserver): Promise<LinkOutcome> {
  const existing = await state.storyOfArticle(digest.article.id);
  if (existing !== null) return { article: digest.article.id, story: existing, created: false, score: 1 };
  await state.addReport(digest);
  const vector = await reportVector(state, digest);
  // a report read without an entity layer gives each name several candidate keys (a place, a country, an organisation):
  // the query takes as many names, not as many keys, or one name's variants crowd out the rest
  const queryKeys = digest.entities.some((e) => e.candidate) ? LINK_PARAMS.queryKeys * LINK_PARAMS.candidateKeysPerName : LINK_PARAMS.queryKeys;
  const top = [...entityVector(digest)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, queryKeys).map((e) => e[0]);
  // a place or organisation is looked up under each of those types: stories may know "Nkulumane" as the other one
  const keys = [...new Set(top.flatMap(placeNameKeys))];
  const candidates = await state.candidateStories({ keys, day: digest.day, copyOf: digest.article.copyOf }, LINK_PARAMS.candidates);
  let best: StoryState | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    // a wire copy joins its original's story, whatever the scores say
    const isCopy = digest.article.copyOf !== null && c.story.articles.some((a) => a.id === digest.article.copyOf);
    const s = isCopy ? 1 : scoreStory(digest, vector, c);
    if (s > bestScore || (s === bestScore && best && c.story.id < best.story.id)) {
      best = c;
      bestScore = s;
    }
  }
  const join = best !== null && bestScore >= LINK_PARAMS.joinThreshold;
  const id = join ? best!.story.id : await state.newStoryId();
  const next = applyReport(join ? best : null, id, digest, vector, observer);
  await state.saveStory(next);
  return { article: digest.article.id, story: id, created: !join, score: join ? bestScore : 0 };
}

/** Removes a report: its story is rebuilt from the remaining reports in their link order, or dropped. */
export async function unlinkReport(state: LinkState, article: number): Promise<number | null> {
  const storyId = await state.storyOfArticle(article);
  await state.removeReport(article);
  if (storyId === null) return null;
  const s = await state.getStory(storyId);
  if (!s) return null;
  const rest = s.story.articles.map((a) => a.id).filter((a) => a !== article);
  await state.deleteStory(storyId);
  if (!rest.length) return storyId;
  let next: StoryState | null = null;
  for (const d of await state.digests(rest)) next = applyReport(next, storyId, d, await reportVector(state, d));
  if (next) await state.saveStory(next);
  return storyId;
}

/** A complement's verb group, up to six words before a time: "would come down in". */
const COMPLEMENT_VERB_BEFORE = /\b(?:would|will|could|might|may|should|had|has|have|was|were|is|are)\s+(?:[\p{L}'’-]+\s+){0,6}$/iu;

/** "… and that …": the start of a reported clause's second complement. */
const SECOND_COMPLEMENT = /,?\s+and\s+that\s+/gi;

/**
 * Whether `time` is stated in `e`'s sentence in another complement of the same speech verb than `e`'s first mention: an
 * "and that" stands between the two.
 */
export function otherComplementTime(time: DigestTime, e: DigestEvent): boolean {
  const text = e.evidence.text;
  const at = triggerOffset(e);
  const t = text.indexOf(time.text);
  if (at < 0 || t < 0) return false;
  // a time in the complement before: a verb group of that complement leads to it ("would come down in February"), not the
  // speech verb's own day ("told APS on Tuesday that … and that …")
  if (t < at && !COMPLEMENT_VERB_BEFORE.test(text.slice(Math.max(0, t - 60), t))) return false;
  const [lo, hi] = t < at ? [t + time.text.length, at] : [at + e.trigger.length, t];
  return [...text.slice(lo, hi).matchAll(SECOND_COMPLEMENT)].length > 0;
}
