/** Finding TempEval-3 files, and the TBAQ documents the event tagger holds out as its dev split. */
import { appendAll } from '../../util/arrays.js';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WiretraceError } from '../../errors.js';

/** Files under `dir` (recursively, sorted) whose names match `suffix`. */
export function tmlFiles(dir: string, suffix: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new WiretraceError('E_EVAL_DATA', `not found: ${dir}`);
  }
  const out: string[] = [];
  for (const f of names) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) appendAll(out, tmlFiles(p, suffix));
    else if (suffix.test(f)) out.push(p);
  }
  return out;
}

/** The TBAQ documents held out for choosing features, epochs and margin: a fixed fifth, by DOCID hash. */
export function isDevDoc(docId: string): boolean {
  let h = 0;
  for (let i = 0; i < docId.length; i++) h = (Math.imul(h, 31) + docId.charCodeAt(i)) | 0;
  return (h >>> 0) % 5 === 0;
}
