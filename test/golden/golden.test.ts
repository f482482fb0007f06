import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { requireSeed } from '../../src/eval/data-path.js';
import { compareSnapshots, computeSnapshot, SNAPSHOT_PATH, type GoldenSnapshot } from './corpus.js';

const P = 'golden:';

test(`${P} every annotator's output on examples/ and the seed matches the snapshot for its version`, async () => {
  const pinned = JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as GoldenSnapshot;
  // without the seed (a fresh clone) the examples are still checked; requireSeed warns loudly, and fails under CI=true
  const { snapshot } = await computeSnapshot(requireSeed());
  const problems = compareSnapshots(pinned, snapshot);
  assert.deepEqual(problems.map((p) => p.message), []);
});

test(`${P} a changed output under the same version is reported as unversioned; a bumped one as stale`, () => {
  const layer = { annotator: 'time@1.0.0', records: 2, hash: 'aaaa' };
  const pinned: GoldenSnapshot = { d: { timexes: layer } };
  assert.deepEqual(compareSnapshots(pinned, { d: { timexes: layer } }), []);
  const changed = compareSnapshots(pinned, { d: { timexes: { ...layer, hash: 'bbbb' } } });
  assert.equal(changed[0]?.kind, 'unversioned');
  const bumped = compareSnapshots(pinned, { d: { timexes: { annotator: 'time@1.1.0', records: 2, hash: 'bbbb' } } });
  assert.equal(bumped[0]?.kind, 'stale');
  const added = compareSnapshots(pinned, { e: { timexes: layer } });
  // a change downstream of a bumped annotator is stale (its input changed); upstream of one, or beside none, it is not
  const two: GoldenSnapshot = { d: { timexes: layer, events: { annotator: 'events@1.0.0', records: 1, hash: 'cccc' } } };
  const order = ['text', 'time', 'events'];
  const downstream = compareSnapshots(two, { d: { timexes: { ...layer, annotator: 'time@1.1.0', hash: 'bbbb' }, events: { annotator: 'events@1.0.0', records: 1, hash: 'dddd' } } }, order);
  assert.deepEqual(downstream.map((p) => `${p.layer}:${p.kind}`), ['timexes:stale', 'events:stale']);
  const upstream = compareSnapshots(two, { d: { timexes: { ...layer, hash: 'bbbb' }, events: { annotator: 'events@1.1.0', records: 1, hash: 'dddd' } } }, order);
  assert.deepEqual(upstream.map((p) => `${p.layer}:${p.kind}`), ['timexes:unversioned', 'events:stale']);
  assert.equal(added[0]?.kind, 'missing');
});
