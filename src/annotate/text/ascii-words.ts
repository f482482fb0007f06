/**
 * A fixed set of lowercase ASCII words, looked up by a run of code units of a text without slicing or
 * lowercasing it: a scan that reads every word of a report and asks a table about each (the time
 * parsers' trigger words) pays a string and a hash per word for `text.slice(a, b).toLowerCase()` and
 * a Map look-up, and nearly every word is a miss. Here a word walks a trie of 26-way nodes, one array
 * read per letter, and stops at the first letter no listed word continues with.
 */
export class AsciiWordSet {
  /** child node per (node, letter), -1 where none; node 0 is the root */
  private readonly next: Int32Array;
  /** per node: the index of the word ending there, or -1 */
  private readonly ends: Int32Array;
  /** the words as given (index = the value `find` returns) */
  readonly words: readonly string[];

  /**
   * `words` are matched case-insensitively; only words of ASCII letters can ever be found (a scan of
   * letter runs never reads another character), so any other word is left out. A repeated word keeps
   * its first index.
   */
  constructor(words: readonly string[]) {
    this.words = words;
    let nodes = 1;
    for (const w of words) nodes += w.length;
    const next = new Int32Array(nodes * 26).fill(-1);
    const ends = new Int32Array(nodes).fill(-1);
    let used = 1;
    words.forEach((w, wi) => {
      if (!/^[a-z]+$/i.test(w)) return;
      let node = 0;
      for (let k = 0; k < w.length; k++) {
        const slot = node * 26 + ((w.charCodeAt(k) | 32) - 97);
        if (next[slot] === -1) next[slot] = used++;
        node = next[slot]!;
      }
      if (ends[node] === -1) ends[node] = wi;
    });
    this.next = next.slice(0, used * 26);
    this.ends = ends.slice(0, used);
  }

  /**
   * The index of the word text[start, end) is (any case), or -1. The caller passes a run of ASCII
   * letters; a code unit that is not one finds nothing.
   */
  find(text: string, start: number, end: number): number {
    const next = this.next;
    let node = 0;
    for (let p = start; p < end; p++) {
      const c = text.charCodeAt(p) | 32;
      if (c < 97 || c > 122) return -1;
      node = next[node * 26 + c - 97]!;
      if (node < 0) return -1;
    }
    return end > start ? this.ends[node]! : -1;
  }
}
