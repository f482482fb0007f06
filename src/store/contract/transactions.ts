/** Contract: transaction(fn) commits, rolls back, nests, and serialises concurrent callers. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../types.js';
import { article, coded, gate, LAYERS, signatureOf, turn, withStore, WIRE, type OpenStore } from './fixtures.js';

/** What a store holds, as far as the cases below can change it. */
interface Snapshot {
  readonly articles: readonly string[];
  readonly feeds: readonly string[];
  readonly items: boolean;
  readonly search: number;
  readonly bands: number;
}

async function snapshot(s: Store): Promise<Snapshot> {
  const page = await s.listArticles({ limit: 200 });
  const feeds = await s.listFeeds();
  return {
    articles: page.items.map((a) => a.contentHash).sort(),
    feeds: feeds.map((f) => f.url),
    items: feeds.length > 0 && (await s.hasFeedItem(feeds[0]!.id, 'g1')),
    search: (await s.search('Geneva')).total,
    bands: (await s.nearDupCandidates(signatureOf(WIRE.original))).length,
  };
}

const EMPTY: Snapshot = { articles: [], feeds: [], items: false, search: 0, bands: 0 };

/** Writes one of everything through `tx`. */
async function writeAll(tx: Store, hash: string): Promise<void> {
  await tx.insertArticle(article({ contentHash: hash, signature: signatureOf(WIRE.original) }), LAYERS);
  const feed = await tx.addFeed(`https://x.test/${hash}.rss`);
  await tx.addFeedItem(feed.id, 'g1', null);
}

export function transactionContract(name: string, open: OpenStore): void {
  test(`${name}: a transaction commits everything or, when fn throws, nothing`, () =>
    withStore(open, async (s) => {
      const boom = new Error('boom');
      const kept: Snapshot = { articles: ['a'], feeds: ['https://x.test/a.rss'], items: true, search: 1, bands: 1 };
      const cases: Array<{ name: string; fn: (tx: Store) => Promise<string>; error?: unknown; code?: 'E_NOT_FOUND'; after: Snapshot }> = [
        {
          name: 'commit',
          fn: async (tx) => (await writeAll(tx, 'a'), 'done'),
          after: kept,
        },
        {
          name: 'a throw after every kind of write',
          fn: async (tx) => {
            await writeAll(tx, 'b');
            throw boom;
          },
          error: boom,
          after: kept,
        },
        {
          name: 'a store error inside, not caught',
          fn: async (tx) => {
            await writeAll(tx, 'c');
            await tx.putLayers(999, LAYERS);
            return 'unreachable';
          },
          code: 'E_NOT_FOUND',
          after: kept,
        },
        {
          name: 'writes through the store itself from inside fn belong to the transaction',
          fn: async () => {
            await s.insertArticle(article({ contentHash: 'd' }), []);
            throw boom;
          },
          error: boom,
          after: kept,
        },
      ];
      for (const c of cases) {
        const run = s.transaction(c.fn);
        if (c.error) await assert.rejects(run, (e: unknown) => e === c.error, `${c.name}: the error comes back unchanged`);
        else if (c.code) await assert.rejects(run, coded(c.code), c.name);
        else assert.equal(await run, 'done', `${c.name}: fn's value comes back`);
        assert.deepEqual(await snapshot(s), c.after, c.name);
      }
    }));

  test(`${name}: a fresh store rolled back is empty again`, () =>
    withStore(open, async (s) => {
      await assert.rejects(
        s.transaction(async (tx) => {
          await writeAll(tx, 'a');
          throw new Error('boom');
        }),
      );
      assert.deepEqual(await snapshot(s), EMPTY);
      assert.equal(await s.countArticles(), 0);
    }));

  test(`${name}: nested transactions join the outer one; a nested throw undoes only the nested part`, () =>
    withStore(open, async (s) => {
      const committed = await s.transaction(async (tx) => {
        await tx.insertArticle(article({ contentHash: 'outer' }), []);
        const inner = await tx.transaction(async (t2) => (await t2.insertArticle(article({ contentHash: 'inner' }), [])).created);
        await assert.rejects(
          tx.transaction(async (t2) => {
            await t2.insertArticle(article({ contentHash: 'undone' }), []);
            throw new Error('nested');
          }),
          /nested/,
        );
        assert.equal(await tx.countArticles(), 2, 'inside, the outer and the committed nested writes are visible');
        return inner;
      });
      assert.equal(committed, true);
      assert.deepEqual((await snapshot(s)).articles, ['inner', 'outer']);

      await assert.rejects(
        s.transaction(async (tx) => {
          await tx.transaction(async (t2) => void (await t2.insertArticle(article({ contentHash: 'gone' }), [])));
          throw new Error('outer');
        }),
        /outer/,
      );
      assert.equal(await s.findByContentHash('gone'), null, 'an outer throw undoes the nested part it had kept');
    }));

  test(`${name}: concurrent transactions on one store run one after the other`, () =>
    withStore(open, async (s) => {
      const log: string[] = [];
      const worker = (label: string) =>
        s.transaction(async (tx) => {
          log.push(`${label} begins`);
          const n = await tx.countArticles();
          await turn(); // give the other caller every chance to interleave
          await tx.insertArticle(article({ contentHash: `${label}-${n}` }), []);
          log.push(`${label} ends`);
          return n;
        });
      const seen = await Promise.all([worker('a'), worker('b'), worker('c')]);
      assert.deepEqual(log, ['a begins', 'a ends', 'b begins', 'b ends', 'c begins', 'c ends']);
      assert.deepEqual(seen, [0, 1, 2], 'each saw the ones before it committed');
    }));

  test(`${name}: a call from outside never sees a transaction's uncommitted writes`, () =>
    withStore(open, async (s) => {
      const hold = gate();
      const inserted = gate();
      const tx = s.transaction(async (t) => {
        await t.insertArticle(article({ contentHash: 'pending' }), []);
        inserted.open();
        await hold.wait;
        throw new Error('rolled back');
      });
      await inserted.wait;
      const outside = Promise.all([s.countArticles(), s.findByContentHash('pending')]);
      await turn();
      hold.open();
      await assert.rejects(tx, /rolled back/);
      assert.deepEqual(await outside, [0, null]);
    }));

  test(`${name}: calls fn starts without awaiting commit with it, or never land on their own after a rollback`, () =>
    withStore(open, async (s) => {
      let late: Promise<unknown> = Promise.resolve();
      await s.transaction(async (tx) => {
        late = tx.insertArticle(article({ contentHash: 'late' }), []);
      });
      await late;
      assert.notEqual(await s.findByContentHash('late'), null, 'finished inside the transaction');
      let lost: Promise<unknown> = Promise.resolve();
      await assert.rejects(
        s.transaction(async (tx) => {
          await tx.insertArticle(article({ contentHash: 'first' }), []);
          lost = tx.transaction(async (t2) => {
            await turn();
            return t2.insertArticle(article({ contentHash: 'lost' }), []);
          });
          throw new Error('rolled back');
        }),
        /rolled back/,
      );
      await lost.catch(() => undefined); // it ran inside and was rolled back, or was refused
      assert.deepEqual([await s.findByContentHash('first'), await s.findByContentHash('lost')], [null, null]);
    }));

  test(`${name}: lock(name) needs a transaction, and inside one it is taken and the work goes on`, () =>
    withStore(open, async (s) => {
      await assert.rejects(s.lock('stories'), coded('E_STORE'), 'outside a transaction');
      const n = await s.transaction(async (tx) => {
        await tx.lock('stories');
        await tx.lock('stories'); // taking it again in one transaction is harmless
        await tx.insertArticle(article({ contentHash: 'locked' }), []);
        return tx.countArticles();
      });
      assert.equal(n, 1);
      assert.notEqual(await s.findByContentHash('locked'), null);
    }));
}
