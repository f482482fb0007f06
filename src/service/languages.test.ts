/**
 * End to end: reports in Russian, Turkish and Dutch (written for the project, testdata/languages/)
 * ingest through the service into a SQLite store with their language detected, their dates normalised
 * against the publication date, no layer from the English models, and a coded reason for what is
 * missing. They stay searchable. An English report keeps the full pipeline (checked on the plan, so
 * this test needs no model files).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore } from '../store/index.js';
import { ingestFile, ingestHtml, ingestText } from './ingest.js';
import { getArticle, searchArticles } from './articles.js';
import { dateLabel } from '../annotate/time/lang/index.js';
import type { Timex } from '../doc/schemas/time.js';
import { languagePlan } from '../annotate/default-pipeline.js';
import { buildPipeline } from '../doc/pipeline.js';
import { textAnnotator } from '../annotate/text/index.js';

const DATA = join(import.meta.dirname, 'testdata', 'languages');
const ENGLISH_MODEL_LAYERS = ['mentions', 'entities', 'attributions', 'events', 'claims', 'quantities'];

const CASES = [
  {
    file: 'ru.txt',
    language: 'ru',
    published: null,
    title: 'Визит министра перенесён на апрель',
    outlet: 'Северный вестник',
    search: 'Казань',
    dates: ['2026-04-12/2026-04-14', '2026-03-18', '2026-03 END', '2026-W13'],
  },
  {
    file: 'tr.txt',
    language: 'tr',
    published: null,
    title: "Bakan Nurlanov'un ziyareti nisanda",
    outlet: 'Örnek Haber Ajansı',
    search: 'Ankara',
    dates: ['2026-04-12/2026-04-14', '2026-04-05', '2026-W16'],
  },
  {
    file: 'nl.txt',
    language: 'nl',
    published: '2026-04-08',
    title: 'Bezoek van minister Nurlanov volgende week',
    outlet: null,
    search: 'Rotterdam',
    dates: ['2026-W16', '2026-04-06', '2026-04 END'],
  },
] as const;

for (const c of CASES) {
  test(`languages: a ${c.language} report is stored with its language, dates and the reason it has no entities`, async () => {
    const store = await openStore(':memory:');
    try {
      const r = await ingestFile(store, join(DATA, c.file), c.published ? { published: c.published } : {});
      assert.equal(r.created, true);
      const a = await getArticle(store, r.id);
      assert.equal(a.language, c.language);
      assert.equal(a.title, c.title);
      assert.equal(a.outlet, c.outlet);
      // the front matter is metadata, never body
      assert.doesNotMatch(a.text, /^(?:---|outlet:|published:|title:)/m);
      // a Dutch report has events from its lexicon and an (empty, as Italian's) quantities layer (events.lang 1.27.0)
      const withheldLayers = c.language === 'nl' ? ENGLISH_MODEL_LAYERS.filter((l) => l !== 'events' && l !== 'quantities') : ENGLISH_MODEL_LAYERS;
      for (const l of withheldLayers) assert.equal(l in a.layers, false, `no ${l} layer`);
      assert.ok((a.layers.sentences ?? []).length >= 2, 'text layers still run');
      const timexes = (a.layers.timexes ?? []) as readonly Timex[];
      assert.deepEqual(timexes.map(dateLabel), c.dates);
      assert.equal(a.provenance.timexes?.annotator, 'time.lang');
      const withheld = a.meta.withheld as { code: string; language: string; layers: string[] };
      assert.equal(withheld.code, 'E_LANG_UNSUPPORTED');
      assert.equal(withheld.language, c.language);
      assert.deepEqual([...withheld.layers].sort(), [...withheldLayers].sort());
      const hits = await searchArticles(store, c.search);
      assert.deepEqual(hits.items.map((h) => h.article.id), [r.id]);
    } finally {
      await store.close();
    }
  });
}

test('languages: a page templated lang="en" over a Russian report is stored as Russian; an English one under lang="ru" as English', async () => {
  const store = await openStore(':memory:');
  try {
    const page = (lang: string, body: string) =>
      `<!doctype html><html lang="${lang}"><head><title>Вестник</title></head><body><article><h1>Визит</h1><p>${body}</p></article></body></html>`;
    // the text layers only: language detection is what is tested, and it needs no model files
    const opts = { published: '2026-03-18', pipeline: buildPipeline([textAnnotator]) };
    const ru = await ingestHtml(store, page('en', 'Министр иностранных дел посетит Казань на следующей неделе, сообщил представитель министерства.'), opts);
    assert.equal((await getArticle(store, ru.id)).language, 'ru');
    const en = await ingestHtml(store, page('ru', 'The minister will visit Kazan next week, a ministry spokesman said on Wednesday.'), opts);
    assert.equal((await getArticle(store, en.id)).language, 'en');
  } finally {
    await store.close();
  }
});

test('languages: a language without a date lexicon still gets text layers and the reason, no dates', async () => {
  const store = await openStore(':memory:');
  try {
    // (Italian has had a date lexicon since time.lang 1.2.0, Portuguese since time.lang 1.3.0; Polish has none)
    const text = 'Delegacja ministerstwa przyjechała do stolicy na trzydniową wizytę, powiedział w środę rzecznik rządu.';
    const r = await ingestText(store, text, { published: '2026-03-18', format: 'raw' });
    const a = await getArticle(store, r.id);
    assert.equal(a.language, 'pl');
    assert.equal('timexes' in a.layers, false);
    assert.equal('entities' in a.layers, false);
    assert.ok((a.meta.withheld as { layers: string[] }).layers.includes('timexes'));
  } finally {
    await store.close();
  }
});

test('languages: English and unknown languages get the full pipeline; others withhold the English-model layers', () => {
  const table: ReadonlyArray<readonly [string | null, boolean]> = [
    ['en', true],
    [null, true],
    ['ru', false],
    ['tr', false],
    ['de', false],
  ];
  for (const [language, full] of table) {
    const plan = languagePlan(language);
    assert.equal(plan.withheld === null, full, String(language));
    assert.equal(plan.pipeline.produces.includes('entities'), full, String(language));
  }
});
