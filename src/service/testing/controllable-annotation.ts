/** For tests: an annotate function whose jobs finish only when the test says so (no timing involved). */
import { createDoc } from '../../doc/doc.js';
import type { DocMeta } from '../../doc/meta.js';
import type { Annotated, AnnotateFn } from '../annotation.js';

export function controllable(): { run: AnnotateFn; started: string[]; finish(text: string): void; fail(text: string, err: Error): void } {
  const jobs = new Map<string, { resolve(d: Annotated): void; reject(e: Error): void; meta: DocMeta }>();
  const started: string[] = [];
  return {
    started,
    run: (text, meta) =>
      new Promise<Annotated>((resolve, reject) => {
        started.push(text);
        jobs.set(text, { resolve, reject, meta });
      }),
    finish: (text) => {
      const j = jobs.get(text)!;
      j.resolve({ doc: createDoc(text, j.meta) });
    },
    fail: (text, err) => jobs.get(text)!.reject(err),
  };
}

