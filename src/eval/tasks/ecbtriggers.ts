/**
 * `npm run eval -- ecbtriggers [--split train|dev|test] [--errors]`: event trigger detection on ECB+'s
 * validated sentences (../shared/data/ecbplus, default the test topics). A gold event mention is found when
 * a predicted trigger overlaps it; a prediction in a validated sentence that overlaps no gold mention is a
 * false positive. Reported for the whole events layer and for the diplomacy lexicon alone (the layer
 * before the news domains), so the domains' share shows. A report, not a gate: ECB+ annotates the
 * actions of its topics' events, not every event word, so precision is a lower bound. `--errors`
 * (never on test) lists the most frequent missed and extra words.
 */
import { resolve } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { sharedDataRoot } from '../data-path.js';
import type { EvalResult } from '../types.js';
import { ECB_SPLITS, readCorpus, type EcbDocument, type EcbSplit } from '../ecbplus/read.js';
import { annotateEvents } from '../../annotate/events/pipeline.js';
import { DOMAIN_LEMMAS } from '../../annotate/events/domains.js';
import { isHappening } from '../../annotate/events/happenings.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  readonly missed: Map<string, number>;
  readonly extra: Map<string, number>;
}

export const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0, missed: new Map(), extra: new Map() });
const bump = (m: Map<string, number>, k: string): void => {
  m.set(k, (m.get(k) ?? 0) + 1);
};

interface Span {
  readonly start: number;
  readonly end: number;
}

/** Scores one document's predicted triggers against its gold mentions, in its validated sentences only. */
export function score(doc: Pick<EcbDocument, 'text' | 'sentences' | 'mentions'>, preds: readonly Span[], c: Counts): void {
  const inValidated = (p: Span): boolean => doc.sentences.some((s) => s.validated && p.start >= s.start && p.start < s.end);
  const mine = preds.filter(inValidated);
  const used = new Set<number>();
  for (const g of doc.mentions) {
    const k = mine.findIndex((p, i) => !used.has(i) && p.start < g.end && g.start < p.end);
    if (k >= 0) {
      used.add(k);
      c.tp++;
    } else {
      c.fn++;
      bump(c.missed, g.words.toLowerCase());
    }
  }
  mine.forEach((p, i) => {
    if (used.has(i)) return;
    c.fp++;
    bump(c.extra, doc.text.slice(p.start, p.end).toLowerCase());
  });
}

const prf = (c: Counts): { p: number; r: number; f: number } => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

const top = (m: Map<string, number>, n: number): string =>
  [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([w, k]) => `${w} ${k}`).join(', ');

export async function run(args: string[]): Promise<EvalResult> {
  const at = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const split = (at('--split') ?? 'test') as EcbSplit;
  if (!(split in ECB_SPLITS)) throw new WiretraceError('E_USAGE', `unknown ECB+ split: ${split}`);
  const root = resolve(at('--data') ?? resolve(sharedDataRoot(), 'ecbplus'));
  const domainLemmas = new Set(DOMAIN_LEMMAS.map((l) => l.lemma));
  const all = empty();
  const diplomacy = empty();
  let docs = 0;
  for (const doc of readCorpus(root, { topics: ECB_SPLITS[split] })) {
    docs++;
    const events = annotateEvents(doc.text, { published: null }).layers.events ?? [];
    score(doc, events.map((e) => e.trigger), all);
    score(doc, events.filter((e) => !domainLemmas.has(e.lemma) && !isHappening(e)).map((e) => e.trigger), diplomacy);
  }
  if (!docs) throw new WiretraceError('E_EVAL_DATA', `no ECB+ documents for split ${split} under ${root}`);
  const rows = [`ECB+ ${split} topics: ${docs} documents, ${all.tp + all.fn} gold event mentions in validated sentences`, `${'system'.padEnd(22)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)}`];
  const out: Record<string, number> = {};
  for (const [name, c] of [['events layer', all], ['diplomacy lexicon', diplomacy]] as const) {
    const m = prf(c);
    rows.push(`${name.padEnd(22)} ${(100 * m.p).toFixed(2).padStart(6)} ${(100 * m.r).toFixed(2).padStart(6)} ${(100 * m.f).toFixed(2).padStart(6)}`);
    const key = name === 'events layer' ? 'events' : 'diplomacy';
    out[`${split}.${key}.triggerP`] = m.p;
    out[`${split}.${key}.triggerR`] = m.r;
  }
  if (args.includes('--errors')) {
    if (split === 'test') throw new WiretraceError('E_USAGE', '--errors is for train and dev: the test topics are only scored');
    rows.push(`missed: ${top(all.missed, 40)}`, `extra: ${top(all.extra, 40)}`);
  }
  return { task: 'ecbtriggers', metrics: out, table: rows.join('\n') };
}
