/**
 * `npm run eval -- attribution --data ../shared/data/polnear --split dev|test|train`
 * Scores the attribution annotator on PolNeAR with the metrics issue 6 defines (see ../attribution/score.ts).
 */
import { resolve } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { sharedDataRoot } from '../data-path.js';
import type { EvalResult } from '../types.js';
import { loadSplit, SPLITS, type Split } from '../attribution/polnear.js';
import { addCounts, emptyCounts, prf, ROLES, scoreDoc, scoreTokens } from '../attribution/score.js';
import { annotateText, toRoleSpans } from '../attribution/predict.js';
import { argValue } from '../args.js';

export async function run(args: string[]): Promise<EvalResult> {
  const data = resolve(argValue(args, '--data') ?? resolve(sharedDataRoot(), 'polnear'));
  const split = (argValue(args, '--split') ?? 'dev') as Split;
  if (!SPLITS.includes(split)) throw new WiretraceError('E_USAGE', `--split must be one of ${SPLITS.join(', ')}`);
  const limit = Number(argValue(args, '--limit') ?? Infinity);
  const docs = loadSplit(data, split).slice(0, limit);
  const total = emptyCounts();
  let tokens = 0;
  const t0 = performance.now();
  for (const d of docs) {
    const doc = annotateText(d.text);
    tokens += doc.layers.tokens?.length ?? 0;
    const pred = (doc.layers.attributions ?? []).map(toRoleSpans);
    const tok = scoreTokens(d.text);
    const w = 1 / d.annotations.length;
    for (const a of d.annotations) addCounts(total, scoreDoc(d.text, tok, a.attributions, pred), w);
  }
  const seconds = (performance.now() - t0) / 1000;
  const metrics: Record<string, number> = {};
  const lines = [`PolNeAR ${split}: ${docs.length} articles, ${tokens} tokens, ${seconds.toFixed(1)} s`, '', 'role      level   P       R       F1'];
  for (const r of ROLES) {
    const t = prf(total.token[r]);
    const s = prf(total.span[r]);
    lines.push(`${r.padEnd(9)} token   ${fmt(t.p)}  ${fmt(t.r)}  ${fmt(t.f1)}`);
    lines.push(`${r.padEnd(9)} exact   ${fmt(s.p)}  ${fmt(s.r)}  ${fmt(s.f1)}`);
    metrics[`${r}TokenP`] = t.p;
    metrics[`${r}TokenR`] = t.r;
    metrics[`${r}TokenF1`] = t.f1;
    metrics[`${r}SpanP`] = s.p;
    metrics[`${r}SpanR`] = s.r;
    metrics[`${r}SpanF1`] = s.f1;
  }
  const at = prf(total.attribution);
  lines.push(`attribution       ${fmt(at.p)}  ${fmt(at.r)}  ${fmt(at.f1)}`);
  metrics.p = at.p;
  metrics.r = at.r;
  metrics.f1 = at.f1;
  return { task: 'attribution', metrics, table: lines.join('\n') };
}

function fmt(x: number): string {
  return x.toFixed(4);
}
