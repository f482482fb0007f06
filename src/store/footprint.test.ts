/** The footprint measure: tables grouped with their shadow tables, text counted in UTF-8 bytes. */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { article } from './contract/fixtures.js';
import { groupTables } from './footprint.js';
import { openStore } from './index.js';
import { measureFootprint } from './measure-footprint.js';

const dir = mkdtempSync(join(tmpdir(), 'wiretrace-footprint-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('footprint: FTS shadow tables group under their index; other tables stay apart, largest first', () => {
  const cases: Array<{ name: string; rows: Array<{ table: string; bytes: number }>; want: Array<{ table: string; bytes: number }> }> = [
    { name: 'none', rows: [], want: [] },
    {
      name: 'shadow tables summed',
      rows: [{ table: 'articles_fts_data', bytes: 10 }, { table: 'articles_fts_idx', bytes: 5 }, { table: 'layers', bytes: 12 }, { table: 'articles', bytes: 3 }],
      want: [{ table: 'articles_fts', bytes: 15 }, { table: 'layers', bytes: 12 }, { table: 'articles', bytes: 3 }],
    },
    { name: 'a name that only starts like a table is its own', rows: [{ table: 'articles', bytes: 1 }, { table: 'articlesx', bytes: 1 }], want: [{ table: 'articles', bytes: 1 }, { table: 'articlesx', bytes: 1 }] },
  ];
  for (const c of cases) assert.deepEqual(groupTables(c.rows), c.want, c.name);
});

test('footprint: a SQLite file counts its articles, their UTF-8 text bytes and each layer', async () => {
  const path = join(dir, 'f.db');
  const text = 'Talks resume in Zürich.';
  const s = await openStore(path);
  await s.insertArticle(article({ text }), [
    { name: 'tokens', annotator: 'text', version: '1', data: [{ start: 0, end: 5, kind: 'word' }] },
    { name: 'paragraphs', annotator: 'text', version: '1', data: [] },
  ]);
  await s.close();
  const f = await measureFootprint(path);
  assert.equal(f.articles, 1);
  assert.equal(f.textBytes, Buffer.byteLength(text), 'bytes, not characters');
  assert.deepEqual(f.layers.map((l) => [l.name, l.rows]).sort(), [['paragraphs', 1], ['tokens', 1]]);
  assert.ok(f.tables.some((t) => t.table === 'articles_fts') && !f.tables.some((t) => t.table.startsWith('articles_fts_')), 'shadow tables grouped');
  assert.equal(f.totalBytes, f.tables.reduce((n, t) => n + t.bytes, 0));
  await assert.rejects(measureFootprint(join(dir, 'missing.db')), 'a missing file is not created');
});
