/**
 * TempEval-3 Task A (timex extraction and normalisation).
 *   npm run eval -- timex --data ../shared/data/tempeval3 [--split platinum|tbaq] [--engine wiretrace|chrono] [--errors N]
 * platinum: tags Evaluation/TE3-platinum-test/*.TE3input (DCT from the input) and scores against
 * Evaluation/te3-platinum, pairing files on <DOCID>. tbaq: the development set (Training/TBAQ-cleaned);
 * --errors lists mistakes there only, so test documents are never read for error analysis.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tagTimesInText } from '../../annotate/time/index.js';
import { WiretraceError } from '../../errors.js';
import { sharedDataRoot } from '../data-path.js';
import type { EvalResult } from '../types.js';
import { chronoTag } from '../timex/chrono-engine.js';
import { emptyCounts, metrics, scoreDoc, type MatchRecord, type ScoredTimex } from '../timex/score.js';
import { parseTml, timemlParts, timemlValue, type TmlDoc } from '../../annotate/time/tml.js';
import { appendAll } from '../../util/arrays.js';

interface Args {
  data: string;
  split: 'platinum' | 'tbaq';
  engine: 'wiretrace' | 'chrono';
  errors: number;
}

function parseArgs(argv: string[]): Args {
  const get = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const split = get('--split') ?? 'platinum';
  const engine = get('--engine') ?? 'wiretrace';
  if (split !== 'platinum' && split !== 'tbaq') throw new WiretraceError('E_USAGE', `--split must be platinum or tbaq, not "${split}"`);
  if (engine !== 'wiretrace' && engine !== 'chrono') throw new WiretraceError('E_USAGE', `--engine must be wiretrace or chrono, not "${engine}"`);
  return { data: resolve(get('--data') ?? join(sharedDataRoot(), 'tempeval3')), split, engine, errors: Number(get('--errors') ?? 0) };
}

function tmlFiles(dir: string, suffix: RegExp): string[] {
  if (!existsSync(dir)) throw new WiretraceError('E_EVAL_DATA', `not found: ${dir}`);
  const out: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) appendAll(out, tmlFiles(p, suffix));
    else if (suffix.test(f)) out.push(p);
  }
  return out;
}

interface Pair {
  readonly name: string;
  readonly input: TmlDoc;
  readonly gold: TmlDoc;
}

function loadPairs(a: Args): Pair[] {
  if (a.split === 'tbaq') {
    return tmlFiles(join(a.data, 'Training', 'TBAQ-cleaned'), /\.tml$/).map((p) => {
      const d = parseTml(readFileSync(p, 'utf8'), p);
      return { name: d.docId, input: d, gold: d };
    });
  }
  const inputs = tmlFiles(join(a.data, 'Evaluation', 'TE3-platinum-test'), /\.TE3input$/).map((p) => parseTml(readFileSync(p, 'utf8'), p));
  const gold = new Map<string, TmlDoc>();
  for (const p of tmlFiles(join(a.data, 'Evaluation', 'te3-platinum'), /\.tml$/)) {
    const d = parseTml(readFileSync(p, 'utf8'), p);
    gold.set(d.docId, d);
  }
  const pairs: Pair[] = [];
  for (const input of inputs) {
    const g = gold.get(input.docId);
    if (!g) throw new WiretraceError('E_EVAL_DATA', `no gold file with DOCID ${input.docId}`);
    if (g.text.replace(/\s+/g, ' ').trim() !== input.text.replace(/\s+/g, ' ').trim()) {
      throw new WiretraceError('E_EVAL_DATA', `gold and input texts differ for ${input.docId}`);
    }
    pairs.push({ name: input.docId, input, gold: g });
  }
  if (pairs.length !== gold.size) throw new WiretraceError('E_EVAL_DATA', `paired ${pairs.length} inputs with ${gold.size} gold files`);
  return pairs;
}

const pct = (x: number): number => Math.round(x * 10000) / 100;

export async function run(argv: string[]): Promise<EvalResult> {
  const a = parseArgs(argv);
  const pairs = loadPairs(a);
  const counts = emptyCounts();
  const errors: string[] = [];
  let chars = 0;
  let ms = 0;
  for (const p of pairs) {
    const t0 = performance.now();
    const system: ScoredTimex[] = a.engine === 'chrono'
      ? chronoTag(p.input.text, p.input.dct)
      // scored as `wiretrace timeml` writes them
      : tagTimesInText(p.input.text, p.input.dct).filter((t) => t.timex3 !== false).flatMap((t) => timemlParts(p.input.text, t)).map((t) => ({ ...t, value: timemlValue(t.value) }));
    ms += performance.now() - t0;
    chars += p.input.text.length;
    // the gold text is the input text (same characters); offsets are comparable after the whitespace check
    const records = scoreDoc(p.gold.text, p.gold.timexes, system, counts);
    if (a.split === 'tbaq' && a.errors > 0) appendAll(errors, describe(p, records));
  }
  const m = metrics(counts);
  const rows = [
    ['', 'P', 'R', 'F1'],
    ['strict', m.strict.p, m.strict.r, m.strict.f1],
    ['relaxed', m.relaxed.p, m.relaxed.r, m.relaxed.f1],
    ['type', m.type.p, m.type.r, m.type.f1],
    ['value', m.value.p, m.value.r, m.value.f1],
  ];
  const table = [
    `TempEval-3 timex (${a.split}, engine ${a.engine}): ${pairs.length} docs, gold ${counts.gold}, system ${counts.system}, ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s`,
    ...rows.map((r) => r.map((x, i) => (typeof x === 'number' ? pct(x).toFixed(2) : x).padStart(i ? 8 : 8)).join('')),
    ...(a.split === 'platinum' ? ['HeidelTime (TE3 best): relaxed F1 90.30, strict F1 81.34, value F1 77.61'] : []),
    ...(errors.length ? ['', `errors (first ${a.errors}):`, ...errors.slice(0, a.errors)] : []),
  ].join('\n');
  return {
    task: 'timex',
    metrics: {
      relaxedP: pct(m.relaxed.p), relaxedR: pct(m.relaxed.r), relaxedF1: pct(m.relaxed.f1),
      strictP: pct(m.strict.p), strictR: pct(m.strict.r), strictF1: pct(m.strict.f1),
      typeF1: pct(m.type.f1), valueF1: pct(m.value.f1),
    },
    table,
  };
}

function describe(p: Pair, records: readonly MatchRecord[]): string[] {
  const text = p.gold.text;
  const ctx = (s: { start: number; end: number }): string =>
    `${text.slice(Math.max(0, s.start - 40), s.start)}[${text.slice(s.start, s.end)}]${text.slice(s.end, s.end + 30)}`.replace(/\s+/g, ' ');
  const out: string[] = [];
  for (const r of records) {
    if (r.gold && !r.system) out.push(`MISS ${p.name} dct=${p.input.dct} ${r.gold.type} ${r.gold.value} | ${ctx(r.gold)}`);
    else if (!r.gold && r.system) out.push(`FP   ${p.name} ${r.system.type} ${r.system.value} | ${ctx(r.system)}`);
    else if (r.gold && r.system && (r.gold.value !== r.system.value || r.gold.type !== r.system.type || !r.strict)) {
      out.push(`${r.strict ? 'VAL ' : 'EXT '} ${p.name} dct=${p.input.dct} gold=${r.gold.type}:${r.gold.value} sys=${r.system.type}:${r.system.value} | ${ctx(r.gold)} || sys:${text.slice(r.system.start, r.system.end)}`);
    }
  }
  return out;
}
