/** Contract: full-text search (words, phrases, prefixes, OR and groups, stemming, hostile syntax as text, highlights). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { article, withStore, type OpenStore } from './fixtures.js';

export function searchContract(name: string, open: OpenStore): void {
  test(`${name}: search finds articles, ranks title matches first, and marks snippets`, () =>
    withStore(open, async (s) => {
      await s.insertArticle(article({ contentHash: 'a', title: 'Putin to visit Pyongyang', text: 'The Kremlin said a visit was planned. Officials in Moscow confirmed.' }), []);
      await s.insertArticle(article({ contentHash: 'b', title: 'Markets', text: 'Stocks rose. Analysts said a Pyongyang visit could matter.' }), []);
      await s.insertArticle(article({ contentHash: 'c', title: 'Weather', text: 'Rain in Seoul.' }), []);
      const r = await s.search('pyongyang');
      assert.equal(r.query, 'pyongyang');
      assert.equal(r.total, 2);
      assert.equal(r.items[0]!.article.title, 'Putin to visit Pyongyang', 'title match ranks first');
      assert.ok(r.items[0]!.score > r.items[1]!.score, 'higher score is better');
      const hit = r.items[1]!;
      assert.equal(hit.article.contentHash, 'b', 'hits carry the whole stored article');
      assert.ok(hit.highlights.length >= 1);
      for (const h of hit.highlights) assert.equal(hit.snippet.slice(h.start, h.end).toLowerCase(), 'pyongyang');
      assert.ok(!/[\u0002\u0003]/.test(hit.snippet), 'no markers leak');
      const cases: Array<{ q: string; total: number; why: string }> = [
        { q: 'visits', total: 2, why: 'stemming: visits finds visit' },
        { q: '"visit was planned"', total: 1, why: 'phrase' },
        { q: '"planned was visit"', total: 0, why: 'a phrase keeps its order' },
        { q: 'Pyong*', total: 2, why: 'prefix' },
        { q: 'Pyong', total: 0, why: 'no prefix without *' },
        { q: 'seoul pyongyang', total: 0, why: 'all terms must match' },
        { q: 'PYONGYANG', total: 2, why: 'case-insensitive' },
        { q: 'kremlin -moscow', total: 1, why: 'a leading minus is not negation: both words must match' },
        { q: 'kremlin NOT moscow', total: 0, why: 'NOT is a word, not an operator' },
        { q: 'seoul OR kremlin', total: 2, why: 'OR: either word' },
        { q: 'seoul or kremlin', total: 0, why: 'a lower-case or is a word' },
        { q: '(seoul OR kremlin) rain', total: 1, why: 'a group, and the word beside it' },
        { q: 'stocks (seoul OR analysts)', total: 1, why: 'a group after a word' },
        { q: 'weather OR (kremlin moscow)', total: 2, why: 'AND inside a group' },
      ];
      for (const c of cases) assert.equal((await s.search(c.q)).total, c.total, `${c.q}: ${c.why}`);
      const paged = await s.search('pyongyang', { limit: 1, offset: 1 });
      assert.deepEqual([paged.items.length, paged.total, paged.items[0]?.article.contentHash], [1, 2, 'b']);
    }));

  test(`${name}: hostile or odd search strings are read as text and never raise query syntax errors`, () =>
    withStore(open, async (s) => {
      await s.insertArticle(article({ title: 'Envoy visit', text: 'The U.N. envoy met Kim Jong-un and O\'Brien; 3.5% growth "expected".' }), []);
      const cases: Array<{ q: string; total: number }> = [
        { q: '"unbalanced', total: 0 },
        { q: '"expected', total: 1 },
        { q: 'AND OR NOT', total: 1 }, // AND and NOT are words (the text has "and"); OR joins them
        { q: 'title:envoy', total: 0 },
        { q: 'NEAR(a b)', total: 0 },
        { q: 'NEAR(envoy met)', total: 0 },
        { q: '*', total: 0 },
        { q: '^envoy', total: 1 },
        { q: '(((', total: 0 },
        { q: '((envoy', total: 1 },
        { q: 'envoy))', total: 1 },
        { q: 'OR envoy OR', total: 1 },
        { q: '() OR ()', total: 0 },
        { q: '', total: 0 },
        { q: '   ', total: 0 },
        { q: 'Jong-un', total: 1 },
        { q: 'U.N.', total: 1 },
        { q: "O'Brien", total: 1 },
        { q: '""""', total: 0 },
        { q: '-envoy', total: 1 },
        { q: 'envoy + ', total: 1 },
        { q: "envoy'; DROP TABLE articles; --", total: 0 },
        { q: 'é', total: 0 },
        { q: '\u0002envoy\u0003', total: 1 },
      ];
      for (const c of cases) {
        const r = await s.search(c.q);
        assert.equal(r.total, c.total, JSON.stringify(c.q));
        assert.equal(r.items.length, c.total, JSON.stringify(c.q));
      }
      assert.equal(await s.countArticles(), 1, 'nothing a query says reaches the schema');
    }));
}
