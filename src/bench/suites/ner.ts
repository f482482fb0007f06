/**
 * NER throughput and memory: the shipped tagger (text already tokenised, as in the pipeline) side by
 * side with compromise and wink-nlp finding named entities in the same text. Tagger speed is given
 * per core from process CPU time (the machine may be shared), tagging each example text as its own
 * document; load time, resident memory and the model's size on disk are reported too.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { tokenize } from '../../annotate/text/tokenize.js';
import { splitParagraphs, splitSentences } from '../../annotate/text/segment.js';
import { loadTagger, modelDir } from '../../annotate/entities/model.js';
import { benchText, exampleTexts, timeBest } from '../corpus.js';
import type { BenchResult } from '../types.js';

const require = createRequire(import.meta.url);

function sentencesOf(text: string): string[][] {
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, splitParagraphs(text));
  return sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => text.slice(t.start, t.end)));
}

export async function run(): Promise<BenchResult[]> {
  const text = benchText(400_000);
  // The bench text repeats the examples; each repetition of an example is one document.
  const docs: string[][][] = [];
  let n = 0;
  const examples = exampleTexts().map(sentencesOf);
  const target = tokenize(text).length;
  for (let i = 0; n < target; i++) {
    const d = examples[i % examples.length]!;
    docs.push(d);
    for (const s of d) n += s.length;
  }
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  const tagger = loadTagger();
  const loadMs = performance.now() - t0;
  let cpuMs = Infinity;
  const wallMs = timeBest(() => {
    const c0 = process.cpuUsage();
    for (const d of docs) tagger.tagDocument(d);
    const c = process.cpuUsage(c0);
    cpuMs = Math.min(cpuMs, (c.user + c.system) / 1000);
  });
  const rss = process.memoryUsage().rss;
  const dir = modelDir();
  const modelBytes = readdirSync(dir).reduce((a, f) => a + statSync(join(dir, f)).size, 0);
  const out: BenchResult[] = [
    { suite: 'ner', name: 'wiretrace tagger', value: n / (cpuMs / 1000), unit: 'tokens/s/core', note: `${n.toLocaleString('en-US')} tokens, ${docs.length} docs; wall ${Math.round(n / (wallMs / 1000)).toLocaleString('en-US')} tokens/s` },
    { suite: 'ner', name: 'wiretrace tagger rss', value: rss / 1e6, unit: 'MB', note: `model load added ${((rss - rssBefore) / 1e6).toFixed(0)} MB in ${loadMs.toFixed(0)} ms` },
    { suite: 'ner', name: 'wiretrace model size', value: modelBytes / 1e6, unit: 'MB', note: dir },
  ];
  const nlp = require('compromise') as (t: string) => { topics(): { out(k: string): unknown } };
  const compromiseMs = timeBest(() => void nlp(text).topics().out('array'), 1000, 1);
  out.push({ suite: 'ner', name: 'compromise topics()', value: n / (compromiseMs / 1000), unit: 'tokens/s/core' });
  const winkNLP = require('wink-nlp') as (m: unknown) => { readDoc(t: string): { entities(): { out(): unknown } } };
  const wink = winkNLP(require('wink-eng-lite-web-model'));
  const winkMs = timeBest(() => void wink.readDoc(text).entities().out(), 1000, 1);
  out.push({ suite: 'ner', name: 'wink-nlp entities()', value: n / (winkMs / 1000), unit: 'tokens/s/core' });
  return out;
}
