/**
 * A synthetic store for load benchmarks: any number of distinct articles built from the example
 * corpus's vocabulary (no data files), with dates in every form ingest stores, written in batches of
 * one transaction each, so 20,000 articles take seconds rather than minutes.
 */
import type { NewArticle, Store } from '../store/types.js';
import { exampleTexts, syntheticStory } from './corpus.js';

const BATCH = 1000;
/** Words per synthetic article (a short wire brief). */
export const SYNTHETIC_WORDS = 60;

/** A date in one of the forms ingest stores (date only, UTC, an offset), or unknown for one in ten. */
export function syntheticPublished(i: number): string | null {
  if (i % 10 === 0) return null;
  const day = new Date(Date.UTC(2020, 0, 1) + ((i * 7919) % 1800) * 86_400_000 + (i % 24) * 3_600_000);
  const iso = day.toISOString();
  if (i % 3 === 0) return iso.slice(0, 10);
  if (i % 3 === 1) return iso.replace('.000Z', 'Z');
  return `${iso.slice(0, 19)}+05:30`;
}

/** The example corpus's words, lower-cased: the vocabulary synthetic articles are drawn from. */
export function benchVocabulary(): string[] {
  return exampleTexts().join(' ').toLowerCase().match(/[a-z]+/g) ?? [];
}

/** Article `i` of a synthetic corpus named `label`: the same for the same (label, i), distinct across i. */
export function syntheticArticle(label: string, i: number, vocab: readonly string[]): NewArticle {
  return {
    url: `https://news.example/${label}/${i}`,
    canonicalUrl: null,
    contentHash: `bench-${label}-${i}`,
    outlet: null,
    title: `Story ${i}`,
    byline: [],
    published: syntheticPublished(i),
    modified: null,
    fetched: null,
    language: 'en',
    image: null,
    imageCredit: null,
    text: syntheticStory(vocab, i + 1, SYNTHETIC_WORDS),
    meta: {},
    nearDupOf: null,
    signature: null,
  };
}

/** Writes `count` synthetic articles (without layers) into the store. */
export async function fillSynthetic(store: Store, label: string, count: number): Promise<void> {
  const vocab = benchVocabulary();
  for (let start = 0; start < count; start += BATCH) {
    await store.transaction(async (tx) => {
      for (let i = start; i < Math.min(count, start + BATCH); i++) await tx.insertArticle(syntheticArticle(label, i, vocab), []);
    });
  }
}
