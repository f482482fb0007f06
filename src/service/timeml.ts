/**
 * TimeML output: tags time expressions in TempEval-3 input files and writes TimeML with TIMEX3 tags
 * (the input's text untouched), so the official TE3 scorer can read it.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tagTimesInText } from '../annotate/time/index.js';
import { parseTml, writeTml, type TimexTag } from '../annotate/time/tml.js';
import { WiretraceError } from '../errors.js';
import { ensureDir } from '../util/ensure-dir.js';

/** TimeML for one TE3 input: our timexes renumbered t1…, DCT-anchored ones pointing at the DCT's tid. */
export function toTimeml(input: string, name: string): string {
  // a .tml may already carry TIMEX3 tags in its text: ours replace them
  const first = parseTml(input, name);
  const raw = first.timexes.length
    ? input.slice(0, first.textStart) + input.slice(first.textStart, first.textEnd).replace(/<\/?TIMEX3\b[^>]*>/g, '') + input.slice(first.textEnd)
    : input;
  const doc = first.timexes.length ? parseTml(raw, name) : first;
  const dctTid = /<DCT>\s*<TIMEX3[^>]*\btid="([^"]+)"/.exec(raw)?.[1] ?? 't0';
  const used = new Set([...raw.matchAll(/\btid="(t\d+)"/g)].map((m) => m[1]));
  let n = 0;
  const nextTid = (): string => {
    let id: string;
    do id = `t${++n}`; while (used.has(id));
    return id;
  };
  const tags: TimexTag[] = tagTimesInText(doc.text, doc.dct)
    .filter((t) => t.timex3 !== false)
    .map((t) => ({
      start: t.start, end: t.end, tid: nextTid(), type: t.type, value: t.value,
      ...(t.mod ? { mod: t.mod } : {}),
      ...(t.anchor === 'dct' ? { anchorTimeID: dctTid } : {}),
    }));
  return writeTml(doc, tags);
}

/** Reads one TE3 input file; a missing path or a directory is a coded error rather than a Node stack trace. */
export function readTimemlInput(file: string): string {
  if (!existsSync(file)) throw new WiretraceError('E_INPUT_NOT_FOUND', `no such file: ${file}`);
  if (!statSync(file).isFile()) throw new WiretraceError('E_INPUT_FORMAT', `${file} is not a regular file`);
  return readFileSync(file, 'utf8');
}

/** The TimeML for a TE3 input file. */
export function timemlForFile(file: string): string {
  return toTimeml(readTimemlInput(file), file);
}

/** Writes the TimeML for `file` to `outDir` as <name>.tml (creating the directory); returns the path written. */
export function writeTimemlFile(file: string, outDir: string): string {
  ensureDir(outDir);
  const out = join(outDir, basename(file).replace(/\.TE3input$/i, '').replace(/(\.tml)?$/, '.tml'));
  writeFileSync(out, timemlForFile(file));
  return out;
}
