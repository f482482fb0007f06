/**
 * Claim versions across reports. A claim is one asserting source saying one thing about one tracked
 * event; its identity is (source, event, slot), and for plain statements also what is said, since a
 * source can say several things about one event. Each report that carries the claim adds a version;
 * the earliest version is the claim's origin here, and a later one relays the one before it.
 */
import type { DigestClaim, DigestEvent, ReportDigest } from './digest.js';
import { addTerms, cosine } from './terms.js';
import type { ClaimVersion, SourceChain, StoryClaim } from './schema.js';
import { escapeRegExp } from '../util/regexp.js';

/** Statements of one source about one event are versions of one claim when their words are this alike. */
export const SAME_STATEMENT = 0.35;

export type ClaimSlot = 'time' | 'quantity' | 'statement';

export function slotOf(c: DigestClaim): ClaimSlot {
  if (c.time || c.dateNotSet) return 'time';
  if (c.quantities.length) return 'quantity';
  return 'statement';
}

/** A source's identity across reports: its global key, else its name as written, folded. */
export function sourceIdentity(key: string | null, name: string | null): string | null {
  if (key) return key;
  if (!name) return null;
  return `name:${name.toLowerCase().replace(/^(?:the|a|an)\s+/, '').replace(/\s+/g, ' ').trim()}`;
}

function wordsOf(text: string): Map<string, number> {
  return addTerms(new Map(), text);
}

function versionOf(c: DigestClaim, d: ReportDigest, source: SourceChain, relayOf: string | null): ClaimVersion {
  return {
    id: `${d.article.id}:${c.id}`,
    article: d.article.id,
    outlet: d.article.outlet,
    published: d.article.published,
    text: c.text,
    evidence: c.evidence,
    cue: c.cue,
    stance: c.stance,
    source,
    ...(c.time ? { time: { text: c.time.text, value: c.time.value, window: c.time.window } } : {}),
    quantities: c.quantities.map((q) => ({ text: q.text, low: q.low, high: q.high, unit: q.unit })),
    negated: c.negated,
    dateNotSet: c.dateNotSet,
    relayOf,
  };
}

/** A source phrase that names no one: "No group", "Nobody", "None of the officials", "Neither side", "No one". */
const NO_ONE = /^(?:no|nobody|none|neither|no-one)\b/i;

/** The figures of a claim, as a comparable key ("36-44,63-63"). */
function figuresOf(qs: ReadonlyArray<{ readonly low: number; readonly high: number }>): string {
  return qs.map((q) => `${q.low}-${q.high}`).join(',');
}

/** Whether claim `c` (its words `words`) says what an earlier version said: the same words, figures and day. */
function restates(c: DigestClaim, words: ReadonlyMap<string, number>, v: ClaimVersion): boolean {
  if (figuresOf(c.quantities) !== figuresOf(v.quantities)) return false;
  if ((c.time?.value ?? null) !== (v.time?.value ?? null) || c.dateNotSet !== v.dateNotSet) return false;
  return cosine(words, wordsOf(v.text)) >= SAME_STATEMENT;
}

/**
 * The tracked event a claim is about: of its events, the first whose trigger the proposition of its content
 * names (after "that": "told the minister during talks in Astana that he was willing to visit Ulaanbaatar"
 * is about the visit, not the talks it was said at), else the first its content names, else its first
 * tracked event, else none.
 */
export function claimEvent(c: Pick<DigestClaim, 'clusters' | 'text'>, reportEvents: ReadonlyArray<Pick<DigestEvent, 'cluster' | 'trigger'>>, events: ReadonlyMap<string, string>): string | null {
  const tracked = c.clusters.filter((k) => events.has(k));
  const namedIn = (text: string) => (k: string): boolean => {
    const trigger = reportEvents.find((e) => e.cluster === k)?.trigger.trim();
    return trigger ? new RegExp(`\\b${escapeRegExp(trigger)}\\b`, 'iu').test(text) : false;
  };
  const that = /\bthat\b/i.exec(c.text);
  const proposition = that ? c.text.slice(that.index) : c.text;
  const k = tracked.find(namedIn(proposition)) ?? tracked.find(namedIn(c.text)) ?? tracked[0];
  return k === undefined ? null : events.get(k)!;
}

/**
 * Adds a report's claims about tracked events to the story's claims. `events` maps the report's event
 * clusters to tracked event ids; `alias` maps its person keys to the story's.
 */
export function addClaimVersions(
  prev: readonly StoryClaim[],
  d: ReportDigest,
  events: ReadonlyMap<string, string>,
  alias: ReadonlyMap<string, string>,
): StoryClaim[] {
  const claims = prev.map((c) => ({ ...c, versions: [...c.versions] }));
  for (const c of d.claims) {
    // "No group has claimed responsibility": a source that names no one asserts nothing a reader can credit to anyone
    if (c.sourceName && NO_ONE.test(c.sourceName)) continue;
    // claims about no tracked event are kept too: re-attributed quotes are found among them
    const event = claimEvent(c, d.events, events);
    const key = c.sourceKey ? (alias.get(c.sourceKey) ?? c.sourceKey) : null;
    const source = sourceIdentity(key, c.sourceName);
    const slot = slotOf(c);
    const chain = [...c.chain];
    if (d.article.outlet && chain[chain.length - 1] !== d.article.outlet) chain.push(d.article.outlet);
    const sourceChain: SourceChain = { key, name: c.sourceName, chain };
    const words = wordsOf(c.text);
    const same = claims.filter((x) => x.event === event && x.source === source && x.slot === slot);
    const match =
      slot === 'statement'
        ? same
            .map((x) => ({ x, sim: x.versions.reduce((best, v) => Math.max(best, cosine(words, wordsOf(v.text))), 0) }))
            .filter((m) => m.sim >= SAME_STATEMENT)
            .sort((a, b) => b.sim - a.sim)[0]?.x
        : same[0];
    if (match) {
      // one report repeating its own claim adds nothing; another report's copy is a version
      if (match.versions.some((v) => v.article === d.article.id && v.text === c.text)) continue;
      const earlier = [...match.versions].reverse().find((v) => v.article !== d.article.id) ?? null;
      // a later version relays the earlier one only when it says the same; with other figures or another time it is an
      // update ("40 ships were waiting on Monday" → "grew to 63 on Tuesday"), a version of its own
      match.versions.push(versionOf(c, d, sourceChain, earlier && restates(c, words, earlier) ? earlier.id : null));
    } else {
      claims.push({
        id: `${event ?? d.article.id}/${slot}/${claims.length + 1}`,
        event,
        source,
        sourceName: c.sourceName,
        slot,
        versions: [versionOf(c, d, sourceChain, null)],
      });
    }
  }
  return claims;
}
