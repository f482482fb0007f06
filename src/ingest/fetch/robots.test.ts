import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowed, parseRobots, policyFor } from './robots.js';

const ROBOTS = `# comment
User-agent: *
Disallow: /private/
Allow: /private/press/
Disallow: /*.pdf$
Disallow: /search?
Crawl-delay: 2

User-agent: Wiretrace
User-agent: otherbot
Disallow: /wire-only/
Allow: /wire-only/public
Disallow: /page.html$
`;

test('robots: wiretrace group overrides the * group', () => {
  const policy = policyFor(parseRobots(ROBOTS), 'wiretrace');
  const table: readonly [string, boolean][] = [
    ['/private/x', true], // the * group does not apply once a named group matches
    ['/wire-only/story', false],
    ['/wire-only/public/1', true], // longer Allow beats shorter Disallow
    ['/page.html', false],
    ['/page.html?x=1', true], // $ anchors the end
    ['/robots.txt', true],
    ['/', true],
  ];
  for (const [path, allowed] of table) assert.equal(isAllowed(policy, path), allowed, `robots: ${path}`);
  assert.equal(policy.crawlDelaySec, null);
});

test('robots: * group applies to other agents, with wildcards and longest match', () => {
  const policy = policyFor(parseRobots(ROBOTS), 'somebot');
  const table: readonly [string, boolean][] = [
    ['/private/x', false],
    ['/private/press/release', true],
    ['/files/report.pdf', false],
    ['/files/report.pdf?download=1', true],
    ['/search?q=x', false],
    ['/search', true],
    ['/news/story', true],
  ];
  for (const [path, allowed] of table) assert.equal(isAllowed(policy, path), allowed, `robots: ${path}`);
  assert.equal(policy.crawlDelaySec, 2);
});

test('robots: equal-length Allow wins, empty Disallow allows, stray rules ignored', () => {
  const p1 = policyFor(parseRobots('User-agent: *\nDisallow: /a\nAllow: /a\n'), 'wiretrace');
  assert.equal(isAllowed(p1, '/a/b'), true);
  const p2 = policyFor(parseRobots('Disallow: /\nUser-agent: *\nDisallow:\n'), 'wiretrace');
  assert.equal(isAllowed(p2, '/anything'), true);
  const p3 = policyFor(parseRobots('User-agent: *\r\nDisallow: /\r\n'), 'wiretrace');
  assert.equal(isAllowed(p3, '/anything'), false);
  const p4 = policyFor(parseRobots('User-agent: googlebot\nDisallow: /\n'), 'wiretrace');
  assert.equal(isAllowed(p4, '/x'), true, 'robots: no matching group allows');
  const p5 = policyFor(parseRobots('User-agent: *\nDisallow: /ü\n'), 'wiretrace');
  assert.equal(isAllowed(p5, '/%C3%BCber'), false, 'robots: non-ASCII patterns are percent-encoded');
  const p6 = policyFor(parseRobots('User-agent: *\nDisallow: /*/print$\n'), 'wiretrace');
  assert.equal(isAllowed(p6, '/2024/story/print'), false);
  assert.equal(isAllowed(p6, '/2024/story/printable'), true);
});
