/**
 * Annotating one input without a store: an article (plain-text form, HTML, or raw text) to a Doc with
 * every layer, and the Doc's output formats (JSON; brat stand-off for attributions); or CoNLL-2003
 * columns in and the same columns with a predicted NER tag out. The annotators (and their model
 * files) load inside the functions that run them, so a refused input fails fast and importing this
 * module is cheap.
 */
import type { Doc } from '../doc/doc.js';
import { decodeText, fileKind, readFileGuarded, readStreamGuarded, sniffHtml, type GuardOptions } from './input.js';
import { parseInput, type InputFormat, type ParseOptions } from './parse.js';

export type { Doc };

/** The article forms, plus CoNLL-2003 columns (which go in and come out as CoNLL). */
export type AnnotateFormat = InputFormat | 'conll';

/** Reads a file, or stdin for "-", through the input guards (size cap, binary, encoding, regular file). */
export function readInputBytes(input: string, guard: GuardOptions = {}): Promise<Uint8Array> {
  return input === '-' ? readStreamGuarded(process.stdin, guard) : readFileGuarded(input, guard);
}

/** The input's form from its file name (.html, .txt, .conll …), else from its content. */
export function detectFormat(input: string, bytes: Uint8Array): AnnotateFormat {
  const kind = input === '-' ? null : fileKind(input);
  if (kind === 'html') return 'html';
  if (kind === 'text') return 'article';
  if (/\.conll$|\.conllu?$|\.iob2?$/i.test(input)) return 'conll';
  return sniffHtml(bytes) ? 'html' : 'article';
}

/** Parses an article in the given form and runs the default pipeline (every layer) over it. */
export async function annotateArticle(input: Uint8Array | string, format: InputFormat, opts: ParseOptions = {}): Promise<Doc> {
  const parsed = await parseInput(input, format, opts);
  const { annotate } = await import('../annotate/default-pipeline.js');
  return annotate(parsed.text, parsed.meta, '', { declared: true });
}

/** The Doc as `wiretrace annotate --json` prints it (docs/cli-json.md). */
export function docToJson(doc: Doc): string {
  return JSON.stringify(doc);
}

/** The Doc's attributions in brat stand-off format (.ann lines over the Doc's text). */
export async function docToBrat(doc: Doc): Promise<string> {
  const { toBrat } = await import('../annotate/attribution/brat.js');
  return toBrat(doc);
}

/** CoNLL-2003 columns with a predicted NER tag column appended, for conlleval. */
export async function tagConll(bytes: Uint8Array, guard: GuardOptions = {}): Promise<string> {
  const text = decodeText(bytes, guard);
  const { annotateConll } = await import('../annotate/entities/conll.js');
  return annotateConll(text);
}
