/**
 * Event coreference within a document: a mention joins the most recent compatible cluster of the
 * same type and subtype. Compatible = no clash of actors (a capital counts as its country), of time,
 * or of past vs future status; and some evidence of identity: a shared actor, the same sentence, or
 * a definite noun ("the visit") close behind. Linear: only the last few clusters are looked at.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { Entity } from '../../doc/schemas/entities.js';
import type { EventStatus } from '../../doc/schemas/events.js';
import { compatibleTimes, type TimeRelation } from './time-relation.js';

export interface CorefItem {
  readonly id: string;
  readonly type: string;
  readonly subtype: string;
  readonly sentence: number;
  readonly definite: boolean;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly places: readonly string[];
  readonly status?: EventStatus;
  readonly time?: TimeRelation;
  /** The mention's modality (asserted, planned, expected, …). */
  readonly modality?: string;
  /** A noun marked as another instance of its kind ("the 2019 truce", "the previous recount"). */
  readonly contrastive?: boolean;
  /** Dated more than a year before the report ("recalled 45,000 cars in 2021" in a 2026 report). */
  readonly longPast?: boolean;
  /** The instance's number in a series ("the first strike" 1, "a second 24-hour strike" 2): two numbers are two events. */
  readonly ordinal?: number;
  /** The id of an earlier item this one refers back to by a general noun ("cut its rate … The decision"): its cluster. */
  readonly refersTo?: string;
}

interface Cluster {
  readonly id: string;
  readonly type: string;
  readonly subtype: string;
  lastSentence: number;
  sources: Set<string>;
  /** Targets and places, apart: a clash is read within each, a shared one across both. */
  patients: Set<string>;
  places: Set<string>;
  past: boolean;
  future: boolean;
  /** A member is a plan or a prospect not yet realised ("in talks to buy"); one is dated in the past ("bought it in 2021"). */
  unrealised: boolean;
  datedPast: boolean;
  time?: TimeRelation;
  ordinal?: number;
}

/** Modalities of a happening that has not taken place yet. */
const UNREALISED: ReadonlySet<string> = new Set(['planned', 'expected', 'hypothetical']);

const LOOKBACK = 24;
const DEFINITE_REACH = 4;

/** Lower-cased capital → lower-cased country names (common, official, alternative spellings). */
// loaded through require: the package is CommonJS and its typings describe the array as a default export
const countries = createRequire(import.meta.url)('world-countries') as Country[];

const CAPITAL_OF: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const c of countries) {
    const names = [c.name.common, c.name.official, ...c.altSpellings].map((s) => s.toLowerCase());
    for (const cap of c.capital ?? []) m.set(cap.toLowerCase(), names);
  }
  return m;
})();

export function placeKeys(entities: ReadonlyMap<string, Entity>, id: string): string[] {
  const e = entities.get(id);
  if (!e) return [id];
  const name = e.canonical.toLowerCase();
  const country = CAPITAL_OF.get(name);
  return country ? [id, name, ...country] : [id, name];
}

function overlapsSet(a: ReadonlySet<string>, b: readonly string[]): boolean {
  for (const x of b) if (a.has(x)) return true;
  return false;
}

const PAST: ReadonlySet<EventStatus> = new Set(['occurred']);
const FUTURE: ReadonlySet<EventStatus> = new Set(['invited', 'anticipated', 'scheduled', 'cancelled']);

/** Returns the cluster id for each item, in order. `keys` expands an entity id into comparable keys. */
export function clusterEvents(items: readonly CorefItem[], keys: (entity: string) => readonly string[]): string[] {
  const clusters: Cluster[] = [];
  const out: string[] = [];
  // each item's cluster, for the general nouns that refer back to one
  const clusterOf = new Map<string, Cluster>();
  for (const it of items) {
    const src = it.sources.flatMap(keys);
    const patients = it.targets.flatMap(keys);
    const places = it.places.flatMap(keys);
    const tgt = [...patients, ...places];
    const isPast = it.status ? PAST.has(it.status) : it.time?.relation === 'past';
    const isFuture = it.status ? FUTURE.has(it.status) : it.time?.relation === 'future';
    // "in talks to buy the chain" and "bought another chain in 2021": a plan is not a happening dated in the past
    const unrealised = UNREALISED.has(it.modality ?? '') && it.time?.relation !== 'past' && !(it.status && PAST.has(it.status));
    const datedPast = it.modality === 'asserted' && it.time?.relation === 'past';
    // a general noun is the event it refers back to, whatever its own sentence names around it
    let chosen: Cluster | undefined = it.refersTo === undefined ? undefined : clusterOf.get(it.refersTo);
    for (let c = clusters.length - 1; !chosen && c >= Math.max(0, clusters.length - LOOKBACK); c--) {
      const cl = clusters[c]!;
      if (cl.type !== it.type || cl.subtype !== it.subtype) continue;
      if (src.length && cl.sources.size && !overlapsSet(cl.sources, src)) continue;
      // a clash is two different targets, or two different places: "released them" and "were freed at the port of
      // Bissau" name a target and a place, which do not clash (a place named as a target, "the attack on Kyiv" / "in
      // Kyiv", still counts as shared below)
      const sharesTarget = tgt.length > 0 && (overlapsSet(cl.patients, tgt) || overlapsSet(cl.places, tgt));
      if (patients.length && cl.patients.size && !overlapsSet(cl.patients, patients) && !sharesTarget) continue;
      if (places.length && cl.places.size && !overlapsSet(cl.places, places) && !sharesTarget) continue;
      if ((isPast && cl.future) || (isFuture && cl.past)) continue;
      if ((unrealised && cl.datedPast) || (datedPast && cl.unrealised)) continue;
      // "the ceasefire has held where the 2019 truce did not": another instance joins only a cluster dated as it is
      if (it.contrastive && !(cl.time && it.time && compatibleTimes(it.time, cl.time))) continue;
      if (!compatibleTimes(it.time, cl.time)) continue;
      // "A second 24-hour strike … The first strike, on July 3": two numbers of one series are two events
      if (it.ordinal !== undefined && cl.ordinal !== undefined && it.ordinal !== cl.ordinal) continue;
      // (an actor state and a place in it are shared too: "Guinea-Bissau released them" / "were freed at the port of Bissau")
      const shared = (src.length > 0 && overlapsSet(cl.sources, src)) || sharesTarget || overlapsSet(cl.places, src) || overlapsSet(cl.sources, places);
      const near = it.sentence === cl.lastSentence || (it.definite && it.sentence - cl.lastSentence <= DEFINITE_REACH);
      if (!shared && !near) continue;
      // A report's undated mentions are of its news, not of a happening years back: "Kessler widened its recall"
      // and, three sentences on, "the company recalled 45,000 cars in 2021" share an actor but not the event.
      // Across that gap only closeness joins them (the same sentence, or "the recall" right behind).
      // (The other way round, an undated mention after a long-past one, is usually that past happening told on.)
      if (!near && it.longPast && !cl.time) continue;
      chosen = cl;
      break;
    }
    if (!chosen) {
      chosen = { id: it.id, type: it.type, subtype: it.subtype, lastSentence: it.sentence, sources: new Set(), patients: new Set(), places: new Set(), past: false, future: false, unrealised: false, datedPast: false };
      clusters.push(chosen);
    }
    for (const s of src) chosen.sources.add(s);
    for (const t of patients) chosen.patients.add(t);
    for (const t of places) chosen.places.add(t);
    chosen.past ||= Boolean(isPast);
    chosen.future ||= Boolean(isFuture);
    chosen.unrealised ||= unrealised;
    chosen.datedPast ||= datedPast;
    chosen.lastSentence = it.sentence;
    if (it.time && it.time.relation !== 'unknown' && !chosen.time) chosen.time = it.time;
    if (it.ordinal !== undefined && chosen.ordinal === undefined) chosen.ordinal = it.ordinal;
    clusterOf.set(it.id, chosen);
    out.push(chosen.id);
  }
  return out;
}
