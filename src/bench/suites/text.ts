/** Tokenizer and sentence splitter throughput (goal: >= 2 million tokens per second per core). */
import { tokenize } from '../../annotate/text/tokenize.js';
import { splitParagraphs, splitSentences } from '../../annotate/text/segment.js';
import { benchText, timeBest } from '../corpus.js';
import type { BenchResult } from '../types.js';

export async function run(): Promise<BenchResult[]> {
  const text = benchText();
  let count = 0;
  const tokMs = timeBest(() => {
    count = tokenize(text).length;
  });
  const tokens = tokenize(text);
  const paragraphs = splitParagraphs(text);
  const segMs = timeBest(() => {
    splitSentences(text, tokens, splitParagraphs(text));
  });
  const sentences = splitSentences(text, tokens, paragraphs).length;
  return [
    { suite: 'text', name: 'tokenize', value: count / (tokMs / 1000), unit: 'tokens/s/core', note: `${count.toLocaleString('en-US')} tokens, ${(text.length / 1e6).toFixed(1)} MB` },
    { suite: 'text', name: 'paragraphs+sentences', value: count / (segMs / 1000), unit: 'tokens/s/core', note: `${sentences.toLocaleString('en-US')} sentences` },
  ];
}
