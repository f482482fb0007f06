/**
 * In-document coreference of names, then cross-document keys.
 *  - A shorter person name joins an earlier person whose name starts or ends with it ("Putin" →
 *    Vladimir Putin; "Choe" → Choe Son Hui, the family name written first). When several people
 *    fit ("Kim" after Kim Jong Un and Kim Jong Il), the most salient wins: mentions so far, a stated
 *    role, and recency, in that order of weight.
 *  - A nominal ("the Russian president") joins the person holding that role for that affiliation; an
 *    organisation's ("the company", "the regulator") joins the organisation of a fitting kind that is most
 *    salient so far (org-nominals.ts).
 *  - An acronym in parentheses right after an organisation's name ("the Federal Motor Transport Authority
 *    (KBA)") is that organisation, and so is every later "KBA" in the report.
 *  - An organisation's first word alone ("Kessler" after "Kessler Automobilwerke") joins it.
 *  - Other names join when their keys are equal ("the Kremlin" / "Kremlin").
 */
import type { Entity, EntityType, Mention } from '../../../doc/schemas/entities.js';
import { type MentionCandidate, type Sentenced, candidateText, lower } from './candidate.js';
import { compassCountry, isSharedShortForm, sharedShortFormCountry } from './country-keys.js';
import { entityKey, nameParts, personKeyParts } from './keys.js';
import { maxOf } from '../../../util/arrays.js';
import { knownAgency } from './agencies.js';
import { isCorporateTail } from './corporate.js';
import { headClasses, nameClass, type OrgClass } from './org-nominals.js';
import { HAS_LOWER } from '../../../util/letter-tests.js';
import { titleCased } from './title-case.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;

/** Weights of the salience score used to pick among people sharing a name part. */
const SALIENCE_PER_MENTION = 1;
const SALIENCE_ROLE = 3;
const SALIENCE_MOST_RECENT = 2;

interface Cluster {
  readonly id: string;
  type: EntityType;
  canonical: string;
  /** folded name parts of the canonical name */
  parts: string[];
  readonly mentions: string[];
  readonly roles: string[];
  roleHeads: Set<string>;
  affiliation?: string;
  lastSeen: number;
  /** an organisation's keys of the names it was mentioned by (its own key among them, dropped on output) */
  nameKeys?: Set<string>;
  /** the key the report's evidence gave a shared short form ("Congo" in a report on the DR Congo); else the name's */
  key?: string;
  /** the organisation is the wire a dateline credits: no antecedent of a nominal ("the company", "the agency") */
  outlet?: boolean;
}

export interface CorefResult {
  readonly mentions: Mention[];
  readonly entities: Entity[];
}

function addRole(c: Cluster, role: string | undefined, affiliation: string | undefined): void {
  if (role && !c.roles.includes(role)) c.roles.push(role);
  if (role) for (const w of role.toLowerCase().split(/\s+/)) c.roleHeads.add(w);
  if (affiliation && !c.affiliation) c.affiliation = affiliation;
}

export function resolveEntities(text: string, s: Sentenced, drafts: readonly MentionCandidate[]): CorefResult {
  const ordered = drafts.filter((d) => !d.dropped).sort((a, b) => a.tokStart - b.tokStart || b.tokEnd - a.tokEnd);
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const mentions: Mention[] = [];
  /** token index of a parenthesised acronym → the organisation named right before it */
  const acronymOf = new Map<number, Cluster>();
  let time = 0;
  // countries the report names by names of their own, for a short form two countries share ("Congo")
  const namedCountries = new Set<string>();
  for (const d of ordered) {
    if (d.nominal || d.type === 'PER') continue;
    const name = candidateText(text, s.toks, d).replace(/['’]s$/, '');
    const key = entityKey(d.type, name);
    if (key.startsWith('gpe:') && !isSharedShortForm(name)) namedCountries.add(key.slice(4));
  }

  const newCluster = (type: EntityType, name: string, parts: string[]): Cluster => {
    const c: Cluster = {
      id: `e${clusters.length + 1}`,
      type,
      canonical: name,
      parts,
      mentions: [],
      roles: [],
      roleHeads: new Set(),
      lastSeen: 0,
    };
    clusters.push(c);
    return c;
  };

  for (const d of ordered) {
    time++;
    const name = candidateText(text, s.toks, d).replace(/['’]s$/, '');
    const roleText = d.role ? candidateText(text, s.toks, d.role) : undefined;
    let target: Cluster | undefined;
    if (d.nominal && d.type === 'ORG') {
      target = orgNominalAntecedent(clusters, lower(s.toks[d.tokEnd - 1]));
      if (!target) continue; // "the company" before any company is named names no one
    } else if (d.nominal) {
      target = nominalAntecedent(clusters, roleText ?? '', d.affiliation);
      if (!target) continue; // an unresolved "the president" names no one
    } else if (d.type === 'PER') {
      const parts = personKeyParts(name);
      target = byKey.get(entityKey('PER', name)) ?? personAntecedent(clusters, parts);
      if (!target) {
        target = newCluster('PER', name, parts);
      } else if (parts.length > target.parts.length && extends_(parts, target.parts)) {
        target.canonical = name; // "Putin" first, "Vladimir Putin" later: keep the fuller name
        target.parts = parts;
      }
    } else {
      let key = entityKey(d.type, name);
      // "the North" after North Korea: the country named so far whose name starts with the compass word
      const compass = d.type === 'GPE' || d.type === 'LOC' ? compassCountry(name, countryCodes(byKey.keys())) : undefined;
      if (compass) key = `gpe:${compass}`;
      const shared = !compass && (d.type === 'GPE' || d.type === 'LOC') ? sharedShortFormCountry(name, namedCountries) : undefined;
      if (shared) key = `gpe:${shared}`;
      // The same name tagged as a person elsewhere in the document is that person.
      const asPerson = byKey.get(entityKey('PER', name));
      if (asPerson && asPerson.type === 'PER' && asPerson.parts.length > 1) d.type = 'PER';
      target =
        (d.type === 'PER' ? asPerson : undefined) ??
        byKey.get(key) ??
        (d.type === 'ORG' ? (acronymOf.get(d.tokStart) ?? orgShortForm(clusters, name)) : undefined) ??
        newCluster(d.type, name.replace(/^the\s+/i, ''), nameParts(name));
      if (target.type === 'ORG') noteAcronym(text, s, d, target, acronymOf);
      if (shared) {
        target.key ??= key;
        byKey.set(key, target);
      }
    }
    if (!d.nominal) {
      byKey.set(entityKey(d.type === 'PER' ? 'PER' : target.type, name), target);
      if (target.type === 'ORG' && d.type === 'ORG') (target.nameKeys ??= new Set()).add(entityKey('ORG', name));
      target.canonical = readableName(target, name, text, s.toks[d.tokStart]!.start, s.toks[d.tokEnd - 1]!.end);
    }
    const id = `m${mentions.length + 1}`;
    if (!d.nominal && target.type === 'ORG' && d.rule.includes('+dateline')) target.outlet = true;
    target.mentions.push(id);
    target.lastSeen = time;
    addRole(target, d.nominal ? undefined : roleText, d.affiliation);
    const m: Mention = {
      id,
      start: s.toks[d.tokStart]!.start,
      end: s.toks[d.tokEnd - 1]!.end,
      type: d.type,
      entity: target.id,
      rule: d.rule,
    };
    if (d.role && roleText) m.role = { start: s.toks[d.role.tokStart]!.start, end: s.toks[d.role.tokEnd - 1]!.end, text: roleText };
    if (d.affiliation) m.affiliation = d.affiliation;
    if (d.metonym) m.metonym = true;
    if (d.standsFor) m.standsFor = d.standsFor;
    if (d.nominal) m.nominal = true;
    mentions.push(m);
  }
  const entities: Entity[] = clusters
    .filter((c) => c.mentions.length > 0)
    .map((c) => {
      const e: Entity = {
        id: c.id,
        type: c.type,
        canonical: c.canonical,
        key: c.key ?? entityKey(c.type, c.canonical),
        mentions: c.mentions,
        roles: c.roles,
      };
      if (c.affiliation) e.affiliation = c.affiliation;
      const aliases = [...(c.nameKeys ?? [])].filter((k) => k !== e.key).sort();
      if (aliases.length) e.aliases = aliases;
      return e;
    });
  return { mentions, entities };
}

/** A name written in capitals only ("KOUROU" in a dateline, "PUTIN" in a headline). */
function shouted(name: string): boolean {
  return TWO_UPPER.test(name) && !HAS_LOWER.test(name);
}

/**
 * The name an entity is shown under, once one more of its mentions (`name`, at start..end) is read. Case never
 * changes a key, so only display is at stake: a name in capitals gives way to the same name in mixed case
 * ("KOUROU, French Guiana –" then "from Kourou"), and a place that opens a line before a comma, a parenthesis or
 * a dash (a dateline) and is never written otherwise is shown in title case. An acronym ("KCNA") is never written
 * in mixed case and never opens a dateline, so it stays as it is.
 */
function readableName(c: Cluster, name: string, text: string, start: number, end: number): string {
  if (!shouted(c.canonical)) return c.canonical;
  const bare = name.replace(/^the\s+/i, '');
  if (!shouted(bare) && HAS_LOWER.test(bare) && bare.toLowerCase() === c.canonical.toLowerCase()) return bare;
  const dateline = (start === 0 || text[start - 1] === '\n') && /^\s*[,(\-–—]/.test(text.slice(end, end + 3));
  if (dateline && (c.type === 'GPE' || c.type === 'LOC') && bare.toLowerCase() === c.canonical.toLowerCase()) return titleCased(c.canonical);
  return c.canonical;
}

/** The country codes among a report's keys so far ("gpe:prk" → "prk"). */
function* countryCodes(keys: Iterable<string>): Iterable<string> {
  for (const k of keys) if (/^gpe:[a-z]{3}$/.test(k)) yield k.slice(4);
}

/** Does `long` contain `short` as its leading or trailing parts? */
function extends_(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length >= long.length) return false;
  const head = short.every((p, i) => long[i] === p);
  const tail = short.every((p, i) => long[long.length - short.length + i] === p);
  return head || tail;
}

function personAntecedent(clusters: readonly Cluster[], parts: readonly string[]): Cluster | undefined {
  let best: Cluster | undefined;
  let bestScore = -Infinity;
  const latest = Math.max(0, maxOf(clusters.filter((c) => c.type === 'PER').map((c) => c.lastSeen)));
  for (const c of clusters) {
    if (c.type !== 'PER') continue;
    // A shorter mention of a longer name, or an earlier short form of this fuller one.
    if (!extends_(c.parts, parts) && !extends_(parts, c.parts)) continue;
    const score =
      SALIENCE_PER_MENTION * c.mentions.length +
      (c.roles.length > 0 ? SALIENCE_ROLE : 0) +
      (c.lastSeen === latest ? SALIENCE_MOST_RECENT : 0);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

/**
 * Words that make a role another office than its head alone: a prime minister is "the prime minister", never "the
 * minister"; a vice president is never "the president". A nominal without the word names no holder of that office.
 */
const OTHER_OFFICE: ReadonlySet<string> = new Set(['prime', 'vice']);

/** Whether one of the cluster's roles is the office `words` names (its head, and no word that makes it another office). */
function holdsOffice(c: Cluster, words: readonly string[], head: string): boolean {
  if (c.roles.length === 0) return true;
  return c.roles.some((r) => {
    const rw = r.toLowerCase().split(/[\s-]+/);
    return rw.includes(head) && rw.every((x) => !OTHER_OFFICE.has(x) || words.includes(x));
  });
}

function nominalAntecedent(clusters: readonly Cluster[], role: string, affiliation: string | undefined): Cluster | undefined {
  const words = role.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  let best: Cluster | undefined;
  for (const c of clusters) {
    if (c.type !== 'PER' || !c.roleHeads.has(head) || !holdsOffice(c, words, head)) continue;
    if (affiliation && c.affiliation && c.affiliation !== affiliation) continue;
    if (!best || c.lastSeen > best.lastSeen) best = c;
  }
  return best;
}

/** An acronym: two to six capitals or digits, at least two of them letters ("KBA", "G7" is not one). */
const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d]{2,6}$/u;

/** "… Authority (KBA)": records the acronym's token as standing for the organisation just named. */
function noteAcronym(text: string, s: Sentenced, d: MentionCandidate, target: Cluster, acronymOf: Map<number, Cluster>): void {
  const k = d.tokEnd;
  if (k + 2 >= s.toks.length || s.sentEnd[d.tokStart]! <= k + 2) return;
  if (s.toks[k]!.text !== '(' || s.toks[k + 2]!.text !== ')') return;
  const word = text.slice(s.toks[k + 1]!.start, s.toks[k + 1]!.end);
  if (ACRONYM.test(word) && word !== target.canonical) acronymOf.set(k + 1, target);
}

/**
 * "Kessler" and "Kessler Automobilwerke", in either order: the most recent organisation whose name begins with
 * this one-word name, or whose one-word name begins this longer one (which then becomes its name).
 */
function orgShortForm(clusters: readonly Cluster[], name: string): Cluster | undefined {
  const parts = nameParts(name);
  let best: Cluster | undefined;
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.parts[0] !== parts[0]) continue;
    // the short form after the full name, or the full name after the short form (a headline's "Kessler")
    // (the full name after the short one only when it ends in a corporate form: "Apple" is not "Apple Daily")
    const fits = parts.length === 1 ? c.parts.length >= 2 : c.parts.length === 1 && parts.length >= 2 && isCorporateTail(lastWord(name));
    if (fits && (!best || c.lastSeen > best.lastSeen)) best = c;
  }
  if (best && parts.length > best.parts.length) {
    best.canonical = name.replace(/^the\s+/i, '');
    best.parts = parts;
  }
  return best;
}

/** Weight of being the fitting organisation read last, against one per mention so far. */
const ORG_RECENCY = 2;

/**
 * "the company": among the organisations read so far whose kind fits the head noun, the most salient
 * (mentions so far, plus a bonus for the one read last; ties to the later), among companies named in
 * corporate form first when the head names a business.
 */
function orgNominalAntecedent(clusters: readonly Cluster[], head: string): Cluster | undefined {
  const fits = headClasses(head);
  // the wire a dateline credits files the report and is named, never "the agency" of the story
  const fitting = clusters.filter((c) => c.type === 'ORG' && c.mentions.length > 0 && !c.outlet && fits.includes(classOf(c)));
  // a name in corporate form is surely a company; a bare name may be a product ("its Tamo SUV"): for a head
  // that names a business, companies so named come first
  const corporate = fits.includes('business') ? fitting.filter((c) => c.parts.length > 1 && isCorporateTail(lastWord(c.canonical))) : [];
  const candidates = corporate.length ? corporate : fitting;
  const latest = Math.max(0, maxOf(candidates.map((c) => c.lastSeen)));
  let best: Cluster | undefined;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = c.mentions.length + (c.lastSeen === latest ? ORG_RECENCY : 0);
    if (score > bestScore || (score === bestScore && best && c.lastSeen > best.lastSeen)) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function classOf(c: Cluster): OrgClass {
  return nameClass(c.canonical, knownAgency(c.canonical) !== undefined);
}

function lastWord(name: string): string {
  return name.slice(name.trimEnd().lastIndexOf(' ') + 1).trim();
}
