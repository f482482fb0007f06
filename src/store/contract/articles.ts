/** Contract: writing and reading articles and layers, idempotency, ordering and paging. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InsertResult, LayerWrite, NewArticle } from '../types.js';
import { article, coded, LAYERS, signatureOf, withStore, WIRE, type OpenStore } from './fixtures.js';

export function articleContract(name: string, open: OpenStore): void {
  test(`${name}: insert is idempotent by content hash, canonical URL and URL, and says which matched`, () =>
    withStore(open, async (s) => {
      const cases: Array<{ name: string; a: Partial<NewArticle>; want: InsertResult }> = [
        { name: 'first insert', a: { contentHash: 'h1', canonicalUrl: 'https://x.test/a', url: 'https://x.test/a?utm=1' }, want: { id: 1, created: true } },
        { name: 'same hash', a: { contentHash: 'h1' }, want: { id: 1, created: false, matchedBy: 'content_hash' } },
        { name: 'same hash wins over another URL', a: { contentHash: 'h1', canonicalUrl: 'https://x.test/other' }, want: { id: 1, created: false, matchedBy: 'content_hash' } },
        { name: 'same canonical URL, edited text', a: { contentHash: 'h2', canonicalUrl: 'https://x.test/a' }, want: { id: 1, created: false, matchedBy: 'canonical_url' } },
        { name: 'same URL, no canonical', a: { contentHash: 'h3', url: 'https://x.test/a?utm=1' }, want: { id: 1, created: false, matchedBy: 'url' } },
        { name: 'URL equal to a stored canonical URL', a: { contentHash: 'h4', url: 'https://x.test/a' }, want: { id: 1, created: false, matchedBy: 'url' } },
        { name: 'new content, no URL', a: { contentHash: 'h5' }, want: { id: 2, created: true } },
        { name: 'new content, other URL', a: { contentHash: 'h6', canonicalUrl: 'https://x.test/b', url: 'https://x.test/b' }, want: { id: 3, created: true } },
        { name: 'a canonical URL is not matched against plain URLs of others', a: { contentHash: 'h7', canonicalUrl: 'https://x.test/a?utm=1' }, want: { id: 4, created: true } },
      ];
      for (const c of cases) assert.deepEqual(await s.insertArticle(article(c.a), c.name === 'first insert' ? LAYERS : []), c.want, c.name);
      assert.equal(await s.countArticles(), 4);
      assert.equal((await s.getLayers(1)).length, LAYERS.length, 'a matched insert writes no layers');
    }));

  test(`${name}: round-trips every field and finds articles by id, URL, canonical URL and hash`, () =>
    withStore(open, async (s) => {
      const a = article({
        url: 'https://x.test/a?utm=1',
        canonicalUrl: 'https://x.test/a',
        image: 'https://x.test/i.jpg',
        imageCredit: 'Photo Desk',
        modified: '2024-06-17T10:00:00.000Z',
        fetched: '2024-06-18T00:00:00.000Z',
        signature: signatureOf(WIRE.original),
        byline: ['A One', 'B Two'],
        meta: { source: 'test', nested: { n: 1, list: ['x'] } },
      });
      const { id } = await s.insertArticle(a, LAYERS);
      const got = await s.getArticle(id);
      assert.ok(got);
      for (const k of Object.keys(a) as Array<keyof NewArticle>) assert.deepEqual(got[k], a[k], k);
      assert.equal(got.publishedKnown, true);
      assert.ok(!Number.isNaN(Date.parse(got.createdAt)), 'createdAt is a timestamp');
      const lookups: Array<{ name: string; found: Promise<{ id: number } | null>; want: number | null }> = [
        { name: 'by canonical URL', found: s.getArticleByUrl('https://x.test/a'), want: id },
        { name: 'by URL', found: s.getArticleByUrl('https://x.test/a?utm=1'), want: id },
        { name: 'unknown URL', found: s.getArticleByUrl('https://x.test/none'), want: null },
        { name: 'by content hash', found: s.findByContentHash('h1'), want: id },
        { name: 'unknown hash', found: s.findByContentHash('nope'), want: null },
        { name: 'unknown id', found: s.getArticle(999), want: null },
      ];
      for (const l of lookups) assert.equal((await l.found)?.id ?? null, l.want, l.name);
    }));

  test(`${name}: writes of different layers of one article at once all land (one bundle per article loses none)`, () =>
    withStore(open, async (s) => {
      const { id } = await s.insertArticle(article(), []);
      const names = ['a', 'b', 'c', 'd', 'e', 'f'];
      await Promise.all(names.map((n) => s.putLayers(id, [{ name: n, annotator: 'x', version: '1.0.0', data: [{ n }] }])));
      assert.deepEqual((await s.getLayers(id)).map((l) => l.name).sort(), names);
    }));

  test(`${name}: layers keep their order and provenance; putLayers replaces and adds, and refuses unknown articles`, () =>
    withStore(open, async (s) => {
      const { id } = await s.insertArticle(article(), LAYERS);
      const layers = await s.getLayers(id);
      assert.deepEqual(layers.map((l) => [l.name, l.annotator, l.version, l.articleId]), [
        ['paragraphs', 'text.paragraphs', '1.0.0', id],
        ['sentences', 'text.sentences', '1.0.0', id],
      ]);
      assert.deepEqual(layers[0]!.data, [{ start: 0, end: 10 }]);
      await s.putLayers(id, [
        { name: 'sentences', annotator: 'text.sentences', version: '2.0.0', data: [] },
        { name: 'tokens', annotator: 'text.tokens', version: '1.0.0', data: [{ start: 0, end: 3 }] },
      ]);
      const after = await s.getLayers(id);
      assert.deepEqual(after.map((l) => l.name).sort(), ['paragraphs', 'sentences', 'tokens']);
      const sentences = after.find((x) => x.name === 'sentences');
      assert.equal(sentences?.version, '2.0.0');
      assert.deepEqual(sentences?.data, []);
      await assert.rejects(s.putLayers(999, LAYERS), coded('E_NOT_FOUND'));
      assert.deepEqual(await s.getLayers(999), []);
      // a selection reads only the named layers, in the same order; unknown names select nothing
      const selections: Array<{ names: string[]; want: string[] }> = [
        { names: ['tokens', 'paragraphs'], want: ['paragraphs', 'tokens'] },
        { names: ['sentences'], want: ['sentences'] },
        { names: [], want: [] },
        { names: ['nope', "x') OR 1=1 --"], want: [] },
      ];
      for (const c of selections) {
        const got = (await s.getLayers(id, c.names)).map((l) => l.name);
        assert.deepEqual(got.sort(), [...c.want].sort(), c.names.join(','));
      }
    }));

  test(`${name}: layer records read back exactly as written, key order included, whatever their shape`, () =>
    withStore(open, async (s) => {
      const tokens = Array.from({ length: 20_000 }, (_, i) => ({ start: i * 6, end: i * 6 + 1 + (i % 5), kind: i % 9 ? 'word' : 'punct' }));
      const cases: LayerWrite[] = [
        { name: 'tokens', annotator: 'text', version: '1.2.3', data: tokens },
        { name: 'empty', annotator: 'x', version: '1', data: [] },
        { name: 'keys out of alphabetical order', annotator: 'x', version: '1', data: [{ zeta: 1, alpha: 'a', mid: null }] },
        { name: 'optional and nested', annotator: 'x', version: '1', data: [
          { id: 'a1', source: { start: 4, end: 9, entity: 'e2' }, content: [{ start: 10, end: 30 }], stance: 'hedged', certainty: 0.85 },
          { id: 'a2', content: [], cue: { start: 1, end: 3 }, flags: [true, false], note: 'Zürich «x» \u2028' },
        ] },
        { name: 'bare values', annotator: 'x', version: '1', data: [1, 'two', null, [3, [4]], { five: 5 }] },
      ];
      const { id } = await s.insertArticle(article(), cases);
      const got = await s.getLayers(id);
      for (const c of cases) {
        const layer = got.find((l) => l.name === c.name);
        assert.equal(JSON.stringify(layer?.data), JSON.stringify(c.data), c.name);
      }
      const one = await s.getLayers(id, ['keys out of alphabetical order']);
      assert.deepEqual(Object.keys(one[0]!.data[0] as object), ['zeta', 'alpha', 'mid'], 'a selected layer reads the same');
    }));

  test(`${name}: a write that fails part-way leaves no half-written article`, () =>
    withStore(open, async (s) => {
      const cases: Array<{ name: string; a: NewArticle; layers: readonly LayerWrite[]; code: 'E_STORE' | 'E_VALIDATION' }> = [
        { name: 'a layer that cannot be stored', a: article(), layers: [...LAYERS, { name: 'tokens', annotator: 't', version: '1', data: [{ n: BigInt(1) }] }], code: 'E_STORE' },
        { name: 'a signature that is not one', a: article({ signature: 'abcd' }), layers: LAYERS, code: 'E_VALIDATION' },
      ];
      for (const c of cases) {
        await assert.rejects(s.insertArticle(c.a, c.layers), coded(c.code), c.name);
        assert.equal(await s.countArticles(), 0, c.name);
        assert.equal((await s.search('Geneva')).total, 0, `${c.name}: the search index rolled back too`);
        assert.equal(await s.findByContentHash('h1'), null, c.name);
      }
      const layerless = await s.putLayers(1, LAYERS).then(
        () => 'written',
        (e: unknown) => (coded('E_NOT_FOUND')(e) ? 'refused' : e),
      );
      assert.equal(layerless, 'refused', 'no article row survived for layers to attach to');
      const ok = await s.insertArticle(article(), LAYERS);
      assert.equal(ok.created, true, 'the same article then goes in cleanly');
      assert.equal((await s.getLayers(ok.id)).length, LAYERS.length);
    }));

  test(`${name}: articles list newest published first, with unknown dates last`, () =>
    withStore(open, async (s) => {
      await s.insertArticle(article({ contentHash: 'a', published: null }), []);
      await s.insertArticle(article({ contentHash: 'b', published: '2024-01-01' }), []);
      await s.insertArticle(article({ contentHash: 'c', published: '2024-06-01T12:00:00Z' }), []);
      // 11:30 in UTC, after 'c' although it sorts before it as a string
      await s.insertArticle(article({ contentHash: 'd', published: '2024-06-01T13:30:00+02:00' }), []);
      await s.insertArticle(article({ contentHash: 'e', published: null }), []);
      const page = await s.listArticles();
      assert.deepEqual(page.items.map((a) => a.contentHash), ['c', 'd', 'b', 'e', 'a'], 'unknown dates last, newest id first among them');
      assert.deepEqual(page.items.map((a) => a.publishedKnown), [true, true, true, false, false]);
      assert.equal(page.total, 5);
    }));

  test(`${name}: paging clamps limits and offsets for lists and search alike`, () =>
    withStore(open, async (s) => {
      for (let i = 0; i < 5; i++) await s.insertArticle(article({ contentHash: `h${i}`, published: `2024-01-0${i + 1}` }), []);
      const cases = [
        { req: {}, n: 5, limit: 50, offset: 0, first: 'h4' },
        { req: { limit: 2, offset: 0 }, n: 2, limit: 2, offset: 0, first: 'h4' },
        { req: { limit: 2, offset: 2 }, n: 2, limit: 2, offset: 2, first: 'h2' },
        { req: { limit: 2, offset: 4 }, n: 1, limit: 2, offset: 4, first: 'h0' },
        { req: { limit: 1.9, offset: 1.9 }, n: 1, limit: 1, offset: 1, first: 'h3' },
        { req: { limit: 0, offset: -5 }, n: 1, limit: 1, offset: 0, first: 'h4' },
        { req: { limit: 10_000 }, n: 5, limit: 200, offset: 0, first: 'h4' },
        { req: { offset: 99 }, n: 0, limit: 50, offset: 99, first: undefined },
        // Offsets past what SQL integers (and JS's safe integers) hold still page to nothing.
        { req: { offset: 1e20 }, n: 0, limit: 50, offset: Number.MAX_SAFE_INTEGER, first: undefined },
        { req: { offset: 2 ** 63 }, n: 0, limit: 50, offset: Number.MAX_SAFE_INTEGER, first: undefined },
        { req: { limit: Number.NaN, offset: Number.NaN }, n: 5, limit: 50, offset: 0, first: 'h4' },
        { req: { limit: Infinity, offset: -Infinity }, n: 5, limit: 200, offset: 0, first: 'h4' },
      ];
      for (const c of cases) {
        const label = JSON.stringify(c.req);
        const p = await s.listArticles(c.req);
        assert.deepEqual([p.items.length, p.limit, p.offset, p.total, p.items[0]?.contentHash], [c.n, c.limit, c.offset, 5, c.first], label);
        const hits = await s.search('Geneva', c.req);
        assert.deepEqual([hits.items.length, hits.limit, hits.offset, hits.total], [c.n, c.limit, c.offset, 5], `search ${label}`);
      }
    }));
}
