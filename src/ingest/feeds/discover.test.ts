import { test } from 'node:test';
import assert from 'node:assert/strict';
import { discoverFeedLinks } from './discover.js';

test('discover: finds advertised feeds, resolves against <base>, skips other links', () => {
  const html = `<!doctype html><html><head>
    <base href="https://news.example/section/">
    <link rel="stylesheet" href="/s.css">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="rss.xml">
    <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://news.example/atom">
    <link rel="alternate" hreflang="fr" href="https://news.example/fr/">
    <link rel="alternate" type="application/rss+xml" href="rss.xml">
    <link rel="alternate" type="application/rss+xml" href="javascript:void(0)">
  </head><body></body></html>`;
  assert.deepEqual(discoverFeedLinks(html, 'https://news.example/'), ['https://news.example/section/rss.xml', 'https://news.example/atom']);
  assert.deepEqual(discoverFeedLinks('<p>no head</p>', 'https://x.example/'), []);
});
