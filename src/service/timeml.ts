/**
 * TimeML output: tags time expressions and events in TempEval-3 input files and writes TimeML with
 * TIMEX3 and EVENT tags (plus a MAKEINSTANCE per event; the input's text untouched), so the official
 * TE3 scorer can read it.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tagEvents } from '../annotate/events/tagger/index.js';
import { tagTimesInText } from '../annotate/time/index.js';
import { parseTml, timemlParts, timemlValue, writeTml, type EventTag, type TimexTag } from '../annotate/time/tml.js';
import { WiretraceError } from '../errors.js';
import { ensureDir } from '../util/ensure-dir.js';

/** Links and instances refer to the tags ours replace, so they go too. */
const LINKS = /\s*<(?:MAKEINSTANCE|TLINK|SLINK|ALINK)\b[^>]*\/>/g;

/**
 * TimeML for one TE3 input: our timexes renumbered t1…, DCT-anchored ones pointing at the DCT's tid;
 * our events e1…, each with its class and a MAKEINSTANCE.
 */
export function toTimeml(input: string, name: string): string {
  // a .tml may already carry TIMEX3 and EVENT tags in its text: ours replace them
  const first = parseTml(input, name);
  const tagged = first.timexes.length > 0 || first.events.length > 0;
  const raw = tagged
    ? input.slice(0, first.textStart) +
      input.slice(first.textStart, first.textEnd).replace(/<\/?(?:TIMEX3|EVENT)\b[^>]*>/g, '') +
      input.slice(first.textEnd).replace(LINKS, '')
    : input;
  const doc = tagged ? parseTml(raw, name) : first;
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
    .flatMap((t) => timemlParts(doc.text, t))
    .map((t) => ({
      start: t.start, end: t.end, tid: nextTid(), type: t.type, value: timemlValue(t.value),
      ...(t.mod ? { mod: t.mod } : {}),
      ...(t.anchor === 'dct' ? { anchorTimeID: dctTid } : {}),
    }));
  const usedEids = new Set([...raw.matchAll(/\beid="(e\d+)"/g)].map((m) => m[1]));
  let k = 0;
  const nextEid = (): string => {
    let id: string;
    do id = `e${++k}`; while (usedEids.has(id));
    return id;
  };
  const events: EventTag[] = tagEvents(doc.text).map((e) => ({ start: e.start, end: e.end, eid: nextEid(), cls: e.cls }));
  return writeTml(doc, tags, events);
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
