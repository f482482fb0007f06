/**
 * TempEval-3 Task B (event extraction and class).
 *   npm run eval -- te3events --data ../shared/data/tempeval3 [--split platinum|dev] [--errors N]
 * platinum (the test set): tags Evaluation/TE3-platinum-test/*.TE3input and scores against
 * Evaluation/te3-platinum, pairing files on <DOCID>. dev: the TBAQ fifth the trainer holds out
 * (train/events/corpus.ts isDevDoc); the shipped model is trained on all of TBAQ, so dev figures are
 * seen data and only the platinum ones are honest. --errors lists mistakes on dev only.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadEventTagger } from '../../annotate/events/tagger/model.js';
import { parseTml, type TmlDoc } from '../../annotate/time/tml.js';
import { WiretraceError } from '../../errors.js';
import { sharedDataRoot } from '../data-path.js';
import { EventScorer, eventMetrics } from '../te3events/score.js';
import { isDevDoc, tmlFiles } from '../te3events/files.js';
import type { EvalResult } from '../types.js';

interface Args {
  readonly data: string;
  readonly split: 'platinum' | 'dev';
  readonly errors: number;
}

function parseArgs(argv: string[]): Args {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const split = get('--split') ?? 'platinum';
  if (split !== 'platinum' && split !== 'dev') throw new WiretraceError('E_USAGE', `--split must be platinum or dev, not "${split}"`);
  return { data: resolve(get('--data') ?? join(sharedDataRoot(), 'tempeval3')), split, errors: Number(get('--errors') ?? 0) };
}

interface Pair {
  readonly input: TmlDoc;
  readonly gold: TmlDoc;
}

const read = (p: string): TmlDoc => parseTml(readFileSync(p, 'utf8'), p);

/** Platinum inputs with their gold files, paired on DOCID; every gold file must be paired. */
export function platinumPairs(data: string): Pair[] {
  const gold = new Map(tmlFiles(join(data, 'Evaluation', 'te3-platinum'), /\.tml$/).map((p) => { const d = read(p); return [d.docId, d] as const; }));
  const pairs = tmlFiles(join(data, 'Evaluation', 'TE3-platinum-test'), /\.TE3input$/).map((p) => {
    const input = read(p);
    const g = gold.get(input.docId);
    if (!g) throw new WiretraceError('E_EVAL_DATA', `no gold file with DOCID ${input.docId}`);
    if (g.text !== input.text) throw new WiretraceError('E_EVAL_DATA', `gold and input texts differ for ${input.docId}`);
    return { input, gold: g };
  });
  if (pairs.length !== gold.size) throw new WiretraceError('E_EVAL_DATA', `paired ${pairs.length} inputs with ${gold.size} gold files`);
  return pairs;
}

function loadPairs(a: Args): Pair[] {
  if (a.split === 'platinum') return platinumPairs(a.data);
  return tmlFiles(join(a.data, 'Training', 'TBAQ-cleaned'), /\.tml$/)
    .map(read)
    .filter((d) => isDevDoc(d.docId))
    .map((d) => ({ input: d, gold: d }));
}

export async function run(argv: string[]): Promise<EvalResult> {
  const a = parseArgs(argv);
  const pairs = loadPairs(a);
  const t0 = performance.now();
  const tagger = loadEventTagger();
  const loadMs = performance.now() - t0;
  const scorer = new EventScorer();
  const errors: string[] = [];
  let chars = 0;
  let ms = 0;
  for (const p of pairs) {
    const t1 = performance.now();
    const system = tagger.tag(p.input.text);
    ms += performance.now() - t1;
    chars += p.input.text.length;
    const records = scorer.add(p.gold.text, p.gold.events, system);
    if (a.split === 'dev' && errors.length < a.errors) {
      for (const r of records) {
        const ctx = (s: number, e: number): string => `${p.gold.text.slice(Math.max(0, s - 40), s)}[${p.gold.text.slice(s, e)}]${p.gold.text.slice(e, e + 40)}`.replace(/\s+/g, ' ');
        if (r.gold && !r.system) errors.push(`miss  ${r.gold.type.padEnd(11)} ${ctx(r.gold.start, r.gold.end)}`);
        else if (!r.gold && r.system) errors.push(`extra ${r.system.type.padEnd(11)} ${ctx(r.system.start, r.system.end)}`);
        else if (r.gold && r.system && r.gold.type !== r.system.type) errors.push(`class ${r.gold.type}→${r.system.type} ${ctx(r.gold.start, r.gold.end)}`);
      }
    }
  }
  const m = eventMetrics(scorer);
  const c = scorer.counts;
  const row = (name: string, p: number, r: number, f: number): string => [name.padEnd(10), p.toFixed(2).padStart(8), r.toFixed(2).padStart(8), f.toFixed(2).padStart(8)].join('');
  const table = [
    `TempEval-3 Task B events (${a.split}): ${pairs.length} docs, gold ${c.gold}, system ${c.system}; model load ${(loadMs / 1000).toFixed(2)} s, tagging ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`,
    `${''.padEnd(10)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`,
    row('relaxed', m.p, m.r, m.f1),
    row('strict', m.strictP, m.strictR, m.strictF1),
    `class accuracy ${m.classAcc.toFixed(2)}, class F1 ${m.classF1.toFixed(2)}`,
    ...(a.split === 'platinum' ? ['TE3 best: TIPSem F1 82.89, class F1 75.59; ATT-1 F1 81.05, class F1 71.88'] : []),
    ...(errors.length ? ['', `errors (first ${a.errors}):`, ...errors.slice(0, a.errors)] : []),
  ].join('\n');
  return {
    task: 'te3events',
    metrics: { p: m.p, r: m.r, f1: m.f1, strictP: m.strictP, strictR: m.strictR, strictF1: m.strictF1, classAcc: m.classAcc, classF1: m.classF1, mbPerSecond: Math.round((chars / 1e6 / (ms / 1000)) * 100) / 100 },
    table,
  };
}
