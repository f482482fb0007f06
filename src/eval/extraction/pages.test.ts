import { test } from 'node:test';
import assert from 'node:assert/strict';
import { correctTruth, expectedText, loadTestPages, splitOf } from './pages.js';
import { requireData } from '../data-path.js';

test('pages: the split is a stable function of the name, about 30% test', () => {
  const names = Array.from({ length: 1000 }, (_, i) => `page-${i}`);
  const test = names.filter((n) => splitOf(n) === 'test').length;
  assert.ok(test > 250 && test < 350, `test share ${test / 10}%`);
  for (const n of names.slice(0, 50)) assert.equal(splitOf(n), splitOf(n));
});

test('pages: expected output renders to paragraphs; markup and empty blocks leave no text', () => {
  const cases: { html: string; want: string }[] = [
    { html: '<div id="readability-page-1" class="page"><p>One <b>bold</b> line.</p><p>Two.</p></div>', want: 'One bold line.\n\nTwo.' },
    { html: '<div><h2>Heading</h2><ul><li>first</li><li>second</li></ul></div>', want: 'Heading\n\nfirst\n\nsecond' },
    { html: '<div><p> </p><img src="x.png"></div>', want: '' },
  ];
  for (const c of cases) assert.equal(expectedText(c.html), c.want);
});

test('pages: the Readability test-page set loads with both splits', () => {
  const dir = requireData('readability-test-pages');
  if (!dir) return;
  const dev = loadTestPages(dir, 'dev');
  const held = loadTestPages(dir, 'test');
  assert.ok(dev.length > 50 && held.length > 20, `dev ${dev.length}, test ${held.length}`);
  assert.ok(!dev.some((p) => held.some((q) => q.name === p.name)), 'splits overlap');
});

test('pages: a truth correction drops furniture paragraphs; one that matches nothing is an error', () => {
  const paras = ['Photo: Ann Berg/Example', 'First line of the report.', 'Sign up for our newsletter', 'Second line.', '3 comments', 'Great piece!'];
  const cases: { c: Parameters<typeof correctTruth>[1]; want: string[] | null }[] = [
    { c: { why: 'credit and box', drop: ['Photo:', 'Sign up'] }, want: ['First line of the report.', 'Second line.', '3 comments', 'Great piece!'] },
    { c: { why: 'comments', dropFrom: '3 comments' }, want: ['Photo: Ann Berg/Example', 'First line of the report.', 'Sign up for our newsletter', 'Second line.'] },
    { c: { why: 'both', drop: ['Photo:'], dropFrom: '3 comments' }, want: ['First line of the report.', 'Sign up for our newsletter', 'Second line.'] },
    { c: { why: 'credit lines', dropMatching: ['^Photo: [^.]*$'] }, want: ['First line of the report.', 'Sign up for our newsletter', 'Second line.', '3 comments', 'Great piece!'] },
    { c: { why: 'stale dropMatching', dropMatching: ['Getty Images$'] }, want: null },
    { c: { why: 'stale drop', drop: ['Advertisement'] }, want: null },
    { c: { why: 'stale dropFrom', dropFrom: 'Comments are closed' }, want: null },
  ];
  for (const { c, want } of cases) {
    if (want === null) assert.throws(() => correctTruth(paras, c, 'case'), /matches no paragraph/, c.why);
    else assert.deepEqual(correctTruth(paras, c, 'case'), want, c.why);
  }
});
