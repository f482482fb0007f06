import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { LAYER_NAMES } from '../doc/layers.js';
import { DEFAULT_ANNOTATORS, languagePlan } from './default-pipeline.js';
import { entitiesAnnotator } from './entities/index.js';
import { modelFiles } from './entities/model.js';
import { REGISTERED, annotators, buildRegistry } from './registry.js';
import { textAnnotator } from './text/index.js';
import { defineAnnotator, hashFiles, versionString, type AnyVersionedAnnotator } from './versioned.js';

const P = 'registry:';
const SEMVER = /^\d+\.\d+\.\d+$/;

/** A temporary folder removed after `f`. */
function withTempDir(f: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-registry-'));
  try {
    f(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test(`${P} every annotator is listed as name@version, with what it produces; each layer has one producer`, () => {
  const list = annotators();
  assert.deepEqual(list.map((a) => a.name), ['text.segment', 'entities', 'time', 'attribution', 'events', 'quantities']);
  for (const a of list) {
    assert.match(a.semver, SEMVER, a.name);
    assert.equal(a.version, versionString(a.semver, a.modelHash), a.name);
    assert.equal(a.key, `${a.name}@${a.version}`);
    assert.ok(a.produces.length > 0, a.name);
  }
  // every layer but `names`, which only the plans for languages without entity models produce
  assert.deepEqual(list.flatMap((a) => a.produces).sort(), LAYER_NAMES.filter((l) => l !== 'names').sort());
  assert.ok(languagePlan('fr').pipeline.produces.includes('names'));
  assert.ok(languagePlan('xx').pipeline.produces.includes('names'));
  assert.ok(!languagePlan('en').pipeline.produces.includes('names'));
  assert.equal(DEFAULT_ANNOTATORS, REGISTERED, 'the default pipeline runs the registry');
});

test(`${P} only the annotators that load model files carry a model hash`, () => {
  const withModels = annotators().filter((a) => a.modelHash !== null).map((a) => a.name);
  assert.deepEqual(withModels, ['entities', 'attribution', 'events']);
  assert.match(entitiesAnnotator.version, /^\d+\.\d+\.\d+\+[0-9a-f]{8}$/);
  assert.equal(entitiesAnnotator.modelHash, hashFiles(modelFiles()));
  assert.equal(textAnnotator.version, textAnnotator.semver, 'no model files: the semver alone');
});

/** The entities annotator as it would be with its model loaded from `dir`. */
function entitiesFrom(dir: string): AnyVersionedAnnotator {
  const { name, semver, requires, produces, run } = entitiesAnnotator;
  return defineAnnotator({ name, semver, requires, produces, run, models: () => modelFiles(dir) });
}

test(`${P} changing a model file's bytes (in a temp copy) changes the version; the same bytes keep it`, () => {
  withTempDir((dir) => {
    for (const f of modelFiles()) copyFileSync(f, join(dir, basename(f)));
    const copy = entitiesFrom(dir);
    assert.equal(copy.version, entitiesAnnotator.version, 'a byte-identical copy is the same version');
    const weights = join(dir, basename(modelFiles()[0]!));
    const bytes = readFileSync(weights);
    bytes[bytes.length >> 1]! ^= 0xff;
    writeFileSync(weights, bytes);
    const changed = entitiesFrom(dir);
    assert.notEqual(changed.version, entitiesAnnotator.version, 'one changed byte is a new version');
    assert.equal(changed.semver, entitiesAnnotator.semver);
  });
});

test(`${P} the model hash is read on first use, once per process`, () => {
  let reads = 0;
  const a = defineAnnotator({
    name: 'test.counted',
    semver: '0.1.0',
    models: () => {
      reads++;
      return [];
    },
    requires: [],
    produces: ['tokens'],
    run: () => ({ tokens: [] }),
  });
  assert.equal(reads, 0, 'defining an annotator reads nothing');
  const first = a.version;
  assert.equal(a.version, first);
  assert.equal(a.modelHash, first.split('+')[1]);
  assert.equal(reads, 1);
});

test(`${P} hashFiles: bytes, names and missing files all count`, () => {
  withTempDir((dir) => {
    const at = (name: string, content: string | null): string => {
      const p = join(dir, name);
      if (content !== null) writeFileSync(p, content);
      return p;
    };
    const a = at('a.bin', 'abc');
    const same = at('same.bin', 'abc');
    const cases: ReadonlyArray<{ readonly name: string; readonly left: string[]; readonly right: string[]; readonly equal: boolean }> = [
      { name: 'the same file twice', left: [a], right: [a], equal: true },
      { name: 'other bytes', left: [a], right: [at('b.bin', 'abd')], equal: false },
      { name: 'same bytes under another name', left: [a], right: [same], equal: false },
      { name: 'a missing file is not an empty one', left: [at('missing.bin', null)], right: [at('empty.bin', '')], equal: false },
      { name: 'order', left: [a, same], right: [same, a], equal: false },
    ];
    for (const c of cases) assert.equal(hashFiles(c.left) === hashFiles(c.right), c.equal, c.name);
    assert.match(hashFiles([a]), /^[0-9a-f]{8}$/);
  });
});

test(`${P} two annotators of one name are refused, with a code`, () => {
  assert.throws(() => buildRegistry([textAnnotator, textAnnotator]), (e: unknown) => (e as { code?: string }).code === 'E_PIPELINE_DUPLICATE');
});
