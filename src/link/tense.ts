/**
 * A status from general signals, for an event of a kind with no status rule of its own: the events layer gives
 * it no status (no schedule, no family phase) but asserts it. The tense and aspect of its trigger's verb group
 * say whether it happened ("lifted off", "was launched", "has opened") or is going on ("is erupting"), and a
 * time of its own that ended before the report's day says it is past ("the 2019 launch"). What is still ahead
 * ("will be launched", "to launch") is left to the modality the events layer reads. Text only: no annotator
 * code, no names.
 */
import { escapeRegExp } from '../util/regexp.js';
import { IRREGULAR_PAST_FORMS } from '../util/irregular-verbs.js';

/** Words right before the trigger that put it ahead or make it unreal: "will be launched", "plans to launch", "could open". */
const AHEAD = /\b(?:will|shall|would|could|may|might|should|must|can|to|be|going)\s+(?:[\w'’-]+\s+)?$/i;
/** An auxiliary of the perfect or the passive right before the trigger: "has opened", "was launched", "had been freed". */
const PAST_AUX = /\b(?:was|were|has|have|had)\s+(?:(?:been|already|now|just|finally|successfully|also)\s+){0,2}$/i;
/** Progressive present: "is erupting", "are now striking". */
const PRESENT_PROGRESSIVE = /\b(?:is|are|am)\s+(?:(?:now|still|already)\s+)?$/i;
/**
 * A past verb that changes, carries out, hands over or undoes a happening named by a noun right after it (a determiner
 * and one modifier between): "widened its recall", "has extended the ban", "completed the evacuation", "handed its
 * report", "overturned a police ban". The happening exists: it began before. Verbs that only ask for or plan one ("ordered a recount", "planned a launch") are not here.
 */
const CHANGED_BEFORE = /\b(?:widened|expanded|extended|broadened|narrowed|completed|finished|concluded|conducted|staged|handed|submitted|delivered|presented|published|imposed|lifted|overturned|quashed|struck\s+down)\s+(?:(?:its|the|their|his|her|a|an|this|that)\s+)?(?:[\w'’-]+\s+)?$/i;
/**
 * A light verb's past right before the noun that names the happening: "came into force", "went into effect". The phrase's
 * verb carries the tense the noun cannot. ("the ban took effect" is left out: told of a state's own noun, it puts the
 * state in force, which status.ts reads as going on.)
 */
const LIGHT_PAST_BEFORE = /\b(?:came|went)\s+into\s+$/i;
/** A degree right before a past participle that says the change is not complete: "partly restored", "partially reopened". */
const PARTIAL = /\b(?:partly|partially|gradually)\s+$/i;
/** Irregular past forms that news triggers take (the regular ones end in -ed). */
/**
 * Verbs whose past is their plain form ("authorities shut six beaches", "the storm cut power"): in an asserted news
 * mention with nothing ahead (AHEAD reads "will shut", "to cut") the form is the past, as a present would mostly be
 * the third person's "-s" ("shuts", "cuts").
 */
const SAME_FORM_PAST = ['shut', 'cut', 'put', 'set', 'hit', 'spread', 'hurt', 'let', 'quit', 'split', 'cast', 'cost', 'burst', 'shed'];
/** An irregular past or participle (the shared table) or a same-form past. */
const IRREGULAR_PAST: ReadonlySet<string> = new Set([...IRREGULAR_PAST_FORMS, ...SAME_FORM_PAST]);

export type Tense = 'past' | 'progressive' | null;

/** Past progressive right before an -ing trigger: "oil was leaking", "fires were still burning". */
const PAST_PROGRESSIVE = /\b(?:was|were)\s+(?:(?:still|already|now)\s+)?$/i;

/**
 * Whether the trigger at `at` is in the past progressive ("Crude oil was leaking from a ruptured pipeline"). Told of the
 * report's own day, it is going on when the report is written.
 */
export function pastProgressiveAt(sentence: string, trigger: string, at: number): boolean {
  const word = trigger.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return at >= 0 && word.endsWith('ing') && PAST_PROGRESSIVE.test(sentence.slice(Math.max(0, at - 24), at));
}

/** The tense a trigger's verb group shows at `at` in its sentence (or its first occurrence): past, progressive, or null (ahead, a noun, unknown). */
export function triggerTense(sentence: string, trigger: string, at = -1): Tense {
  const word = trigger.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!word) return null;
  let i = at;
  if (i < 0) {
    const m = new RegExp(`\\b${escapeRegExp(word)}\\b`, 'i').exec(sentence);
    if (!m) return null;
    i = m.index;
  }
  const before = sentence.slice(Math.max(0, i - 48), i);
  if (AHEAD.test(before)) return null;
  // ("lifted its grounding of the five aircraft": an -ing noun a past verb changes is past, as CHANGED_BEFORE reads below)
  if (word.endsWith('ing')) return PRESENT_PROGRESSIVE.test(before) ? 'progressive' : CHANGED_BEFORE.test(before) ? 'past' : null;
  const pastForm = (word.length > 4 && word.endsWith('ed')) || IRREGULAR_PAST.has(word);
  // "systems have been partly restored": begun and going on, not done
  if (pastForm && PARTIAL.test(before)) return 'progressive';
  if (pastForm) return 'past';
  if (PAST_AUX.test(before) && /(?:en|wn|ne)$/.test(word)) return 'past';
  return CHANGED_BEFORE.test(before) || LIGHT_PAST_BEFORE.test(before) ? 'past' : null;
}

/**
 * Kinds whose status has rules of their own, which the general reading must not pre-empt: an agreement ("agreed
 * to …" is a commitment; "had agreed", said and denied, a claim), what someone says or feels about a happening
 * (support, criticism, demands, rejections, threats: claims, not happenings), and the amounts-only OCCURRENCE.
 */
const RULED_TYPES: ReadonlySet<string> = new Set(['AGREE', 'SUPPORT', 'ACCUSE', 'REQUEST', 'REJECT', 'THREATEN', 'CONCEDE', 'COOPERATE', 'OCCURRENCE']);

/** Whether an event is of a kind with no status rule of its own (no family with phases, no ruled type). */
export function generalKind(e: { readonly type: string; readonly family?: string | null }): boolean {
  return !e.family && !RULED_TYPES.has(e.type);
}

/**
 * What tense and time say of an event of a general kind, in the events layer's words: 'occurred' (asserted: a past
 * verb group in an asserted mention, or a time of its own that ended before the report's day; planned or expected:
 * a past participle whose own time is over; or an attack or disaster named as a fact, whatever its family: incidentFact),
 * 'in-progress' (asserted, a present progressive), or null. `mentions`: each mention's sentence, trigger and offset in that
 * sentence; `timeFrom`, `timeTo`: the event's own time window.
 */
export function generalReading(
  e: { readonly type: string; readonly family?: string | null; readonly modality: string },
  mentions: readonly GeneralMention[],
  timeTo: string | null,
  day: string | null,
  timeFrom: string | null = null,
): 'occurred' | 'in-progress' | null {
  return tenseReading(e, mentions, timeTo, day) ?? (incidentFact(e.type, mentions, timeFrom, day) ? 'occurred' : null);
}

/** One mention of an event for a general reading: its sentence, its trigger, the trigger's offset there, its modality. */
interface GeneralMention {
  readonly sentence: string;
  readonly trigger: string;
  readonly at: number;
  readonly modality: string;
}

/** Event types whose asserted mentions are of something that happened: attacks and disasters. */
const INCIDENT_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'DISASTER']);
/** Words before an incident's trigger that make it a prospect: fears, warnings, threats, risks, modal verbs. */
const PROSPECT_BEFORE = /\b(?:fear(?:s|ed|ing)?|warn(?:s|ed|ing)?|warning|threat(?:s|en|ens|ened|ening)?|risk(?:s)?|possible|possibility|potential|likely|prevent(?:s|ed)?|avert(?:ed)?|could|may|might|would|will|plan(?:s|ned)?|prepar(?:e|es|ed|ing))\b/i;
/** How far before the trigger (characters) such a word is read. */
const PROSPECT_REACH = 48;

/**
 * "responsibility for the attack", "hit by a cyberattack": an attack or a disaster that every mention asserts, with
 * no prospect word before its trigger and no time of its own after the report's day, is named as a fact, so it has
 * happened (an incident is not planned; one feared or threatened is no assertion), whatever its family.
 */
function incidentFact(type: string, mentions: readonly GeneralMention[], timeFrom: string | null, day: string | null): boolean {
  if (!INCIDENT_TYPES.has(type) || (timeFrom !== null && day !== null && timeFrom > day)) return false;
  return mentions.every((m) => m.modality === 'asserted' && !PROSPECT_BEFORE.test(m.sentence.slice(Math.max(0, m.at - PROSPECT_REACH), m.at)));
}

/** What tense and time say of an event of a general kind (generalReading, before the incident reading). */
function tenseReading(
  e: { readonly type: string; readonly family?: string | null; readonly modality: string },
  mentions: readonly GeneralMention[],
  timeTo: string | null,
  day: string | null,
): 'occurred' | 'in-progress' | null {
  if (!generalKind(e)) return null;
  const over = timeTo !== null && day !== null && timeTo.slice(0, 10) < day;
  // "It will replace Condor-2, launched from the same pad in 2019": a past participle with a time of its own that
  // is over is a past event, whatever plan the main clause lends it
  if (e.modality === 'planned' || e.modality === 'expected') {
    return over && mentions.some((m) => triggerTense(m.sentence, m.trigger, m.at) === 'past') ? 'occurred' : null;
  }
  if (e.modality !== 'asserted') return null;
  for (const m of mentions) {
    if (m.modality !== 'asserted') continue;
    const tense = triggerTense(m.sentence, m.trigger, m.at);
    if (tense === 'past') return 'occurred';
    if (tense === 'progressive') return 'in-progress';
  }
  return over ? 'occurred' : null;
}
