import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAllowed, robotsPolicy } from './robots.js';

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
  const policy = robotsPolicy(ROBOTS, 'wiretrace');
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
  const policy = robotsPolicy(ROBOTS, 'somebot');
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

/** Hostile and edge-case files: each decides one path for the product token "wiretrace". */
const EDGE_CASES: readonly { name: string; robots: string; path: string; allowed: boolean }[] = [
  { name: 'wildcard in the middle', robots: 'User-agent: *\nDisallow: /*/print\n', path: '/a/b/print/x', allowed: false },
  { name: 'wildcard then $', robots: 'User-agent: *\nDisallow: /*.pdf$\n', path: '/x.pdf', allowed: false },
  { name: '$ does not match past a query', robots: 'User-agent: *\nDisallow: /*.pdf$\n', path: '/x.pdf?y', allowed: true },
  { name: 'repeated wildcards', robots: 'User-agent: *\nDisallow: /**a*b$\n', path: '/xxaxxb', allowed: false },
  { name: 'wildcard needs backtracking', robots: 'User-agent: *\nDisallow: /*ab$\n', path: '/abab', allowed: false },
  { name: 'wildcard and $ on a longer path', robots: 'User-agent: *\nDisallow: /*/print$\n', path: '/2024/story/printable', allowed: true },
  { name: 'longer Allow wins', robots: 'User-agent: *\nDisallow: /a\nAllow: /a/b\n', path: '/a/b/c', allowed: true },
  { name: 'longer Disallow wins', robots: 'User-agent: *\nAllow: /a\nDisallow: /a/b\n', path: '/a/b/c', allowed: false },
  { name: 'equal length: Allow wins', robots: 'User-agent: *\nDisallow: /a\nAllow: /a\n', path: '/a/b', allowed: true },
  { name: 'paths are case-sensitive', robots: 'User-agent: *\nDisallow: /Private\n', path: '/private', allowed: true },
  { name: 'field names are not', robots: 'USER-AGENT: *\nDISALLOW: /x\n', path: '/x', allowed: false },
  { name: 'agent names are not', robots: 'User-agent: WIRETRACE\nDisallow: /x\n', path: '/x', allowed: false },
  { name: 'agent with a version', robots: 'User-agent: wiretrace/0.1\nDisallow: /x\n', path: '/x', allowed: false },
  { name: 'byte order mark', robots: '\uFEFFUser-agent: *\nDisallow: /x\n', path: '/x', allowed: false },
  { name: 'CRLF line ends', robots: 'User-agent: *\r\nDisallow: /\r\n', path: '/anything', allowed: false },
  { name: 'CR line ends', robots: 'User-agent: *\rDisallow: /x\r', path: '/x', allowed: false },
  { name: 'percent-escapes compare case-insensitively', robots: 'User-agent: *\nDisallow: /%c3%bc\n', path: '/%C3%BCber', allowed: false },
  { name: 'non-ASCII patterns are percent-encoded', robots: 'User-agent: *\nDisallow: /ü\n', path: '/%C3%BCber', allowed: false },
  { name: 'rules before any user-agent belong to nobody', robots: 'Disallow: /\nUser-agent: *\nDisallow:\n', path: '/x', allowed: true },
  { name: 'no group for us and no * allows', robots: 'User-agent: googlebot\nDisallow: /\n', path: '/x', allowed: true },
  { name: 'named group beats *', robots: 'User-agent: *\nDisallow: /\nUser-agent: wiretrace\nDisallow: /y\n', path: '/x', allowed: true },
  { name: 'two groups for us merge', robots: 'User-agent: wiretrace\nDisallow: /a\n\nUser-agent: wiretrace\nDisallow: /b\n', path: '/b', allowed: false },
  { name: 'one group for two agents', robots: 'User-agent: other\nUser-agent: wiretrace\nDisallow: /a\n', path: '/a', allowed: false },
  { name: '/robots.txt is always allowed', robots: 'User-agent: *\nDisallow: /\n', path: '/robots.txt', allowed: true },
  { name: 'comments after values', robots: 'User-agent: * # all\nDisallow: /x # no\n', path: '/x', allowed: false },
  { name: 'no space after the colon', robots: 'User-agent:*\nDisallow:/x\n', path: '/x', allowed: false },
  { name: 'empty file', robots: '', path: '/x', allowed: true },
];

test('robots: edge cases (wildcards, $, precedence, case, BOM)', () => {
  for (const c of EDGE_CASES) assert.equal(isAllowed(robotsPolicy(c.robots, 'wiretrace'), c.path), c.allowed, `robots: ${c.name}`);
});

test('robots: crawl delay is a finite, non-negative number or null', () => {
  const table: readonly { robots: string; delay: number | null }[] = [
    { robots: 'User-agent: *\nCrawl-delay: 2\n', delay: 2 },
    { robots: 'User-agent: *\nCrawl-delay: 0.5\n', delay: 0.5 },
    { robots: 'User-agent: *\nCrawl-delay: -3\n', delay: null },
    { robots: 'User-agent: *\nCrawl-delay: soon\n', delay: null },
    { robots: 'User-agent: *\nCrawl-delay: Infinity\n', delay: null },
    { robots: 'User-agent: *\nDisallow: /x\n', delay: null },
  ];
  for (const { robots, delay } of table) assert.equal(robotsPolicy(robots, 'wiretrace').crawlDelaySec, delay, `robots: ${JSON.stringify(robots)}`);
});
