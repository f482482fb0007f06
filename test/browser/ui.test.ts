/**
 * The web UI in a real browser: the real HTTP server (in-process, temp SQLite store, examples ingested
 * through the service) driven by Debian's headless Chromium through playwright-core.
 *
 * Chromium missing: skipped with a loud warning, but a failure under CI=true (see harness.ts).
 * The story pages have their own test (stories-ui.test.ts).
 */
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/web/http/server.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { ingestFile, ingestText } from '../../src/service/index.js';
import { assertAccessible, browserTest, haveBrowser, launchBrowser, openPage as openPageAt, shot } from './harness.js';

const EXAMPLES = join(process.cwd(), 'examples');

/** Examples ingested for the test: both stories and one unrelated report, text and HTML. */
const FILES = ['visit-01-mta.txt', 'visit-02-meridian.html', 'cocoa-02-harbour-times.html', 'single-01-andes-business.txt'];

/** An article whose text is hostile markup; the UI must show it literally and run none of it. */
const HOSTILE = [
  'Warning <script>window.__pwned=1</script> in headline',
  '',
  'Mallory Example',
  '1 Min Read',
  'photo credit: Nobody',
  'The minister said the page contained <img src=x onerror="window.__pwned=1"> and nothing else.',
  '',
  'A second paragraph quotes <script>window.__pwned=1</script> again, said the spokesman.',
  '',
  'Share This Article',
].join('\n');

let dir = '';
let store: Store;
let app: FastifyInstance;
let browser: Browser;
let base = '';
let hostileId = 0;
const ids = new Map<string, number>();

interface ManifestEntry { file: string; outlet: string; published: string; url: string }

before(async () => {
  if (!haveBrowser) return;
  dir = mkdtempSync(join(tmpdir(), 'wiretrace-ui-'));
  store = await openStore(join(dir, 'ui.db'));
  const manifest = JSON.parse(readFileSync(join(EXAMPLES, 'manifest.json'), 'utf8')) as { examples: ManifestEntry[] };
  for (const file of FILES) {
    const e = manifest.examples.find((x) => x.file === file);
    assert.ok(e, `${file} is in examples/manifest.json`);
    const r = await ingestFile(store, join(EXAMPLES, file), { published: e.published, outlet: e.outlet, url: e.url });
    ids.set(file, r.id);
  }
  hostileId = (await ingestText(store, HOSTILE, { format: 'article', published: '2025-01-02', outlet: 'Hostile Gazette' })).id;
  app = await buildServer({ store, token: null });
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function openPage(hash = ''): ReturnType<typeof openPageAt> {
  return openPageAt(browser, base + hash);
}

browserTest('ui: the article list shows every stored article, newest first, with outlet and date', async () => {
  const { page, problems, csp } = await openPage('#/articles');
  // The page runs under a strict policy (no inline script); any violation would show as a console error.
  assert.match(csp, /script-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
  await page.waitForSelector('.article-row');
  const rows = page.locator('.article-row');
  assert.equal(await rows.count(), FILES.length + 1);
  const titles = await page.locator('.row-title').allTextContents();
  assert.ok(titles.includes('Kazakh President Temirov ready to visit Ulaanbaatar soon, MTA says'), titles.join(' | '));
  assert.equal(titles[0], "Chile's central bank holds rate at 4.75%, signals cuts later in the year", 'newest first');
  const meta = await rows.first().locator('.row-meta').textContent();
  assert.match(meta ?? '', /Andes Business Daily/);
  assert.match(meta ?? '', /18 Jun 2025/);
  await shot(page, 'articles');
  await assertAccessible(page, 'article list');
  assert.deepEqual(problems, []);
  await page.close();
});

browserTest('ui: searching from the box lists matching articles with the match marked', async () => {
  const { page, problems } = await openPage('#/articles');
  await page.waitForSelector('.article-row');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', '"/" focuses the search box');
  await page.keyboard.type('Nurlanov');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/search?q=Nurlanov'));
  await page.waitForSelector('.results .article-row');
  const titles = await page.locator('.results .row-title').allTextContents();
  assert.deepEqual(titles, ['Kazakhstan expects Temirov trip to Mongolia "in the foreseeable future", no date set']);
  const marks = await page.locator('.snippet mark').allTextContents();
  assert.ok(marks.some((m) => /nurlanov/i.test(m)), `marked: ${marks.join(', ')}`);
  await assertAccessible(page, 'search results');

  await page.fill('#search-input', 'zanzibar');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('zanzibar'));
  await page.waitForSelector('.count');
  assert.match((await page.locator('.count').textContent()) ?? '', /Nothing matches/);
  assert.deepEqual(problems, []);
  await page.close();
});

/** What the browser logs for a request the server refused with 400 (a filter it would not take). */
const REFUSED = 'console error: Failed to load resource: the server responded with a status of 400 (Bad Request)';

browserTest('ui: search filters narrow the results on the server, live in the hash, and survive a new search', async () => {
  const { page, problems } = await openPage('#/search?q=Temirov');
  await page.waitForSelector('.results .article-row');
  assert.equal(await page.locator('.results .article-row').count(), 2, 'both visit reports match unfiltered');
  await page.fill('form.filters input[name="outlet"]', 'meridian wire');
  await page.click('form.filters button[type="submit"]');
  await page.waitForFunction(() => location.hash.includes('outlet=meridian+wire'));
  await page.waitForSelector('.count:has-text("from meridian wire")');
  assert.deepEqual(await page.locator('.results .row-meta .outlet').allTextContents(), ['Meridian Wire']);
  await assertAccessible(page, 'filtered search');
  await shot(page, 'search-filters');

  // a date range instead of the outlet: the MTA report (2 March) falls outside
  await page.fill('form.filters input[name="outlet"]', '');
  await page.fill('form.filters input[name="from"]', '2025-03-03');
  await page.click('form.filters button[type="submit"]');
  await page.waitForFunction(() => location.hash.includes('from=2025-03-03') && !location.hash.includes('outlet='));
  await page.waitForSelector('.count:has-text("on or after 2025-03-03")');
  assert.deepEqual(await page.locator('.results .row-title').allTextContents(), ['Kazakhstan expects Temirov trip to Mongolia "in the foreseeable future", no date set']);

  // a new search from the box keeps the filters the page shows
  await page.fill('#search-input', 'Ulaanbaatar');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.startsWith('#/search?q=Ulaanbaatar') && location.hash.includes('from=2025-03-03'));
  await page.waitForSelector('.count:has-text("Ulaanbaatar")');
  assert.equal(await page.inputValue('form.filters input[name="from"]'), '2025-03-03');

  // no match under a language: said so, with a way out
  await page.goto(`${base}#/search?q=Temirov&language=ru`);
  await page.waitForSelector('.count:has-text("Nothing matches")');
  assert.equal(await page.locator('a', { hasText: 'Search without the filters' }).getAttribute('href'), '#/search?q=Temirov');
  // a range that ends before it starts is refused by the server and said beside the form
  await page.goto(`${base}#/search?q=Temirov&from=2025-04-01&to=2025-03-01`);
  await page.waitForSelector('[role="alert"]');
  assert.match((await page.locator('[role="alert"]').textContent()) ?? '', /E_VALIDATION.*after/);
  assert.equal(await page.locator('form.filters').count(), 1);
  await assertAccessible(page, 'refused filter');
  assert.deepEqual(problems, [REFUSED], 'the refused request is the only problem');
  await page.close();
});

browserTest('ui: hostile filter values are sent as text, shown as text, and never run', async () => {
  const pwn = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">';
  const { page, problems } = await openPage(`#/search?${new URLSearchParams({ q: 'Temirov', outlet: pwn, entity: `per:${pwn}` })}`);
  await page.waitForSelector('.count:has-text("Nothing matches")');
  const said = (await page.locator('.count').textContent()) ?? '';
  assert.ok(said.includes(`from ${pwn}`), said);
  assert.equal(await page.inputValue('form.filters input[name="outlet"]'), pwn);
  assert.equal(await page.locator('form.filters select[name="entity"]').inputValue(), `per:${pwn}`);
  // a hostile language tag is refused by the server; its message quotes the value, as text
  await page.goto(`${base}#/search?${new URLSearchParams({ q: 'Temirov', language: pwn.slice(0, 35) })}`);
  await page.waitForSelector('[role="alert"]');
  assert.ok(((await page.locator('[role="alert"]').textContent()) ?? '').includes('<script>'));
  assert.equal(await page.locator('main img, main script').count(), 0, 'no element was created from a filter value');
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  assert.deepEqual(problems, [REFUSED], 'the refused request is the only problem');
  await page.close();
});

browserTest('ui: an article reads first (only attributions marked); the sentence toggle draws every sentence', async () => {
  const id = ids.get('visit-02-meridian.html')!;
  const { page, problems } = await openPage('#/search?q=foreseeable');
  await page.waitForSelector('.results .row-title');
  // the page asks for the layers it shows, and for another only when its toggle is switched on
  const asked: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname === `/api/articles/${id}`) asked.push(u.searchParams.has('layers') ? u.searchParams.get('layers')! : '(all)');
  });
  await page.locator('.results .row-title').first().click();
  await page.waitForFunction((n) => location.hash === `#/article/${n}`, id);
  await page.waitForSelector('.layer-text .para');

  const detail = (await (await fetch(`${base}api/articles/${id}`)).json()) as {
    text: string;
    layers: {
      sentences: Array<{ start: number; end: number }>;
      paragraphs: unknown[];
      attributions: unknown[];
      claims: unknown[];
      events: Array<{ cluster: string }>;
    };
  };
  // By default only attributions are drawn; every other layer waits for its toggle.
  assert.ok(detail.layers.attributions.length > 0);
  assert.ok((await page.locator('.layer-text .ann-attr-cue').count()) > 0, 'attribution cues marked');
  for (const cls of ['ann-sentence', 'ann-mention', 'ann-timex', 'ann-event-trigger', 'ann-token']) {
    assert.equal(await page.locator(`.layer-text .${cls}`).count(), 0, `${cls} is opt-in`);
  }
  // Claims read source → chain → content; events are one entry per cluster, not one per mention.
  const claimsBox = page.locator('.list-box', { has: page.locator('h2', { hasText: 'Claims' }) });
  assert.equal(await claimsBox.locator('.record').count(), detail.layers.claims.length);
  assert.match((await claimsBox.locator('.record').first().textContent()) ?? '', /→ Meridian Wire/);
  const eventsBox = page.locator('.list-box', { has: page.locator('h2', { hasText: 'Events' }) });
  assert.equal(await eventsBox.locator('.record').count(), new Set(detail.layers.events.map((e) => e.cluster)).size);
  await assertAccessible(page, 'article page');

  assert.equal(asked.length, 1, asked.join(' | '));
  assert.deepEqual(asked[0]!.split(',').sort(), ['attributions', 'claims', 'entities', 'events', 'paragraphs', 'timexes'], 'no tokens, sentences or mentions up front');
  assert.match((await page.locator('li', { has: page.locator('input[data-layer="tokens"]') }).textContent()) ?? '', /loads when switched on/);

  await page.check('input[data-layer="sentences"]');
  await page.waitForSelector('.layer-text .ann-sentence');
  assert.deepEqual(asked.slice(1), ['sentences'], 'switching sentences on fetches that layer alone');
  const sentences = detail.layers.sentences;
  assert.ok(sentences.length >= 5, `sentences stored: ${sentences.length}`);
  // Every sentence is drawn, under its own key, and the drawn text is the article's text.
  const keys = await page.$$eval('.layer-text [data-ann]', (els) =>
    [...new Set(els.flatMap((el) => (el.getAttribute('data-ann') ?? '').split(' ')).filter((k) => k.startsWith('sentences:')))]);
  assert.equal(keys.length, sentences.length);
  const firstSentence = await page.$$eval('[data-ann~="sentences:0:sentence"]', (els) => els.map((e) => e.textContent).join(''));
  assert.equal(firstSentence, detail.text.slice(sentences[0]!.start, sentences[0]!.end));
  assert.equal(await page.locator('.layer-text .para').count(), detail.layers.paragraphs.length);
  // Highlighted means visibly painted, and neighbouring sentences differ.
  const bg = await page.$$eval('.ann-sentence.s-even, .ann-sentence.s-odd', (els) =>
    [...new Set(els.slice(0, 40).map((el) => getComputedStyle(el).backgroundColor))]);
  assert.ok(bg.length >= 2 && !bg.includes('rgba(0, 0, 0, 0)'), `sentence backgrounds: ${bg.join(', ')}`);
  await shot(page, 'article');

  // Clicking a sentence shows its record; offsets and fields wait behind "details".
  await page.locator('[data-ann~="sentences:1:sentence"]').first().click();
  const card = page.locator('.selection .card').last();
  assert.match((await card.locator('.card-head').textContent()) ?? '', /Sentence/);
  assert.equal(await card.locator('details.internals').getAttribute('open'), null, 'internals start folded');
  assert.equal(await card.locator('details.internals dl').isVisible(), false);
  await card.locator('details.internals summary').click();
  assert.match((await card.locator('details.internals').textContent()) ?? '', /#1/);

  // The sentence toggle removes the highlight and brings it back; metadata and provenance are shown.
  await page.uncheck('input[data-layer="sentences"]');
  assert.equal(await page.locator('.layer-text .ann-sentence').count(), 0);
  await page.check('input[data-layer="sentences"]');
  assert.ok((await page.locator('.layer-text .ann-sentence').count()) > 0);
  assert.deepEqual(asked.slice(1), ['sentences'], 'a layer is fetched once');
  // An entity in the list marks its mentions: the mentions layer is fetched then, and switched on.
  const entitiesBox = page.locator('.list-box', { has: page.locator('h2', { hasText: 'Entities' }) });
  await entitiesBox.evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await entitiesBox.locator('.record').first().click();
  await page.waitForSelector('.layer-text .ann-mention');
  assert.deepEqual(asked.slice(1), ['sentences', 'mentions']);
  assert.equal(await page.isChecked('input[data-layer="mentions"]'), true);
  const meta = (await page.locator('.meta-list').textContent()) ?? '';
  assert.match(meta, /Meridian Wire/);
  assert.match(meta, /2025-03-03T11:42:00Z/);
  assert.match((await page.locator('table.prov').textContent()) ?? '', /sentences/);
  assert.deepEqual(problems, []);
  await page.close();
});

browserTest('ui: hostile markup in an article is shown as text and never runs', async () => {
  const { page, problems } = await openPage(`#/article/${hostileId}`);
  await page.waitForSelector('.layer-text .para');
  const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
  assert.equal(pwned, undefined, 'no injected script ran');
  assert.equal(await page.locator('h1').textContent(), 'Warning <script>window.__pwned=1</script> in headline');
  const body = (await page.locator('.layer-text').textContent()) ?? '';
  assert.ok(body.includes('<img src=x onerror="window.__pwned=1">'), body);
  assert.ok(body.includes('<script>window.__pwned=1</script>'), body);
  assert.equal(await page.locator('main img, main script').count(), 0, 'no element was created from the text');

  // The same text through search snippets and the list.
  await page.goto(`${base}#/search?q=pwned`);
  await page.waitForSelector('.results .article-row');
  assert.ok(((await page.locator('.results').textContent()) ?? '').includes('window.__pwned=1'));
  assert.equal(await page.locator('main img, main script').count(), 0);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined);
  await shot(page, 'hostile');
  assert.deepEqual(problems, []);
  await page.close();
});

browserTest('ui: an unknown article shows the coded error', async () => {
  const { page } = await openPage('#/article/999999');
  await page.waitForSelector('.error');
  assert.match((await page.locator('.error').textContent()) ?? '', /E_NOT_FOUND/);
  assert.equal(await page.locator('h1').textContent(), 'Not found');
  await assertAccessible(page, 'error page');
  await page.close();
});
