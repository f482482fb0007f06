/**
 * `npm run eval -- quantities [--split dev|test|all] [--gold FILE] [--errors]`: scores the quantities
 * layer on the project's own gold set (src/eval/quantities/dev.jsonl, test.jsonl), written for this
 * project: detection P/R/F1, and value, bound, unit and event accuracy over matched mentions. Rules
 * were developed on dev only; test is held out. Each sentence runs through the full default pipeline.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateEvents } from '../../annotate/events/pipeline.js';
import type { EvalResult } from '../types.js';
import { emptyQuantityTally, quantityMetrics, scoreQuantities, type GoldQuantityExample, type QuantityMetrics, type QuantityTally } from '../quantities/score.js';
import { readGold } from './events.js';
import { isHappening } from '../../annotate/events/happenings.js';
import { argValue } from '../args.js';

const goldDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'quantities');

export function evaluateQuantities(examples: readonly GoldQuantityExample[]): { metrics: QuantityMetrics; tally: QuantityTally; ms: number } {
  const t = emptyQuantityTally();
  let ms = 0;
  for (const ex of examples) {
    const doc = annotateEvents(ex.text, { published: ex.published ?? null });
    const t0 = performance.now();
    // amounts attach to the lexicon's and the counted events, never to the tagger's happenings (quantities/attach.ts)
    scoreQuantities(ex, doc.layers.quantities ?? [], (doc.layers.events ?? []).filter((e) => !isHappening(e)), t);
    ms += performance.now() - t0;
  }
  return { metrics: quantityMetrics(t), tally: t, ms };
}

const COLUMNS = ['split', 'sents', 'gold', 'P', 'R', 'F1', 'value', 'bound', 'unit', 'event', 'attach'] as const;

export async function run(args: string[]): Promise<EvalResult> {
  const split = argValue(args, '--split') ?? 'all';
  const gold = argValue(args, '--gold');
  const splits = gold ? [['custom', gold]] : (split === 'all' ? ['dev', 'test'] : [split]).map((s) => [s, join(goldDir, `${s}.jsonl`)]);
  const out: Record<string, number> = {};
  const rows = [COLUMNS.map((c, k) => (k ? c.padStart(6) : c.padEnd(8))).join(' ')];
  for (const [name, path] of splits as [string, string][]) {
    const examples = readGold<GoldQuantityExample>(path);
    const { metrics: m, tally } = evaluateQuantities(examples);
    if (args.includes('--errors')) for (const e of tally.errors) console.log(`[${name}] ${e}`);
    const figures = [m.precision, m.recall, m.f1, m.valueAcc, m.boundAcc, m.unitAcc, m.eventAcc, m.eventAttachAcc];
    rows.push([name.padEnd(8), String(examples.length).padStart(6), String(m.gold).padStart(6), ...figures.map((f) => f.toFixed(3).padStart(6))].join(' '));
    const prefix = name === 'test' ? '' : `${name}.`;
    out[`${prefix}f1`] = m.f1;
    out[`${prefix}precision`] = m.precision;
    out[`${prefix}recall`] = m.recall;
    out[`${prefix}valueAcc`] = m.valueAcc;
    out[`${prefix}boundAcc`] = m.boundAcc;
    out[`${prefix}unitAcc`] = m.unitAcc;
    out[`${prefix}eventAcc`] = m.eventAcc;
    out[`${prefix}eventAttachAcc`] = m.eventAttachAcc;
  }
  return { task: 'quantities', metrics: out, table: rows.join('\n') };
}
