/**
 * Drift and contradiction findings. Each compares two claim versions and points at both evidence
 * spans. Within one claim (same source, event and slot): the time it gives, its certainty, a negation,
 * or the numbers it states changed. Across claims about one event: the same words credited to another
 * source (attribution), a denial of what another source reported (negation), and counts that cannot
 * both hold on the same day (a quantity contradiction). A rising count over days is drift, not a
 * contradiction. Only pairs involving the newest report are looked at, so linking stays local.
 */
import { intervalsOverlap } from './quantities.js';
import { addTerms, cosine } from './terms.js';
import type { ClaimVersion, Finding, FindingKind, StoryClaim } from './schema.js';

/** Statements this alike, credited to different sources, are the same words re-attributed. */
export const SAME_WORDS = 0.6;
/** ...and they share at least this many content words (short claims are alike by accident). */
const SAME_WORDS_MIN_TERMS = 5;

/** Words that carry a claim's certainty; versions with different sets drift in certainty. */
const CERTAINTY_WORDS = /\b(?:willing|ready|will|would|may|might|could|can|plans?|planning|intends?|intention|expects?|expected|likely|unlikely|possible|possibly|probably|hopes?|confirm(?:ed|s)?|certain|definitely|no doubt|considering|wants?)\b/gi;

function certaintyWords(text: string): string {
  return [...new Set([...text.matchAll(CERTAINTY_WORDS)].map((m) => m[0].toLowerCase()))].sort().join(' ');
}

function normTime(v: ClaimVersion): string {
  if (v.time) return v.time.text.toLowerCase().replace(/\s+/g, ' ').trim();
  return v.dateNotSet ? '(no date set)' : '';
}

function day(v: ClaimVersion): string | null {
  return v.published ? v.published.slice(0, 10) : null;
}

function who(v: ClaimVersion): string {
  return `${v.source.name ?? 'unattributed'}, ${v.outlet ?? `report ${v.article}`}`;
}

function windowsDisjoint(a: ClaimVersion, b: ClaimVersion): boolean {
  const wa = a.time?.window;
  const wb = b.time?.window;
  if (!wa?.from || !wa.to || !wb?.from || !wb.to) return false;
  return wa.to < wb.from || wb.to < wa.from;
}

function finding(kind: FindingKind, severity: Finding['severity'], summary: string, a: ClaimVersion, b: ClaimVersion, event: string | null): Finding {
  return { id: `${kind}:${a.id}~${b.id}`, kind, severity, summary, a: a.evidence, b: b.evidence, versions: [a.id, b.id], event };
}

/** Findings within one claim: v (new) against the latest earlier version that differs. */
function withinClaim(c: StoryClaim, v: ClaimVersion, earlier: readonly ClaimVersion[]): Finding[] {
  const out: Finding[] = [];
  const latest = <T>(pick: (u: ClaimVersion) => T | null): { u: ClaimVersion; value: T } | null => {
    for (let i = earlier.length - 1; i >= 0; i--) {
      const value = pick(earlier[i]!);
      if (value !== null) return { u: earlier[i]!, value };
    }
    return null;
  };
  if (c.slot === 'time') {
    const t = normTime(v);
    const prev = latest((u) => (normTime(u) !== t && normTime(u) !== '' && t !== '' ? normTime(u) : null));
    if (prev) {
      const severity = windowsDisjoint(prev.u, v) ? 'contradiction' : 'drift';
      out.push(finding('time', severity, `“${prev.value}” (${who(prev.u)}) → “${t}” (${who(v)})`, prev.u, v, c.event));
    }
  }
  if (c.slot === 'quantity') {
    for (const q of v.quantities) {
      const prev = latest((u) => u.quantities.find((p) => p.unit === q.unit && (p.low !== q.low || p.high !== q.high)) ?? null);
      if (!prev) continue;
      const sameDay = day(prev.u) !== null && day(prev.u) === day(v);
      const severity = sameDay && !intervalsOverlap(prev.value, q) ? 'contradiction' : 'drift';
      out.push(finding('quantity', severity, `“${prev.value.text}” (${who(prev.u)}) → “${q.text}” (${who(v)})`, prev.u, v, c.event));
      break;
    }
  }
  const cw = certaintyWords(v.text);
  const prevCert = latest((u) => (certaintyWords(u.text) !== cw || u.stance !== v.stance ? u : null));
  if (prevCert && (certaintyWords(prevCert.u.text) || cw) && prevCert.u.negated === v.negated) {
    const was = certaintyWords(prevCert.u.text) || prevCert.u.stance;
    out.push(finding('certainty', 'drift', `“${was}” (${who(prevCert.u)}) → “${cw || v.stance}” (${who(v)})`, prevCert.u, v, c.event));
  }
  const prevNeg = latest((u) => (u.negated !== v.negated ? u : null));
  if (prevNeg) {
    out.push(finding('negation', 'contradiction', `${prevNeg.u.negated ? 'denied' : 'stated'} (${who(prevNeg.u)}) → ${v.negated ? 'denied' : 'stated'} (${who(v)})`, prevNeg.u, v, c.event));
  }
  return out;
}

/** Findings across claims about one event: re-attributed words, denials, same-day counts that clash. */
function acrossClaims(c: StoryClaim, v: ClaimVersion, others: readonly StoryClaim[]): Finding[] {
  const out: Finding[] = [];
  const words = addTerms(new Map(), v.text);
  let attributed = false;
  let denied = false;
  for (const o of others) {
    if (o.id === c.id || o.event !== c.event || o.source === c.source) continue;
    for (const u of o.versions) {
      if (u.article === v.article && u.evidence.start === v.evidence.start) continue;
      if (!attributed && c.source && o.source) {
        const uw = addTerms(new Map(), u.text);
        const shared = [...words.keys()].filter((k) => uw.has(k)).length;
        if (shared >= SAME_WORDS_MIN_TERMS && cosine(words, uw) >= SAME_WORDS) {
          out.push(finding('attribution', 'drift', `the same words credited to ${u.source.name ?? 'no one'} (${u.outlet ?? u.article}) and to ${v.source.name ?? 'no one'} (${v.outlet ?? v.article})`, u, v, c.event));
          attributed = true;
        }
      }
      if (!denied && v.negated && v.stance === 'denial' && !u.negated && o.slot === c.slot) {
        out.push(finding('negation', 'contradiction', `${v.source.name ?? 'a source'} denies what ${u.source.name ?? 'a source'} said (${u.outlet ?? u.article})`, u, v, c.event));
        denied = true;
      }
      if (c.slot === 'quantity' && o.slot === 'quantity' && day(u) !== null && day(u) === day(v)) {
        for (const q of v.quantities) {
          const p = u.quantities.find((x) => x.unit === q.unit && !intervalsOverlap(x, q));
          if (p) out.push(finding('quantity', 'contradiction', `“${p.text}” (${who(u)}) vs “${q.text}” (${who(v)}) on the same day`, u, v, c.event));
        }
      }
    }
  }
  return out;
}

/** The story's findings after a report is added: the old ones plus those involving the new report's versions. */
export function findDrift(prev: readonly Finding[], claims: readonly StoryClaim[], article: number): Finding[] {
  const out = [...prev];
  const seen = new Set(prev.map((f) => f.id));
  for (const c of claims) {
    c.versions.forEach((v, i) => {
      if (v.article !== article) return;
      for (const f of [...withinClaim(c, v, c.versions.slice(0, i)), ...acrossClaims(c, v, claims)]) {
        if (!seen.has(f.id)) {
          seen.add(f.id);
          out.push(f);
        }
      }
    });
  }
  return out;
}
