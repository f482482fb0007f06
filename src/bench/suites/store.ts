/**
 * Storing articles the way ingest does (near-duplicate lookup and insert in one transaction) into a
 * SQLite file: articles per second, CPU per article, and the lookup alone once the store holds them.
 * Input: distinct stories drawn from the example corpus's words, each stored with the layers the
 * default pipeline gives the first example (so the layer payload is a real one), half of them
 * followed by a wire copy (a new headline and paragraph), which is found and stored as a copy.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { annotate } from '../../annotate/default-pipeline.js';
import { findNearDuplicates, insertWithNearDup } from '../../ingest/dedupe/near-dup.js';
import { minhashSignature } from '../../ingest/dedupe/minhash.js';
import { layersOf } from '../../service/ingest.js';
import { openStore } from '../../store/index.js';
import type { NewArticle } from '../../store/types.js';
import { exampleTexts, syntheticStory } from '../corpus.js';
import type { BenchResult } from '../types.js';

const STORIES = 600;
const WORDS = 300;

export async function run(): Promise<BenchResult[]> {
  const examples = exampleTexts();
  const layers = layersOf(annotate(examples[0]!));
  const vocab = examples.join(' ').toLowerCase().match(/[a-z]+/g)!;
  const story = (seed: number): string => syntheticStory(vocab, seed, WORDS);
  const texts: string[] = [];
  for (let i = 0; i < STORIES; i++) {
    texts.push(story(i + 1));
    if (i % 2 === 0) texts.push(`Headline ${i} rewritten\n${texts[texts.length - 1]}\nA local paragraph added by the paper that ran the copy.`);
  }
  const fields = (i: number): Omit<NewArticle, 'nearDupOf' | 'signature'> => ({
    url: null, canonicalUrl: null, contentHash: `bench-${i}`, outlet: 'Bench Wire', title: `Story ${i}`, byline: [], published: null,
    modified: null, fetched: null, language: 'en', image: null, imageCredit: null, text: texts[i]!, meta: {},
  });

  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-store-'));
  try {
    const store = await openStore(join(dir, 'bench.db'));
    let copies = 0;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (let i = 0; i < texts.length; i++) {
      const { match } = await insertWithNearDup(store, fields(i), layers, minhashSignature(texts[i]!));
      if (match) copies++;
    }
    const cpu = process.cpuUsage(c0);
    const secs = (performance.now() - t0) / 1000;
    const sigs = texts.map((t) => minhashSignature(t));
    const tl = performance.now();
    for (const sig of sigs) await findNearDuplicates(store, sig);
    const lookupSecs = (performance.now() - tl) / 1000;
    await store.close();
    const note = `${texts.length} articles (${copies} found as copies), ${(JSON.stringify(layers).length / 1024).toFixed(0)} kB of layers each`;
    return [
      { suite: 'store', name: 'store with near-duplicate lookup (file)', value: texts.length / secs, unit: 'articles/s', note },
      { suite: 'store', name: 'store with near-duplicate lookup (file)', value: (cpu.user + cpu.system) / 1000 / texts.length, unit: 'ms CPU/article' },
      { suite: 'store', name: 'near-duplicate lookup', value: sigs.length / lookupSecs, unit: 'lookups/s', note: `among ${texts.length} stored` },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
