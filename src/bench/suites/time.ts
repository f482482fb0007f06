/**
 * Time annotator throughput: MB of text per second on one core (tagTimes is single-threaded), over the
 * TempEval-3 TBAQ texts when ../shared/data is present, else over a built-in news-style sample: the
 * annotator alone, on sentences the text annotator made beforehand (as in the pipeline), and with that
 * text annotator run included (as `wiretrace timeml` and the TempEval eval run it).
 * Also times chrono-node's parser on the same texts, the building block the issue asked us to measure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { textAnnotator } from '../../annotate/text/index.js';
import { tagTimes, tagTimesInText } from '../../annotate/time/index.js';
import { createDoc } from '../../doc/doc.js';
import { sharedDataRoot } from '../../eval/data-path.js';
import { chronoTag } from '../../eval/timex/chrono-engine.js';
import { parseTml } from '../../annotate/time/tml.js';
import type { BenchResult } from '../types.js';

interface BenchDoc {
  readonly text: string;
  readonly dct: string | null;
}

const SAMPLE = [
  'The minister said on Sunday that talks would resume in the coming weeks, two years after they collapsed in March 2022.',
  'Officials met last week and will meet again on Thursday; a deal is expected later this year, not before the June election.',
  'Prices rose 3% in the third quarter from a year earlier, the company said, and it plans to cut 1,500 jobs by 2026.',
  'In recent years the ministry has held weekly briefings at 10 a.m. EST, but since September it has published daily notes.',
  'Putin has visited the region only once in over two decades and said he was willing to return at an early date.',
].join(' ');

function loadDocs(): { docs: BenchDoc[]; source: string } {
  const dir = join(sharedDataRoot(), 'tempeval3', 'Training', 'TBAQ-cleaned');
  if (existsSync(dir)) {
    const docs: BenchDoc[] = [];
    for (const sub of readdirSync(dir)) {
      const p = join(dir, sub);
      if (!existsSync(p) || sub.endsWith('.txt')) continue;
      for (const f of readdirSync(p)) {
        if (!f.endsWith('.tml')) continue;
        const d = parseTml(readFileSync(join(p, f), 'utf8'), f);
        docs.push({ text: d.text, dct: d.dct });
      }
    }
    return { docs, source: `TBAQ, ${docs.length} docs` };
  }
  console.warn('bench time: TBAQ not found under ../shared/data; using the built-in sample');
  return { docs: Array.from({ length: 200 }, () => ({ text: SAMPLE, dct: '2024-01-22' })), source: 'built-in sample' };
}

/** CPU time of this process in ms: on a shared machine wall time would count other processes' work. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** MB of text per CPU-second, after one warm-up pass (JIT, regex compilation). */
function throughput(docs: readonly BenchDoc[], fn: (d: BenchDoc) => unknown, minMs: number): number {
  for (const d of docs) fn(d);
  let bytes = 0;
  const t0 = cpuMs();
  const w0 = performance.now();
  let elapsed = 0;
  while (elapsed < minMs && performance.now() - w0 < minMs * 20) {
    for (const d of docs) {
      fn(d);
      bytes += d.text.length;
    }
    elapsed = cpuMs() - t0;
  }
  return bytes / 1e6 / (elapsed / 1000);
}

export async function run(): Promise<BenchResult[]> {
  const { docs, source } = loadDocs();
  const mb = docs.reduce((n, d) => n + d.text.length, 0) / 1e6;
  const sentences = new Map(docs.map((d) => [d, textAnnotator.run(createDoc(d.text)).sentences]));
  const ours = throughput(docs, (d) => tagTimes(d.text, d.dct, sentences.get(d)!), 3000);
  const withText = throughput(docs, (d) => tagTimesInText(d.text, d.dct), 3000);
  const chrono = throughput(docs, (d) => chronoTag(d.text, d.dct), 3000);
  return [
    { suite: 'time', name: 'tagTimes throughput (1 core)', value: ours, unit: 'MB/cpu-s', note: `${source}, ${mb.toFixed(2)} MB; goal >= 1` },
    { suite: 'time', name: 'tagTimesInText (with text annotator)', value: withText, unit: 'MB/cpu-s', note: 'wiretrace timeml, TempEval eval' },
    { suite: 'time', name: 'chrono-node parse throughput (1 core)', value: chrono, unit: 'MB/cpu-s', note: 'for comparison' },
  ];
}
