/**
 * How fast the browser draws a big story page: a story of 200 reports (the story corpus's richest story,
 * its reports, steps, claim versions and findings repeated under new ids until there are 200 reports),
 * opened in Debian's headless Chromium from the story list, timed from the hash change to the last
 * report row in the page. Needs /usr/bin/chromium (or WIRETRACE_CHROMIUM); without it the suite says
 * so and reports nothing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { ingestManifest } from '../../service/examples.js';
import { getStory, listStories } from '../../service/stories.js';
import type { Story } from '../../link/schema.js';
import { openStore } from '../../store/index.js';
import { buildServer } from '../../web/http/server.js';
import type { BenchResult } from '../types.js';

const REPORTS = 200;
const RUNS = 5;

/** The story with every report, step, claim version and finding copied under fresh ids until it has `n` reports. */
export function widenStory(story: Story, n: number): Story {
  const copies = Math.ceil(n / Math.max(1, story.articles.length));
  const maxId = story.articles.reduce((m, a) => Math.max(m, a.id), 0);
  const shift = (id: number, k: number): number => id + k * (maxId + 1);
  const articles: Story['articles'] = [];
  for (let k = 0; k < copies && articles.length < n; k++) {
    for (const a of story.articles) {
      if (articles.length >= n) break;
      articles.push({ ...a, id: shift(a.id, k), copyOf: a.copyOf === null ? null : shift(a.copyOf, k) });
    }
  }
  const kept = new Set(articles.map((a) => a.id));
  const range = Array.from({ length: copies }, (_, k) => k);
  return {
    ...story,
    articles,
    events: story.events.map((e) => ({
      ...e,
      timeline: range.flatMap((k) => e.timeline.map((s) => ({ ...s, id: `${s.id}#${k}`, article: shift(s.article, k), evidence: { ...s.evidence, article: shift(s.article, k) } })))
        .filter((s) => kept.has(s.article)),
    })),
    claims: story.claims.map((c) => ({
      ...c,
      versions: range.flatMap((k) => c.versions.map((v) => ({ ...v, id: `${v.id}#${k}`, article: shift(v.article, k), evidence: { ...v.evidence, article: shift(v.article, k) } })))
        .filter((v) => kept.has(v.article)),
    })),
    findings: range.flatMap((k) => story.findings.map((f) => ({ ...f, id: `${f.id}#${k}`, a: { ...f.a, article: shift(f.a.article, k) }, b: { ...f.b, article: shift(f.b.article, k) } })))
      .filter((f) => kept.has(f.a.article) && kept.has(f.b.article)),
  };
}

export async function run(): Promise<BenchResult[]> {
  const chromiumPath = process.env.WIRETRACE_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    console.warn(`bench ui-story: no Chromium at ${chromiumPath}; skipped (apt-get install chromium)`);
    return [];
  }
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-bench-ui-'));
  const store = await openStore(join(dir, 'bench.db'));
  const app = await buildServer({ store, token: null });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    await ingestManifest(store, resolve('corpus', 'stories', 'manifest.json'));
    const list = await listStories(store, { limit: 200 });
    const richest = list.items.filter((s) => s.events.length && s.findings).sort((a, b) => b.findings - a.findings || b.articles.length - a.articles.length)[0];
    if (!richest) throw new Error('the story corpus formed no story');
    const big = widenStory(await getStory(store, richest.id), REPORTS);
    const body = JSON.stringify(big);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route(`**/api/stories/${big.id}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    const rows = big.articles.filter((a) => a.copyOf === null || !big.articles.some((b) => b.id === a.copyOf)).length;
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.goto(base);
      await page.waitForSelector('.story-row');
      // a string, not a function: the TypeScript loader would wrap named functions in a helper the page lacks
      times.push(await page.evaluate<number>(`new Promise((done) => {
        const t0 = performance.now();
        const tick = () => document.querySelectorAll('.reports > li').length === ${rows} ? done(performance.now() - t0) : requestAnimationFrame(tick);
        location.hash = '#/story/${big.id}';
        requestAnimationFrame(tick);
      })`));
    }
    times.sort((a, b) => a - b);
    const steps = big.events.reduce((n, e) => n + e.timeline.length, 0);
    const versions = big.claims.reduce((n, c) => n + c.versions.length, 0);
    return [{
      suite: 'ui-story',
      name: `story page, ${big.articles.length} reports (median)`,
      value: times[Math.floor(times.length / 2)]!,
      unit: 'ms',
      note: `${steps} steps, ${versions} claim versions, ${big.findings.length} findings; ${RUNS} runs, fetch + render`,
    }];
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
