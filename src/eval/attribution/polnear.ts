/**
 * Reader for PolNeAR (brat stand-off): one text per article, one `.ann` per annotator.
 * Only the roles an `E` (Attribution) line points at count; `Discuss`/`Discard` spans are ignored.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { WiretraceError } from '../../errors.js';
import { appendAll } from '../../util/arrays.js';

export interface Fragment {
  readonly start: number;
  readonly end: number;
}

/** One gold attribution; each role is a list of fragments (brat's discontinuous spans). */
export interface GoldAttribution {
  readonly id: string;
  readonly source: readonly Fragment[];
  readonly cue: readonly Fragment[];
  readonly content: readonly Fragment[];
}

export interface AnnotatorFile {
  readonly annotator: string;
  readonly attributions: readonly GoldAttribution[];
}

export interface PolnearDoc {
  readonly name: string;
  readonly text: string;
  /** One entry per annotator who annotated the article (most have one). */
  readonly annotations: readonly AnnotatorFile[];
}

export const SPLITS = ['train', 'dev', 'test', 'annotator-training'] as const;
export type Split = (typeof SPLITS)[number];

interface TextBound {
  readonly label: string;
  readonly fragments: Fragment[];
}

/** Parses one brat `.ann` file into attributions. Lines it does not know (notes, comments) are skipped. */
export function parseAnn(ann: string): GoldAttribution[] {
  const tb = new Map<string, TextBound>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const id = cols[0]!;
    if (id.startsWith('T') && cols.length >= 3) {
      const head = cols[1]!;
      const sp = head.indexOf(' ');
      if (sp < 0) continue;
      const fragments: Fragment[] = [];
      for (const r of head.slice(sp + 1).split(';')) {
        const [s, e] = r.trim().split(/\s+/).map(Number);
        if (Number.isInteger(s) && Number.isInteger(e)) fragments.push({ start: s!, end: e! });
      }
      tb.set(id, { label: head.slice(0, sp), fragments });
    } else if (id.startsWith('E')) {
      events.push([id, ...cols[1]!.trim().split(/\s+/)]);
    }
  }
  const out: GoldAttribution[] = [];
  for (const [id, ...args] of events) {
    const roles = { source: [] as Fragment[], cue: [] as Fragment[], content: [] as Fragment[] };
    for (const a of args) {
      const colon = a.indexOf(':');
      if (colon < 0) continue;
      const role = a.slice(0, colon);
      const ref = tb.get(a.slice(colon + 1));
      if (!ref) continue;
      if (role === 'Source') appendAll(roles.source, ref.fragments);
      else if (role === 'Cue') appendAll(roles.cue, ref.fragments);
      else if (role === 'Content' || role === 'Content2') appendAll(roles.content, ref.fragments);
    }
    if (roles.cue.length === 0 && roles.content.length === 0 && roles.source.length === 0) continue;
    out.push({ id: id!, ...roles });
  }
  return out;
}

/** Loads every article of a split; throws E_EVAL_DATA when the layout is not PolNeAR's. */
export function loadSplit(root: string, split: Split): PolnearDoc[] {
  const textDir = join(root, split, 'text');
  const annDir = join(root, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    throw new WiretraceError('E_EVAL_DATA', `PolNeAR split "${split}" not found under ${root} (expected text/ and attributions/)`);
  }
  const byDoc = new Map<string, string[]>();
  for (const f of readdirSync(annDir)) {
    const m = /^(.*)_([0-9a-f]+)\.ann$/.exec(f);
    if (!m) continue;
    const list = byDoc.get(m[1]!) ?? [];
    list.push(f);
    byDoc.set(m[1]!, list);
  }
  const docs: PolnearDoc[] = [];
  for (const f of readdirSync(textDir).filter((x) => x.endsWith('.txt')).sort()) {
    const name = basename(f, '.txt');
    const anns = (byDoc.get(name) ?? []).sort();
    if (anns.length === 0) continue;
    docs.push({
      name,
      text: readFileSync(join(textDir, f), 'utf8'),
      annotations: anns.map((a) => ({
        annotator: /_([0-9a-f]+)\.ann$/.exec(a)![1]!,
        attributions: parseAnn(readFileSync(join(annDir, a), 'utf8')),
      })),
    });
  }
  if (docs.length === 0) throw new WiretraceError('E_EVAL_DATA', `no annotated articles in ${textDir}`);
  return docs;
}
