import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { requireSeed } from '../eval/data-path.js';
import { parsePlainTextArticle, looksLikeByline } from './plaintext.js';
import { annotate } from '../annotate/default-pipeline.js';

test('plaintext: the seed article header, body and boilerplate', (t) => {
  const seed = requireSeed(t);
  if (!seed) return;
  const a = parsePlainTextArticle(readFileSync(seed, 'utf8'));
  assert.equal(a.meta.title, 'Putin expresses readiness to visit North Korea');
  assert.deepEqual(a.meta.byline, ['Kamilu Balogun']);
  assert.equal(a.meta.imageCredit, 'CTV News');
  assert.equal(a.meta.readTime, '3 min');
  assert.equal(a.meta.published, null, 'no date in the text: unknown, not now');
  assert.ok(!a.body.includes('Min Read'));
  assert.ok(!a.body.includes('Share This Article'));
  assert.ok(a.body.startsWith('Russian President Vladimir Putin'));
  const doc = annotate(a.body, a.meta);
  assert.equal(doc.layers.paragraphs?.length, 12);
  assert.equal(doc.layers.sentences?.length, 13);
  const sentenceTexts = doc.layers.sentences!.map((s) => doc.text.slice(s.start, s.end));
  assert.ok(sentenceTexts.some((s) => s.includes('U.N. Charter and other international laws.')));
  assert.ok(sentenceTexts.some((s) => s.startsWith('Addressing these concerns, Jung Pak, U.S. senior official')));
});

const headerCases: Array<{ name: string; input: string; check: (a: ReturnType<typeof parsePlainTextArticle>) => void }> = [
  {
    name: 'by-prefixed byline and a dateline date',
    input: 'Talks resume in Geneva\n\nBy Jane Roe and John Doe\nPublished: March 3, 2025\n\nDelegates met on Monday. They talked.\n',
    check: (a) => {
      assert.deepEqual(a.meta.byline, ['Jane Roe', 'John Doe']);
      assert.equal(a.meta.published, '2025-03-03');
      assert.equal(a.body, 'Delegates met on Monday. They talked.');
    },
  },
  {
    name: 'no header at all: the first sentence is not a title',
    input: 'Delegates met on Monday in Geneva, officials said.\n\nThey talked for hours.',
    check: (a) => {
      assert.equal(a.meta.title, undefined);
      assert.equal(a.body, 'Delegates met on Monday in Geneva, officials said.\n\nThey talked for hours.');
    },
  },
  {
    name: 'an outlet staff byline over a read time and credit: all header, the dateline starts the body',
    input: 'Mine collapse traps nine\n\nMeridian Wire staff\n2 Min Read\nphoto credit: Meridian Wire\nCHINGOLA, June 3 (Meridian) - Part of a mine collapsed, police said.\n\nMore text.',
    check: (a) => {
      assert.deepEqual(a.meta.byline, ['Meridian Wire staff']);
      assert.equal(a.meta.readTime, '2 min');
      assert.equal(a.meta.imageCredit, 'Meridian Wire');
      assert.ok(a.body.startsWith('CHINGOLA, June 3'), a.body);
    },
  },
  {
    name: 'an unrecognised byline is header only when a read time or credit line follows it',
    input: 'Storm hits coast\n\nFrom staff and wire reports\nphoto credit: AP\n\nA storm hit the coast on Monday.',
    check: (a) => {
      assert.deepEqual(a.meta.byline, ['From staff and wire reports']);
      assert.equal(a.body, 'A storm hit the coast on Monday.');
    },
  },
  {
    name: 'a short line with no header marker after it stays in the body',
    input: 'Storm hits coast\n\nFrom staff and wire reports\n\nA storm hit the coast on Monday.\n\nLive on air\n\nphoto credit: AP',
    check: (a) => {
      assert.equal(a.meta.byline, undefined);
      assert.ok(a.body.startsWith('From staff and wire reports'), a.body);
      assert.ok(a.body.endsWith('photo credit: AP'), a.body);
    },
  },
  {
    name: '"photo credit" inside the body stays',
    input: 'Title line\n\nJane Roe\n\nThe photo credit: disputed, he said, was wrong.\n\nMore text here.',
    check: (a) => assert.ok(a.body.includes('photo credit: disputed')),
  },
  {
    name: 'published option overrides and validates',
    input: 'Title\n\nBody text here. More.',
    check: () => {
      for (const published of ['not a date', '']) {
        assert.throws(() => parsePlainTextArticle('Title\n\nBody text here.', { published }), { code: 'E_DATE_INVALID', message: /^published date ".*" is not a date: give ISO 8601/ });
      }
      assert.equal(parsePlainTextArticle('Title\n\nBody text here.', { published: '2024-01-22' }).meta.published, '2024-01-22');
    },
  },
];

for (const c of headerCases) {
  test(`plaintext: ${c.name}`, () => c.check(parsePlainTextArticle(c.input)));
}

test('plaintext: a header with no body is an error', () => {
  assert.throws(() => parsePlainTextArticle('Just a title\n\n'), (e: unknown) => (e as { code?: string }).code === 'E_INPUT_EMPTY');
});

test('plaintext: bylines', () => {
  for (const yes of ['Kamilu Balogun', 'Jane Doe and John Roe', 'Ana de la Cruz', 'Meridian Wire staff', 'Times Staff Writer', 'Jane Doe and Meridian Wire staff']) {
    assert.ok(looksLikeByline(yes), yes);
  }
  for (const no of ['Staff', 'the staff', 'our staff', 'Staff said.', 'The talks ended.', 'Russian President Vladimir Putin has conveyed his readiness to visit Pyongyang', 'reuters']) {
    assert.ok(!looksLikeByline(no), no);
  }
});
