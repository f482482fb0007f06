/**
 * TimeML training documents for the event tagger: tokens with their gold labels (0 = not an event,
 * else the class's label), read from TBAQ-cleaned and, optionally, the TE3 silver data.
 */
import { readFileSync } from 'node:fs';
import { labelOf } from '../../src/annotate/events/tagger/classes.js';
import { tokenize, type EventToken } from '../../src/annotate/events/tagger/tokens.js';
import { parseTml, type TmlDoc } from '../../src/annotate/time/tml.js';
import { isDevDoc, tmlFiles } from '../../src/eval/te3events/files.js';

export interface LabelledDoc {
  readonly doc: TmlDoc;
  readonly tokens: readonly EventToken[];
  readonly labels: Uint8Array;
}

export const tmlPaths = (dir: string): string[] => tmlFiles(dir, /\.tml$/);

/** Labels each token by the gold event starting on it (TimeML events are single tokens). */
export function labelDoc(doc: TmlDoc): LabelledDoc {
  const tokens = tokenize(doc.text);
  const labels = new Uint8Array(tokens.length);
  let k = 0;
  for (const e of [...doc.events].sort((a, b) => a.start - b.start)) {
    while (k < tokens.length && tokens[k]!.end <= e.start) k++;
    if (k < tokens.length && tokens[k]!.start < e.end) labels[k] = labelOf(e.cls);
  }
  return { doc, tokens, labels };
}

export function readLabelled(paths: readonly string[]): LabelledDoc[] {
  return paths.map((p) => labelDoc(parseTml(readFileSync(p, 'utf8'), p)));
}

export { isDevDoc };
