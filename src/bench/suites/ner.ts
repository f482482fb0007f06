/**
 * NER throughput and memory: the shipped tagger (text already tokenised, as in the pipeline) side by
 * side with compromise and wink-nlp finding named entities in the same text.
 */
import { createRequire } from 'node:module';
import { tokenize } from '../../annotate/text/tokenize.js';
import { splitParagraphs, splitSentences } from '../../annotate/text/segment.js';
import { loadTagger } from '../../annotate/entities/model.js';
import { benchText, timeBest } from '../corpus.js';
import type { BenchResult } from '../types.js';

const require = createRequire(import.meta.url);

export async function run(): Promise<BenchResult[]> {
  const text = benchText(400_000);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens, splitParagraphs(text));
  const words = sentences.map((s) => tokens.slice(s.tokenStart, s.tokenEnd).map((t) => text.slice(t.start, t.end)));
  const rssBefore = process.memoryUsage().rss;
  const tagger = loadTagger();
  const taggerMs = timeBest(() => {
    tagger.tagDocument(words);
  });
  const rss = process.memoryUsage().rss;
  const n = tokens.length;
  const out: BenchResult[] = [
    { suite: 'ner', name: 'wiretrace tagger', value: n / (taggerMs / 1000), unit: 'tokens/s/core', note: `${n.toLocaleString('en-US')} tokens` },
    { suite: 'ner', name: 'wiretrace tagger rss', value: rss / 1e6, unit: 'MB', note: `model load added ${((rss - rssBefore) / 1e6).toFixed(0)} MB` },
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
