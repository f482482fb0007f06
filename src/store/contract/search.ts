/** Contract: full-text search (words, phrases, prefixes, OR and groups, stemming, hostile syntax as text, highlights, filters). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchFilter } from '../types.js';
import { article, coded, withStore, type OpenStore } from './fixtures.js';

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

  test(`${name}: search filters narrow by day range, outlet, language and entity, and count what they keep`, () =>
    withStore(open, async (s) => {
      const add = async (hash: string, over: Parameters<typeof article>[0]): Promise<number> =>
        (await s.insertArticle(article({ contentHash: hash, text: 'Ferry talks resumed at the harbour office.', ...over }), [])).id;
      const ids = {
        early: await add('early', { outlet: 'Harbour Post', published: '2025-01-31T23:30:00-05:00', language: 'en' }),
        mid: await add('mid', { outlet: 'Coast Wire', published: '2025-02-10', language: 'en-GB' }),
        late: await add('late', { outlet: 'harbour post', published: '2025-03-01T08:00:00Z', language: 'pt' }),
        undated: await add('undated', { outlet: 'Coast Wire', published: null, language: 'ptx' }),
        other: await add('other', { outlet: 'Coast Wire', published: '2025-02-10', language: 'en', text: 'Rain fell on the pier.' }),
      };
      await s.saveStory({ id: await s.newStoryId(), title: 'Ferry talks', firstDate: '2025-01-31', lastDate: '2025-02-10', state: {}, keys: ['org:harbour-board', 'per:ines-varga'], articles: [ids.early, ids.mid] });
      await s.saveStory({ id: await s.newStoryId(), title: 'Pier', firstDate: '2025-02-10', lastDate: '2025-02-10', state: {}, keys: ['per:ines-varga-2'], articles: [ids.late, ids.other] });
      const cases: Array<{ filter: SearchFilter; want: number[]; why: string }> = [
        { filter: {}, want: [ids.early, ids.mid, ids.late, ids.undated], why: 'no filter: every match' },
        { filter: { from: '2025-02-01' }, want: [ids.mid, ids.late], why: 'from: the day the report names (Jan 31 local), undated left out' },
        { filter: { to: '2025-01-31' }, want: [ids.early], why: 'to is inclusive' },
        { filter: { from: '2025-02-10', to: '2025-02-10' }, want: [ids.mid], why: 'a one-day range' },
        { filter: { from: '2025-03-02' }, want: [], why: 'nothing after' },
        { filter: { outlet: 'HARBOUR POST' }, want: [ids.early, ids.late], why: 'outlet without regard to case' },
        { filter: { outlet: 'Harbour' }, want: [], why: 'an outlet is a whole name, not a prefix' },
        { filter: { outlet: 'Coast Wire', from: '2025-01-01' }, want: [ids.mid], why: 'filters combine' },
        { filter: { language: 'en' }, want: [ids.early, ids.mid], why: 'en takes en-GB' },
        { filter: { language: 'EN-gb' }, want: [ids.mid], why: 'a region tag is exact, case aside' },
        { filter: { language: 'pt' }, want: [ids.late], why: 'pt does not take ptx' },
        { filter: { entity: 'per:ines-varga' }, want: [ids.early, ids.mid], why: 'entity: reports in stories indexed under the key' },
        { filter: { entity: 'per:ines' }, want: [], why: 'an entity key is exact' },
        { filter: { entity: 'per:ines-varga', outlet: 'Coast Wire' }, want: [ids.mid], why: 'entity with outlet' },
        { filter: { from: ' ', outlet: '', language: '  ' }, want: [ids.early, ids.mid, ids.late, ids.undated], why: 'blank values are no filter' },
        { filter: { outlet: "Harbour Post' OR '1'='1" }, want: [], why: 'a quote in a value is text' },
        { filter: { entity: "x') OR 1=1 --" }, want: [], why: 'SQL in an entity is text' },
        { filter: { outlet: '%' }, want: [], why: 'LIKE wildcards are text' },
      ];
      for (const c of cases) {
        const r = await s.search('ferry', { limit: 50 }, c.filter);
        assert.deepEqual(r.items.map((h) => h.article.id).sort((a, b) => a - b), [...c.want].sort((a, b) => a - b), `${JSON.stringify(c.filter)}: ${c.why}`);
        assert.equal(r.total, c.want.length, `${JSON.stringify(c.filter)}: total counts only what the filter keeps`);
      }
      const paged = await s.search('ferry', { limit: 1, offset: 1 }, { outlet: 'harbour post' });
      assert.deepEqual([paged.items.length, paged.total], [1, 2], 'paging applies after the filter');
      assert.equal(await s.countArticles(), 5, 'nothing a filter says reaches the schema');
    }));

  test(`${name}: malformed search filters are E_VALIDATION, before any query runs`, () =>
    withStore(open, async (s) => {
      await s.insertArticle(article(), []);
      const bad: Array<{ filter: SearchFilter; why: string }> = [
        { filter: { from: '2025-02-30' }, why: 'not a calendar day' },
        { filter: { to: '25-01-01' }, why: 'not YYYY-MM-DD' },
        { filter: { from: '2025-01-01T00:00:00Z' }, why: 'a datetime, not a day' },
        { filter: { from: '2025-03-01', to: '2025-02-01' }, why: 'a range that ends before it starts' },
        { filter: { language: 'english' }, why: 'not a language tag' },
        { filter: { language: "en'--" }, why: 'SQL in a language tag' },
        { filter: { language: 'e%' }, why: 'a LIKE wildcard in a language tag' },
        { filter: { outlet: 'x'.repeat(201) }, why: 'an outlet too long to be one' },
        { filter: { entity: 'k'.repeat(301) }, why: 'an entity key too long to be one' },
      ];
      for (const b of bad) await assert.rejects(s.search('talks', {}, b.filter), coded('E_VALIDATION'), b.why);
      // the empty query still checks its filter: a bad filter is never silently ignored
      await assert.rejects(s.search('', {}, { from: 'soon' }), coded('E_VALIDATION'));
    }));
}
