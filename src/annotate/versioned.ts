/**
 * Versioned annotators. The version an annotator reports, and that the pipeline writes into each layer's
 * provenance, is its hand-kept semver plus, for an annotator that loads model files, a short hash of their
 * bytes ("1.1.0+3f9c2a1b", semver build metadata): retraining or swapping a model changes the version even
 * when nobody bumps the semver, so stored layers, claim versions and drift never compare outputs of two
 * different models under one name. The hash is computed on first use, once per process.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Annotator, AnyAnnotator } from '../doc/annotator.js';
import type { Doc } from '../doc/doc.js';
import type { LayerMap, LayerName } from '../doc/layers.js';

/** Hex digits of the model hash kept in a version: enough to tell two models apart, short enough to read. */
const MODEL_HASH_LENGTH = 8;

export interface AnnotatorSpec<P extends LayerName> {
  readonly name: string;
  /** Bumped by hand, with the reason in the commit, whenever the annotator's output changes. */
  readonly semver: string;
  /** The model files the annotator loads, resolved when the version is first asked for. */
  readonly models?: () => readonly string[];
  readonly requires: readonly LayerName[];
  readonly produces: readonly P[];
  run(doc: Doc): Pick<LayerMap, P>;
}

interface Versioned {
  readonly semver: string;
  /** Short hash of the model files' bytes, or null for an annotator without model files. */
  readonly modelHash: string | null;
}

/** What the registry needs of any versioned annotator, whatever layers it produces. */
export type AnyVersionedAnnotator = AnyAnnotator & Versioned;
export type VersionedAnnotator<P extends LayerName> = Annotator<P> & Versioned;

/**
 * A short content hash of files, in the order given: each file's name, size and bytes. A missing file
 * hashes as missing rather than failing, so the version can be listed (an annotator that needs the file
 * still refuses to run without it).
 */
export function hashFiles(paths: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of paths) {
    const bytes = existsSync(p) ? readFileSync(p) : null;
    h.update(`${basename(p)}\n${bytes ? bytes.length : 'missing'}\n`);
    if (bytes) h.update(bytes);
  }
  return h.digest('hex').slice(0, MODEL_HASH_LENGTH);
}

/** `semver` or `semver+modelhash`. */
export function versionString(semver: string, modelHash: string | null): string {
  return modelHash ? `${semver}+${modelHash}` : semver;
}

/** An annotator whose version is its semver plus the hash of its model files, computed on first use. */
export function defineAnnotator<P extends LayerName>(spec: AnnotatorSpec<P>): VersionedAnnotator<P> {
  let hash: string | null | undefined;
  const modelHash = (): string | null => (hash === undefined ? (hash = spec.models ? hashFiles(spec.models()) : null) : hash);
  return Object.freeze({
    name: spec.name,
    semver: spec.semver,
    requires: spec.requires,
    produces: spec.produces,
    run: (doc: Doc) => spec.run(doc),
    get modelHash(): string | null {
      return modelHash();
    },
    get version(): string {
      return versionString(spec.semver, modelHash());
    },
  });
}
