/**
 * Trains the attribution cue detector (src/annotate/attribution/learned/) deterministically: a binary
 * averaged perceptron over string features, on PolNeAR train only. A candidate word is positive when a gold
 * cue covers it. The vocabulary is the words PolNeAR train marks in a cue at least --min-cue times with at
 * least --min-share of their candidate uses; the thresholds are given (choose them on dev with
 * `npm run eval -- attribution --split dev`, never on test): --threshold for words outside the lexicon,
 * --weak-threshold for weak lexicon forms the structure tests would drop (default: --threshold).
 *
 *   npm run train:attribution -- --data ../shared/data/polnear [--epochs 10] [--threshold 0] [--weak-threshold=-2]
 *     [--veto=-6] [--prune 0.5] [--out models/attribution]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { createDoc } from '../../src/doc/doc.js';
import { textAnnotator } from '../../src/annotate/text/index.js';
import { buildView } from '../../src/annotate/text/token-view.js';
import { cueFeatures, isDetectorCandidate } from '../../src/annotate/attribution/learned/features.js';
import { CUE_MODEL_FILE, CUE_MODEL_FORMAT } from '../../src/annotate/attribution/learned/model.js';
import { loadSplit } from '../../src/eval/attribution/polnear.js';
import { WiretraceError } from '../../src/errors.js';
import { mulberry32 } from '../ner/random.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    epochs: { type: 'string', default: '10' },
    threshold: { type: 'string', default: '0' },
    'weak-threshold': { type: 'string' },
    veto: { type: 'string' },
    prune: { type: 'string', default: '0.5' },
    'min-cue': { type: 'string', default: '2' },
    'min-share': { type: 'string', default: '0.05' },
    out: { type: 'string', default: 'models/attribution' },
  },
});
if (!values.data) throw new WiretraceError('E_USAGE', '--data is required (the PolNeAR folder)');

interface Example {
  readonly word: string;
  readonly feats: readonly string[];
  readonly label: boolean;
}

const examples: Example[] = [];
for (const d of loadSplit(resolve(values.data), 'train')) {
  const inCue = new Uint8Array(d.text.length);
  for (const a of d.annotations[0]!.attributions) for (const f of a.cue) inCue.fill(1, f.start, f.end);
  const l = textAnnotator.run(createDoc(d.text));
  const v = buildView(d.text, l.tokens, l.sentences);
  for (let i = 0; i < v.n; i++) {
    if (!isDetectorCandidate(v, i)) continue;
    examples.push({ word: v.low[i]!, feats: cueFeatures(v, i), label: inCue[v.start[i]!] === 1 });
  }
}

const uses = new Map<string, { n: number; cue: number }>();
for (const x of examples) {
  const u = uses.get(x.word) ?? { n: 0, cue: 0 };
  u.n++;
  if (x.label) u.cue++;
  uses.set(x.word, u);
}
const minCue = Number(values['min-cue']);
const minShare = Number(values['min-share']);
const vocabulary = [...uses].filter(([, u]) => u.cue >= minCue && u.cue / u.n >= minShare).map(([w]) => w).sort();
const inVocab = new Set(vocabulary);
const data = examples.filter((x) => inVocab.has(x.word));

// Binary averaged perceptron (Daumé's trick: avg = w - acc / c).
const w = new Map<string, number>();
const acc = new Map<string, number>();
let c = 1;
const rand = mulberry32(1);
const order = data.map((_, k) => k);
for (let epoch = 0; epoch < Number(values.epochs); epoch++) {
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  let errors = 0;
  for (const k of order) {
    const x = data[k]!;
    let s = 0;
    for (const f of x.feats) s += w.get(f) ?? 0;
    const y = x.label ? 1 : -1;
    if (y * s <= 0) {
      errors++;
      for (const f of x.feats) {
        w.set(f, (w.get(f) ?? 0) + y);
        acc.set(f, (acc.get(f) ?? 0) + y * c);
      }
    }
    c++;
  }
  console.log(`epoch ${epoch + 1}: ${errors} errors of ${data.length}`);
}

const lines = [JSON.stringify({ format: CUE_MODEL_FORMAT, threshold: Number(values.threshold), ...(values['weak-threshold'] === undefined ? {} : { weakThreshold: Number(values['weak-threshold']) }), ...(values.veto === undefined ? {} : { veto: Number(values.veto) }), vocabulary, trainedOn: 'PolNeAR train', epochs: Number(values.epochs) })];
for (const [f, wf] of [...w].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const avg = wf - (acc.get(f) ?? 0) / c;
  const q = Math.round(avg * 1000) / 1000;
  // Weights this small move a score by less than the threshold's resolution; dropping them keeps the file small.
  if (Math.abs(q) >= Number(values.prune)) lines.push(`${f}\t${q}`);
}
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, CUE_MODEL_FILE), gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`${vocabulary.length} words, ${data.length} examples (${data.filter((x) => x.label).length} cues), ${lines.length - 1} weights -> ${join(out, CUE_MODEL_FILE)}`);
