/**
 * Reading user input within the guards: files (stat before reading, gunzip capped), streams (a
 * running count, so an endless pipe is cut off at the limit) and directories of ingestable files.
 * The checks themselves (size, binary, encoding) are the ingest layer's one input guard.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { WiretraceError } from '../errors.js';
import { checkBytes, emptyInput, gunzipGuarded, maxBytesOf, tooLarge, type GuardOptions } from '../ingest/input-guard.js';

// The guard's API, for the CLI and the server, which reach the ingest layer through the service.
export { checkBytes, checkText, decodeText, DEFAULT_MAX_INPUT_BYTES, formatBytes, maxBytesOf, tooLarge, type GuardOptions } from '../ingest/input-guard.js';

export type FileKind = 'html' | 'text';

/** The ingestable file extensions and what they hold. */
export function fileKind(path: string): FileKind | null {
  const p = path.toLowerCase();
  if (/\.(?:html?|xhtml)(?:\.gz)?$/.test(p)) return 'html';
  if (p.endsWith('.txt') || p.endsWith('.txt.gz')) return 'text';
  return null;
}

/** Reads a file within the size limit: stat first, so a 50 MB file is refused without reading it. */
export async function readFileGuarded(path: string, opts: GuardOptions = {}): Promise<Uint8Array> {
  const name = opts.name ?? path;
  const max = maxBytesOf(opts);
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new WiretraceError('E_INPUT_NOT_FOUND', `${name} does not exist`);
    throw new WiretraceError('E_INPUT_NOT_FOUND', `cannot read ${name}: ${(err as Error).message}`);
  }
  if (!info.isFile()) throw new WiretraceError('E_INPUT_FORMAT', `${name} is not a regular file`);
  if (info.size > max) throw tooLarge({ ...opts, name }, info.size);
  if (info.size === 0) throw emptyInput({ ...opts, name });
  // Read at most max+1 bytes even if the file grew since stat.
  const fh = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    const buf = Buffer.allocUnsafe(Math.min(info.size, max) + 1);
    let got = 0;
    while (got < buf.length) {
      const { bytesRead } = await fh.read(buf, got, buf.length - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    if (got > max) throw tooLarge({ ...opts, name });
    bytes = buf.subarray(0, got);
  } finally {
    await fh.close();
  }
  if (path.toLowerCase().endsWith('.gz')) bytes = gunzipGuarded(bytes, { ...opts, name });
  checkBytes(bytes, { ...opts, name });
  return bytes;
}

/** Reads a stream (stdin) with a running size check, so an endless pipe is cut off at the limit. */
export async function readStreamGuarded(stream: AsyncIterable<Uint8Array | string>, opts: GuardOptions = {}): Promise<Uint8Array> {
  const name = opts.name ?? 'stdin';
  const max = maxBytesOf(opts);
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += b.byteLength;
    if (total > max) throw tooLarge({ ...opts, name });
    chunks.push(b);
  }
  const bytes = Buffer.concat(chunks, total);
  checkBytes(bytes, { ...opts, name });
  return bytes;
}

/** True when bytes start like an HTML document (after BOM and whitespace). */
export function sniffHtml(bytes: Uint8Array | string): boolean {
  const head = (typeof bytes === 'string' ? bytes.slice(0, 1024) : Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))
    .replace(/^\ufeff|^\xef\xbb\xbf/, '')
    .trimStart()
    .toLowerCase();
  return /^(?:<!doctype html|<html[\s>]|<head[\s>]|<!--[\s\S]*?-->\s*<(?:!doctype html|html))/.test(head);
}

/** The ingestable files of a directory (see fileKind), sorted so that ingest order and ids are stable; dotfiles skipped. */
export async function listIngestable(dir: string, recursive: boolean, kinds: readonly FileKind[] = ['html', 'text']): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (recursive) await walk(p);
      } else if (e.isFile()) {
        const kind = fileKind(e.name);
        if (kind && kinds.includes(kind)) out.push(p);
      }
    }
  };
  await walk(dir);
  return out.sort();
}
