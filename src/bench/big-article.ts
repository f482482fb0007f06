/**
 * One big article through every annotator, in its own process so that its peak memory is its own:
 * `node --import tsx src/bench/big-article.ts <MB>` prints one JSON line with wall and CPU seconds and
 * the process's peak RSS. Run by the pipeline suite at 1, 4 and 10 MB.
 */
import { annotate } from '../annotate/default-pipeline.js';
import { benchText } from './corpus.js';

export interface BigArticleResult {
  readonly mb: number;
  readonly chars: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMiB: number;
  readonly baseRssMiB: number;
}

const mb = Number(process.argv[2]);
if (!(mb > 0)) throw new Error('usage: big-article.ts <megabytes>');
// warm-up on a short text: models load here, so the peak below is the article's, not the models' alone
annotate('Kofi Mensah said on Monday that the port would reopen.', { published: '2024-01-22' });
const text = benchText(mb * 1024 * 1024);
const baseRssMiB = process.memoryUsage().rss / 2 ** 20;
const t0 = performance.now();
const c0 = process.cpuUsage();
annotate(text, { published: '2024-01-22' });
const cpu = process.cpuUsage(c0);
const result: BigArticleResult = {
  mb,
  chars: text.length,
  seconds: (performance.now() - t0) / 1000,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  // maxRSS is in kB: the true peak, not a sample
  peakRssMiB: process.resourceUsage().maxRSS / 1024,
  baseRssMiB,
};
console.log(JSON.stringify(result));
