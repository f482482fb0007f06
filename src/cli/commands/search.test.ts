import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { article } from '../../store/contract/fixtures.js';
import { openStore } from '../../store/index.js';
import { describeFilter, formatResults } from './search.js';

const ROOT = resolve(import.meta.dirname, '../../..');

test('cli search: the applied filters read as one clause', () => {
  const cases: Array<{ filter: Record<string, string>; want: string }> = [
    { filter: {}, want: '' },
    { filter: { outlet: 'Delta Times' }, want: 'from Delta Times' },
    { filter: { from: '2025-05-01' }, want: 'published on or after 2025-05-01' },
    { filter: { to: '2025-05-31' }, want: 'published on or before 2025-05-31' },
    { filter: { from: '2025-05-01', to: '2025-05-31', language: 'en', entity: 'per:ana-ruiz' }, want: 'in en, about per:ana-ruiz, published 2025-05-01 to 2025-05-31' },
  ];
  for (const c of cases) assert.equal(describeFilter(c.filter), c.want, JSON.stringify(c.filter));
  const none = formatResults({ query: 'dam', filter: { outlet: 'Delta Times' }, items: [], total: 0, limit: 20, offset: 0 });
  assert.equal(none, 'no articles match "dam" (from Delta Times)');
  assert.equal(formatResults({ query: 'dam', filter: {}, items: [], total: 0, limit: 20, offset: 0 }), 'no articles match "dam"');
});

test('cli search: --outlet, --from, --to, --language and --entity reach the store; a bad day is a usage error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-cli-search-'));
  try {
    const db = join(dir, 'w.db');
    const store = await openStore(db);
    const north = (await store.insertArticle(article({ contentHash: 'n', outlet: 'Valley Ledger', published: '2025-05-02', text: 'The dam inquiry resumed.' }), [])).id;
    const south = (await store.insertArticle(article({ contentHash: 's', outlet: 'Delta Times', published: '2025-05-20', language: 'es', text: 'The dam inquiry closed.' }), [])).id;
    await store.saveStory({ id: await store.newStoryId(), title: 'Dam', firstDate: null, lastDate: null, state: {}, keys: ['org:river-authority'], articles: [south] });
    await store.close();
    const run = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/program.ts'), 'search', 'dam', '--db', db, '--json', ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, WIRETRACE_DB: '', WIRETRACE_CONFIG: '' },
      });
    const cases: Array<{ args: string[]; want: number[] }> = [
      { args: [], want: [north, south] },
      { args: ['--outlet', 'valley ledger'], want: [north] },
      { args: ['--from', '2025-05-10'], want: [south] },
      { args: ['--to', '2025-05-10', '--language', 'en'], want: [north] },
      { args: ['--entity', 'org:river-authority'], want: [south] },
      { args: ['--outlet', "x' OR 1=1 --"], want: [] },
    ];
    for (const c of cases) {
      const r = run(c.args);
      assert.equal(r.status, 0, `${c.args.join(' ')}: ${r.stderr}`);
      const body = JSON.parse(r.stdout) as { items: Array<{ article: { id: number } }> };
      assert.deepEqual(body.items.map((h) => h.article.id).sort((a, b) => a - b), c.want, c.args.join(' '));
    }
    const bad = run(['--from', '2025-13-01']);
    assert.notEqual(bad.status, 0);
    assert.match(bad.stderr, /E_VALIDATION|YYYY-MM-DD/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
