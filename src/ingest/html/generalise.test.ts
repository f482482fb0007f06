/**
 * Extraction rules that must hold on pages unlike the ones the rules were developed on: each case
 * is a small page written for the project, with a negative case beside it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from './index.js';

const PROSE = [
  'The harbour authority in Veldmark said on Tuesday that the north quay would close for repairs from March, moving the ferry to the old pier.',
  'Engineers found cracks in two of the quay supports during a routine survey last autumn, according to a report published by the authority.',
  'Ferry operator Lindqvist Lines said passengers should allow an extra ten minutes, because the old pier is a longer walk from the station.',
  'The repairs are expected to cost about six million and to last until the end of the summer season, the authority said in its statement.',
];
const COMMENT = 'I have used that ferry every day for twelve years and the quay has been falling apart for most of them, so this is overdue, frankly.';

const paras = (ps: readonly string[]): string => ps.map((p) => `<p>${p}</p>`).join('');
const page = (body: string, head = ''): string => `<!doctype html><html><head><title>Quay to close</title>${head}</head><body>${body}</body></html>`;

function assertBody(name: string, html: string, want: readonly string[], absent: readonly string[] = []): void {
  const body = extractArticle(html).body;
  for (const w of want) assert.ok(body.includes(w), `${name}: missing "${w.slice(0, 40)}" in: ${body.slice(0, 200)}`);
  for (const a of absent) assert.ok(!body.includes(a), `${name}: should not contain "${a.slice(0, 40)}"`);
}

test('generalise: article sections survive a class that only looks like furniture', () => {
  // Each section holds a small share of the prose, so no size guard can save it: only the words can.
  const cases: { name: string; cls: string }[] = [
    { name: 'BEM modifier naming ads', cls: 'Review__Section Review__Section--Ads' },
    { name: 'state modifier has-ads', cls: 'card card--has-ads' },
    { name: 'state class is-promoted', cls: 'story-part is-promoted' },
    { name: 'substring of a word (headline, shadow)', cls: 'headline-follow shadow-box' },
  ];
  for (const c of cases) {
    const sections = PROSE.map((p) => `<div class="${c.cls}"><p>${p}</p></div>`).join('');
    assertBody(c.name, page(`<nav><a href="/">Home</a> <a href="/news">News</a></nav><div class="review">${sections}</div><footer>Copyright Veldmark Post</footer>`), PROSE, ['Copyright Veldmark']);
  }
});

test('generalise: the block with most of the prose needs a second signal to be dropped', () => {
  const other = ['The authority also published its budget for the coming year, which includes a new fuel dock at the south quay and repairs to the breakwater.', 'A public meeting on the budget will be held at the town hall next month, and residents can send written comments until the end of February.', 'The authority chair, Marit Solberg, said the fuel dock would let the ferry refuel without leaving the harbour, saving time and money.'];
  // One furniture word on the container holding most (not all) of the prose: kept.
  const html = page(`<div class="article-text share">${paras(PROSE)}</div><div class="more">${paras(other)}</div>`);
  assertBody('share class on the container itself', html, PROSE);
  // Negative: the same block that is also mostly links (a second signal) goes.
  const links = PROSE.map((p) => `<p><a href="/s">${p}</a></p>`).join('');
  assertBody('prose-sized link list', page(`<div class="related">${links}</div><div class="story">${paras(other)}</div>`), other, [PROSE[0] as string]);
});

test('generalise: real furniture is still dropped (negative cases)', () => {
  const cases: { name: string; furniture: string; absent: string }[] = [
    { name: 'ad slot', furniture: '<div class="ad-slot"><p>Advertisement: the best mortgage rates in the region this week, compare now.</p></div>', absent: 'mortgage rates' },
    { name: 'share bar', furniture: '<div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Post on Twitter</a></div>', absent: 'Share on Facebook' },
    { name: 'related posts compound', furniture: '<div class="jp-relatedposts"><p><a href="/x">Bridge tolls to rise again next year, the council says</a></p></div>', absent: 'Bridge tolls' },
  ];
  for (const c of cases) assertBody(c.name, page(`<article>${paras(PROSE)}${c.furniture}</article>`), PROSE, [c.absent]);
});

test('generalise: a comment thread longer than the article loses to it', () => {
  const thread = (item: (i: number) => string, open: string, close: string): string => `${open}${Array.from({ length: 10 }, (_, i) => item(i)).join('')}${close}`;
  const comment = (i: number): string => `${COMMENT} Reader number ${i + 1} agrees, and says the council should have acted in the spring.`;
  const cases: { name: string; comments: string }[] = [
    { name: 'list of comment items', comments: thread((i) => `<li class="comment"><div class="comment-body"><p>${comment(i)}</p></div></li>`, '<section id="comments"><ol class="comment-list">', '</ol></section>') },
    { name: 'comments as <article> elements', comments: thread((i) => `<article class="comment"><p>${comment(i)}</p></article>`, '<div class="comments-area">', '</div>') },
  ];
  for (const c of cases) assertBody(c.name, page(`<div class="post">${paras(PROSE)}</div>${c.comments}`), PROSE, [COMMENT]);
  // Negative: an opinion column named "commentary", with no comment items, is the article.
  assertBody('commentary column', page(`<div class="commentary">${paras(PROSE)}</div><aside><a href="/more">More opinion</a></aside>`), PROSE, ['More opinion']);
});

test('generalise: <noscript> text is a fallback candidate, not a preferred one', () => {
  const scripted = page(`<div id="app"></div><noscript><div class="story">${paras(PROSE)}</div></noscript><script>render()</script>`);
  const a = extractArticle(scripted);
  assert.equal(a.body, PROSE.join('\n\n'));
  assert.equal(a.extractor, 'scored-noscript');
  // Negative: a page with its article in the markup ignores its <noscript> notice.
  assertBody('noscript notice', page(`<article>${paras(PROSE)}</article><noscript><p>Please enable JavaScript in your browser to see the comments below this story.</p></noscript>`), PROSE, ['enable JavaScript']);
});

test('generalise: page-state JSON carries the article for a script-rendered page', () => {
  const state = JSON.stringify({ props: { page: { story: { id: 7, headline: 'Quay to close', body: paras(PROSE) } } } });
  const a = extractArticle(page(`<div id="root"></div><script type="application/json" id="state">${state}</script>`));
  assert.equal(a.body, PROSE.join('\n\n'));
  assert.equal(a.extractor, 'script-json');
  // Negative: a JSON-LD body that is shorter than the page text does not replace it.
  const teaser = 'The harbour authority will close the north quay. Ferry passengers should check the timetable before travelling, because boats leave from the old pier during the works, which run for months. '.repeat(2);
  const ld = `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Quay to close', articleBody: teaser })}</script>`;
  const b = extractArticle(page(`<article>${paras(PROSE)}${paras(PROSE.map((p) => p.replace('authority', 'port board')))}</article>`, ld));
  assert.equal(b.extractor, 'scored');
  assert.ok(b.body.includes(PROSE[2] as string));
});

test('generalise: an unclosed <head> does not hide the page', () => {
  const cases: { name: string; html: string }[] = [
    { name: 'no </head>, no <body>', html: `<html><head><title>Quay to close</title><meta charset="utf-8"><div class="story">${paras(PROSE)}</div></html>` },
    { name: 'no </head>, a stray paragraph before <body>', html: `<html><head><title>Quay to close</title><p>${PROSE[0]}</p><body>${paras(PROSE.slice(1))}</body></html>` },
    { name: 'closed head (negative: nothing moves)', html: page(`<div class="story">${paras(PROSE)}</div>`) },
  ];
  for (const c of cases) assertBody(c.name, c.html, PROSE, ['Quay to close']);
});

test('generalise: soft hyphens go and the output is NFC', () => {
  const cases: { name: string; para: string; want: string; absent: string }[] = [
    { name: 'soft hyphen inside a word', para: 'The re\u00adpairs will start in March, the harbour au\u00adthority said, after a long survey of the quay.', want: 'The repairs will start in March, the harbour authority said', absent: '\u00ad' },
    { name: 'decomposed accent composed', para: 'The Cafe\u0301 Brise on the quay will stay open during the works, its owner said, though with fewer tables.', want: 'Caf\u00e9 Brise', absent: 'e\u0301' },
    { name: 'an ordinary hyphen stays (negative)', para: 'The long-delayed works on the quay will start in March, the harbour authority said in a statement.', want: 'long-delayed', absent: 'longdelayed' },
  ];
  for (const c of cases) assertBody(c.name, page(`<article>${paras([c.para, ...PROSE])}</article>`), [c.want], [c.absent]);
});

test('generalise: linked h2 section headings are kept on a long page, dropped on a short one', () => {
  const sections = ['Background', 'The survey', 'What the works mean', 'Costs', 'Next steps'];
  const long = sections.map((s, i) => `<h2><a href="#s${i}">${s}</a></h2>${paras(PROSE.map((p) => `${p} (${s})`))}`).join('');
  assertBody('long page', page(`<article>${long}</article>`), sections.map((s) => `${s}\n`).concat(PROSE[0] as string));
  // Negative: a short page's linked heading points away from the article.
  const short = `<article>${paras(PROSE.slice(0, 3))}<h2><a href="/other">Bridge tolls to rise next year</a></h2><p>${PROSE[3]}</p></article>`;
  assertBody('short page', page(short), PROSE, ['Bridge tolls']);
});

test('generalise: MathML is article text; its TeX annotation is not', () => {
  const math = '<math><semantics><mrow><mi>q</mi><mo>=</mo><mn>6</mn></mrow><annotation encoding="application/x-tex">q = 6 \\quad texsource</annotation></semantics></math>';
  const html = page(`<article>${paras(PROSE.slice(0, 2))}<p>The survey rated the damage at ${math} on the authority's scale, where ten means closure.</p>${paras(PROSE.slice(2))}</article>`);
  assertBody('inline MathML', html, ['rated the damage at q=6 on the authority'], ['texsource']);
});

test('generalise: a data table is kept even when its cells are links; a small link table is not', () => {
  const rows = [['Lindqvist Lines', '14', '22'], ['Nordhav Ferries', '9', '11'], ['Baltic Skerry', '4', '7'], ['Osterport Shuttle', '6', '6']];
  const cell = (c: string, i: number): string => (i === 0 ? `<td><a href="/operators/${c.length}">${c}</a></td>` : `<td>${c}</td>`);
  const data = `<table><tr><th>Operator</th><th>Sailings before</th><th>Sailings during works</th></tr>${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</table>`;
  assertBody('data table with linked names', page(`<article>${paras(PROSE.slice(0, 2))}${data}${paras(PROSE.slice(2))}</article>`), ['Nordhav Ferries', 'Sailings during works', PROSE[3] as string]);
  const nav = '<table><tr><td><a href="/a">Timetables</a></td><td><a href="/b">Fares</a></td><td><a href="/c">Contact us</a></td></tr></table>';
  assertBody('small link table', page(`<article>${paras(PROSE.slice(0, 2))}${nav}${paras(PROSE.slice(2))}</article>`), PROSE, ['Timetables']);
});
