/**
 * `node --import tsx scripts/stage-times.ts <MB> [bench]`: one big document through every registered annotator,
 * printing each stage's CPU seconds per MB as one JSON line, so that a stage that grows faster than the text
 * shows at 0.5, 1 and 2 MB. The document is corpus/stories/reports/*.txt then examples/*.txt, joined by blank
 * lines and repeated to the size; with `bench`, the bench's big text instead (`benchText`, examples/ repeated).
 * Models load in a warm-up on a short text first. On a shared machine, alternate two trees, back to back.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { annotate } from '../src/annotate/default-pipeline.js';
import { REGISTERED } from '../src/annotate/registry.js';
import { benchText } from '../src/bench/corpus.js';
import { createDoc, withLayers } from '../src/doc/doc.js';

const mb = Number(process.argv[2]);
if (!(mb > 0)) throw new Error('usage: stage-times.ts <megabytes> [bench]');

function corpusText(bytes: number): string {
  const texts: string[] = [];
  for (const dir of ['corpus/stories/reports', 'examples']) {
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(`${dir}/${f}`, 'utf8'));
  }
  const parts: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    n += t.length + 2;
  }
  return parts.join('\n\n');
}

const text = process.argv[3] === 'bench' ? benchText(mb * 1024 * 1024) : corpusText(mb * 1024 * 1024);
annotate('Kofi Mensah said on Monday that the port would reopen.', { published: '2024-01-22' });
let doc = createDoc(text, { language: 'en', published: '2024-01-22' });
const perMB: Record<string, number> = {};
for (const a of REGISTERED) {
  const c0 = process.cpuUsage();
  doc = withLayers(doc, a.run(doc), { annotator: a.name, version: a.version });
  const c = process.cpuUsage(c0);
  perMB[a.name] = Number(((c.user + c.system) / 1e6 / mb).toFixed(2));
}
console.log(JSON.stringify({ mb, chars: text.length, perMB }));
