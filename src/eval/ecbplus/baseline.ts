/**
 * The baseline wiretrace's linking has to beat (STORIES.md): cluster the documents from their text alone,
 * then call event mentions coreferent when their head lemmas match inside one document cluster
 * (the "same lemma within cluster" baseline of Upadhyay et al. 2016 and Barhom et al. 2019).
 *
 * The document clusterer is TF-IDF cosine over lemmatised content words with agglomerative clustering cut
 * at a similarity threshold. Its linkage and threshold were tuned on the ECB+ train and dev topics
 * (`npm run eval -- ecbplus --tune`), never on test.
 */
import lemmatizer from 'wink-lemmatizer';
import { WiretraceError } from '../../errors.js';
import type { Assignment } from '../metrics/clustering.js';
import type { DocumentClusterer, EventLinker, EventMentionSpan, LinkSystem, ReportText } from '../linking.js';

// --- words and lemmas -----------------------------------------------------------------------------------

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** Lower-cased words of a text, in order (letters and digits, with inner apostrophes, dots and hyphens). */
export function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

const lemmaCache = new Map<string, string>();

/**
 * A lower-cased word's lemma: its verb base when WordNet's Morphy finds the word to be an inflected verb
 * ("arrested", "killing" -> arrest, kill: a nominalised -ing keeps its verb, which is what coreference
 * wants), else its noun base ("earthquakes" -> earthquake), else the word.
 */
export function lemma(word: string): string {
  let l = lemmaCache.get(word);
  if (l === undefined) {
    const v = lemmatizer.verb(word);
    l = v !== word ? v : lemmatizer.noun(word);
    lemmaCache.set(word, l);
  }
  return l;
}

/** Function words: no topic signal for the document clusterer, and never an event's head. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those some any each every no all both either neither such ' +
    'i me my we us our you your he him his she her it its they them their one ones who whom whose which what ' +
    'be am is are was were been being have has had having do does did doing ' +
    'will would shall should can could may might must ought ' +
    'of in on at by for with about against between into through during before after above below to from up ' +
    'down out off over under again further then once here there when where why how ' +
    "and but if or because as until while nor so than too very just not n't also only own same " +
    'said says say told according mr mrs ms'
  ).split(/\s+/),
);

/** The lemma of a mention's head: its first word that is not a function word (else its first word). */
export function headLemma(mentionText: string): string {
  const ws = words(mentionText);
  const head = ws.find((w) => !FUNCTION_WORDS.has(w)) ?? ws[0] ?? mentionText.toLowerCase();
  return lemma(head);
}

// --- TF-IDF -----------------------------------------------------------------------------------------------

/** Sparse, L2-normalised TF-IDF vectors (sublinear tf, smoothed idf over the given texts). */
export function tfidfVectors(texts: readonly string[]): Map<string, number>[] {
  const counts = texts.map((t) => {
    const c = new Map<string, number>();
    for (const w of words(t)) {
      if (FUNCTION_WORDS.has(w) || w.length < 2) continue;
      const l = lemma(w);
      c.set(l, (c.get(l) ?? 0) + 1);
    }
    return c;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const term of c.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = texts.length;
  return counts.map((c) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [term, tf] of c) {
      const w = (1 + Math.log(tf)) * Math.log((1 + n) / (1 + df.get(term)!));
      if (w > 0) {
        v.set(term, w);
        norm += w * w;
      }
    }
    norm = Math.sqrt(norm);
    if (norm) for (const [term, w] of v) v.set(term, w / norm);
    return v;
  });
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [term, w] of a) {
    const x = b.get(term);
    if (x !== undefined) s += w * x;
  }
  return s;
}

// --- agglomerative clustering -----------------------------------------------------------------------------

export type Linkage = 'single' | 'average' | 'complete';
export const LINKAGES: readonly Linkage[] = ['single', 'average', 'complete'];

/** Two clusters joined, named by their lowest item index, at this similarity. */
export interface Merge {
  readonly a: number;
  readonly b: number;
  readonly similarity: number;
}

/**
 * The full merge sequence of agglomerative clustering over a symmetric n × n similarity matrix (row-major),
 * updated by Lance-Williams. O(n³) time, O(n²) memory: fine for a few thousand documents. Ties go to the
 * lowest pair of indices, so the result is deterministic. Merge similarities never increase for these
 * linkages, so cutting at a threshold keeps a prefix of the sequence.
 */
export function dendrogram(sim: Float64Array, n: number, linkage: Linkage): Merge[] {
  if (sim.length !== n * n) throw new WiretraceError('E_INTERNAL', `similarity matrix has ${sim.length} cells, not ${n}²`);
  const s = Float64Array.from(sim);
  const size = new Int32Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: Merge[] = [];
  for (let step = 1; step < n; step++) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (!active[i]) continue;
      const row = i * n;
      for (let j = i + 1; j < n; j++) {
        if (active[j] && s[row + j]! > best) {
          best = s[row + j]!;
          bi = i;
          bj = j;
        }
      }
    }
    merges.push({ a: bi, b: bj, similarity: best });
    // bi absorbs bj.
    for (let k = 0; k < n; k++) {
      if (!active[k] || k === bi || k === bj) continue;
      const x = s[bi * n + k]!;
      const y = s[bj * n + k]!;
      const v = linkage === 'single' ? Math.max(x, y) : linkage === 'complete' ? Math.min(x, y) : (size[bi]! * x + size[bj]! * y) / (size[bi]! + size[bj]!);
      s[bi * n + k] = v;
      s[k * n + bi] = v;
    }
    size[bi]! += size[bj]!;
    active[bj] = 0;
  }
  return merges;
}

/** Each item's cluster (the lowest item index in it) after applying the merges at or above the threshold. */
export function cutDendrogram(n: number, merges: readonly Merge[], threshold: number): number[] {
  const label = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (label[x] !== x) x = label[x] = label[label[x]!]!;
    return x;
  };
  for (const m of merges) {
    if (m.similarity < threshold) break;
    const a = find(m.a);
    const b = find(m.b);
    if (a !== b) label[Math.max(a, b)] = Math.min(a, b);
  }
  return label.map((_, i) => find(i));
}

/** Pairwise cosine similarities of the reports' TF-IDF vectors, as an n × n row-major matrix. */
export function similarityMatrix(reports: readonly ReportText[]): Float64Array {
  const vecs = tfidfVectors(reports.map((r) => r.text));
  const n = reports.length;
  const sim = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    sim[i * n + i] = 1;
    for (let j = i + 1; j < n; j++) {
      const c = cosine(vecs[i]!, vecs[j]!);
      sim[i * n + j] = c;
      sim[j * n + i] = c;
    }
  }
  return sim;
}

/** Cluster labels as assignments: each cluster is named after its first report. */
export function labelsToAssignments(reports: readonly ReportText[], labels: readonly number[]): Assignment[] {
  return reports.map((r, i) => ({ item: r.id, cluster: `story:${reports[labels[i]!]!.id}` }));
}

export interface TfidfClustererOptions {
  readonly linkage: Linkage;
  readonly threshold: number;
}

/** Tuned on ECB+ train and dev topics (best mean B-cubed F1 over the two; see `--tune`). */
export const TUNED_TFIDF: TfidfClustererOptions = { linkage: 'complete', threshold: 0.08 };

export function tfidfClusterer(opts: TfidfClustererOptions = TUNED_TFIDF): DocumentClusterer<Assignment[]> {
  return {
    name: `tfidf-${opts.linkage}@${opts.threshold}`,
    cluster(reports) {
      const n = reports.length;
      return labelsToAssignments(reports, cutDendrogram(n, dendrogram(similarityMatrix(reports), n, opts.linkage), opts.threshold));
    },
  };
}

// --- same lemma within a cluster ------------------------------------------------------------------------

/** Mentions are coreferent when they share a story and a head lemma. */
export const sameLemmaLinker: EventLinker<Assignment[]> = {
  name: 'same-lemma-within-cluster',
  link(reports, mentions, stories) {
    const textOf = new Map(reports.map((r) => [r.id, r.text]));
    const storyOf = new Map(stories.map((a) => [a.item, a.cluster]));
    return mentions.map((m: EventMentionSpan) => {
      const text = textOf.get(m.report);
      const story = storyOf.get(m.report);
      if (text === undefined || story === undefined) {
        throw new WiretraceError('E_INTERNAL', `mention ${m.id} names report "${m.report}", which has no text or no story`);
      }
      return { item: m.id, cluster: `${story}|${headLemma(text.slice(m.start, m.end))}` };
    });
  },
};

export function lemmaBaseline(opts: TfidfClustererOptions = TUNED_TFIDF): LinkSystem {
  return { name: 'lemma baseline', clusterer: tfidfClusterer(opts), linker: sameLemmaLinker };
}
