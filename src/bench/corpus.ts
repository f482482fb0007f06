/**
 * Text for speed benchmarks: the project's own example corpus, repeated to a stable size.
 * Shipped with the repo, so `npm run bench` needs no benchmark data.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function exampleTexts(): string[] {
  const dir = resolve(process.cwd(), 'examples');
  const out: string[] = [];
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.txt')) out.push(readFileSync(join(dir, f), 'utf8'));
    }
  }
  const seed = resolve(process.cwd(), '..', 'shared', 'fixtures', 'seed', 'article.txt');
  if (existsSync(seed)) out.push(readFileSync(seed, 'utf8'));
  if (out.length === 0) throw new Error('no example texts found (examples/*.txt)');
  return out;
}

/**
 * Deterministic pseudo-random prose (a linear congruential walk over `vocab`): distinct stories that
 * share words but no runs of them, for near-duplicate tests and benchmarks without data files.
 */
export function syntheticStory(vocab: readonly string[], seed: number, words: number): string {
  let s = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out.push(vocab[s % vocab.length]!);
  }
  return out.join(' ');
}

/** About `bytes` of text made by repeating the examples. */
export function benchText(bytes = 4_000_000): string {
  const texts = exampleTexts();
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n');
}

/** Runs fn repeatedly for at least minMs and returns the best single-run time in ms (less noise than the mean). */
export function timeBest(fn: () => void, minMs = 1500, minRuns = 3): number {
  let best = Infinity;
  const t0 = performance.now();
  for (let runs = 0; runs < minRuns || performance.now() - t0 < minMs; runs++) {
    const s = performance.now();
    fn();
    best = Math.min(best, performance.now() - s);
  }
  return best;
}
