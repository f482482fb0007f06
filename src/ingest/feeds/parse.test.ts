import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { WiretraceError } from '../../errors.js';
import { parseFeed } from './parse.js';
import { parseFeedDate, htmlToText } from './text.js';

const FIXTURES = new URL('../../../test/fixtures/feeds/', import.meta.url);
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

test('feeds: RSS 2.0 with namespaces, CDATA, entities, relative links and repeats', () => {
  const feed = parseFeed(fixture('rss2.xml'), { url: 'https://gazette.example/feed.xml' });
  assert.equal(feed.format, 'rss');
  assert.equal(feed.title, 'Harbour Gazette & Wire');
  assert.equal(feed.siteUrl, 'https://gazette.example/');
  assert.equal(feed.items.length, 5, 'feeds: the repeated guid is dropped');
  const [talks, storm, guidOnly, amp, bare] = feed.items;
  assert.deepEqual(talks, {
    guid: 'gazette-4411',
    url: 'https://gazette.example/2024/10/port-talks?utm_source=rss&ref=feed',
    title: 'Port talks resume — ministers “hopeful”',
    published: '2024-10-01T09:30:00+02:00',
    summary: 'Negotiators met on Tuesday & agreed to continue.',
  });
  assert.equal(storm!.url, 'https://gazette.example/2024/10/storm-ferry');
  assert.equal(storm!.title, 'Storm closes ferry route');
  assert.equal(storm!.published, '2024-10-02T07:00:00+01:00', 'feeds: BST zone name understood');
  assert.equal(storm!.summary, 'The ferry between the islands stopped running.');
  assert.equal(guidOnly!.url, 'https://gazette.example/2024/10/guid-only', 'feeds: permalink guid used as URL');
  assert.equal(amp!.url, 'https://gazette.example/search?q=port&page=2');
  assert.equal(amp!.title, 'Bare ampersands in links & text');
  assert.equal(bare!.url, null);
  assert.equal(bare!.title, null);
  assert.match(bare!.guid, /^sha256:[0-9a-f]{32}$/);
  assert.equal(bare!.summary, 'An item with nothing but a description and an entity.');
});

test('feeds: Atom with alternate links, html/text/xhtml constructs and missing fields', () => {
  const feed = parseFeed(fixture('atom.xml'), { url: 'https://wire.example/atom.xml' });
  assert.equal(feed.format, 'atom');
  assert.equal(feed.title, 'Northern Wire');
  assert.equal(feed.siteUrl, 'https://wire.example/');
  const [denies, xhtml, bare] = feed.items;
  assert.equal(denies!.url, 'https://wire.example/2024/minister-denies');
  assert.equal(denies!.title, 'Minister denies report');
  assert.equal(denies!.guid, 'tag:wire.example,2024:1001');
  assert.equal(denies!.published, '2024-10-02T06:15:00+01:00', 'feeds: published preferred over updated');
  assert.equal(denies!.summary, 'The minister said a < b was "nonsense".');
  assert.equal(xhtml!.url, 'https://wire.example/2024/xhtml');
  assert.equal(xhtml!.summary, 'First para. Second.');
  assert.deepEqual(bare, { guid: 'tag:wire.example,2024:1003', url: null, title: 'No link, no date', published: null, summary: null });
});

test('feeds: prefixed Atom and RSS 1.0 (RDF)', () => {
  const a = parseFeed(fixture('atom-prefixed.xml'));
  assert.equal(a.format, 'atom');
  assert.deepEqual(a.items.map((i) => [i.guid, i.url, i.title]), [['urn:uuid:1', 'https://prefixed.example/one', 'Prefixed entry']]);
  const r = parseFeed(fixture('rdf.xml'));
  assert.equal(r.format, 'rdf');
  assert.equal(r.title, 'RDF Site');
  assert.deepEqual(r.items, [{ guid: 'https://rdf.example/a', url: 'https://rdf.example/a', title: 'RDF item', published: '2024-09-29T08:00:00Z', summary: null }]);
});

test('feeds: JSON Feed', () => {
  const feed = parseFeed(fixture('feed.json'), { url: 'https://json.example/feed.json' });
  assert.equal(feed.format, 'json');
  assert.equal(feed.title, 'JSON Desk');
  assert.equal(feed.items.length, 3);
  assert.deepEqual(feed.items[0], { guid: 'j1', url: 'https://json.example/one', title: 'One & only', published: '2024-10-01T10:00:00-04:00', summary: 'Hello JSON' });
  assert.equal(feed.items[1]!.guid, '2');
  assert.equal(feed.items[1]!.url, 'https://json.example/two');
  assert.equal(feed.items[2]!.url, null);
});

test('feeds: legacy charsets from the XML declaration or the HTTP header', () => {
  const xml = '<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Новости</title><item><title>Переговоры</title><link>https://ru.example/1</link></item></channel></rss>';
  const feed = parseFeed(new Uint8Array(iconv.encode(xml, 'windows-1251')));
  assert.equal(feed.title, 'Новости');
  assert.equal(feed.items[0]!.title, 'Переговоры');
  const noDecl = '<rss><channel><title>Café</title></channel></rss>';
  assert.equal(parseFeed(new Uint8Array(iconv.encode(noDecl, 'latin1')), { contentType: 'text/xml; charset=ISO-8859-1' }).title, 'Café');
});

test('feeds: malformed input is E_FEED_MALFORMED with a clear message, never a crash', () => {
  const cases: readonly [string | Uint8Array, RegExp][] = [
    [fixture('malformed-truncated.xml'), /line \d+/],
    [fixture('malformed-mismatch.xml'), /closing tag/],
    [fixture('not-a-feed.html'), /HTML page/],
    [fixture('malformed.json'), /invalid JSON/],
    [fixture('plain.json'), /not a JSON Feed/],
    ['', /empty/],
    ['   \n', /empty/],
    ['just some words', /./],
    ['<svg xmlns="http://www.w3.org/2000/svg"></svg>', /root element <svg>/],
    ['{"version":"https://jsonfeed.org/version/1","items":"nope"}', /items array/],
  ];
  for (const [input, pattern] of cases) {
    assert.throws(
      () => parseFeed(input),
      (err: unknown) => err instanceof WiretraceError && err.code === 'E_FEED_MALFORMED' && pattern.test(err.message),
      `feeds: ${String(input).slice(0, 40)}`,
    );
  }
});

test('feeds: nested DTD entities do not expand (billion laughs)', () => {
  const xml = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>&c;&c;&c;&c;&c;&c;</title></channel></rss>';
  const feed = parseFeed(xml);
  assert.ok((feed.title ?? '').length < 1000, `feeds: title grew to ${feed.title?.length}`);
});

test('feeds: dates and HTML text helpers', () => {
  const dates: readonly [string, string | null][] = [
    ['Tue, 01 Oct 2024 09:30:00 GMT', '2024-10-01T09:30:00Z'],
    ['Tue, 01 Oct 24 09:30:00 EDT', '2024-10-01T09:30:00-04:00'],
    ['Mon, 01 Oct 2024 09:30:00 CEST', '2024-10-01T09:30:00+02:00'], // wrong weekday tolerated
    ['2024-10-01T09:30:00+05:30', '2024-10-01T09:30:00+05:30'],
    ['2024-10-01', '2024-10-01'],
    ['yesterday', null],
    ['', null],
    ['Thu, 01 Jan 1970 00:00:00 GMT', null],
  ];
  for (const [raw, iso] of dates) assert.equal(parseFeedDate(raw), iso, `feeds: date ${raw}`);
  assert.equal(htmlToText('<p>a</p><p>b&nbsp;&amp;&nbsp;c</p><style>x{}</style>'), 'a b & c');
  assert.equal(htmlToText('no markup'), 'no markup');
});

test('feeds: a guid that is not an absolute URL is an id, never a link on the feed host', () => {
  const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
    <item><title>A</title><link>javascript:alert(1)</link><guid>4</guid></item>
    <item><title>B</title><guid>https://news.example/b</guid></item></channel></rss>`;
  const feed = parseFeed(new TextEncoder().encode(xml), { url: 'https://news.example/feed.xml' });
  assert.equal(feed.items[0]!.url, null);
  assert.equal(feed.items[0]!.guid, '4');
  assert.equal(feed.items[1]!.url, 'https://news.example/b');
});
