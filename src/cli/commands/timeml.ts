/**
 * `wiretrace timeml FILE.TE3input... [--out DIR]`: tags time expressions in TempEval-3 input files and
 * writes TimeML with TIMEX3 tags (the input's text untouched), so the official TE3 scorer can read it.
 * Without --out the TimeML goes to stdout.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { tagTimesInText } from '../../annotate/time/index.js';
import { WiretraceError } from '../../errors.js';
import { ensureDir } from '../../util/ensure-dir.js';
import { parseTml, writeTml, type TimexTag } from '../../eval/timex/tml.js';

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

/** Reads one input file; a missing path or a directory is a coded error rather than a Node stack trace. */
export function readInputFile(file: string): string {
  if (!existsSync(file)) throw new WiretraceError('E_INPUT_NOT_FOUND', `no such file: ${file}`);
  if (!statSync(file).isFile()) throw new WiretraceError('E_INPUT_FORMAT', `${file} is not a regular file`);
  return readFileSync(file, 'utf8');
}

export function register(program: Command): void {
  program
    .command('timeml')
    .description('tag TIMEX3 expressions in TempEval-3 .TE3input files and write TimeML')
    .argument('<files...>', 'TempEval-3 input files (.TE3input or .tml)')
    .option('--out <dir>', 'write <name>.tml files here instead of printing to stdout')
    .action((files: string[], opts: { out?: string }) => {
      if (opts.out) ensureDir(opts.out);
      for (const file of files) {
        const tml = toTimeml(readInputFile(file), file);
        if (!opts.out) {
          process.stdout.write(tml);
          continue;
        }
        const name = basename(file).replace(/\.TE3input$/i, '').replace(/(\.tml)?$/, '.tml');
        writeFileSync(join(opts.out, name), tml);
        console.error(`wrote ${join(opts.out, name)}`);
      }
    });
}
