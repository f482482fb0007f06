/**
 * The golden corpus: examples/ (with the manifest's dates and outlets) and, when present, the seed article.
 * Each document is parsed and annotated with the default pipeline; every layer is reduced to a hash and the
 * `name@version` of the annotator that produced it. A snapshot of these (layers.json) pins annotator output:
 * an output change without a version change is a defect, because stored layers, claim versions and drift
 * compare outputs across runs.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { annotate } from '../../src/annotate/default-pipeline.js';
import { REGISTERED } from '../../src/annotate/registry.js';
import { LAYER_NAMES } from '../../src/doc/layers.js';
import { readManifest, type ManifestEntry } from '../../src/service/examples.js';
import { fileKind } from '../../src/service/input.js';
import { parseInput } from '../../src/service/parse.js';

export interface GoldenLayer {
  /** `name@version` of the annotator that produced the layer. */
  readonly annotator: string;
  readonly records: number;
  /** sha256 of the layer's JSON, first 16 hex digits. */
  readonly hash: string;
}

export type GoldenDoc = Readonly<Record<string, GoldenLayer>>;
export type GoldenSnapshot = Readonly<Record<string, GoldenDoc>>;

export const ROOT = resolve(import.meta.dirname, '../..');
export const SNAPSHOT_PATH = join(import.meta.dirname, 'layers.json');
/** The seed's publication date (the report is of 22 January 2024). */
const SEED_PUBLISHED = '2024-01-22';

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
}

async function goldenDoc(bytes: Uint8Array, format: 'html' | 'article', meta: Omit<ManifestEntry, 'file'>): Promise<GoldenDoc> {
  const parsed = await parseInput(bytes, format, meta);
  const doc = annotate(parsed.text, parsed.meta);
  const out: Record<string, GoldenLayer> = {};
  for (const name of LAYER_NAMES) {
    const prov = doc.provenance[name];
    const records = doc.layers[name] ?? [];
    out[name] = { annotator: prov ? `${prov.annotator}@${prov.version}` : 'none', records: records.length, hash: hashOf(records) };
  }
  return out;
}

/** Computes the snapshot; `seed` says whether the seed was found (it lives outside the repo). */
/** The snapshot of examples/ and, when `seedPath` is given (src/eval/data-path.ts requireSeed), the seed. */
export async function computeSnapshot(seedPath: string | null): Promise<{ snapshot: GoldenSnapshot; seed: boolean }> {
  const dir = join(ROOT, 'examples');

  const snapshot: Record<string, GoldenDoc> = {};
  for (const { file, ...meta } of readManifest(join(dir, 'manifest.json'))) {
    const kind = fileKind(file);
    snapshot[`examples/${file}`] = await goldenDoc(readFileSync(join(dir, file)), kind === 'html' ? 'html' : 'article', meta);
  }
  if (seedPath) snapshot['seed'] = await goldenDoc(readFileSync(seedPath), 'article', { published: SEED_PUBLISHED });
  return { snapshot, seed: seedPath !== null };
}

export interface GoldenProblem {
  readonly doc: string;
  readonly layer: string;
  /** 'unversioned': output changed, version did not. 'stale': version changed, snapshot not updated. */
  readonly kind: 'unversioned' | 'stale' | 'missing';
  readonly message: string;
}

/** The default pipeline's annotator names, in the order they run (each reads only the layers before it). */
const PIPELINE_ORDER: readonly string[] = REGISTERED.map((a) => a.name);

const nameOf = (annotator: string): string => annotator.split('@')[0]!;

/**
 * Compares a fresh snapshot with the pinned one. A layer whose output changed under the same version is
 * a defect, unless an annotator that runs before it in the same document changed version: then its input
 * changed (a retrained model upstream), and the layer is only stale.
 */
export function compareSnapshots(pinned: GoldenSnapshot, fresh: GoldenSnapshot, order: readonly string[] = PIPELINE_ORDER): GoldenProblem[] {
  const problems: GoldenProblem[] = [];
  for (const [doc, layers] of Object.entries(fresh)) {
    const old = pinned[doc];
    const rank = (annotator: string): number => order.indexOf(nameOf(annotator));
    const bumped = Object.entries(layers)
      .filter(([layer, now]) => old?.[layer] && old[layer].annotator !== now.annotator)
      .map(([, now]) => rank(now.annotator));
    const inputChanged = (annotator: string): boolean => bumped.some((r) => r >= 0 && r < rank(annotator));
    for (const [layer, now] of Object.entries(layers)) {
      const was = old?.[layer];
      if (!was) {
        problems.push({ doc, layer, kind: 'missing', message: `${doc} ${layer}: not in the snapshot; run npm run golden -- --update` });
      } else if (was.hash !== now.hash || was.records !== now.records) {
        if (was.annotator === now.annotator && inputChanged(now.annotator)) {
          problems.push({ doc, layer, kind: 'stale', message: `${doc} ${layer}: ${now.annotator} read changed input from an annotator before it; run npm run golden -- --update` });
        } else if (was.annotator === now.annotator) {
          problems.push({
            doc,
            layer,
            kind: 'unversioned',
            message: `${doc} ${layer}: output of ${now.annotator} changed (${was.records} -> ${now.records} records) but its version did not; bump the annotator's version and say why in the commit`,
          });
        } else {
          problems.push({
            doc,
            layer,
            kind: 'stale',
            message: `${doc} ${layer}: ${was.annotator} -> ${now.annotator}; run npm run golden -- --update`,
          });
        }
      } else if (was.annotator !== now.annotator) {
        problems.push({ doc, layer, kind: 'stale', message: `${doc} ${layer}: same output, annotator now ${now.annotator}; run npm run golden -- --update` });
      }
    }
  }
  return problems;
}
