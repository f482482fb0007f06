/**
 * wiretrace on ECB+: documents linked into stories by the link layer (src/link/, online, in document
 * order; ECB+ has no dates, so time plays no part), and gold event mentions linked by the family of their
 * trigger's lemma (the link layer's families: "killed" / "death", "quake" / "earthquake"; the trigger of
 * "opened fire" is a shooting, of "double murder" the murder) within a story or
 * across reports alike in words, split where wiretrace's own arguments say two mentions cannot be one
 * event: the people and organisations named in their sentences share no one and the dates in their
 * sentences cannot meet, or two statements have different speakers. Both steps read only what the
 * annotators found, never gold clusters.
 */
import { annotate } from '../../annotate/default-pipeline.js';
import type { Doc } from '../../doc/doc.js';
import { digestReport } from '../../link/digest.js';
import { linkReport } from '../../link/link-report.js';
import { MemoryLinkState } from '../../link/state.js';
import type { Assignment } from '../metrics/clustering.js';
import type { DocumentClusterer, EventLinker, EventMentionSpan, LinkSystem, ReportText } from '../linking.js';
import { headLemma, lemma as wordLemma, words } from './baseline.js';
import { isReporting, lemmaFamily } from '../../link/families.js';
import { addTerms, cosine, tfidf } from '../../link/terms.js';

/** Annotated documents, shared by one system's clusterer and linker, so each document is annotated once. */
type DocCache = (r: ReportText) => Doc;

function docCache(): DocCache {
  const docs = new Map<string, Doc>();
  return (r) => {
    let d = docs.get(r.id);
    if (!d) docs.set(r.id, (d = annotate(r.text, { published: r.published ?? null })));
    return d;
  };
}

const clusterer = (docOf: DocCache): DocumentClusterer => ({
  name: 'link layer',
  async cluster(reports) {
    const state = new MemoryLinkState();
    const out: Assignment[] = [];
    for (const [i, r] of reports.entries()) {
      const d = docOf(r);
      const meta = { id: i + 1, title: r.text.split('\n', 1)[0] ?? null, outlet: null, published: r.published ?? null, language: null, nearDupOf: null };
      const { story } = await linkReport(state, digestReport(meta, d));
      out.push({ item: r.id, cluster: `s${story}` });
    }
    return out;
  },
});

/**
 * Verb-object and verb-particle idioms whose happening another word names ("opened fire" is a shooting,
 * "passed away" a death), keyed by the lemmas of the phrase's first and last words.
 */
const IDIOMS: ReadonlyMap<string, string> = new Map([
  ['open fire', 'shoot'],
  ['gun down', 'shoot'],
  ['pass away', 'die'],
  ['set fire', 'fire'],
  ['catch fire', 'fire'],
]);

/**
 * Modifiers that stand before the noun naming the happening ("double murder", "fatal shooting", "drunk
 * driving", "attempted robbery"): the head is the word after them.
 */
const PREMODIFIERS: ReadonlySet<string> = new Set(['double', 'triple', 'fatal', 'deadly', 'drunk', 'drunken', 'alleged', 'attempted', 'suspected', 'apparent', 'failed', 'armed', 'brutal', 'violent', 'massive', 'major']);

/**
 * The lemma of the word that names a mention's happening: an idiom's event, the noun after a modifier,
 * else the head lemma (the first content word).
 */
export function triggerLemma(mentionText: string): string {
  const ws = words(mentionText);
  if (ws.length > 1) {
    const idiom = IDIOMS.get(`${wordLemma(ws[0]!)} ${wordLemma(ws[ws.length - 1]!)}`);
    if (idiom) return idiom;
    if (PREMODIFIERS.has(ws[0]!)) return headLemma(ws.slice(1).join(' '));
  }
  return headLemma(mentionText);
}

export interface MentionFeatures {
  readonly id: string;
  readonly report: string;
  readonly story: string;
  /** The trigger's lemma family (src/link/families.ts); a communication verb keeps its own lemma. */
  readonly kind: string;
  readonly reporting: boolean;
  /** Keys of people and organisations named in the mention's sentence. */
  readonly who: ReadonlySet<string>;
  /** Specific dates (a day) in the mention's sentence. */
  readonly days: ReadonlySet<string>;
}

function features(docOf: DocCache, m: EventMentionSpan, r: ReportText, story: string): MentionFeatures {
  const d = docOf(r);
  const s = (d.layers.sentences ?? []).find((x) => x.start <= m.start && x.end >= m.end) ?? { start: m.start, end: m.end };
  const entityKey = new Map((d.layers.entities ?? []).map((e) => [e.id, e]));
  const who = new Set<string>();
  for (const mention of d.layers.mentions ?? []) {
    if (mention.start < s.start || mention.end > s.end) continue;
    const e = entityKey.get(mention.entity);
    if (e && (e.type === 'PER' || e.type === 'ORG')) who.add(e.key);
  }
  const days = new Set<string>();
  for (const t of d.layers.timexes ?? []) if (t.start >= s.start && t.end <= s.end && /^\d{4}-\d{2}-\d{2}$/.test(t.value)) days.add(t.value);
  const lemma = triggerLemma(r.text.slice(m.start, m.end));
  const reporting = isReporting(lemma);
  return { id: m.id, report: m.report, story, kind: reporting ? lemma : lemmaFamily(lemma), reporting, who, days };
}

const disjoint = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => x.size > 0 && y.size > 0 && ![...x].some((k) => y.has(k));

/**
 * Two mentions of one kind are two events when their sentences name different people and different days,
 * and two statements ("said", "told") when their sentences name different speakers.
 */
export function compatible(a: MentionFeatures, b: MentionFeatures): boolean {
  if ((a.reporting || b.reporting) && disjoint(a.who, b.who)) return false;
  return !(disjoint(a.who, b.who) && disjoint(a.days, b.days));
}

/**
 * Reports this alike in words (tf-idf cosine of the link layer's terms) tell of the same happening even
 * where the online linker put them in two stories. Set on the ECB+ train and dev topics (0.2-0.35 all
 * score within a point; 0.25 is best on both).
 */
export const SAME_HAPPENING_COSINE = 0.25;

/** Report-by-report cosine of the link layer's tf-idf term vectors, over the reports given. */
function reportSimilarity(reports: readonly ReportText[]): (a: string, b: string) => number {
  const tfs = new Map(reports.map((r) => [r.id, addTerms(new Map(), r.text)]));
  const df = new Map<string, number>();
  for (const tf of tfs.values()) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = new Map([...tfs].map(([id, tf]) => [id, tfidf(tf, (t) => df.get(t) ?? 0, tfs.size)]));
  const cache = new Map<string, number>();
  return (a, b) => {
    if (a === b) return 1;
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let s = cache.get(key);
    if (s === undefined) cache.set(key, (s = cosine(vectors.get(a)!, vectors.get(b)!)));
    return s;
  };
}

/**
 * Mentions of one kind are linked (single link, then closed transitively) when they are in one story, or in
 * reports alike enough to tell of one happening, and their arguments do not clash.
 */
const linker = (docOf: DocCache): EventLinker => ({
  name: 'lemma family, split by arguments',
  link(reports, mentions, stories) {
    const byId = new Map(reports.map((r) => [r.id, r]));
    const storyOf = new Map(stories.map((a) => [a.item, a.cluster]));
    const similarity = reportSimilarity(reports);
    const feats = mentions.map((m) => features(docOf, m, byId.get(m.report)!, storyOf.get(m.report) ?? m.report));
    const parent = feats.map((_, i) => i);
    const find = (x: number): number => {
      while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
      return x;
    };
    const byKind = new Map<string, number[]>();
    feats.forEach((f, i) => byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), i]));
    for (const group of byKind.values()) {
      for (const [n, i] of group.entries()) {
        for (const j of group.slice(n + 1)) {
          const a = feats[i]!;
          const b = feats[j]!;
          const near = a.story === b.story || similarity(a.report, b.report) >= SAME_HAPPENING_COSINE;
          if (near && compatible(a, b)) parent[find(j)] = find(i);
        }
      }
    }
    return feats.map((f, i) => ({ item: f.id, cluster: `${f.kind}#${find(i)}` }));
  },
});

/** A fresh system: its document cache lives as long as the system, not the process. */
export function wiretraceSystem(): LinkSystem {
  const docOf = docCache();
  return { name: 'link', clusterer: clusterer(docOf), linker: linker(docOf) };
}
