/** The SQLite store passes the store contract, in a file and in memory. */
import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from '../contract/index.js';
import { openStore } from '../index.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-contract-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;

runStoreContract('sqlite file', () => openStore(join(dir, `store-${++files}.db`)));
runStoreContract('sqlite :memory:', () => openStore(':memory:'));
