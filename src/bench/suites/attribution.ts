/**
 * Attribution throughput on PolNeAR dev texts (or the seed article when the data is absent): tokens per
 * second per core for the attribution annotator alone (text layers built beforehand) and for text + attribution.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc, withLayers, type Doc } from '../../doc/doc.js';
import { textAnnotator } from '../../annotate/text/index.js';
import { attributionAnnotator } from '../../annotate/attribution/index.js';
import { loadSplit } from '../../eval/attribution/polnear.js';
import { sharedDataRoot } from '../../eval/data-path.js';
import type { BenchResult } from '../types.js';

/** Repeat until at least this much time has passed, so timer noise stays small. */
const MIN_MS = 2000;

function corpus(): { texts: string[]; note: string } {
  const root = resolve(sharedDataRoot(), 'polnear');
  if (existsSync(resolve(root, 'dev', 'text'))) {
    return { texts: loadSplit(root, 'dev').map((d) => d.text), note: 'PolNeAR dev, 84 articles' };
  }
  const seed = resolve(sharedDataRoot(), '..', 'fixtures', 'seed', 'article.txt');
  console.warn(`bench attribution: PolNeAR not found under ${root}; using the seed article`);
  return { texts: existsSync(seed) ? [readFileSync(seed, 'utf8')] : ['The minister said that talks would resume.'], note: 'seed article' };
}

export async function run(): Promise<BenchResult[]> {
  const { texts, note } = corpus();
  const segmented: Doc[] = texts.map((t) => {
    const d = createDoc(t);
    return withLayers(d, textAnnotator.run(d), { annotator: textAnnotator.name, version: textAnnotator.version });
  });
  const tokens = segmented.reduce((n, d) => n + (d.layers.tokens?.length ?? 0), 0);
  // Warm up the JIT.
  for (const d of segmented) attributionAnnotator.run(d);

  let passes = 0;
  let atts = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < MIN_MS) {
    for (const d of segmented) atts += attributionAnnotator.run(d).attributions.length;
    passes++;
  }
  const annotOnly = (tokens * passes) / ((performance.now() - t0) / 1000);
  const perThousand = (atts / passes / tokens) * 1000;

  passes = 0;
  const t1 = performance.now();
  while (performance.now() - t1 < MIN_MS) {
    for (const t of texts) {
      const d = createDoc(t);
      const seg = withLayers(d, textAnnotator.run(d), { annotator: textAnnotator.name, version: textAnnotator.version });
      attributionAnnotator.run(seg);
    }
    passes++;
  }
  const endToEnd = (tokens * passes) / ((performance.now() - t1) / 1000);
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  return [
    { suite: 'attribution', name: 'annotator (tokens/s/core)', value: annotOnly, unit: 'tokens/s', note: `${note}; goal 50,000` },
    { suite: 'attribution', name: 'text + attribution (tokens/s/core)', value: endToEnd, unit: 'tokens/s', note },
    { suite: 'attribution', name: 'attributions per 1k tokens', value: perThousand || 0, unit: 'per 1k' },
    { suite: 'attribution', name: 'heap used', value: heap, unit: 'MiB' },
  ];
}
