/**
 * Trains the TempEval-3 event tagger deterministically: an averaged perceptron over hashed token
 * features (src/annotate/events/tagger/features.ts), O plus the seven EVENT classes per token.
 *
 * TBAQ-cleaned is split by DOCID hash into train and dev (a fifth); the epoch count and the decision
 * margin are chosen on dev; then the shipped model is trained on all of TBAQ with those settings.
 * te3-platinum is never read here. With several --seeds, one perceptron is trained per seed (shuffle
 * order) for exactly --epochs and their weights are averaged; dev then chooses only the margin. --silver N adds the first N TE3 silver folders
 * (automatically annotated; weighted by --silver-weight) to training: all six lift dev F1 by about
 * 4 points and class F1 by about 7 over TBAQ alone.
 *
 *   npm run train:events -- --data ../shared/data/tempeval3 [--epochs 12] [--bits 20] [--seeds 1[,2,3]]
 *                           [--silver 6] [--silver-weight 0.5] [--prune 0.5] [--pos [--class-features]] [--senses] [--class-senses] [--class-cues] [--exact-counts] [--class-silver-weight W] [--binary-detector] [--calibrate] [--dense-eval] [--chosen 12,-0.5,two-stage] [--out models/events] [--dev-only [--dev-model DIR]]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EVENT_CLASSES, N_EVENT_LABELS } from '../../src/annotate/events/tagger/classes.js';
import { MAX_CLASS_FEATURES, MAX_FEATURES, classFeatures, tokenFeatures, viewTokens, type EventClusterTables } from '../../src/annotate/events/tagger/features.js';
import { StemCounter } from '../../src/annotate/events/tagger/lexicon.js';
import { loadSenseTable } from '../../src/annotate/events/tagger/senses.js';
import { deserialiseEventModel, serialiseEventModel } from '../../src/annotate/events/tagger/model.js';
import { EventTagger, decide, isWordy } from '../../src/annotate/events/tagger/tagger.js';
import { readClusterTables } from '../../src/annotate/entities/model.js';
import { loadPosTagger } from '../../src/annotate/pos/model.js';
import { stem } from '../../src/annotate/events/tagger/features.js';
import { WiretraceError } from '../../src/errors.js';
import { EventScorer, eventMetrics, type EventMetrics, type ScoredEvent } from '../../src/eval/te3events/score.js';
import { mulberry32 } from '../ner/random.js';
import { isDevDoc, readLabelled, tmlPaths, type LabelledDoc } from './corpus.js';
import { AveragedPerceptron } from './perceptron.js';
import { classCorrect, detectCounts, fitClassBias, fitLabelMargins, tokenF1, type ClassRow, type DetectRow } from './calibrate.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    epochs: { type: 'string', default: '12' },
    bits: { type: 'string', default: '20' },
    seeds: { type: 'string', default: '1' },
    silver: { type: 'string', default: '6' },
    'silver-weight': { type: 'string', default: '0.5' },
    prune: { type: 'string', default: '0.5' },
    out: { type: 'string', default: 'models/events' },
    'dev-only': { type: 'boolean', default: false },
    'dev-model': { type: 'string' },
    /** the POS tagger's tags (models/pos) as features; off by default, as the shipped model was trained */
    pos: { type: 'boolean', default: false },
    /** the class stage reads its own features too (classFeatures in features.ts; needs POS) */
    'class-features': { type: 'boolean', default: false },
    /** WordNet supersenses of the word (senses.ts) as features */
    senses: { type: 'boolean', default: false },
    /** WordNet supersenses read by the class stage only (implies --class-features) */
    'class-senses': { type: 'boolean', default: false },
    /** the class stage reads tagger-free context cues (cueClassFeatures in features.ts) */
    'class-cues': { type: 'boolean', default: false },
    /** the class stage's weight for silver documents (default: --silver-weight, as the detector's) */
    'class-silver-weight': { type: 'string' },
    /** the detector learns event against O only (one label for every class); needs the class stage */
    'binary-detector': { type: 'boolean', default: false },
    /** fit per-class biases for the class stage and per-class detection margin offsets on dev (calibrate.ts) */
    calibrate: { type: 'boolean', default: false },
    /** the stem lexicon counts down-weighted (silver) occurrences per label too (StemCounter's `exact`) */
    'exact-counts': { type: 'boolean', default: false },
    /** score dev from the dense averaged weights (the same decisions; about ten times faster than through the packed model) */
    'dense-eval': { type: 'boolean', default: false },
    /** the settings an earlier --dev-only run chose ("EPOCH,MARGIN,two-stage|one-stage"): skips the dev run */
    chosen: { type: 'string' },
  },
});

/** --binary-detector: the detector learns event against O only; the class stage then always decides the class */
const BINARY_DETECTOR = values['binary-detector'] === true;

/** Stems kept in the shipped lexicon: those ever seen as an event, or seen often enough to matter. */
const keepStem = (n: number, events: number): boolean => events > 0 || n >= 5;

function buildLexicon(docs: readonly LabelledDoc[], weights: readonly number[]): { total: StemCounter; perDoc: StemCounter[] } {
  const exact = values['exact-counts'] === true;
  const total = new StemCounter(exact);
  const perDoc = docs.map((d, di) => {
    const own = new StemCounter(exact);
    const times = weights[di]!;
    d.tokens.forEach((t, i) => {
      const s = stem(t.text.toLowerCase());
      own.add(s, d.labels[i]!, times);
      total.add(s, d.labels[i]!, times);
    });
    return own;
  });
  return { total, perDoc };
}

function shippedLexicon(total: StemCounter): Map<string, string> {
  const out = new Map<string, string>();
  for (const [s, c] of total.counts) {
    if (!keepStem(c.n, c.n - c.byLabel[0]!)) continue;
    const e = total.entry(s);
    if (e) out.set(s, e);
  }
  return out;
}

interface Featurised {
  /** features of all tokens, MAX_FEATURES slots each (unused slots -1) */
  readonly feats: Int32Array;
  readonly labels: Uint8Array;
  readonly weight: number;
  /** the class stage's update step for this document */
  readonly classWeight: number;
  /** the class stage's own features, MAX_CLASS_FEATURES slots per token (unused -1), when used */
  readonly cfeats?: Int32Array;
}

/** Training features: each document's lexicon entries leave its own counts out, as unseen text would. */
function featurise(d: LabelledDoc, clusters: EventClusterTables, lexicon: (s: string) => string | undefined, mask: number, weight: number, classWeight: number, withClass: boolean): Featurised {
  const view = viewTokens(d.tokens, clusters);
  const lex = new Map<string, string>();
  for (const s of view.stems) if (!lex.has(s)) { const e = lexicon(s); if (e) lex.set(s, e); }
  const feats = new Int32Array(d.tokens.length * MAX_FEATURES).fill(-1);
  const cfeats = withClass ? new Int32Array(d.tokens.length * MAX_CLASS_FEATURES).fill(-1) : undefined;
  const buf = new Int32Array(MAX_FEATURES);
  const cbuf = new Int32Array(MAX_CLASS_FEATURES);
  for (let i = 0; i < d.tokens.length; i++) {
    if (!isWordy(d.tokens[i]!.text)) continue; // punctuation: never an event, never scored (as in the tagger)
    const n = tokenFeatures(d.tokens, view, i, lex, mask, buf);
    feats.set(buf.subarray(0, n), i * MAX_FEATURES);
    if (cfeats && d.labels[i]! > 0) cfeats.set(cbuf.subarray(0, classFeatures(d.tokens, view, i, lex, mask, cbuf, 0)), i * MAX_CLASS_FEATURES);
  }
  return { feats, labels: d.labels, weight, classWeight, ...(cfeats ? { cfeats } : {}) };
}

/**
 * `evaluate` from the dense averaged weights of a run (`--dense-eval`): each dev token is scored once
 * and decided at every margin, one stage (the detector's class) and two (the class stage's). The
 * packed model rounds weights to int16 units, so figures can differ from `evaluate` in the last digit;
 * on the shipped features they are the same (seed 1: 88.03 / 76.11 at epoch 12, margin -0.5).
 */
function evaluateDense(docs: readonly LabelledDoc[], feats: readonly Featurised[], t: Trained, margins: readonly number[], twoStage: boolean): { margin: number; m: EventMetrics }[] {
  const scorers = margins.map(() => new EventScorer());
  const scores = new Float32Array(N_EVENT_LABELS);
  const classScores = new Float32Array(EVENT_CLASSES.length);
  const both = new Int32Array(MAX_FEATURES + MAX_CLASS_FEATURES);
  docs.forEach((d, di) => {
    const f = feats[di]!;
    const found: { start: number; end: number; cls: string; lead: number }[] = [];
    for (let i = 0; i < d.tokens.length; i++) {
      const tf = f.feats.subarray(i * MAX_FEATURES, (i + 1) * MAX_FEATURES);
      if (tf[0]! < 0) continue;
      const { label, lead } = decide(denseScores(t.w, N_EVENT_LABELS, tf, scores));
      if (lead <= margins[0]!) continue;
      const cls = twoStage ? argmax(denseScores(t.cw, EVENT_CLASSES.length, classInput(f, i, both), classScores)) + 1 : label;
      found.push({ start: d.tokens[i]!.start, end: d.tokens[i]!.end, cls: EVENT_CLASSES[cls - 1]!, lead });
    }
    margins.forEach((margin, k) => scorers[k]!.add(d.doc.text, d.doc.events, found.filter((e) => e.lead > margin)));
  });
  return margins.map((margin, k) => ({ margin, m: eventMetrics(scorers[k]!) }));
}

function evaluate(docs: readonly LabelledDoc[], tagger: EventTagger, margins: readonly number[]): { margin: number; m: EventMetrics }[] {
  return margins.map((margin) => {
    const scorer = new EventScorer();
    for (const d of docs) scorer.add(d.doc.text, d.doc.events, tagger.tagTokens(d.tokens, margin) satisfies ScoredEvent[]);
    return { margin, m: eventMetrics(scorer) };
  });
}

/** A trained model: the detector (O + seven classes) and the class stage (seven classes, events only). */
interface Trained {
  readonly w: Float32Array;
  readonly cw: Float32Array;
}

function argmax(scores: Float32Array): number {
  let best = 0;
  for (let y = 1; y < scores.length; y++) if (scores[y]! > scores[best]!) best = y;
  return best;
}

/** Token t's class-stage features: its detector features, then (when used) the class stage's own, in `both`. */
function classInput(d: Featurised, t: number, both: Int32Array): Int32Array {
  const feats = d.feats.subarray(t * MAX_FEATURES, (t + 1) * MAX_FEATURES);
  if (!d.cfeats) return feats;
  both.fill(-1);
  let n = 0;
  while (n < MAX_FEATURES && feats[n]! >= 0) { both[n] = feats[n]!; n++; }
  both.set(d.cfeats.subarray(t * MAX_CLASS_FEATURES, (t + 1) * MAX_CLASS_FEATURES), n);
  return both;
}

/** Label scores of one token's features (-1 ends them) from a dense table of `L` labels per row. */
function denseScores(w: Float32Array, L: number, feats: Int32Array, out: Float32Array): Float32Array {
  out.fill(0);
  for (let k = 0; k < feats.length && feats[k]! >= 0; k++) {
    const b = feats[k]! * L;
    for (let y = 0; y < L; y++) out[y]! += w[b + y]!;
  }
  return out;
}

/** The dev tokens' detector rows and the class stage's rows of the events the detector finds at `margin`. */
function calibrationRows(docs: readonly Featurised[], t: Trained, margin: number, twoStage: boolean): { detect: DetectRow[]; cls: ClassRow[] } {
  const detect: DetectRow[] = [];
  const cls: ClassRow[] = [];
  const both = new Int32Array(MAX_FEATURES + MAX_CLASS_FEATURES);
  for (const d of docs) {
    for (let i = 0; i < d.labels.length; i++) {
      const feats = d.feats.subarray(i * MAX_FEATURES, (i + 1) * MAX_FEATURES);
      if (feats[0]! < 0) continue;
      const scores = denseScores(t.w, N_EVENT_LABELS, feats, new Float32Array(N_EVENT_LABELS));
      const gold = d.labels[i]!;
      detect.push({ scores, gold });
      if (gold === 0 || decide(scores).lead <= margin) continue;
      // one stage: the detector's class scores (no O) stand for the class stage's
      const cs = twoStage ? denseScores(t.cw, EVENT_CLASSES.length, classInput(d, i, both), new Float32Array(EVENT_CLASSES.length)) : scores.slice(1);
      cls.push({ scores: cs, gold: gold - 1 });
    }
  }
  return { detect, cls };
}

/**
 * Fits the class biases and margin offsets on dev, after checking them two-fold within dev (fit on
 * one half of the documents, scored on the other) so the printed held-out change says whether they
 * carry over; returns the fit on all of dev.
 */
function calibrate(docs: readonly Featurised[], t: Trained, margin: number, twoStage: boolean): { classBias?: number[]; labelMargins: number[] } {
  const K = EVENT_CLASSES.length;
  const zero = new Float64Array(K);
  const halves = [docs.filter((_, i) => i % 2 === 0), docs.filter((_, i) => i % 2 === 1)].map((h) => calibrationRows(h, t, margin, twoStage));
  for (const [fitOn, scoreOn] of [[0, 1], [1, 0]] as const) {
    const a = halves[fitOn]!;
    const b = halves[scoreOn]!;
    const bias = fitClassBias(a.cls, K);
    const offs = fitLabelMargins(a.detect, margin, K);
    const acc = (x: ArrayLike<number>): string => ((100 * classCorrect(b.cls, x)) / b.cls.length).toFixed(2);
    const f = (x: ArrayLike<number>): string => (100 * tokenF1(detectCounts(b.detect, margin, x))).toFixed(2);
    console.log(`calibration fit on dev half ${fitOn}, scored on half ${scoreOn}: class acc ${acc(zero)} -> ${acc(bias)} (bias ${[...bias].join(',')}); token F1 ${f(zero)} -> ${f(offs)} (offsets ${[...offs].join(',')})`);
  }
  const all = calibrationRows(docs, t, margin, twoStage);
  // the tagger adds class biases to the class stage only, so a one-stage model gets none
  const classBias = twoStage ? [...fitClassBias(all.cls, K)] : undefined;
  const labelMargins = [...fitLabelMargins(all.detect, margin, K)];
  console.log(`calibration on all of dev: class bias ${classBias?.join(',') ?? 'none (one stage)'}; margin offsets ${labelMargins.join(',')}`);
  return { ...(classBias ? { classBias } : {}), labelMargins };
}

function trainModel(
  train: readonly Featurised[],
  bits: number,
  epochs: number,
  seed: number,
  onEpoch?: (epoch: number, averaged: Trained) => void,
): Trained {
  const p = new AveragedPerceptron(1 << bits, N_EVENT_LABELS);
  const cp = new AveragedPerceptron(1 << bits, EVENT_CLASSES.length);
  const rand = mulberry32(seed);
  const order = train.map((_, i) => i);
  const scores = new Float32Array(N_EVENT_LABELS);
  const classScores = new Float32Array(EVENT_CLASSES.length);
  const both = new Int32Array(MAX_FEATURES + MAX_CLASS_FEATURES);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const di of order) {
      const d = train[di]!;
      for (let t = 0; t < d.labels.length; t++) {
        const feats = d.feats.subarray(t * MAX_FEATURES, (t + 1) * MAX_FEATURES);
        if (feats[0]! < 0) continue; // punctuation: never an event, never scored
        p.scores(feats, scores);
        const { label, lead } = decide(scores);
        const guess = lead > 0 ? label : 0;
        const gold = d.labels[t]!;
        // a binary detector pools every event class into one label (the first), so evidence for "an
        // event" is not split between I_ACTION and OCCURRENCE; the class stage then names the class
        const detGold = BINARY_DETECTOR && gold > 0 ? 1 : gold;
        if (guess !== detGold) p.update(feats, detGold, guess, d.weight);
        p.tick();
        if (gold === 0) continue; // the class stage learns from events only
        const cf = classInput(d, t, both);
        cp.scores(cf, classScores);
        const cguess = argmax(classScores);
        if (cguess !== gold - 1) cp.update(cf, gold - 1, cguess, d.classWeight);
        cp.tick();
      }
    }
    onEpoch?.(epoch, { w: p.averaged(), cw: cp.averaged() });
  }
  return { w: p.averaged(), cw: cp.averaged() };
}

function main(): void {
  if (!values.data) throw new WiretraceError('E_USAGE', '--data <tempeval3 dir> is required');
  const t0 = Date.now();
  const data = resolve(values.data);
  const bits = Number(values.bits);
  const mask = (1 << bits) - 1;
  const seeds = values.seeds!.split(',').map(Number);
  const clusters: EventClusterTables = {
    ...readClusterTables(),
    ...(values.pos ? { pos: loadPosTagger() } : {}),
    ...(values.senses ? { senses: loadSenseTable() } : {}),
    ...(values['class-senses'] ? { classSenses: loadSenseTable() } : {}),
    ...(values['class-cues'] ? { classCues: true } : {}),
  };
  const withClass = values['class-features'] === true || values['class-senses'] === true || values['class-cues'] === true;
  if (values['class-features'] && !values.pos) throw new WiretraceError('E_USAGE', '--class-features needs POS tags (add --pos)');
  // header flags only when set, so a run without them writes the same file as before they existed
  const posMeta = { ...(values.pos ? { posFeatures: true } : {}), ...(withClass ? { classFeatures: true } : {}), ...(values.senses ? { senseFeatures: true } : {}), ...(values['class-senses'] ? { classSenseFeatures: true } : {}), ...(values['class-cues'] ? { classCueFeatures: true } : {}) };
  const tbaq = readLabelled(tmlPaths(join(data, 'Training', 'TBAQ-cleaned')));
  const silverN = Number(values.silver);
  const silver = silverN > 0 ? readLabelled(Array.from({ length: silverN }, (_, k) => tmlPaths(join(data, 'Training', `TE3-Silver-data-${k}`))).flat()) : [];
  const silverWeight = Number(values['silver-weight']);
  const classSilverWeight = Number(values['class-silver-weight'] ?? values['silver-weight']);
  const dev = tbaq.filter((d) => isDevDoc(d.doc.docId));
  const trainDocs = tbaq.filter((d) => !isDevDoc(d.doc.docId));
  console.log(`TBAQ: ${trainDocs.length} train docs, ${dev.length} dev docs; silver: ${silver.length} docs (weight ${silverWeight})`);

  const margins = [-2, -1, -0.5, 0, 0.5, 1, 2, 3];
  /** Trains on `docs`; scores dev after each epoch when asked. Returns the weights and the lexicon used. */
  const run = (docs: readonly LabelledDoc[], docWeights: readonly number[], classWeights: readonly number[], epochs: number, scoreDev: boolean) => {
    const { total, perDoc } = buildLexicon(docs, docWeights);
    const shipped = shippedLexicon(total);
    const feats = docs.map((d, di) => featurise(d, clusters, (s) => (shipped.has(s) ? total.entry(s, perDoc[di]) : undefined), mask, docWeights[di]!, classWeights[di]!, withClass));
    let best = { epoch: 0, margin: 0, twoStage: false, f1: -1, classF1: -1 };
    // --dense-eval: dev's features as the tagger would read them (the shipped lexicon, no document left out)
    const devFeats = scoreDev && values['dense-eval'] ? dev.map((d) => featurise(d, clusters, (s) => shipped.get(s), mask, 1, 1, withClass)) : undefined;
    const scoreEpoch = (epoch: number, avg: Trained): void => {
      for (const twoStage of BINARY_DETECTOR ? [true] : [false, true]) {
        const scored = devFeats
          ? evaluateDense(dev, devFeats, avg, margins, twoStage)
          : evaluate(dev, new EventTagger(deserialiseEventModel(serialiseEventModel(avg.w, bits, 0, shipped, posMeta, 0, twoStage ? avg.cw : undefined)), clusters), margins);
        for (const { margin, m } of scored) {
          if (margin === 0 || m.f1 + m.classF1 > best.f1 + best.classF1) console.log(`epoch ${epoch}${twoStage ? ' two-stage' : ''} margin ${margin}: dev F1 ${m.f1.toFixed(2)} (P ${m.p.toFixed(2)} R ${m.r.toFixed(2)}) strict ${m.strictF1.toFixed(2)} class acc ${m.classAcc.toFixed(2)} F1 ${m.classF1.toFixed(2)}`);
          if (m.f1 + m.classF1 > best.f1 + best.classF1) best = { epoch, margin, twoStage, f1: m.f1, classF1: m.classF1 }; // both goals count
        }
      }
    };
    if (seeds.length === 1) {
      const t = trainModel(feats, bits, epochs, seeds[0]!, scoreDev ? scoreEpoch : undefined);
      return { ...t, shipped, best };
    }
    const w = new Float32Array((1 << bits) * N_EVENT_LABELS);
    const cw = new Float32Array((1 << bits) * EVENT_CLASSES.length);
    for (const seed of seeds) {
      const t = trainModel(feats, bits, epochs, seed);
      for (let i = 0; i < w.length; i++) w[i]! += t.w[i]! / seeds.length;
      for (let i = 0; i < cw.length; i++) cw[i]! += t.cw[i]! / seeds.length;
    }
    if (scoreDev) scoreEpoch(epochs, { w, cw });
    return { w, cw, shipped, best };
  };

  const trainSet = [...trainDocs, ...silver];
  if (values.chosen && values['dev-only']) throw new WiretraceError('E_USAGE', '--chosen skips the dev run that --dev-only asks for');
  const chosen = values.chosen ? parseChosen(values.chosen) : undefined;
  if (BINARY_DETECTOR && chosen && !chosen.twoStage) throw new WiretraceError('E_USAGE', '--binary-detector names no class without the class stage (two-stage)');
  const devRun = chosen ? undefined : run(trainSet, trainSet.map((_, i) => (i < trainDocs.length ? 1 : silverWeight)), trainSet.map((_, i) => (i < trainDocs.length ? 1 : classSilverWeight)), Number(values.epochs), true);
  const { epoch, margin, twoStage } = chosen ?? devRun!.best;
  if (devRun) console.log(`best on dev: epoch ${epoch}, margin ${margin}${twoStage ? ', two-stage' : ''}, F1 ${devRun.best.f1.toFixed(2)}, class F1 ${devRun.best.classF1.toFixed(2)} (${((Date.now() - t0) / 1000).toFixed(0)}s)`);
  let calibration: { classBias?: number[]; labelMargins?: number[] } = {};
  if (values.calibrate) {
    if (!devRun) throw new WiretraceError('E_USAGE', '--calibrate fits on the dev run, which --chosen skips');
    // the dev run's weights are its last epoch's; the offsets are fitted for those
    if (epoch !== Number(values.epochs)) console.log(`note: calibrating epoch ${values.epochs}'s weights, dev chose epoch ${epoch}`);
    const devFeats = dev.map((d) => featurise(d, clusters, (s) => devRun.shipped.get(s), mask, 1, 1, withClass));
    calibration = calibrate(devFeats, devRun, margin, twoStage);
  }
  if (values['dev-only'] && devRun) {
    // the dev-run model (not trained on dev), for error analysis: npm run eval -- te3events --split dev --errors N
    if (values['dev-model']) {
      const dir = resolve(values['dev-model']);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'tagger.bin.gz'), serialiseEventModel(devRun.w, bits, margin, devRun.shipped, { trainedOn: 'TBAQ train fifths (dev run)', ...posMeta, ...calibration }, Number(values.prune), twoStage ? devRun.cw : undefined));
    }
    return;
  }

  const all = [...tbaq, ...silver];
  const final = run(all, all.map((_, i) => (i < tbaq.length ? 1 : silverWeight)), all.map((_, i) => (i < tbaq.length ? 1 : classSilverWeight)), epoch, false);
  const meta = { ...(values['class-silver-weight'] ? { classSilverWeight } : {}), trainedOn: `TBAQ-cleaned${silverN ? ` + TE3 silver 0..${silverN - 1} (weight ${silverWeight})` : ''}`, epochs: epoch, seed: seeds.length === 1 ? seeds[0] : seeds.join(','), prune: Number(values.prune), twoStage, ...(values['exact-counts'] ? { exactCounts: true } : {}), ...posMeta, ...calibration, ...(BINARY_DETECTOR ? { binaryDetector: true } : {}) };
  const buf = serialiseEventModel(final.w, bits, margin, final.shipped, meta, Number(values.prune), twoStage ? final.cw : undefined);
  const out = resolve(values.out!);
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'tagger.bin.gz'), buf);
  // The artefact as shipped (pruned, int16) on dev: dev is inside its training data now, so this only checks the round trip.
  const shippedTagger = new EventTagger(deserialiseEventModel(buf), clusters);
  const m = evaluate(dev, shippedTagger, [margin])[0]!.m;
  console.log(`wrote ${join(out, 'tagger.bin.gz')} (${(buf.length / 1e6).toFixed(2)} MB, ${final.shipped.size} lexicon stems); dev (seen) F1 ${m.f1.toFixed(2)} class F1 ${m.classF1.toFixed(2)}; total ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}

/** "12,-0.5,two-stage" → the settings a dev run chose. */
function parseChosen(s: string): { epoch: number; margin: number; twoStage: boolean } {
  const [e, m, stage] = s.split(',');
  const epoch = Number(e);
  const margin = Number(m);
  if (!Number.isInteger(epoch) || epoch < 1 || !Number.isFinite(margin) || (stage !== 'two-stage' && stage !== 'one-stage')) {
    throw new WiretraceError('E_USAGE', `--chosen wants EPOCH,MARGIN,two-stage|one-stage, got ${s}`);
  }
  return { epoch, margin, twoStage: stage === 'two-stage' };
}

main();
