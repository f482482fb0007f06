/**
 * `npm run eval -- ner --data ../shared/data/conll2003/test.txt`: tags a CoNLL-2003 file with the
 * shipped tagger (token column only; POS/chunk columns are ignored) and prints conlleval-style
 * span-level micro P/R/F1 overall and per type.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { WiretraceError } from '../../errors.js';
import { ConllScorer, formatScore } from '../../annotate/entities/conlleval.js';
import { parseConll } from '../../annotate/entities/conll.js';
import { bilouToIob } from '../../annotate/entities/labels.js';
import { loadTagger } from '../../annotate/entities/model.js';
import { sharedDataRoot } from '../data-path.js';
import type { EvalResult } from '../types.js';

export async function run(args: string[]): Promise<EvalResult> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' } }, allowPositionals: true });
  const path = resolve(values.data ?? resolve(sharedDataRoot(), 'conll2003', 'test.txt'));
  if (!existsSync(path)) throw new WiretraceError('E_EVAL_DATA', `CoNLL file not found: ${path}`);
  const docs = parseConll(readFileSync(path, 'utf8'));
  if (!docs.length || !docs[0]!.sentences[0]!.tags.length) {
    throw new WiretraceError('E_EVAL_DATA', `${path} has no gold NER column`);
  }
  const tagger = loadTagger();
  const scorer = new ConllScorer();
  const t0 = performance.now();
  let tokens = 0;
  for (const d of docs) {
    const words = d.sentences.map((s) => s.words);
    const preds = tagger.tagDocument(words);
    d.sentences.forEach((s, i) => {
      tokens += s.words.length;
      scorer.add(s.tags, bilouToIob(preds[i]!));
    });
  }
  const secs = (performance.now() - t0) / 1000;
  const s = scorer.score();
  const metrics: Record<string, number> = {
    f1: s.overall.f1,
    precision: s.overall.precision,
    recall: s.overall.recall,
  };
  for (const [t, v] of Object.entries(s.byType)) metrics[`f1.${t}`] = v.f1;
  metrics['tokens_per_s'] = Math.round(tokens / secs);
  return { task: 'ner', metrics, table: `${path}\n${formatScore(s)}` };
}
