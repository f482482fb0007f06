/**
 * Fuzzing the parsers that read untrusted input: the HTML extractor, the feed parser, the plain-text
 * article parser and the date parser, with random Unicode and with mutations (cuts, duplications,
 * splices, stray markup) of well-formed samples written for this test. Each must return, or refuse
 * with a coded WiretraceError: never another exception. A hang fails through the test's timeout.
 * Runs per parser: WIRETRACE_FUZZ_RUNS (default 150, a few seconds in all; CI may raise it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isWiretraceError } from '../errors.js';
import { parseDate, validatePublished } from './dates.js';
import { parseFeed } from './feeds/parse.js';
import { extractArticle } from './html/index.js';
import { parsePlainTextArticle } from './plaintext.js';

const RUNS = Number(process.env.WIRETRACE_FUZZ_RUNS ?? 150);
const TIMEOUT_MS = 240_000;

const HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port reopens | Coast Times</title>
<meta property="og:title" content="Port of Takoradi reopens after storm"><meta property="article:published_time" content="2025-03-03T09:30:00+00:00">
<link rel="canonical" href="https://coast.example/port-reopens"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-03","author":{"name":"Ama Boateng"}}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>Port of Takoradi reopens after storm</h1><p class="byline">By Ama Boateng</p>
<p>The port of Takoradi reopened on Monday after a storm closed it for three days, the harbour authority said.</p>
<p>&ldquo;Ships are moving again,&rdquo; said Kwesi Arthur, its director, adding that 14 vessels had waited offshore.</p>
<figure><img src="/p.jpg" alt="cranes"><figcaption>Cranes at the port. Photo: Coast Times</figcaption></figure></article><footer>&copy; Coast Times</footer></body></html>`;

const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Coast Times</title><link>https://coast.example/</link>
<item><title>Port reopens</title><link>https://coast.example/port-reopens</link><guid>p1</guid><pubDate>Mon, 03 Mar 2025 09:30:00 GMT</pubDate><dc:creator>Ama Boateng</dc:creator><description><![CDATA[<p>The port reopened.</p>]]></description></item>
<item><title>Cocoa price</title><link>/cocoa</link><pubDate>2025-03-04</pubDate></item></channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Times</title><link href="https://coast.example/"/>
<entry><title>Port reopens</title><link href="https://coast.example/port-reopens"/><id>tag:coast.example,2025:p1</id><updated>2025-03-03T09:30:00Z</updated><summary>The port reopened.</summary></entry></feed>`;

const PLAIN = `Port of Takoradi reopens after storm

Ama Boateng
2 Min Read
Updated March 3, 2025
The port of Takoradi reopened on Monday after a storm closed it for three days, the harbour authority said.

"Ships are moving again," said Kwesi Arthur, its director.

Share This Article
`;

const DATES = ['2025-03-03', '2025-03-03T09:30:00+05:30', 'Mon, 03 Mar 2025 09:30:00 GMT', 'March 3, 2025', '3 March 2025 9:30 am', '1999-12-31T23:59:60Z'];

/** Pieces that break parsers: markup fragments, entities, surrogates, controls, long runs. */
const JUNK = ['<', '>', '</p>', '<![CDATA[', ']]>', '<!--', '-->', '&', '&#x0;', '&#xD800;', '&amp', '"', "'", '\u0000', '\ud800', '\udc00', '\ud83d\ude00', '\ufeff', '\r', '\n', '\t', '<script>', '<svg onload=x>', 'javascript:', '+99:99', 'T', 'Z', '9'.repeat(30)];

/** A sample mutated by a few random edits: cut, duplicate, splice in junk, swap two slices. */
function mutated(sample: string): fc.Arbitrary<string> {
  const edit = fc.tuple(fc.nat(3), fc.nat(sample.length), fc.nat(sample.length), fc.nat(JUNK.length - 1));
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let s = sample;
    for (const [kind, a0, b0, j] of edits) {
      const a = Math.min(a0, s.length);
      const b = Math.min(Math.max(a, b0), s.length);
      if (kind === 0) s = s.slice(0, a) + s.slice(b);
      else if (kind === 1) s = s.slice(0, b) + s.slice(a, b) + s.slice(b);
      else if (kind === 2) s = s.slice(0, a) + JUNK[j]! + s.slice(a);
      else s = s.slice(b) + s.slice(0, a) + s.slice(a, b);
    }
    return s;
  });
}

const randomText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.nat(JUNK.length - 1).map((i) => JUNK[i]!), { maxLength: 60 }).map((xs) => xs.join('')),
);

/** Calls fn; a coded refusal is fine, any other exception is a finding. */
function survives(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    assert.ok(isWiretraceError(err), `uncoded ${(err as Error)?.name}: ${(err as Error)?.message}`);
  }
}

const targets: Array<{ name: string; samples: string[]; call: (input: string) => unknown }> = [
  { name: 'HTML extractor', samples: [HTML], call: (s) => extractArticle(s, { url: 'https://coast.example/x' }) },
  { name: 'HTML extractor (bytes)', samples: [HTML], call: (s) => extractArticle(Buffer.from(s, 'latin1'), { contentType: 'text/html; charset=windows-1252' }) },
  { name: 'feed parser', samples: [RSS, ATOM], call: (s) => parseFeed(s, { url: 'https://coast.example/feed' }) },
  { name: 'plain-text parser', samples: [PLAIN], call: (s) => parsePlainTextArticle(s) },
  { name: 'date parser', samples: DATES, call: (s) => [parseDate(s), parseDate(s, { minYear: 1900, notAfter: Date.UTC(2030, 0) })] },
  { name: 'published validation', samples: DATES, call: (s) => validatePublished(s) },
];

for (const t of targets) {
  test(`fuzz: ${t.name} returns or refuses with a code, on random and mutated input`, { timeout: TIMEOUT_MS }, () => {
    const input = fc.oneof(randomText, fc.nat(t.samples.length - 1).chain((i) => mutated(t.samples[i]!)));
    fc.assert(fc.property(input, (s) => survives(() => t.call(s))), { numRuns: RUNS, seed: 15 });
    // the well-formed samples themselves parse without a refusal
    for (const s of t.samples) assert.doesNotThrow(() => t.call(s), t.name);
  });
}

test('fuzz: the harness reports an uncoded exception (negative)', () => {
  assert.throws(() => survives(() => JSON.parse('{')), /uncoded SyntaxError/);
  assert.doesNotThrow(() => survives(() => validatePublished('the other day')));
});
