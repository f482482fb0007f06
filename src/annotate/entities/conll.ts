/**
 * CoNLL-2003 files: "-DOCSTART-" separates documents, blank lines separate sentences, each token line
 * is whitespace-separated columns with the word first (and, in gold files, the NER tag last).
 */
import { WiretraceError } from '../../errors.js';
import { bilouToIob } from './labels.js';
import { loadTagger } from './model.js';

export interface ConllSentence {
  readonly words: string[];
  /** gold tags (last column), when the file has more than one column */
  readonly tags: string[];
}

export interface ConllDocument {
  readonly sentences: ConllSentence[];
}

export function parseConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = { sentences: [] };
  let sent: ConllSentence = { words: [], tags: [] };
  const flushSentence = (): void => {
    if (sent.words.length) doc.sentences.push(sent);
    sent = { words: [], tags: [] };
  };
  const flushDoc = (): void => {
    flushSentence();
    if (doc.sentences.length) docs.push(doc);
    doc = { sentences: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let ln = 0; ln < lines.length; ln++) {
    const line = lines[ln]!.trim();
    if (line === '') {
      flushSentence();
      continue;
    }
    const cols = line.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flushDoc();
      continue;
    }
    sent.words.push(cols[0]!);
    if (cols.length > 1) sent.tags.push(cols[cols.length - 1]!);
  }
  flushDoc();
  return docs;
}

/**
 * Tags CoNLL lines and writes each one back with the predicted IOB2 tag appended as a new last
 * column. Blank lines and -DOCSTART- lines pass through unchanged; documents bound the tagger's
 * prediction history.
 */
/** CoNLL token lines have a handful of columns; a line of running text has many (a sentence per line). */
const MAX_CONLL_COLUMNS = 12;

export function annotateConll(text: string): string {
  const lines = text.split(/\r?\n/);
  const prose = lines.findIndex((l) => l.trim().split(/\s+/).length > MAX_CONLL_COLUMNS);
  if (prose >= 0) {
    throw new WiretraceError('E_INPUT_FORMAT', `line ${prose + 1} has more than ${MAX_CONLL_COLUMNS} columns: this looks like running text, not CoNLL (one token per line)`);
  }
  const tagger = loadTagger();
  const trailing = lines.length > 0 && lines[lines.length - 1] === '';
  if (trailing) lines.pop();
  const out = lines.slice();
  // Group line indices into documents of sentences.
  let docSentences: number[][] = [];
  let cur: number[] = [];
  const flushDoc = (): void => {
    if (cur.length) docSentences.push(cur);
    cur = [];
    if (!docSentences.length) return;
    const words = docSentences.map((s) => s.map((li) => lines[li]!.trim().split(/\s+/)[0]!));
    const preds = tagger.tagDocument(words);
    docSentences.forEach((s, si) => {
      const tags = bilouToIob(preds[si]!);
      s.forEach((li, k) => {
        out[li] = `${lines[li]!.replace(/\s+$/, '')} ${tags[k]}`;
      });
    });
    docSentences = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') {
      if (cur.length) docSentences.push(cur);
      cur = [];
    } else if (line.startsWith('-DOCSTART-')) {
      flushDoc();
    } else cur.push(i);
  }
  flushDoc();
  if (lines.some((l) => /\t/.test(l) && l.trim() !== '')) {
    // Keep tab-separated files tab-separated.
    for (let i = 0; i < out.length; i++) if (/\t/.test(lines[i]!)) out[i] = out[i]!.replace(/ (\S+)$/, '\t$1');
  }
  if (text.trim() === '') throw new WiretraceError('E_INPUT_EMPTY', 'no CoNLL lines to tag');
  return out.join('\n') + (trailing ? '\n' : '');
}
