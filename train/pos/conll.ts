/** The CoNLL-2003 POS column as training documents for the POS tagger. */

/** One CoNLL document: its sentences' tokens joined, as the tagger reads a whole text. */
export interface PosDoc {
  readonly words: readonly string[];
  readonly tags: readonly string[];
}

/** Documents of a CoNLL-2003 file (word, POS, chunk, NER per line; -DOCSTART- between documents). */
export function readConllPos(text: string): PosDoc[] {
  const docs: PosDoc[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  const flush = (): void => {
    if (words.length) docs.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of text.split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') flush();
    else if (cols.length >= 2 && cols[0]) {
      words.push(cols[0]);
      tags.push(cols[1]!);
    }
  }
  flush();
  return docs;
}
