/**
 * The example corpus (examples/): what `wiretrace demo` ingests. Each example's outlet, date and URL
 * come from examples/manifest.json; ingest is idempotent, so a second run adds nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { WiretraceError } from '../errors.js';
import type { Store } from '../store/types.js';
import type { IngestOptions, IngestOutcome, StoreRef } from './ingest.js';
import { packageRoot } from './package-root.js';

export interface ManifestEntry {
  readonly file: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly url?: string;
}

/** The package's own examples/ directory. */
export function defaultExamplesDir(): string {
  return join(packageRoot(), 'examples');
}

/** The package's story corpus (corpus/stories/): developing stories with status steps and drift. */
export function defaultStoriesDir(): string {
  return join(packageRoot(), 'corpus', 'stories');
}

/**
 * What `wiretrace demo` loads when no directory is named: the examples, then the story corpus when the
 * package has it, so the first page shows stories worth exploring.
 */
export function defaultDemoDirs(): string[] {
  return [defaultExamplesDir(), defaultStoriesDir()].filter((d) => existsSync(d));
}

/** Ingests every example listed in manifest.json with its metadata; without a manifest, the whole directory. */
export async function ingestExamples(store: Store, dir: string = defaultExamplesDir()): Promise<IngestOutcome[]> {
  if (!existsSync(dir)) throw new WiretraceError('E_INPUT_NOT_FOUND', `no example corpus at ${dir}`);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) return ingestManifest(store, manifestPath);
  // the ingest service loads every annotator: only when there is something to ingest
  const { ingestPath } = await import('./ingest.js');
  return ingestPath(store, dir, { recursive: true });
}

/**
 * Ingests the files a manifest lists, each with its outlet, publication date and URL; paths are
 * relative to the manifest's folder. The manifest is `[{file, outlet?, published?, url?}]` or
 * `{examples: [...]}` (examples/manifest.json is one).
 */
export async function ingestManifest(store: StoreRef, manifestPath: string, opts: IngestOptions = {}): Promise<IngestOutcome[]> {
  if (!existsSync(manifestPath)) throw new WiretraceError('E_INPUT_NOT_FOUND', `no manifest at ${manifestPath}`);
  const entries = readManifest(manifestPath);
  const { attempt, ingestFile } = await import('./ingest.js');
  const dir = dirname(resolve(manifestPath));
  const outcomes: IngestOutcome[] = [];
  for (const e of entries) {
    const path = resolve(dir, e.file);
    outcomes.push(
      await attempt(path, () =>
        ingestFile(store, path, {
          ...opts,
          ...(e.outlet ? { outlet: e.outlet } : {}),
          ...(e.published ? { published: e.published } : {}),
          ...(e.url ? { url: e.url } : {}),
        }),
      ),
    );
  }
  return outcomes;
}

/** The entries of a manifest file; anything but a list of {file, …} is E_INPUT_FORMAT. */
export function readManifest(path: string): ManifestEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WiretraceError('E_INPUT_FORMAT', `${path} is not valid JSON: ${(err as Error).message}`);
  }
  const list = Array.isArray(raw) ? raw : (raw as { examples?: unknown }).examples;
  if (!Array.isArray(list) || !list.every((e) => e && typeof (e as ManifestEntry).file === 'string')) {
    throw new WiretraceError('E_INPUT_FORMAT', `${path} must list files as [{file, outlet?, published?, url?}] (or {examples: [...]})`);
  }
  return list as ManifestEntry[];
}
