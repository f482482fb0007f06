/**
 * `npm run eval -- ecbplus --data ../shared/data/ecbplus [--split train|dev|test] [--tune] [--json]`
 *
 * On one ECB+ split (default test): story clustering of the documents against the gold subtopics (pairwise
 * and B-cubed), from the text alone, and cross-document event coreference over the gold event mentions of
 * the validated sentences (MUC, B-cubed, CEAF-e, CoNLL F1; singletons kept, as in the published gold-mention
 * results, with CoNLL F1 without singletons beside it). Scored for the same-lemma-within-cluster baseline,
 * for the same baseline given the gold subtopics (an oracle, to show what the document clustering costs),
 * and for each system in WIRETRACE_SYSTEMS (none until src/link/ exists; the output says so).
 *
 * `--tune` grid-searches the baseline's linkage and threshold on train and dev (never test) and prints the best.
 */
import { resolve } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { sharedDataRoot } from '../data-path.js';
import type { EvalResult } from '../types.js';
import { bcubed, conll, pairwise, type Assignment, type CorefScores, type Prf } from '../metrics/clustering.js';
import { wiretraceSystem } from '../ecbplus/wiretrace.js';
import { type DocumentClusterer, type EventMentionSpan, type LinkSystem, type ReportText } from '../linking.js';
import { ECB_SPLITS, ECB_SPLIT_NAMES, readCorpus, type EcbDocument, type EcbSplit } from '../ecbplus/read.js';
import { cutDendrogram, dendrogram, labelsToAssignments, lemmaBaseline, LINKAGES, sameLemmaLinker, similarityMatrix, TUNED_TFIDF, type Linkage } from '../ecbplus/baseline.js';
import { argValue } from '../args.js';

/** Published results on the test topics with gold mentions (data/SOURCES.md). */
const PUBLISHED = [
  { system: 'Ding et al. 2024 (LLM rationales)', conllF1: 86.0 },
  { system: 'Held et al. 2021 (re-run by Ding et al.)', conllF1: 84.2 },
] as const;

export interface EcbSplitData {
  readonly split: EcbSplit;
  readonly docs: readonly EcbDocument[];
  readonly reports: readonly ReportText[];
  readonly mentions: readonly EventMentionSpan[];
  readonly goldStories: readonly Assignment[];
  readonly goldEvents: readonly Assignment[];
}

export function loadSplit(root: string, split: EcbSplit): EcbSplitData {
  const docs = [...readCorpus(root, { topics: ECB_SPLITS[split] })];
  if (!docs.length) throw new WiretraceError('E_EVAL_DATA', `no ECB+ documents with validated sentences for split ${split} under ${root}`);
  return {
    split,
    docs,
    reports: docs.map((d) => ({ id: d.name, text: d.text, published: null })),
    mentions: docs.flatMap((d) => d.mentions.map((m) => ({ id: m.id, report: d.name, start: m.start, end: m.end }))),
    goldStories: docs.map((d) => ({ item: d.name, cluster: d.subtopic })),
    goldEvents: docs.flatMap((d) => d.mentions.map((m) => ({ item: m.id, cluster: m.chain }))),
  };
}

export interface SystemScores {
  readonly name: string;
  readonly storyClusters: number;
  readonly storyPairwise: Prf;
  readonly storyB3: Prf;
  readonly events: CorefScores;
  readonly eventsNoSingletons: CorefScores;
  readonly seconds: number;
}

export async function scoreSystem(data: EcbSplitData, system: LinkSystem): Promise<SystemScores> {
  const t0 = performance.now();
  const stories = await system.clusterer.cluster(data.reports);
  const events = await system.linker.link(data.reports, data.mentions, stories);
  const seconds = (performance.now() - t0) / 1000;
  return {
    name: system.name,
    storyClusters: new Set(stories.map((a) => a.cluster)).size,
    storyPairwise: pairwise(data.goldStories, stories),
    storyB3: bcubed(data.goldStories, stories),
    events: conll(data.goldEvents, events),
    eventsNoSingletons: conll(data.goldEvents, events, 'drop'),
    seconds,
  };
}

/** The oracle: the gold subtopics as the document clustering (not a system: it reads gold). */
function goldSubtopics(data: EcbSplitData): DocumentClusterer {
  return { name: 'gold subtopics', cluster: () => [...data.goldStories] };
}

const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);
const prfCells = (s: Prf): string => `${pct(s.p)} ${pct(s.r)} ${pct(s.f1)}`;

function renderTable(data: EcbSplitData, rows: readonly SystemScores[], readSeconds: number): string {
  const clusters = new Map<string, number>();
  for (const g of data.goldEvents) clusters.set(g.cluster, (clusters.get(g.cluster) ?? 0) + 1);
  const singletons = [...clusters.values()].filter((n) => n === 1).length;
  const subtopics = new Set(data.goldStories.map((g) => g.cluster)).size;
  const topics = ECB_SPLITS[data.split];
  const out: string[] = [];
  out.push(
    `ECB+ ${data.split} (topics ${topics.join(', ')}): ${data.docs.length} documents, ${subtopics} subtopics, ` +
      `${data.mentions.length} gold event mentions in validated sentences, ${clusters.size} gold event clusters (${singletons} singletons); read in ${readSeconds.toFixed(1)} s`,
  );
  out.push('');
  out.push('Story clustering: documents against subtopics, from the text alone (%)');
  out.push(`  ${'system'.padEnd(44)} clusters  pair P  pair R pair F1    B3 P    B3 R   B3 F1`);
  for (const r of rows) out.push(`  ${r.name.padEnd(44)} ${String(r.storyClusters).padStart(8)}  ${prfCells(r.storyPairwise)}  ${prfCells(r.storyB3)}`);
  out.push('');
  out.push('Event coreference: gold mentions, singletons kept (%)');
  out.push(`  ${'system'.padEnd(44)}  MUC P  MUC R MUC F1   B3 P   B3 R  B3 F1 CEAFe P CEAFe R CEAFe F1  CoNLL  CoNLL-nosingl   time`);
  for (const r of rows) {
    const e = r.events;
    out.push(
      `  ${r.name.padEnd(44)} ${prfCells(e.muc)} ${prfCells(e.b3)} ${pct(e.ceafE.p)}  ${pct(e.ceafE.r)}   ${pct(e.ceafE.f1)} ${pct(e.conllF1)}         ${pct(r.eventsNoSingletons.conllF1)} ${r.seconds.toFixed(1).padStart(5)} s`,
    );
  }
  out.push('');
  out.push(`Published, test topics, gold mentions (data/SOURCES.md): ${PUBLISHED.map((p) => `${p.system} CoNLL F1 ${p.conllF1.toFixed(1)}`).join('; ')}`);
  return out.join('\n');
}

function metricsOf(prefix: string, r: SystemScores): Record<string, number> {
  return {
    [`${prefix}.storyClusters`]: r.storyClusters,
    [`${prefix}.storyPairP`]: r.storyPairwise.p,
    [`${prefix}.storyPairR`]: r.storyPairwise.r,
    [`${prefix}.storyPairF1`]: r.storyPairwise.f1,
    [`${prefix}.storyB3P`]: r.storyB3.p,
    [`${prefix}.storyB3R`]: r.storyB3.r,
    [`${prefix}.storyB3F1`]: r.storyB3.f1,
    [`${prefix}.mucF1`]: r.events.muc.f1,
    [`${prefix}.b3F1`]: r.events.b3.f1,
    [`${prefix}.ceafeF1`]: r.events.ceafE.f1,
    [`${prefix}.conllF1`]: r.events.conllF1,
    [`${prefix}.conllF1NoSingletons`]: r.eventsNoSingletons.conllF1,
  };
}

/** Grid search of the baseline clusterer on train and dev: mean B-cubed F1 of the two splits. */
function tune(root: string): EvalResult {
  const splits = (['train', 'dev'] as const).map((s) => loadSplit(root, s));
  const thresholds = Array.from({ length: 81 }, (_, i) => i / 100);
  const results: { linkage: Linkage; threshold: number; b3: number[]; pair: number[] }[] = [];
  const sims = splits.map((d) => similarityMatrix(d.reports));
  for (const linkage of LINKAGES) {
    const trees = splits.map((d, i) => dendrogram(sims[i]!, d.reports.length, linkage));
    for (const threshold of thresholds) {
      const scored = splits.map((d, i) => {
        const pred = labelsToAssignments(d.reports, cutDendrogram(d.reports.length, trees[i]!, threshold));
        return { b3: bcubed(d.goldStories, pred).f1, pair: pairwise(d.goldStories, pred).f1 };
      });
      results.push({ linkage, threshold, b3: scored.map((s) => s.b3), pair: scored.map((s) => s.pair) });
    }
  }
  const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  results.sort((a, b) => mean(b.b3) - mean(a.b3) || a.threshold - b.threshold);
  const lines = ['Baseline document clusterer, tuned on train and dev (B3 F1 and pairwise F1, %)', `  linkage   threshold  train B3  dev B3  mean B3  train pair  dev pair`];
  for (const r of results.slice(0, 15)) {
    lines.push(`  ${r.linkage.padEnd(9)} ${r.threshold.toFixed(2).padStart(9)}  ${pct(r.b3[0]!)}  ${pct(r.b3[1]!)}  ${pct(mean(r.b3))}      ${pct(r.pair[0]!)}    ${pct(r.pair[1]!)}`);
  }
  const best = results[0]!;
  lines.push(`best: linkage ${best.linkage}, threshold ${best.threshold.toFixed(2)} (in use: ${TUNED_TFIDF.linkage}, ${TUNED_TFIDF.threshold})`);
  return { task: 'ecbplus', table: lines.join('\n'), metrics: { 'tune.threshold': best.threshold, 'tune.meanB3F1': mean(best.b3) } };
}

export async function run(args: string[]): Promise<EvalResult> {
  const root = resolve(argValue(args, '--data') ?? resolve(sharedDataRoot(), 'ecbplus'));
  if (args.includes('--tune')) return tune(root);
  const split = (argValue(args, '--split') ?? 'test') as EcbSplit;
  if (!ECB_SPLIT_NAMES.includes(split)) throw new WiretraceError('E_USAGE', `--split must be one of ${ECB_SPLIT_NAMES.join(', ')}`);
  const t0 = performance.now();
  const data = loadSplit(root, split);
  const readSeconds = (performance.now() - t0) / 1000;
  const baseline = lemmaBaseline();
  const systems: { key: string; system: LinkSystem }[] = [
    { key: 'baseline', system: { ...baseline, name: `lemma baseline (${baseline.clusterer.name})` } },
    { key: 'oracle', system: { name: 'lemma baseline, gold subtopics (oracle)', clusterer: goldSubtopics(data), linker: sameLemmaLinker } },
    { key: 'wiretrace', system: { ...wiretraceSystem(), name: 'wiretrace (link layer; lemma families, split by arguments)' } },
  ];
  const rows: Array<{ key: string; scores: SystemScores }> = [];
  for (const s of systems) rows.push({ key: s.key, scores: await scoreSystem(data, s.system) });
  const metrics: Record<string, number> = {
    documents: data.docs.length,
    mentions: data.mentions.length,
    goldEventClusters: new Set(data.goldEvents.map((g) => g.cluster)).size,
  };
  for (const r of rows) Object.assign(metrics, metricsOf(r.key, r.scores));
  return { task: 'ecbplus', metrics, table: renderTable(data, rows.map((r) => r.scores), readSeconds) };
}
