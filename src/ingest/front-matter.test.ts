import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFrontMatter } from './front-matter.js';
import { parsePlainTextArticle } from './plaintext.js';

test('front matter: YAML and key: value headers become metadata; bodies that only look like one stay body', () => {
  const table: ReadonlyArray<{ name: string; input: string; meta: Record<string, unknown> | null; rest?: string }> = [
    {
      name: 'YAML block',
      input: '---\ntitle: "Talks resume in Velmora"\noutlet: Harbour Post\nurl: https://harbour.example/a/1\npublished: 2026-03-18T09:30:00Z\nauthor: Mira Olsen, Tomas Berg\ntags: [talks, visit]\n---\nThe talks resumed on Monday.',
      meta: { title: 'Talks resume in Velmora', outlet: 'Harbour Post', url: 'https://harbour.example/a/1', published: '2026-03-18T09:30:00Z', byline: ['Mira Olsen', 'Tomas Berg'] },
      rest: 'The talks resumed on Monday.',
    },
    {
      name: 'key: value lines',
      input: 'URL: https://harbour.example/a/2\nSource: Harbour Post\nDate: 18 March 2026\nLanguage: en-GB\n\nThe talks resumed on Monday.',
      meta: { url: 'https://harbour.example/a/2', outlet: 'Harbour Post', published: '2026-03-18', language: 'en' },
      rest: '\nThe talks resumed on Monday.',
    },
    { name: 'a body that opens with an unknown key', input: 'Update: the talks resumed on Monday.\n\nMore text.', meta: null },
    { name: 'key lines not closed by a blank line', input: 'Title: Talks resume\nThe talks resumed on Monday.', meta: null },
    { name: 'a --- rule over prose is not YAML', input: '---\nThe talks resumed on Monday, and then they stopped.\n---\nMore.', meta: null },
    { name: 'YAML never closed', input: '---\ntitle: x\nThe talks resumed.', meta: null },
    { name: 'a header with no body', input: 'title: Talks resume\n\n', meta: null },
    { name: 'no header', input: 'The talks resumed on Monday.', meta: null },
  ];
  for (const row of table) {
    const fm = readFrontMatter(row.input);
    if (row.meta === null) {
      assert.equal(fm, null, row.name);
      continue;
    }
    assert.ok(fm, row.name);
    assert.deepEqual(fm.meta, row.meta, row.name);
    if (row.rest !== undefined) assert.equal(fm.rest, row.rest, row.name);
  }
});

test('front matter: never the title or body of a plain-text article; the options still win', () => {
  const raw = '---\ntitle: Talks resume in Velmora\npublished: 2026-03-18\noutlet: Harbour Post\n---\nTalks resume in Velmora\n\nNegotiators met in Velmora on Monday, officials said.\n';
  const a = parsePlainTextArticle(raw);
  assert.equal(a.meta.title, 'Talks resume in Velmora');
  assert.equal(a.meta.published, '2026-03-18');
  assert.equal(a.body, 'Negotiators met in Velmora on Monday, officials said.');
  assert.equal(a.frontMatter?.outlet, 'Harbour Post');
  // a header title that differs from the first line: the first line stays body
  const b = parsePlainTextArticle('title: Velmora talks\n\nShort opening line\n\nNegotiators met on Monday.');
  assert.equal(b.meta.title, 'Velmora talks');
  assert.match(b.body, /^Short opening line/);
  const c = parsePlainTextArticle(raw, { published: '2026-04-01', outlet: 'Other Desk' });
  assert.equal(c.meta.published, '2026-04-01');
  assert.equal(c.meta.outlet, 'Other Desk');
});
