/**
 * Rebuilding text layers: only the running text annotator's exact output counts as rebuilt; a layer
 * stored by another version of it is rebuilt by the running one and says so; one it does not make is
 * refused with E_LAYER_STALE.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWiretraceError } from '../errors.js';
import { TEXT_LAYERS, TextRebuild, type TextDerivation } from './derived-layers.js';

const TEXT = 'Rain fell. The minister said, "We will see."\n\nNo one was hurt.';
const made = TEXT_LAYERS.derive(TEXT);
const layer = (name: string, version = TEXT_LAYERS.version, annotator = TEXT_LAYERS.annotator) => ({ name, annotator, version });

test('text rebuild: what counts as rebuilt', () => {
  const cases: Array<{ name: string; layer: ReturnType<typeof layer>; data: unknown[]; text?: string; rebuilt: boolean }> = [
    { name: 'tokens as made', layer: layer('tokens'), data: made.get('tokens')!, rebuilt: true },
    { name: 'sentences as made', layer: layer('sentences'), data: made.get('sentences')!, rebuilt: true },
    { name: 'paragraphs as made', layer: layer('paragraphs'), data: made.get('paragraphs')!, rebuilt: true },
    { name: 'one token fewer', layer: layer('tokens'), data: made.get('tokens')!.slice(1), rebuilt: false },
    { name: 'another text', layer: layer('tokens'), data: made.get('tokens')!, text: `${TEXT} More.`, rebuilt: false },
    { name: 'another version', layer: layer('tokens', '0.0.1'), data: made.get('tokens')!, rebuilt: false },
    { name: 'another annotator', layer: layer('tokens', TEXT_LAYERS.version, 'my.tokenizer'), data: made.get('tokens')!, rebuilt: false },
    { name: 'a layer the annotator does not make', layer: layer('entities'), data: [], rebuilt: false },
  ];
  for (const c of cases) assert.equal(new TextRebuild(c.text ?? TEXT).rebuilds(c.layer, c.data), c.rebuilt, c.name);
});

test('text rebuild: another version of the annotator rebuilds under its own version; a layer it does not make is E_LAYER_STALE', () => {
  const running: TextDerivation = { ...TEXT_LAYERS, version: '9.9.9' };
  assert.deepEqual(new TextRebuild(TEXT, running).rebuild(layer('tokens'), 3), { data: made.get('tokens'), version: '9.9.9' });
  assert.deepEqual(new TextRebuild(TEXT).rebuild(layer('tokens'), 3), { data: made.get('tokens'), version: TEXT_LAYERS.version });
  const stale = (e: unknown): boolean => isWiretraceError(e) && e.code === 'E_LAYER_STALE' && e.details?.stored === TEXT_LAYERS.version;
  assert.throws(() => new TextRebuild(TEXT).rebuild(layer('entities'), 3), stale);
  assert.throws(() => new TextRebuild(TEXT).rebuild(layer('tokens', TEXT_LAYERS.version, 'my.tokenizer'), 3), stale);
});
