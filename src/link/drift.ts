/**
 * Drift and contradiction findings, each pointing at two evidence spans. Only pairs that involve the
 * newest report are looked at, so linking stays local to one story.
 *  - time: the time a tracked event is given changes from one report to the next ("soon" → "in the
 *    foreseeable future" → "on 8–9 April"); a contradiction when two specific dates cannot both hold.
 *  - quantity: an amount of the same thing changes (40 → 50 → "more than 60" companies; 13 vs 14
 *    agreements); a contradiction when two reports of the same day give amounts that cannot both hold.
 *    A rising count over days is drift, not a contradiction.
 *  - certainty: one source's claim changes its modal words ("intends" → "willing").
 *  - attribution: the same words credited to two different sources.
 *  - negation: what one source says is denied by another (or by itself later).
 */
import { negatedAt } from './negation.js';
import { intervalsOverlap } from './quantities.js';
import { addTerms, cosine } from './terms.js';
import type { QuantityObservation } from './state.js';
import type { ClaimVersion, Evidence, Finding, FindingKind, StatusStep, StoryClaim, TrackedEvent } from './schema.js';

/** Statements this alike, credited to different sources, are the same words re-attributed. */
export const SAME_WORDS = 0.6;
/** ...and they share at least this many content words (short claims are alike by accident). */
const SAME_WORDS_MIN_TERMS = 5;
/** Amounts of one unit further apart than this factor are different things (a trade total and a deal's value). */
const COMPARABLE_RATIO = 3;

/** Words that carry a claim's certainty; versions with different sets drift in certainty. */
const CERTAINTY_WORDS = /\b(?:willing|ready|will|would|may|might|could|intends?|intended|intention|expects?|expected|likely|unlikely|possible|possibly|probably|hopes?|certain|definitely|considering|wants?)\b/gi;

/**
 * Word families a denial and the claim it denies share ("put off" / "no postponement"; "agreed" /
 * "no agreement"). A negated statement and a plain one about the same event that share a family conflict.
 */
const NEGATION_TOPICS: ReadonlyArray<{ readonly name: string; readonly pattern: RegExp }> = [
  { name: 'postpone', pattern: /\b(?:postpon\w*|put off|delay\w*|pushed back|rescheduled)\b/i },
  { name: 'cancel', pattern: /\b(?:cancel\w*|called off|call off|scrapped)\b/i },
  { name: 'agree', pattern: /\b(?:agree\w*|deal|signed|sign)\b/i },
  { name: 'visit', pattern: /\b(?:visit\w*|trip)\b/i },
  { name: 'strike', pattern: /\b(?:strike\w*|walkout)\b/i },
  { name: 'arrest', pattern: /\b(?:arrest\w*|detain\w*|charged)\b/i },
];
const NEGATED = /\b(?:not|no|never|denied|denies|deny|rejected|dismissed|untrue|false)\b|n[’']t\b/i;

/** Whether a text negates a topic (true), states it (false), or does not speak of it (null). */
export function topicPolarity(text: string, topic: RegExp): boolean | null {
  const m = topic.exec(text);
  if (!m) return null;
  return negatedAt(text, m.index, NEGATED) || /^\s*(?:not|no)\b/i.test(text.slice(m.index + m[0].length));
}

function certaintyWords(text: string): string {
  return [...new Set([...text.matchAll(CERTAINTY_WORDS)].map((m) => m[0].toLowerCase()))].sort().join(' ');
}

function keyOf(kind: FindingKind, a: Evidence, b: Evidence): string {
  const [x, y] = [`${a.article}:${a.start}`, `${b.article}:${b.start}`].sort();
  return `${kind}:${x}~${y}`;
}

function make(kind: FindingKind, severity: Finding['severity'], summary: string, a: Evidence, b: Evidence, versions: readonly string[], event: string | null): Finding {
  return { id: keyOf(kind, a, b), kind, severity, summary, a, b, versions: [...versions], event };
}

const who = (source: string | null, outlet: string | null, article: number): string => `${source ?? outlet ?? 'unattributed'}${source && outlet ? `, ${outlet}` : ''}${!outlet ? ` #${article}` : ''}`;

/** Time drift along a tracked event's history: consecutive future times from different reports. */
function timeFindings(e: TrackedEvent, article: number): Finding[] {
  const out: Finding[] = [];
  const timed = e.timeline.filter((s): s is StatusStep & { time: NonNullable<StatusStep['time']> } => Boolean(s.time) && s.status !== 'happened' && s.status !== 'under-way');
  for (let i = 1; i < timed.length; i++) {
    const a = timed[i - 1]!;
    const b = timed[i]!;
    if (a.article !== article && b.article !== article) continue;
    if (a.article === b.article) continue;
    const ta = a.time.text.toLowerCase().trim();
    const tb = b.time.text.toLowerCase().trim();
    if (ta === tb) continue;
    const wa = a.time.window;
    const wb = b.time.window;
    const specific = (w: typeof wa): boolean => Boolean(w?.from && w.to && w.to.slice(0, 7) === w.from.slice(0, 7));
    if (wa && wb && wa.from === wb.from && wa.to === wb.to && wa.from !== null) continue;
    const clash = specific(wa) && specific(wb) && (wa!.to! < wb!.from! || wb!.to! < wa!.from!);
    out.push(make('time', clash ? 'contradiction' : 'drift', `${e.label}: “${a.time.text}” (${who(a.source.name, a.outlet, a.article)}) → “${b.time.text}” (${who(b.source.name, b.outlet, b.article)})`, a.evidence, b.evidence, [a.id, b.id], e.id));
  }
  return out;
}

/** Quantity drift: each new amount against the latest earlier amount of the same unit that differs. */
function quantityFindings(obs: readonly QuantityObservation[], article: number): Finding[] {
  const out: Finding[] = [];
  // where each figure first appeared outside the new report (one pass, so finding origins stays linear)
  const figure = (x: QuantityObservation): string => `${x.unit}\u0000${x.low}\u0000${x.high}`;
  const firstSeen = new Map<string, number>();
  obs.forEach((o, k) => {
    if (o.article !== article && !firstSeen.has(figure(o))) firstSeen.set(figure(o), k);
  });
  obs.forEach((q, i) => {
    if (q.article !== article) return;
    for (let j = i - 1; j >= 0; j--) {
      const p = obs[j]!;
      if (p.unit !== q.unit || (p.low === q.low && p.high === q.high)) continue;
      const scale = (x: QuantityObservation): number => (Number.isFinite(x.high) ? (x.low + x.high) / 2 : x.low);
      const ratio = Math.max(scale(p), scale(q)) / Math.max(1, Math.min(scale(p), scale(q)));
      if (ratio > COMPARABLE_RATIO) continue;
      if (p.article === q.article && p.evidence.start === q.evidence.start) continue;
      // the same sentence in two reports is a wire copy, not drift
      if (p.evidence.text === q.evidence.text) continue;
      // the earlier figure where it first appeared: a copy of it in a later report is not where the drift starts
      const first = firstSeen.get(figure(p));
      const origin = first !== undefined && first < j ? obs[first]! : p;
      const sameDay = origin.day !== null && origin.day === q.day && origin.article !== q.article;
      const severity = sameDay && !intervalsOverlap(origin, q) ? 'contradiction' : 'drift';
      out.push(make('quantity', severity, `“${origin.text}” (${who(origin.source, origin.outlet, origin.article)}) → “${q.text}” (${who(q.source, q.outlet, q.article)})`, origin.evidence, q.evidence, [], null));
      break;
    }
  });
  return out;
}

/** Certainty drift within one claim (one source, one event): its modal words changed. */
function certaintyFindings(c: StoryClaim, article: number): Finding[] {
  const out: Finding[] = [];
  c.versions.forEach((v, i) => {
    if (v.article !== article || i === 0) return;
    const cw = certaintyWords(v.text);
    for (let j = i - 1; j >= 0; j--) {
      const u = c.versions[j]!;
      const uw = certaintyWords(u.text);
      if (uw === cw || !uw || !cw || u.negated !== v.negated) continue;
      out.push(make('certainty', 'drift', `${c.sourceName ?? 'a source'}: “${uw}” (${u.outlet ?? u.article}) → “${cw}” (${v.outlet ?? v.article})`, u.evidence, v.evidence, [u.id, v.id], c.event));
      break;
    }
  });
  return out;
}

/**
 * Attribution and negation across the story's claims, for versions from the newest report. Each pair of
 * claims is a finding once: a wire copy repeating both sides (versions of the same two claims) adds none.
 */
function crossClaimFindings(claims: readonly StoryClaim[], article: number, prev: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  const all: Array<{ c: StoryClaim; v: ClaimVersion; words: Map<string, number> }> = [];
  for (const c of claims) for (const v of c.versions) all.push({ c, v, words: addTerms(new Map(), v.text) });
  const claimOf = new Map(all.map((x) => [x.v.id, x.c.id]));
  const pairKey = (kind: FindingKind, a: string, b: string): string => `${kind}|${[a, b].sort().join('|')}`;
  const seenPairs = new Set<string>();
  for (const f of prev) {
    const [a, b] = f.versions.map((v) => claimOf.get(v));
    if (a && b) seenPairs.add(pairKey(f.kind, a, b));
  }
  const once = (kind: FindingKind, a: StoryClaim, b: StoryClaim): boolean => {
    const k = pairKey(kind, a.id, b.id);
    if (seenPairs.has(k)) return false;
    seenPairs.add(k);
    return true;
  };
  for (const n of all) {
    if (n.v.article !== article) continue;
    for (const o of all) {
      if (o === n || (o.v.article === n.v.article && o.v.evidence.start === n.v.evidence.start)) continue;
      if (o.v.article === article && o.v.evidence.start > n.v.evidence.start) continue; // each pair once
      const differentSource = o.c.source !== n.c.source && o.c.source !== null && n.c.source !== null;
      if (differentSource && n.v.evidence.text !== o.v.evidence.text) {
        const shared = [...n.words.keys()].filter((k) => o.words.has(k)).length;
        if (shared >= SAME_WORDS_MIN_TERMS && cosine(n.words, o.words) >= SAME_WORDS) {
          if (once('attribution', o.c, n.c)) out.push(make('attribution', 'drift', `the same words credited to ${o.c.sourceName ?? 'no one'} (${o.v.outlet ?? o.v.article}) and to ${n.c.sourceName ?? 'no one'} (${n.v.outlet ?? n.v.article})`, o.v.evidence, n.v.evidence, [o.v.id, n.v.id], n.c.event));
          continue;
        }
      }
      if (n.c.event === null || n.c.event !== o.c.event) continue;
      if (n.v.evidence.text === o.v.evidence.text) continue;
      const topic = NEGATION_TOPICS.find((t) => {
        const a = topicPolarity(n.v.text, t.pattern);
        const b = topicPolarity(o.v.text, t.pattern);
        return a !== null && b !== null && a !== b;
      });
      if (!topic) continue;
      if (!once('negation', o.c, n.c)) continue;
      const [first, second] = o.v.published && n.v.published && o.v.published > n.v.published ? [n, o] : [o, n];
      const says = (x: typeof n): string => (topicPolarity(x.v.text, topic.pattern) ? 'denies' : 'says');
      out.push(make('negation', 'contradiction', `${first.c.sourceName ?? 'a source'} ${says(first)} (${first.v.outlet ?? first.v.article}); ${second.c.sourceName ?? 'a source'} ${says(second)} (${second.v.outlet ?? second.v.article}): ${topic.name}`, first.v.evidence, second.v.evidence, [first.v.id, second.v.id], n.c.event));
    }
  }
  return out;
}

export interface DriftInput {
  readonly events: readonly TrackedEvent[];
  readonly claims: readonly StoryClaim[];
  readonly quantities: readonly QuantityObservation[];
}

/** The story's findings after a report is added: the old ones plus those involving the new report. */
export function findDrift(prev: readonly Finding[], story: DriftInput, article: number): Finding[] {
  const out = [...prev];
  const seen = new Set(prev.map((f) => f.id));
  const add = (fs: readonly Finding[]): void => {
    for (const f of fs) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      out.push(f);
    }
  };
  for (const e of story.events) add(timeFindings(e, article));
  add(quantityFindings(story.quantities, article));
  for (const c of story.claims) add(certaintyFindings(c, article));
  add(crossClaimFindings(story.claims, article, prev));
  return out;
}
