/**
 * Loader for the article-extraction-benchmark layout: html/<id>.html.gz, ground-truth.json
 * ({id: {articleBody, url}}), output/<tool>.json (optionally wrapped as {version, output}).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WiretraceError } from '../../errors.js';

export interface BenchmarkPage {
  readonly id: string;
  readonly url: string | null;
  readonly truth: string;
}

interface BodyRecord {
  articleBody?: string;
  url?: string;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new WiretraceError('E_EVAL_DATA', `cannot read ${path}: ${(err as Error).message}`);
  }
}

export function loadPages(dir: string): BenchmarkPage[] {
  const gtPath = join(dir, 'ground-truth.json');
  if (!existsSync(gtPath) || !existsSync(join(dir, 'html'))) {
    throw new WiretraceError('E_EVAL_DATA', `${dir} is not the article-extraction-benchmark (needs ground-truth.json and html/)`);
  }
  const gt = readJson(gtPath) as Record<string, BodyRecord>;
  return Object.entries(gt)
    .map(([id, rec]) => ({ id, url: rec.url ?? null, truth: rec.articleBody ?? '' }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

export function pagePath(dir: string, id: string): string {
  return join(dir, 'html', `${id}.html.gz`);
}

/** The page's bytes, gunzipped (the benchmark stores UTF-8 HTML, gzip-compressed). */
export function pageBytes(dir: string, id: string): Buffer {
  return gunzipSync(readFileSync(pagePath(dir, id)));
}

/** Saved predictions of the tools in output/, keyed by tool name. */
export function loadSavedOutputs(dir: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  const odir = join(dir, 'output');
  if (!existsSync(odir)) return out;
  for (const f of readdirSync(odir).filter((x) => x.endsWith('.json')).sort()) {
    let j = readJson(join(odir, f)) as Record<string, unknown>;
    if (j && typeof j.output === 'object' && j.output !== null) j = j.output as Record<string, unknown>;
    const preds = new Map<string, string>();
    for (const [id, rec] of Object.entries(j)) preds.set(id, ((rec as BodyRecord | null)?.articleBody ?? '') as string);
    out.set(f.replace(/\.json$/, ''), preds);
  }
  return out;
}
