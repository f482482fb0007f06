/**
 * A second process for sqlite.test.ts: `writer.ts <db> hang` inserts an article inside a transaction,
 * says "inserted" and waits to be killed; `writer.ts <db> copy <text-file>` says "opened", then stores
 * the text the way ingest does (near-duplicate lookup and insert in one transaction) and prints the
 * result as JSON. `writer.ts <db> batch <from> <to>` stores articles from..to-1 one transaction each, as
 * ingest does (a duplicate is skipped by the store), printing "stored <i>" after each, then "done".
 */
import { readFileSync } from 'node:fs';
import { insertWithNearDup } from '../../../ingest/dedupe/near-dup.js';
import { minhashSignature } from '../../../ingest/dedupe/minhash.js';
import { article } from '../../contract/fixtures.js';
import { openStore } from '../../index.js';

const [db, mode, textFile] = process.argv.slice(2);
const store = await openStore(db);
if (mode === 'hang') {
  await store.transaction(async (tx) => {
    await tx.insertArticle(article({ contentHash: 'killed' }), [{ name: 'tokens', annotator: 't', version: '1', data: [] }]);
    process.stdout.write('inserted\n');
    await new Promise(() => setInterval(() => undefined, 1 << 30)); // held open until the parent kills us
  });
} else if (mode === 'copy' && textFile) {
  process.stdout.write('opened\n');
  const text = readFileSync(textFile, 'utf8');
  const { inserted, match } = await insertWithNearDup(store, article({ contentHash: 'copy', text }), [], minhashSignature(text));
  const result = { id: inserted.id, nearDupOf: match?.firstSeen ?? null };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  await store.close();
} else if (mode === 'batch') {
  const [from, to] = [Number(process.argv[4]), Number(process.argv[5])];
  for (let i = from; i < to; i++) {
    const text = `Report ${i}. Officials in the port city confirmed on Tuesday that shipment ${i} had cleared customs.`;
    const layers = [{ name: 'tokens', annotator: 'text.tokens', version: '1.0.0', data: text.split(' ').map((w, k) => ({ k, w })) }];
    await store.insertArticle(article({ contentHash: `batch-${i}`, url: `https://wire.test/${i}`, text }), layers);
    process.stdout.write(`stored ${i}\n`);
  }
  process.stdout.write('done\n');
  await store.close();
} else {
  throw new Error(`usage: writer.ts <db> hang | copy <text-file> | batch <from> <to>`);
}
