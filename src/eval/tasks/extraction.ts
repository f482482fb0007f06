/**
 * `npm run eval -- extraction --data <article-extraction-benchmark>`: wiretrace's extractor and
 * @mozilla/readability (run live on jsdom over the same pages) scored beside the saved outputs of
 * the benchmark's 32 tools, all with the same scorer (word 4-gram shingles, per-page P/R averaged,
 * F1 of the means). Options: --no-readability skips the slow live baseline; --out FILE writes our
 * predictions as benchmark-format JSON.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../ingest/html/index.js';
import { sharedDataRoot } from '../data-path.js';
import { loadPages, loadSavedOutputs, pageBytes, type BenchmarkPage } from '../extraction/data.js';
import { readabilityText } from '../extraction/readability.js';
import { scoreAll, type ExtractionMetrics } from '../extraction/score.js';
import type { EvalResult } from '../types.js';
import { requiredArgValue } from '../args.js';

interface Row {
  name: string;
  live: boolean;
  m: ExtractionMetrics;
}

/** What the eval scores for one page: extractArticle on the page's bytes, exactly as `wiretrace extract` runs it. */
export function predictBody(bytes: Uint8Array): string {
  return extractArticle(bytes).body;
}

function truthMap(pages: readonly BenchmarkPage[]): Map<string, string> {
  return new Map(pages.map((p) => [p.id, p.truth]));
}

function formatTable(rows: readonly Row[]): string {
  const lines = [`${'system'.padEnd(26)} ${'F1'.padStart(6)} ${'precision'.padStart(10)} ${'recall'.padStart(7)} ${'accuracy'.padStart(9)}`];
  for (const r of rows) {
    const name = `${r.name}${r.live ? ' *' : ''}`;
    lines.push(`${name.padEnd(26)} ${r.m.f1.toFixed(3).padStart(6)} ${r.m.precision.toFixed(3).padStart(10)} ${r.m.recall.toFixed(3).padStart(7)} ${r.m.accuracy.toFixed(3).padStart(9)}`);
  }
  lines.push('* run live in this process on the same pages; other rows are the benchmark\'s saved outputs, scored by the same code');
  return lines.join('\n');
}

export async function run(args: string[]): Promise<EvalResult> {
  const dir = requiredArgValue(args, '--data') ?? join(sharedDataRoot(), 'article-extraction-benchmark');
  const out = requiredArgValue(args, '--out');
  const withReadability = !args.includes('--no-readability');
  const pages = loadPages(dir);
  const truth = truthMap(pages);

  const ours = new Map<string, string>();
  const theirs = new Map<string, string>();
  let oursMs = 0;
  let theirsMs = 0;
  const readabilityErrors: string[] = [];
  for (const page of pages) {
    const bytes = pageBytes(dir, page.id);
    let t = performance.now();
    ours.set(page.id, predictBody(bytes));
    oursMs += performance.now() - t;
    if (withReadability) {
      t = performance.now();
      try {
        theirs.set(page.id, readabilityText(bytes.toString('utf8')));
      } catch (err) {
        // jsdom's selector engine throws on some pages; that page scores as an empty prediction.
        readabilityErrors.push(`${page.id.slice(0, 12)}: ${(err as Error).message}`);
        theirs.set(page.id, '');
      }
      theirsMs += performance.now() - t;
    }
  }
  if (out) {
    const json = Object.fromEntries([...ours].map(([id, body]) => [id, { articleBody: body }]));
    writeFileSync(out, JSON.stringify(json, null, 1));
  }

  const rows: Row[] = [{ name: 'wiretrace', live: true, m: scoreAll(truth, ours) }];
  if (withReadability) rows.push({ name: 'readability_js (live)', live: true, m: scoreAll(truth, theirs) });
  for (const [name, preds] of loadSavedOutputs(dir)) rows.push({ name, live: false, m: scoreAll(truth, preds) });
  rows.sort((a, b) => b.m.f1 - a.m.f1);

  const w = rows[0] && rows.find((r) => r.name === 'wiretrace')!.m;
  const metrics: Record<string, number> = {
    f1: w?.f1 ?? 0,
    precision: w?.precision ?? 0,
    recall: w?.recall ?? 0,
    accuracy: w?.accuracy ?? 0,
    pages: pages.length,
    ms_per_page: oursMs / Math.max(1, pages.length),
  };
  const r = rows.find((x) => x.name === 'readability_js (live)');
  if (r) {
    metrics.readability_live_f1 = r.m.f1;
    metrics.readability_ms_per_page = theirsMs / Math.max(1, pages.length);
  }
  let table = formatTable(rows);
  if (readabilityErrors.length) {
    metrics.readability_errors = readabilityErrors.length;
    table += `\nreadability_js (live) threw on ${readabilityErrors.length} page(s), scored as empty: ${readabilityErrors.join('; ')}`;
  }
  return { task: 'extraction', metrics, table };
}
