/**
 * Span-level scoring with conlleval semantics: a predicted chunk counts only if its type, start and
 * end all match a gold chunk; precision/recall/F1 are micro-averaged over all chunks, and per type.
 */
import { iobChunks } from './labels.js';

export interface TypeScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
}

export interface ConllScore {
  readonly overall: TypeScore;
  readonly byType: Readonly<Record<string, TypeScore>>;
  readonly tokens: number;
  readonly tokenAccuracy: number;
}

export class ConllScorer {
  private readonly counts = new Map<string, { gold: number; predicted: number; correct: number }>();
  private tokens = 0;
  private tokensCorrect = 0;

  private bucket(type: string): { gold: number; predicted: number; correct: number } {
    let b = this.counts.get(type);
    if (!b) {
      b = { gold: 0, predicted: 0, correct: 0 };
      this.counts.set(type, b);
    }
    return b;
  }

  /** Adds one sentence (IOB tags). */
  add(gold: readonly string[], predicted: readonly string[]): void {
    this.tokens += gold.length;
    for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) this.tokensCorrect++;
    const g = iobChunks(gold);
    const p = iobChunks(predicted);
    const key = (c: { type: string; start: number; end: number }): string => `${c.type}:${c.start}:${c.end}`;
    const goldKeys = new Set(g.map(key));
    for (const c of g) this.bucket(c.type).gold++;
    for (const c of p) {
      const b = this.bucket(c.type);
      b.predicted++;
      if (goldKeys.has(key(c))) b.correct++;
    }
  }

  score(): ConllScore {
    const mk = (c: { gold: number; predicted: number; correct: number }): TypeScore => {
      const precision = c.predicted ? (100 * c.correct) / c.predicted : 0;
      const recall = c.gold ? (100 * c.correct) / c.gold : 0;
      const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
      return { precision, recall, f1, ...c };
    };
    const total = { gold: 0, predicted: 0, correct: 0 };
    const byType: Record<string, TypeScore> = {};
    for (const [t, c] of [...this.counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      total.gold += c.gold;
      total.predicted += c.predicted;
      total.correct += c.correct;
      byType[t] = mk(c);
    }
    return {
      overall: mk(total),
      byType,
      tokens: this.tokens,
      tokenAccuracy: this.tokens ? (100 * this.tokensCorrect) / this.tokens : 0,
    };
  }
}

export function formatScore(s: ConllScore): string {
  const row = (name: string, t: TypeScore): string =>
    `${name.padEnd(8)} ${t.precision.toFixed(2).padStart(7)} ${t.recall.toFixed(2).padStart(7)} ${t.f1
      .toFixed(2)
      .padStart(7)} ${String(t.gold).padStart(6)} ${String(t.predicted).padStart(6)} ${String(t.correct).padStart(6)}`;
  const lines = [
    `${'type'.padEnd(8)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)} ${'gold'.padStart(6)} ${'pred'.padStart(6)} ${'ok'.padStart(6)}`,
    row('overall', s.overall),
    ...Object.entries(s.byType).map(([t, v]) => row(t, v)),
    `tokens ${s.tokens}, token accuracy ${s.tokenAccuracy.toFixed(2)}%`,
  ];
  return lines.join('\n');
}
