/**
 * Linking cost as the store grows: time to link one new report into the stories with 1,000 and with
 * 20,000 reports already stored and linked (SQLite file, the same path ingest takes). The store is
 * filled by linking synthetic report digests one by one: stories of about ten reports, each story with
 * its own people, place and words, over a shared news vocabulary and a few countries every story
 * mentions (the keys that would make a scan of all stories slow). Annotation is left out: it does not
 * depend on the store's size.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DigestEntity, ReportDigest } from '../../link/digest.js';
import { linkReport } from '../../link/link-report.js';
import { StoreLinkState } from '../../link/store-state.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/types.js';
import type { BenchResult } from '../types.js';

const SIZES = [1_000, 20_000] as const;
/** New reports timed at each size. */
const PROBES = 200;
const REPORTS_PER_STORY = 10;
const COMMON = ['government', 'minister', 'official', 'talks', 'agreement', 'president', 'economy', 'trade', 'security', 'week', 'capital', 'meeting', 'statement', 'visit', 'border'];
const SHARED_KEYS = ['gpe:usa', 'gpe:chn', 'gpe:rus'];

/** A small deterministic generator, so runs compare. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function digest(article: number, story: number, r: () => number): ReportDigest {
  const ent = (key: string, type: string, lead: boolean): DigestEntity => ({ key, type, name: key, roles: [], affiliation: null, mentions: 1 + Math.floor(r() * 3), lead });
  const entities = [
    ent(`per:leader-${story}`, 'PER', true),
    ent(`per:aide-${story}`, 'PER', false),
    ent(`loc:city-${story}`, 'LOC', true),
    ent(SHARED_KEYS[Math.floor(r() * SHARED_KEYS.length)]!, 'GPE', false),
  ];
  const terms: Record<string, number> = {};
  for (let i = 0; i < 60; i++) {
    const t = r() < 0.5 ? COMMON[Math.floor(r() * COMMON.length)]! : `topic${story}w${Math.floor(r() * 25)}`;
    terms[t] = (terms[t] ?? 0) + 1;
  }
  const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(story / 4) * 86_400_000 + Math.floor(r() * 20) * 86_400_000).toISOString().slice(0, 10);
  const evidence = { article, start: 0, end: 40, text: 'A sentence of evidence for the benchmark.' };
  return {
    article: { id: article, title: `Report ${article}`, outlet: `Outlet ${article % 17}`, published: `${day}T08:00:00Z`, language: 'en', copyOf: null },
    day,
    terms,
    entities,
    events: [
      {
        cluster: 'ev0', type: 'CONSULT', lemma: 'visit', trigger: 'visit', participants: [`per:leader-${story}`, `loc:city-${story}`], actors: [`per:leader-${story}`],
        places: [`loc:city-${story}`], time: null, status: r() < 0.5 ? 'anticipated' : 'occurred', modality: 'asserted', certainty: 0.8, cues: [], evidence, sentences: [evidence], claims: ['c0'],
      },
    ],
    claims: [
      {
        id: 'c0', clusters: ['ev0'], sourceKey: `per:aide-${story}`, sourceName: `Aide ${story}`, chain: [`Aide ${story}`], cue: 'said', stance: 'neutral',
        text: `the visit would go ahead with ${10 + Math.floor(r() * 5)} agreements`, evidence, time: null, dateNotSet: false, negated: false, quantities: [],
      },
    ],
    quantities: [],
  };
}

/** Stores a bare article row (digests reference a stored article) and returns its id. */
async function article(store: Store, n: number): Promise<number> {
  const r = await store.insertArticle(
    { url: null, canonicalUrl: null, contentHash: `bench-story-${n}`, outlet: null, title: null, byline: [], published: null, modified: null, fetched: null, language: 'en', image: null, imageCredit: null, text: `report ${n}`, meta: {}, nearDupOf: null, signature: null },
    [],
  );
  return r.id;
}

async function fill(store: Store, from: number, to: number, r: () => number): Promise<void> {
  const state = new StoreLinkState(store);
  for (let a = from; a < to; a++) await linkReport(state, digest(await article(store, a), Math.floor(a / REPORTS_PER_STORY), r));
}

export async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-stories-'));
  const out: BenchResult[] = [];
  try {
    const store = await openStore(join(dir, 'stories.db'));
    const r = rng(7);
    let stored = 0;
    const perReport: number[] = [];
    for (const size of SIZES) {
      await fill(store, stored, size, r);
      stored = size;
      // probes: new reports of stories that already exist and of new ones, timed, then removed from the count
      const state = new StoreLinkState(store);
      const probes: ReportDigest[] = [];
      for (let i = 0; i < PROBES; i++) {
        const storyOf = i % 2 === 0 ? Math.floor((r() * size) / REPORTS_PER_STORY) : 1_000_000 + size + i;
        probes.push(digest(await article(store, 10_000_000 + size + i), storyOf, r));
      }
      const t0 = performance.now();
      for (const d of probes) await linkReport(state, d);
      const ms = (performance.now() - t0) / PROBES;
      perReport.push(ms);
      out.push({ suite: 'stories', name: `link one report, ${size.toLocaleString('en')} stored`, value: ms, unit: 'ms/report', note: `${PROBES} probes; half join a stored story, half start one` });
    }
    await store.close();
    out.push({ suite: 'stories', name: 'link time ratio 20,000 / 1,000', value: perReport[1]! / perReport[0]!, unit: '×', note: 'goal: at most 3' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
