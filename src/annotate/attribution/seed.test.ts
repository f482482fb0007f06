/**
 * Acceptance on the seed article (issue 6): the attributions every similar report must yield.
 * The header lines are stripped by the plain-text ingester; nothing here is known to the rules.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createDoc } from '../../doc/doc.js';
import { buildPipeline } from '../../doc/pipeline.js';
import { parsePlainTextArticle } from '../../ingest/plaintext.js';
import { textAnnotator } from '../text/index.js';
import { attributionAnnotator } from './index.js';
import type { Attribution } from '../../doc/schemas/attribution.js';

const seedPath = resolve(process.cwd(), '..', 'shared', 'fixtures', 'seed', 'article.txt');

interface Want {
  source: string;
  cue: string;
  content: string;
  stance?: Attribution['stance'];
  /** Source of the attribution that relays this one. */
  viaSource?: string;
}

const WANT: Want[] = [
  { source: 'KCNA', cue: 'as reported by', content: 'conveyed his readiness to visit Pyongyang in the near future' },
  { source: 'Putin', cue: 'conveyed', content: 'readiness to visit Pyongyang', stance: 'hedged', viaSource: 'KCNA' },
  { source: 'KCNA', cue: 'stated', content: 'Putin also expressed gratitude to North Korean leader Kim Jong Un', stance: 'neutral', viaSource: 'Reuters' },
  { source: 'Peskov', cue: 'mentioned', content: 'Russia anticipates', stance: 'neutral' },
  { source: 'Russia', cue: 'anticipates', content: 'in the foreseeable future', stance: 'hedged', viaSource: 'Peskov' },
  { source: 'Peskov', cue: 'clarified', content: 'no specific date has been confirmed', stance: 'assertive' },
  { source: 'Korean-language report', cue: 'indicating', content: 'intention to visit soon', stance: 'hedged' },
  { source: 'the subsequent English report', cue: 'specified', content: '“willing” to do so at an early date', stance: 'hedged' },
  { source: 'KCNA', cue: 'as per', content: 'North Korea received appreciation from Russia' },
  { source: 'The report', cue: 'highlighted', content: 'Moscow and Pyongyang expressed serious concerns' },
  { source: 'Peskov’s previous statements', cue: 'according to', content: 'accepted Kim’s invitation during their summit in Russia in September' },
  { source: 'who', cue: 'criticize', content: 'the arms trade' },
  { source: 'Jung Pak', cue: 'emphasized', content: 'the need for attention and coordinated action', stance: 'assertive' },
];

test('seed article: the attributions issue 6 lists', (t) => {
  if (!existsSync(seedPath)) {
    if (process.env.CI === 'true') throw new Error(`seed fixture missing at ${seedPath}`);
    console.warn(`\n*** SKIPPING: seed fixture not found at ${seedPath} ***\n`);
    t.skip();
    return;
  }
  const body = parsePlainTextArticle(readFileSync(seedPath, 'utf8')).body;
  const doc = buildPipeline([textAnnotator, attributionAnnotator]).run(createDoc(body));
  const atts = doc.layers.attributions!;
  const text = (s: { start: number; end: number } | null): string => (s ? body.slice(s.start, s.end) : '');
  const byId = new Map(atts.map((a) => [a.id, a]));
  for (const w of WANT) {
    const hit = atts.find(
      (a) =>
        text(a.source).includes(w.source) &&
        text(a.cue).toLowerCase().includes(w.cue.toLowerCase()) &&
        a.content.map(text).join(' ').includes(w.content) &&
        (!w.stance || a.stance === w.stance) &&
        (!w.viaSource || (a.via !== undefined && text(byId.get(a.via)!.source).includes(w.viaSource))),
    );
    assert.ok(hit, `missing: ${JSON.stringify(w)}`);
  }
  // The relative pronoun is resolved to the group it stands for.
  const who = atts.find((a) => text(a.source) === 'who');
  assert.equal(text(who?.source?.antecedent ?? null), 'Washington and its allies');
  // Two hops: Putin's gratitude ← KCNA ← Reuters.
  const gratitude = atts.find((a) => text(a.cue).includes('expressed') && text(a.source) === 'Putin');
  const kcna = gratitude?.via ? byId.get(gratitude.via) : undefined;
  const reuters = kcna?.via ? byId.get(kcna.via) : undefined;
  assert.equal(text(kcna?.source ?? null), 'KCNA');
  assert.equal(text(reuters?.source ?? null), 'Reuters');
});

test('seed article with the entity layer: sources link to entities, descriptions stay nominal', async (t) => {
  if (!existsSync(seedPath)) {
    t.skip();
    return;
  }
  const { entitiesAnnotator } = await import('../entities/index.js');
  const body = parsePlainTextArticle(readFileSync(seedPath, 'utf8')).body;
  let doc;
  try {
    doc = buildPipeline([textAnnotator, entitiesAnnotator, attributionAnnotator]).run(createDoc(body));
  } catch (err) {
    // The NER model may not be built in this checkout; attribution must not depend on it.
    console.warn(`\n*** SKIPPING entity-linked seed check: ${(err as Error).message} ***\n`);
    t.skip();
    return;
  }
  const canonical = new Map(doc.layers.entities!.map((e) => [e.id, e.canonical]));
  const text = (s: { start: number; end: number }): string => body.slice(s.start, s.end);
  const bySource = (src: string): Attribution | undefined => doc.layers.attributions!.find((a) => a.source && text(a.source) === src);
  const peskov = bySource('Kremlin spokesman Dmitry Peskov');
  assert.match(canonical.get(peskov?.source?.entity ?? '') ?? '', /Peskov/);
  assert.notEqual(peskov?.source?.nominal, true);
  assert.equal(bySource('The report')?.source?.nominal, true);
  assert.equal(bySource('Both nations')?.source?.nominal, true);
});
