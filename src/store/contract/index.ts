/**
 * The store contract: one behaviour suite that every engine must pass. An engine's test file calls
 * `runStoreContract('sqlite :memory:', () => openStore(':memory:'))`; each case opens a fresh, empty
 * store through `open` and closes it. What the cases hold an engine to is summed up at the top of
 * ../types.ts; `feedContract` also runs alone for stores that keep only feeds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleContract } from './articles.js';
import { feedContract } from './feeds.js';
import { article, coded, withStore, type OpenStore } from './fixtures.js';
import { nearDupContract } from './near-dup.js';
import { searchContract } from './search.js';
import { storyContract } from './stories.js';
import { transactionContract } from './transactions.js';

export { feedContract, type OpenFeedStore } from './feeds.js';
export type { OpenStore } from './fixtures.js';

export function runStoreContract(name: string, open: OpenStore): void {
  lifecycleContract(name, open);
  articleContract(name, open);
  searchContract(name, open);
  feedContract(name, open);
  nearDupContract(name, open);
  transactionContract(name, open);
  storyContract(name, open);
}

function lifecycleContract(name: string, open: OpenStore): void {
  test(`${name}: names its engine and lists the migrations it applied, the store's own first`, () =>
    withStore(open, async (s) => {
      assert.ok(s.engine === 'sqlite' || s.engine === 'postgres', s.engine);
      assert.equal(typeof s.location, 'string');
      const applied = await s.migrations();
      assert.ok(applied.length > 0);
      assert.equal(applied[0]!.module, 'core');
      for (const [i, m] of applied.entries()) {
        assert.ok(m.name.length > 0 && m.module.length > 0, JSON.stringify(m));
        assert.ok(!Number.isNaN(Date.parse(m.appliedAt)), `${m.module} ${m.id} appliedAt`);
        const prev = applied[i - 1];
        if (prev?.module === m.module) assert.ok(m.id > prev.id, `${m.module} ids increase`);
      }
      const key = (m: { module: string; id: number }) => `${m.module}/${m.id}`;
      assert.deepEqual(s.migratedOnOpen.map(key), applied.map(key), 'a fresh store applied every migration when it opened');
    }));

  test(`${name}: close waits for pending work, can be repeated, and later calls fail with E_STORE`, async () => {
    const s = await open();
    const pending = s.insertArticle(article(), []);
    await s.close();
    assert.equal((await pending).created, true, 'work issued before close finished');
    await s.close();
    const calls: Array<{ name: string; call: () => Promise<unknown> }> = [
      { name: 'countArticles', call: () => s.countArticles() },
      { name: 'getArticle', call: () => s.getArticle(1) },
      { name: 'insertArticle', call: () => s.insertArticle(article({ contentHash: 'h2' }), []) },
      { name: 'search', call: () => s.search('Geneva') },
      { name: 'listFeeds', call: () => s.listFeeds() },
      { name: 'transaction', call: () => s.transaction(async (tx) => tx.countArticles()) },
    ];
    for (const c of calls) await assert.rejects(c.call(), coded('E_STORE'), c.name);
  });

  test(`${name}: close inside a transaction is refused and the transaction still commits`, () =>
    withStore(open, async (s) => {
      await s.transaction(async (tx) => {
        await tx.insertArticle(article(), []);
        await assert.rejects(tx.close(), coded('E_STORE'));
      });
      assert.equal(await s.countArticles(), 1);
    }));
}
