/**
 * Document-level events: each coreference cluster of event mentions folded into one record with its
 * actors, place, time, status, certainty and the claims that report it; and the PLOVER-like JSON
 * Lines export of those records. Views only: nothing here changes the stored layers, and nothing here
 * runs an annotator, so the link layer and the service can read stored layers through it.
 */
import type { Doc } from '../doc.js';
import type { Claim, Event, EventArg, EventStatus, Modality, EventFamily } from '../schemas/events.js';
import { quantitiesByClaim, type QuantityView } from './quantities.js';

export interface ArgView {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly entity?: string;
  readonly canonical?: string;
  readonly key?: string;
  /** A capital or seat of government acting for a state: the state ("Moscow" → "Russia"). */
  readonly government?: string;
}

export interface TimeView extends ArgView {
  readonly value?: string;
  readonly type?: string;
  readonly window?: { from: string | null; to: string | null; confidence: number };
}

export interface ClaimView {
  readonly id: string;
  readonly source: ArgView | null;
  readonly cue: string;
  readonly stance: string;
  readonly proposition: string;
  readonly via?: string;
  /** The time this claim gives this event ("soon", "at an early date"), with its TIMEX3 value and window. */
  readonly time?: TimeView;
  /** The claim says no date is set or confirmed. */
  readonly dateNotSet?: boolean;
  readonly confidence?: number;
  /** Carried over from the agency report of the sentence before (no cue of its own). */
  readonly inherited?: boolean;
  /** How a nominal source was linked ("source:report-anaphor": "the report" → the agency). */
  readonly sourceRule?: string;
  /** The numbers the claim states (quantities layer), when it states any. */
  readonly quantities?: readonly QuantityView[];
}

export interface MentionView {
  readonly id: string;
  readonly trigger: string;
  readonly start: number;
  readonly end: number;
  readonly modality: Modality;
  readonly modalityCue?: string;
  readonly status?: EventStatus;
  readonly statusCue?: string;
  /** The events-layer rule that set the status ("status:lang-postponed"): a change of plan no status value names. */
  readonly statusRule?: string;
  /** The phase this mention puts a family event in ("charged", "rescue-under-way"), and the words that said so. */
  readonly phase?: string;
  readonly phaseCue?: string;
  readonly time?: TimeView;
}

export interface EventView {
  readonly id: string;
  readonly type: string;
  readonly subtype?: string;
  readonly lemma: string;
  readonly source: ArgView[];
  readonly target: ArgView[];
  readonly place: ArgView[];
  readonly time: TimeView | null;
  readonly times: TimeView[];
  readonly modality: Modality;
  readonly status?: EventStatus;
  /** Incidents, legal processes, strikes, rate decisions, elections: the family and the phase the report gives. */
  readonly family?: EventFamily;
  readonly phase?: string;
  readonly certainty: number;
  readonly certaintyLabel: string;
  readonly mentions: MentionView[];
  readonly claims: ClaimView[];
  /** Events this one stands in a complement relation with ("accepted" → "invitation"). */
  readonly related: string[];
}

const STATUS_PRIORITY: Record<EventStatus, number> = { cancelled: 6, 'in-progress': 5, occurred: 4, scheduled: 3, anticipated: 2, invited: 1 };

interface ViewContext {
  readonly slice: (s: { start: number; end: number }) => string;
  readonly argView: (a: EventArg) => ArgView;
  readonly timeView: (a: EventArg) => TimeView;
  /** A claim as shown under one cluster (the cluster picks the time), or under none. */
  readonly claimView: (c: Claim, cluster: string | null) => ClaimView;
}

function viewContext(doc: Doc): ViewContext {
  const events = doc.layers.events ?? [];
  const entities = new Map((doc.layers.entities ?? []).map((e) => [e.id, e]));
  const timexes = new Map((doc.layers.timexes ?? []).map((t) => [t.id, t]));
  const attributions = new Map((doc.layers.attributions ?? []).map((a) => [a.id, a]));
  const text = doc.text;
  const slice = (s: { start: number; end: number }): string => text.slice(s.start, s.end);
  const claimQuantities = quantitiesByClaim(doc);

  const governments = new Map<string, string>();
  for (const m of doc.layers.mentions ?? []) if (m.standsFor) governments.set(`${m.start}:${m.end}`, m.standsFor);
  const argView = (a: EventArg): ArgView => {
    const e = a.entity ? entities.get(a.entity) : undefined;
    const government = governments.get(`${a.start}:${a.end}`);
    return {
      text: slice(a),
      start: a.start,
      end: a.end,
      ...(a.entity ? { entity: a.entity } : {}),
      ...(e ? { canonical: e.canonical, key: e.key } : {}),
      ...(government ? { government } : {}),
    };
  };
  const timeView = (a: EventArg): TimeView => {
    const t = a.timex ? timexes.get(a.timex) : undefined;
    return { text: slice(a), start: a.start, end: a.end, ...(t ? { value: t.value, type: t.type, ...(t.window ? { window: t.window } : {}) } : {}) };
  };
  const eventById = new Map(events.map((e) => [e.id, e]));
  const within = (t: { start: number; end: number }, p: { start: number; end: number }): boolean => t.start >= p.start && t.end <= p.end;
  /** The claim's time for one cluster: that cluster's mention's time inside the proposition, else the claim's own. */
  const claimTime = (c: Claim, cluster: string | null): EventArg | undefined => {
    if (cluster === null) return c.time;
    const mine = c.events.map((id) => eventById.get(id)).filter((e): e is Event => Boolean(e));
    const own = mine.find((e) => e.cluster === cluster && e.time && within(e.time, c.proposition));
    if (own?.time) return own.time;
    if (!c.time) return undefined;
    // a time read for another cluster's mention is not this cluster's
    const other = mine.some((e) => e.cluster !== cluster && e.time && e.time.start === c.time!.start);
    return other ? undefined : c.time;
  };
  const claimView = (c: Claim, cluster: string | null): ClaimView => {
    const a = attributions.get(c.attribution);
    const src = c.source;
    const se = src?.entity ? entities.get(src.entity) : undefined;
    const time = claimTime(c, cluster);
    return {
      id: c.id,
      source: src ? { text: slice(src), start: src.start, end: src.end, ...(src.entity ? { entity: src.entity } : {}), ...(se ? { canonical: se.canonical, key: se.key } : {}) } : null,
      cue: a ? slice(a.cue) : '',
      stance: c.stance,
      proposition: slice(c.proposition),
      ...(c.via ? { via: c.via } : {}),
      ...(time ? { time: timeView(time) } : {}),
      ...(c.dateNotSet ? { dateNotSet: true } : {}),
      ...(c.confidence !== undefined ? { confidence: c.confidence } : {}),
      ...(c.inherited ? { inherited: true } : {}),
      ...(src?.rule ? { sourceRule: src.rule } : {}),
      ...(claimQuantities.has(c.id) ? { quantities: claimQuantities.get(c.id)! } : {}),
    };
  };
  return { slice, argView, timeView, claimView };
}

export function eventViews(doc: Doc): EventView[] {
  const events = doc.layers.events ?? [];
  const claims = doc.layers.claims ?? [];
  const { slice, argView, timeView, claimView } = viewContext(doc);

  const byCluster = new Map<string, Event[]>();
  for (const e of events) {
    const list = byCluster.get(e.cluster);
    if (list) list.push(e);
    else byCluster.set(e.cluster, [e]);
  }
  const clusterOf = new Map(events.map((e) => [e.id, e.cluster]));
  // per cluster, once: the clusters whose mentions it governs, and its claims (both in document
  // order), so that each cluster does not scan every event and claim of a long text
  const governed = new Map<string, string[]>();
  for (const e of events) {
    const g = e.governor ? clusterOf.get(e.governor) : undefined;
    if (g !== undefined && e.cluster !== g) pushTo(governed, g, e.cluster);
  }
  const claimsOf = new Map<string, Claim[]>();
  for (const c of claims) for (const id of new Set(c.clusters)) pushTo(claimsOf, id, c);
  const out: EventView[] = [];
  for (const [id, ms] of byCluster) {
    const first = ms[0]!;
    const withStatus = ms.filter((m) => m.status).sort((a, b) => STATUS_PRIORITY[b.status!] - STATUS_PRIORITY[a.status!]);
    // with no status anywhere, a mention that plans or expects the event at a time of its own says more than a bare
    // first mention ("approved the purchase" … "would complete the takeover in the coming weeks")
    const decisive = withStatus[0] ?? (first.modality === 'asserted' ? ms.find((m) => (m.modality === 'planned' || m.modality === 'expected') && m.time) : undefined) ?? first;
    const uniq = (args: EventArg[]): ArgView[] => {
      const seen = new Set<string>();
      const views: ArgView[] = [];
      for (const a of args) {
        const k = a.entity ?? slice(a).toLowerCase();
        if (seen.has(k)) continue;
        seen.add(k);
        views.push(argView(a));
      }
      return views;
    };
    const times = ms.filter((m) => m.time).map((m) => timeView(m.time!));
    const decisiveTime = decisive.time ? timeView(decisive.time) : (times[0] ?? null);
    const certainty = Math.round((ms.reduce((s, m) => s + m.certainty, 0) / ms.length) * 100) / 100;
    const related = new Set<string>();
    for (const m of ms) if (m.governor && clusterOf.get(m.governor) !== id) related.add(clusterOf.get(m.governor)!);
    for (const c of governed.get(id) ?? []) related.add(c);
    // the decisive mention's phase, else the first one a mention states
    const phase = decisive.phase ?? ms.find((m) => m.phase)?.phase;
    out.push({
      id,
      type: first.type,
      ...(first.subtype ? { subtype: first.subtype } : {}),
      lemma: first.lemma,
      source: uniq(ms.flatMap((m) => m.source ?? [])),
      target: uniq(ms.flatMap((m) => m.target ?? [])),
      place: uniq(ms.flatMap((m) => (m.place ? [m.place] : []))),
      time: decisiveTime,
      times,
      modality: decisive.modality,
      ...(decisive.status ? { status: decisive.status } : {}),
      ...(first.family ? { family: first.family } : {}),
      ...(phase ? { phase } : {}),
      certainty,
      certaintyLabel: certaintyLabel(certainty),
      mentions: ms.map((m) => ({
        id: m.id,
        trigger: slice(m.trigger),
        start: m.trigger.start,
        end: m.trigger.end,
        modality: m.modality,
        ...(m.modalityCue ? { modalityCue: slice(m.modalityCue) } : {}),
        ...(m.status ? { status: m.status } : {}),
        ...(m.statusCue ? { statusCue: slice(m.statusCue) } : {}),
        ...(m.statusCue?.rule ? { statusRule: m.statusCue.rule } : {}),
        ...(m.phase ? { phase: m.phase } : {}),
        ...(m.phaseCue ? { phaseCue: slice(m.phaseCue) } : {}),
        ...(m.time ? { time: timeView(m.time) } : {}),
      })),
      claims: (claimsOf.get(id) ?? []).map((c) => claimView(c, id)),
      related: [...related],
    });
  }
  return out;
}

/** A claim that no shown event lists, with the events its numbers count (`quantities[].event`'s clusters). */
export interface LooseClaimView extends ClaimView {
  /** Clusters of shown events that the claim's quantities count, in text order; absent when none. */
  readonly quantityEvents?: readonly string[];
}

/**
 * Claims that appear under no event of `views`: their proposition names no tracked event ("valued at
 * about $1.5bn", "a delegation of about 40 companies would accompany …"), so the event list alone would
 * drop them and the numbers they carry. Each comes with the shown events its quantities count.
 */
export function claimsWithoutEvent(doc: Doc, views: readonly EventView[] = eventViews(doc)): LooseClaimView[] {
  const shownClaims = new Set(views.flatMap((v) => v.claims.map((c) => c.id)));
  const shownClusters = new Set(views.map((v) => v.id));
  const clusterOf = new Map((doc.layers.events ?? []).map((e) => [e.id, e.cluster]));
  const { claimView } = viewContext(doc);
  const out: LooseClaimView[] = [];
  for (const c of doc.layers.claims ?? []) {
    if (shownClaims.has(c.id)) continue;
    const view = claimView(c, null);
    const counted = new Set<string>();
    for (const q of view.quantities ?? []) {
      const cluster = q.event ? clusterOf.get(q.event) : undefined;
      if (cluster !== undefined && shownClusters.has(cluster)) counted.add(cluster);
    }
    out.push({ ...view, ...(counted.size ? { quantityEvents: [...counted] } : {}) });
  }
  return out;
}

/** One PLOVER-like record per event: PLOVER's id/date/event/mode/source/target/text, plus our fields. */
export function ploverRecords(doc: Doc, views: readonly EventView[] = eventViews(doc)): Record<string, unknown>[] {
  const names = (a: readonly ArgView[]): string[] => a.map((x) => (x.government ? `${x.government} (${x.canonical ?? x.text})` : (x.canonical ?? x.text)));
  return views.map((v) => ({
    id: doc.id ? `${doc.id}:${v.id}` : v.id,
    date: doc.meta.published ?? null,
    event: v.type,
    mode: v.subtype ?? '',
    source: names(v.source).join('; '),
    target: names(v.target).join('; '),
    source_keys: v.source.map((x) => x.key ?? null),
    target_keys: v.target.map((x) => x.key ?? null),
    location: names(v.place).join('; '),
    event_date: v.time?.value ?? null,
    event_date_text: v.time?.text ?? null,
    event_date_window: v.time?.window ?? null,
    text: v.mentions.map((m) => m.trigger).join(' | '),
    modality: v.modality,
    status: v.status ?? null,
    phase: v.phase ?? null,
    certainty: v.certainty,
    certainty_label: v.certaintyLabel,
    claims: v.claims.map((c) => ({
      source: c.source?.canonical ?? c.source?.text ?? null,
      cue: c.cue,
      stance: c.stance,
      proposition: c.proposition,
      via: c.via ?? null,
      claim_date: c.time?.value ?? null,
      claim_date_text: c.time?.text ?? null,
      claim_date_window: c.time?.window ?? null,
      date_not_set: c.dateNotSet ?? false,
      confidence: c.confidence ?? null,
      inherited: c.inherited ?? false,
    })),
  }));
}

/** A word for a number: firm (≥ 0.8), hedged (≥ 0.45), doubtful (≥ 0.15), unlikely. */
export function certaintyLabel(c: number): 'firm' | 'hedged' | 'doubtful' | 'unlikely' {
  if (c >= 0.8) return 'firm';
  if (c >= 0.45) return 'hedged';
  if (c >= 0.15) return 'doubtful';
  return 'unlikely';
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
