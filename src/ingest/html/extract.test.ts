import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Value } from '@sinclair/typebox/value';
import { extractArticle, ExtractedArticle } from './index.js';

const FIXTURES = resolve(process.cwd(), 'test', 'fixtures', 'html');
const FIXTURE_URL = 'https://ledger.example/news/2024/03/05/harbour-bridge-reopens';

/** Prose long enough to be scored as article text. */
const PROSE = [
  'The regional council voted on Monday to extend the night bus network to the eastern suburbs, a change that campaigners had sought for almost a decade.',
  'Officials said the first routes would start in September, with buses every thirty minutes between midnight and five in the morning on weekdays.',
  'Shift workers at the hospital and the port, who make up most of the expected riders, had collected more than eight thousand signatures for the change.',
  'The extension will cost about four million a year, paid for by a small rise in parking charges in the city centre, the council said in a statement.',
];

function page(inner: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>Night buses extended | Example Post</title>${head}</head><body>${inner}</body></html>`;
}

function article(extra = ''): string {
  return `<article><h1>Night buses extended</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}${extra}</article>`;
}

test('extract: output matches the TypeBox schema', () => {
  const a = extractArticle(page(article()));
  assert.ok(Value.Check(ExtractedArticle, a), JSON.stringify([...Value.Errors(ExtractedArticle, a)].slice(0, 3)));
  assert.equal(a.body, PROSE.join('\n\n'));
  assert.equal(a.extractor, 'scored');
});

test('extract: boilerplate is removed from the body', () => {
  const furniture: [string, string, string][] = [
    ['navigation', '<nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport results</a></nav>', 'World news'],
    ['share buttons', '<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a></div>', 'Share on'],
    ['related links', '<div class="related-stories"><h3>More stories</h3><ul><li><a href="/a">Tram line delayed again by a year</a></li><li><a href="/b">Parking charges to rise in the centre</a></li></ul></div>', 'Tram line'],
    ['comments', '<section id="comments"><div class="comment"><p>About time too, I have waited years for a bus home after my late shift, and so have my colleagues.</p></div></section>', 'About time'],
    ['cookie banner', '<div class="cookie-notice">We use cookies to give you the best experience on our website. By continuing you agree.</div>', 'cookies'],
    ['newsletter box', '<div class="newsletter"><p>Sign up to our daily newsletter for the top stories of the day, delivered to your inbox every morning.</p></div>', 'newsletter'],
    ['advertisement label', '<div class="ad-container">Advertisement</div>', 'Advertisement'],
    ['footer', '<footer><p>Copyright Example Post Limited, registered in England, all rights reserved, terms and privacy.</p></footer>', 'Copyright'],
    ['hidden element', '<div style="display:none"><p>This hidden paragraph is a template that scripts would show later, never visible.</p></div>', 'hidden paragraph'],
    ['script and style', '<script>var trackingPixelLoadedForNightBusStory = true;</script><style>.x{color:red}</style>', 'trackingPixel'],
    ['inline related link', '<p><a href="/c">COUNCIL APPROVES NEW CYCLE LANES ACROSS THE CITY CENTRE</a></p>', 'CYCLE LANES'],
    ['image caption', '<figure><img src="/bus.jpg"><figcaption>A night bus waits at the depot on Monday evening before its first run.</figcaption></figure>', 'depot'],
    ['posted/updated label', '<div>Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM</div>', 'Posted'],
    ['call to action', '<p>Get the latest updates right in your inbox. Sign up for our free daily newsletter.</p>', 'inbox'],
  ];
  for (const [name, html, leak] of furniture) {
    // Furniture both inside the article and around it.
    const a = extractArticle(page(`${html}<main>${article(html)}</main>${html}`));
    assert.ok(!a.body.includes(leak), `${name} leaked into the body: ${a.body.slice(0, 300)}`);
    for (const p of PROSE) assert.ok(a.body.includes(p), `${name}: lost a paragraph`);
  }
});

test('extract: a byline or date line beside the article body, not inside it, stays out of the body', () => {
  const body = `<div class="story-body">${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>`;
  const cases: ReadonlyArray<{ name: string; line: string; leak: string | null }> = [
    { name: 'byline paragraph', line: '<p class="td-byline">By <span>Ada Byron</span> | <time datetime="2024-03-05T19:45:00Z">March 5, 2024, 7:45 p.m.</time></p>', leak: 'Ada Byron' },
    { name: 'dateline block', line: '<div class="article-date">Published March 5, 2024</div>', leak: 'Published March' },
    // negative: a long paragraph that happens to carry such a class is prose
    { name: 'long prose with a meta class', line: `<p class="post-meta">${PROSE[0]} ${PROSE[1]}</p>`, leak: null },
  ];
  for (const c of cases) {
    const a = extractArticle(page(`<article><h1>Night buses extended</h1>${c.line}${body}</article>`));
    if (c.leak) assert.ok(!a.body.includes(c.leak), `${c.name} leaked into the body: ${a.body.slice(0, 120)}`);
    else assert.ok(a.body.startsWith(PROSE[0]!), `${c.name}: kept`);
    for (const p of PROSE) assert.ok(a.body.includes(p), `${c.name}: lost a paragraph`);
  }
});

test('extract: embedded posts quoted in the article are kept', () => {
  const tweet = '<div class="social-media-embed"><blockquote class="twitter-tweet"><p>Night buses at last, thank you to everyone who signed the petition</p>— Transit Riders (@riders) <a href="https://t.example/1">March 4, 2024</a></blockquote></div>';
  const a = extractArticle(page(`<article>${PROSE.slice(0, 2).map((p) => `<p>${p}</p>`).join('')}${tweet}${PROSE.slice(2).map((p) => `<p>${p}</p>`).join('')}</article>`));
  assert.ok(a.body.includes('Night buses at last'), a.body);
});

test('extract: malformed HTML still yields the article', () => {
  const cases: [string, string][] = [
    ['unclosed paragraphs', `<div class="content">${PROSE.map((p) => `<p>${p}`).join('')}</div>`],
    ['unclosed divs and stray end tags', `<div><div class="story">${PROSE.map((p) => `<p>${p}</p></span>`).join('')}</td>`],
    ['no html/head/body', PROSE.map((p) => `<p>${p}</p>`).join('\n')],
    ['text separated by <br><br>', `<div class="entry">${PROSE.join('<br><br>')}</div>`],
  ];
  for (const [name, html] of cases) {
    const a = extractArticle(html);
    for (const p of PROSE) assert.ok(a.body.includes(p), `${name}: ${a.body.slice(0, 200)}`);
    assert.equal(a.body.split('\n\n').length, PROSE.length, `${name}: paragraph breaks`);
  }
});

test('extract: a page without prose gives an empty body, not an error', () => {
  const a = extractArticle('<html><body><nav><a href="/">Home</a></nav></body></html>');
  assert.equal(a.body, '');
  assert.equal(a.readTime, null);
  assert.equal(a.published, null, 'an unknown date is null, never now');
});

test('extract: each metadata source is read', () => {
  const cases: { name: string; head?: string; body?: string; url?: string; want: Partial<ExtractedArticle> }[] = [
    { name: 'JSON-LD', head: '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Buses extended","datePublished":"2024-01-02T03:04:05Z","dateModified":"2024-01-03","author":{"@type":"Person","name":"Ada Byron"},"publisher":{"@type":"Organization","name":"Example Post"},"image":"https://p.example/i.jpg","description":"D"}</script>', want: { title: 'Buses extended', published: '2024-01-02T03:04:05Z', modified: '2024-01-03', byline: ['Ada Byron'], siteName: 'Example Post', image: 'https://p.example/i.jpg', description: 'D' } },
    { name: 'JSON-LD with trailing comma and array type', head: '<script type="application/ld+json">[{"@type":["Article"],"headline":"Lenient","datePublished":"2024-02-02",}]</script>', want: { title: 'Lenient', published: '2024-02-02' } },
    { name: 'OpenGraph', head: '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site"><meta property="og:image" content="/img/a.jpg"><meta property="article:published_time" content="2024-04-05T06:07:08+02:00"><meta property="og:url" content="https://og.example/a"><meta property="og:description" content="OG desc"><meta property="og:locale" content="pt_BR">', url: 'https://og.example/a?x=1', want: { title: 'OG title', siteName: 'OG Site', image: 'https://og.example/img/a.jpg', published: '2024-04-05T06:07:08+02:00', canonicalUrl: 'https://og.example/a', description: 'OG desc' } },
    { name: 'meta tags', head: '<meta name="author" content="By Grace Hopper"><meta name="description" content="Plain description"><meta name="pubdate" content="20240607"><meta http-equiv="content-language" content="fr">', want: { byline: ['Grace Hopper'], description: 'Plain description', published: '2024-06-07' } },
    { name: '<time> elements', body: '<time datetime="2024-07-08T09:10:00Z">8 July</time><time class="updated" datetime="2024-07-09">9 July</time>', want: { published: '2024-07-08T09:10:00Z', modified: '2024-07-09' } },
    { name: 'URL path date', url: 'https://u.example/2023/05/17/buses', want: { published: '2023-05-17' } },
    { name: 'visible dateline', body: '<div class="article-date">Published Tuesday, March 5, 2024</div>', want: { published: '2024-03-05' } },
    { name: 'byline markup', body: '<div class="byline">By <a href="/a">Ada Byron</a> and <a href="/b">Grace Hopper</a>, Staff Writers</div>', want: { byline: ['Ada Byron', 'Grace Hopper'] } },
    { name: '<title> with site suffix', want: { title: 'Night buses extended' } },
    { name: 'canonical link', head: '<link rel="canonical" href="/news/buses">', url: 'https://c.example/amp/buses', want: { canonicalUrl: 'https://c.example/news/buses' } },
    { name: 'html lang', want: { language: 'en' } },
  ];
  for (const c of cases) {
    const a = extractArticle(page(`${c.body ?? ''}${article()}`, c.head ?? ''), { url: c.url });
    for (const [k, v] of Object.entries(c.want)) assert.deepEqual(a[k as keyof ExtractedArticle], v, `${c.name}: ${k}`);
  }
});

test('extract: published and modified are kept apart; an unparsable date is null', () => {
  const a = extractArticle(page(article(), '<meta property="article:published_time" content="sometime soon"><meta property="article:modified_time" content="2024-01-05">'));
  assert.equal(a.published, null);
  assert.equal(a.modified, '2024-01-05');
});

test('extract: JSON-LD articleBody is used when the DOM holds no article', () => {
  const a = extractArticle(readFileSync(join(FIXTURES, 'jsonld-only.html')));
  assert.equal(a.extractor, 'json-ld');
  assert.equal(a.body.split('\n\n').length, 3);
});

test('extract: read time from the body, or the publisher\'s timeRequired', () => {
  const long = Array.from({ length: 60 }, (_, i) => `<p>${PROSE[i % PROSE.length]}</p>`).join('');
  const words = Array.from({ length: 60 }, (_, i) => PROSE[i % PROSE.length] as string).join(' ').split(/\s+/).length;
  assert.equal(extractArticle(page(`<article>${long}</article>`)).readTime, `PT${Math.round(words / 238)}M`);
  const declared = extractArticle(page(article(), '<script type="application/ld+json">{"@type":"Article","timeRequired":"PT12M"}</script>'));
  assert.equal(declared.readTime, 'PT12M');
});

test('extract: golden fixture pages', () => {
  const update = process.env.UPDATE_GOLDEN === '1';
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.html')).sort();
  assert.ok(files.length >= 3);
  for (const f of files) {
    const got = extractArticle(readFileSync(join(FIXTURES, f)), { url: FIXTURE_URL });
    const expectedPath = join(FIXTURES, f.replace(/\.html$/, '.expected.json'));
    if (update || !existsSync(expectedPath)) {
      writeFileSync(expectedPath, `${JSON.stringify(got, null, 2)}\n`);
      if (!update) assert.fail(`${f}: wrote ${expectedPath}; review it and rerun`);
      continue;
    }
    assert.deepEqual(got, JSON.parse(readFileSync(expectedPath, 'utf8')), f);
  }
});
