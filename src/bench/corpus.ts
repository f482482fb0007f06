/**
 * Text for speed benchmarks: the project's own example corpus, repeated to a stable size.
 * Shipped with the repo, so `npm run bench` needs no benchmark data.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../ingest/html/index.js';
import { parsePlainTextArticle } from '../ingest/plaintext.js';

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
 * The shipped reports' bodies: examples/ and the seed (plain text), then corpus/stories/ (plain text and
 * HTML, extracted as an ingested page would be), in file order, so a story's reports sit together.
 */
export function reportBodies(): string[] {
  const out = exampleTexts().map((raw) => parsePlainTextArticle(raw).body);
  const dir = resolve(process.cwd(), 'corpus', 'stories');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      const raw = f.endsWith('.txt') || f.endsWith('.html') ? readFileSync(join(dir, f), 'utf8') : undefined;
      if (raw !== undefined) out.push(f.endsWith('.html') ? extractArticle(raw).body : parsePlainTextArticle(raw).body);
    }
  }
  return out.filter((b) => b.trim().length > 0);
}

/**
 * Articles of news length (`minChars`, 3,500 by default: a typical wire or newspaper story): the shipped
 * reports are about 1,300 characters each, so consecutive ones are joined, paragraph after paragraph,
 * until an article reaches the length (the last keeps what is left when that is at least half of it).
 * Per-article costs then weigh as much as they do on real news, neither more (short reports) nor less.
 */
export function newsLengthTexts(minChars = 3500, bodies: readonly string[] = reportBodies()): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const b of bodies) {
    cur.push(b);
    len += b.length + (cur.length > 1 ? 2 : 0);
    if (len >= minChars) {
      out.push(cur.join('\n\n'));
      cur = [];
      len = 0;
    }
  }
  if (cur.length && (len >= minChars / 2 || out.length === 0)) out.push(cur.join('\n\n'));
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
