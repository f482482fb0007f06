/**
 * wiretrace on ECB+: documents linked into stories by the link layer (src/link/, online, in document
 * order; ECB+ has no dates, so time plays no part), and gold event mentions linked within a story by
 * their head lemma, split where wiretrace's own arguments say two mentions cannot be one event: the
 * people and organisations named in their sentences share no one, or the dates in their sentences
 * cannot meet. Both steps read only what the annotators found, never gold clusters.
 */
import { annotate } from '../../annotate/default-pipeline.js';
import type { Doc } from '../../doc/doc.js';
import { digestReport } from '../../link/digest.js';
import { linkReport } from '../../link/link-report.js';
import { MemoryLinkState } from '../../link/state.js';
import type { Assignment } from '../metrics/clustering.js';
import type { DocumentClusterer, EventLinker, EventMentionSpan, LinkSystem, ReportText } from '../linking.js';
import { headLemma } from './baseline.js';

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

interface MentionFeatures {
  readonly id: string;
  readonly story: string;
  readonly lemma: string;
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
  return { id: m.id, story, lemma: headLemma(r.text.slice(m.start, m.end)), who, days };
}

/** Two mentions of one lemma in one story are two events when their sentences name different people and different days. */
function compatible(a: MentionFeatures, b: MentionFeatures): boolean {
  const disjoint = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => x.size > 0 && y.size > 0 && ![...x].some((k) => y.has(k));
  return !(disjoint(a.who, b.who) && disjoint(a.days, b.days));
}

const linker = (docOf: DocCache): EventLinker => ({
  name: 'same lemma, split by arguments',
  link(reports, mentions, stories) {
    const byId = new Map(reports.map((r) => [r.id, r]));
    const storyOf = new Map(stories.map((a) => [a.item, a.cluster]));
    const clusters = new Map<string, MentionFeatures[][]>();
    const out: Assignment[] = [];
    for (const m of mentions) {
      const r = byId.get(m.report)!;
      const f = features(docOf, m, r, storyOf.get(m.report) ?? m.report);
      const key = `${f.story}|${f.lemma}`;
      const groups = clusters.get(key) ?? [];
      let idx = groups.findIndex((g) => g.every((x) => compatible(x, f)));
      if (idx < 0) {
        groups.push([f]);
        idx = groups.length - 1;
      } else groups[idx]!.push(f);
      clusters.set(key, groups);
      out.push({ item: m.id, cluster: `${key}#${idx}` });
    }
    return out;
  },
});

/** A fresh system: its document cache lives as long as the system, not the process. */
export function wiretraceSystem(): LinkSystem {
  const docOf = docCache();
  return { name: 'link', clusterer: clusterer(docOf), linker: linker(docOf) };
}
