/**
 * Which file of the web UI (src/web/ui/) a URL path names, or none. @fastify/static then sends it
 * (streaming, ETag and Last-Modified with 304s, ranges); this module decides what may be sent: no
 * escape from the UI directory, no hidden files, no sources or tests, only known content types, and
 * index.html for app routes without a file extension.
 */
import { stat } from 'node:fs/promises';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { packageRoot } from '../../service/package-root.js';

/** RFC 9239 JavaScript type and UTF-8 text; anything not listed is never served. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export interface UiFile {
  /** Path relative to the UI directory, '/'-separated, as @fastify/static's sendFile takes it. */
  readonly path: string;
  readonly contentType: string;
}

export function defaultUiDir(): string {
  return join(packageRoot(), 'src', 'web', 'ui');
}

/**
 * Resolves a URL path to a file inside `root`, or null. Paths that climb out of root, hidden files,
 * sources and tests are never served.
 */
export async function resolveUiFile(root: string, urlPath: string): Promise<UiFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const rel = normalize(decoded).replace(/^([/\\])+/, '');
  if (rel.split(/[/\\]/).some((part) => part.startsWith('.'))) return null;
  let file = resolve(base, rel);
  if (file !== base && !file.startsWith(base + sep)) return null;
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) file = join(file, 'index.html');
  else if (!info) {
    // an app route such as /article/12 gets the app shell; a missing asset is a 404
    if (extname(rel) !== '') return null;
    file = join(base, 'index.html');
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.ts' || file.endsWith('.test.js')) return null;
  const contentType = CONTENT_TYPES[ext];
  if (!contentType) return null;
  return { path: relative(base, file).split(sep).join('/'), contentType };
}
