import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { run } from '../tasks/stories.js';
import { checkGold, restrictToSplit } from './corpus.js';
import { GOLD, R3, TEXTS } from './testing/fixture.js';

test('stories corpus: restrictToSplit keeps the split\'s stories with their reports, events, statuses and findings', () => {
  const c = checkGold(GOLD, TEXTS);
  const test = restrictToSplit(c, 'test');
  assert.deepEqual(test.gold.reports.map((r) => r.file), [R3]);
  assert.deepEqual(test.gold.events.map((e) => e.id), ['s2.strike']);
  assert.deepEqual([...test.texts.keys()], [R3]);
  assert.equal(test.mentions.length, 1);
  assert.equal(test.statuses.length, 1);
  assert.equal(test.findings.length, 0);
  const dev = restrictToSplit(c, 'dev');
  assert.equal(dev.gold.reports.length, 2);
  assert.equal(dev.findings.length, 1);
});

test('stories task: scores the baseline per split and says drift finding is absent', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'stories-task-'));
  try {
    mkdirSync(join(dir, 'reports'));
    for (const [file, text] of TEXTS) writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'gold.json'), JSON.stringify(GOLD));
    const r = await run(['--corpus', dir]);
    for (const k of ['dev.baseline.storyB3F1', 'dev.baseline.trackedEventB3F1', 'dev.baseline.statusAcc', 'baseline.storyB3F1', 'baseline.statusAcc']) {
      const v = r.metrics[k];
      assert.ok(v !== undefined && v >= 0 && v <= 1, `${k} = ${v}`);
    }
    // One report per story in test: the clusterer cannot get it wrong.
    assert.equal(r.metrics['baseline.storyB3F1'], 1);
    assert.match(r.table ?? '', /drift findings\s+absent/);
    await assert.rejects(run(['--corpus', dir, '--split', 'train']), (e: unknown) => e instanceof WiretraceError && e.code === 'E_USAGE');
    // --story: the named story's own figures beside its split's; a story the corpus lacks is a usage error
    const one = await run(['--corpus', dir, '--split', 'dev', '--story', 's1']);
    assert.match(one.table ?? '', /wiretrace dev story s1: 1 stories, 2 reports/);
    assert.equal(one.metrics['dev.wiretrace.story.s1.storyPairF1'], 1);
    assert.equal(one.metrics['dev.wiretrace.story.s2.statusAcc'], undefined);
    // --story limits the listings to the named stories' reports (a story judged by its figures alone stays unread)
    const all = await run(['--corpus', dir, '--split', 'test', '--mentions', '--errors', '--refusals']);
    assert.ok((all.table ?? '').includes(R3), 'without --story the listings name the split\'s reports');
    const limited = await run(['--corpus', dir, '--split', 'test', '--story', 's1', '--mentions', '--errors', '--refusals']);
    assert.ok(!(limited.table ?? '').includes(R3), 'with --story s1 the other story\'s report is in no listing');
    for (const bad of [['--story', 'nope'], ['--story', 's1,nope'], ['--story']]) {
      await assert.rejects(run(['--corpus', dir, ...bad]), (e: unknown) => e instanceof WiretraceError && e.code === 'E_USAGE', bad.join(' '));
    }
    await assert.rejects(run(['--corpus', join(dir, 'nowhere')]), (e: unknown) => e instanceof WiretraceError && e.code === 'E_EVAL_DATA');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
