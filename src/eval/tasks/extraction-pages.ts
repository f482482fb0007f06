/**
 * `npm run eval -- extraction-pages [--data DIR] [--split dev|test|all] [--pages] [--readability]`:
 * the extractor on Mozilla Readability's saved test pages (real sites in several languages plus
 * edge cases), scored with the article-extraction-benchmark metric against Readability's expected
 * output (or a project-written truth where that output is wrong). A second development set beside
 * the Zyte benchmark: develop on dev, score test only to report and pin floors.
 * --pages lists per-page F1, worst first; --readability adds live Readability.js as a baseline
 * (which scores near 1 by construction: the truth is its own output).
 */
import { join } from 'node:path';
import { sharedDataRoot } from '../data-path.js';
import { loadTestPages, testPageBytes, type PageSplit } from '../extraction/pages.js';
import { readabilityText } from '../extraction/readability.js';
import { exactTokens, pageCounts, pagePrecision, pageRecall, scoreAll } from '../extraction/score.js';
import { predictBody } from './extraction.js';
import type { EvalResult } from '../types.js';
import { WiretraceError } from '../../errors.js';
import { requiredArgValue } from '../args.js';

function parseSplit(v: string | undefined): PageSplit {
  if (v === undefined) return 'dev';
  if (v === 'dev' || v === 'test' || v === 'all') return v;
  throw new WiretraceError('E_USAGE', `--split must be dev, test or all, not ${v}`);
}

export async function run(args: string[]): Promise<EvalResult> {
  const dir = requiredArgValue(args, '--data') ?? join(sharedDataRoot(), 'readability-test-pages');
  const split = parseSplit(requiredArgValue(args, '--split'));
  const pages = loadTestPages(dir, split);
  const truth = new Map(pages.map((p) => [p.name, p.truth]));
  const ours = new Map<string, string>();
  const theirs = new Map<string, string>();
  let ms = 0;
  for (const page of pages) {
    const bytes = testPageBytes(dir, page.name);
    const t = performance.now();
    ours.set(page.name, predictBody(bytes));
    ms += performance.now() - t;
    if (args.includes('--readability')) theirs.set(page.name, safeReadability(bytes.toString('utf8')));
  }
  const m = scoreAll(truth, ours);
  const metrics: Record<string, number> = {
    f1: m.f1,
    precision: m.precision,
    recall: m.recall,
    accuracy: m.accuracy,
    pages: pages.length,
    project_truths: pages.filter((p) => p.truthSource === 'project').length,
    ms_per_page: ms / Math.max(1, pages.length),
  };
  const lines = [`split ${split}: ${pages.length} pages`, `wiretrace F1 ${m.f1.toFixed(3)}  P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}`];
  if (theirs.size) {
    const r = scoreAll(truth, theirs);
    metrics.readability_live_f1 = r.f1;
    lines.push(`readability_js (live) F1 ${r.f1.toFixed(3)}  P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}`);
  }
  if (args.includes('--pages')) lines.push(perPageTable(pages.map((p) => p.name), truth, ours));
  return { task: 'extraction-pages', metrics, table: lines.join('\n') };
}

function safeReadability(html: string): string {
  try {
    return readabilityText(html);
  } catch {
    // jsdom's selector engine throws on some pages; that page scores as an empty prediction.
    return '';
  }
}

function perPageTable(names: readonly string[], truth: ReadonlyMap<string, string>, ours: ReadonlyMap<string, string>): string {
  const rows = names.map((name) => {
    const c = pageCounts(truth.get(name) ?? '', ours.get(name) ?? '');
    const p = pagePrecision(c);
    const r = pageRecall(c);
    const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
    return { name, p, r, f, exact: exactTokens(truth.get(name) ?? '', ours.get(name) ?? '') };
  });
  rows.sort((a, b) => a.f - b.f);
  const out = ['page                                        F1      P      R'];
  for (const x of rows) out.push(`${x.name.padEnd(40)} ${x.f.toFixed(3).padStart(6)} ${x.p.toFixed(3).padStart(6)} ${x.r.toFixed(3).padStart(6)}${x.exact ? ' exact' : ''}`);
  return out.join('\n');
}
