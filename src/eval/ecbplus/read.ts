/**
 * Reads ECB+ (Cybulska & Vossen 2014): CAT/CROMER XML, one file per news text, tokens with sentence numbers,
 * markables anchored to tokens, and coreference relations over markables. See the corpus's README.txt.
 *
 * One document is parsed at a time (`readCorpus` is a generator), so a caller can stream the 982 files.
 * Each document gets a plain text (one sentence a line, tokens joined with ordinary spacing) and the
 * character offsets of its tokens and event mentions in that text, so wiretrace's annotators can run on it.
 * Gold annotation is kept to the validated sentences of ECBplus_coreference_sentences.csv, as the corpus
 * asks: mentions outside them may be incomplete.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { WiretraceError } from '../../errors.js';

/** The usual split (Cybulska & Vossen 2015, used by most later work). Topics 15 and 17 do not exist. */
export const ECB_SPLITS = {
  train: [1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33],
  dev: [2, 5, 12, 18, 21, 23, 34, 35],
  test: [36, 37, 38, 39, 40, 41, 42, 43, 44, 45],
} as const satisfies Record<string, readonly number[]>;
export type EcbSplit = keyof typeof ECB_SPLITS;
export const ECB_SPLIT_NAMES = Object.keys(ECB_SPLITS) as EcbSplit[];

export interface EcbToken {
  /** The XML t_id. */
  readonly id: number;
  readonly sentence: number;
  readonly text: string;
  /** [start, end) in the document text. */
  readonly start: number;
  readonly end: number;
}

export interface EcbSentence {
  readonly number: number;
  readonly start: number;
  readonly end: number;
  /** Listed in ECBplus_coreference_sentences.csv: its annotation is complete. */
  readonly validated: boolean;
}

/** Where a mention's gold cluster comes from: a cross-document chain, a within-document chain, or none. */
export type ChainKind = 'cross' | 'intra' | 'singleton';

export interface EcbEventMention {
  /** `<doc>:<m_id>`, unique in the corpus. */
  readonly id: string;
  /** ACTION_OCCURRENCE, NEG_ACTION_REPORTING, … */
  readonly tag: string;
  readonly tokenIds: readonly number[];
  readonly sentence: number;
  /** From the first token's start to the last token's end. */
  readonly start: number;
  readonly end: number;
  /** The mention's tokens as written, space-separated. */
  readonly words: string;
  /** Gold cluster id: the CROSS_DOC_COREF instance id, or a document-local id for intra and singleton. */
  readonly chain: string;
  readonly chainKind: ChainKind;
}

export interface EcbDocument {
  /** File name without .xml, e.g. "36_1ecb". */
  readonly name: string;
  readonly topic: number;
  /** "ecb" (the original ECB texts) or "ecbplus" (the added texts about a second event of the same kind). */
  readonly kind: 'ecb' | 'ecbplus';
  /** `<topic>_<kind>`: the seminal event the document reports. */
  readonly subtopic: string;
  /** The source URL the ecbplus texts carry as sentence 0 (kept out of the text). */
  readonly url: string | null;
  readonly text: string;
  readonly sentences: readonly EcbSentence[];
  readonly tokens: readonly EcbToken[];
  /** Event mentions (ACTION_* and NEG_ACTION_*) in validated sentences, in text order. */
  readonly mentions: readonly EcbEventMention[];
}

/** Validated sentence numbers per document name. */
export type ValidatedSentences = ReadonlyMap<string, ReadonlySet<number>>;

export const SENTENCES_CSV = 'ECBplus_coreference_sentences.csv';

/** Reads the CSV of validated sentences ("Topic,File,Sentence Number"; File is e.g. "10ecbplus"). */
export function parseValidatedSentences(csv: string, origin = SENTENCES_CSV): ValidatedSentences {
  const out = new Map<string, Set<number>>();
  const lines = csv.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim() || (i === 0 && /^\s*topic\s*,/i.test(line))) return;
    const cells = line.split(',').map((c) => c.trim());
    const [topic, file, sentence] = cells;
    if (cells.length !== 3 || !/^\d+$/.test(topic!) || !/^\d+ecb(plus)?$/.test(file!) || !/^\d+$/.test(sentence!)) {
      throw new WiretraceError('E_EVAL_DATA', `${origin}:${i + 1}: expected "topic,<n>ecb|<n>ecbplus,sentence", got "${line}"`);
    }
    const name = `${topic}_${file}`;
    let s = out.get(name);
    if (!s) out.set(name, (s = new Set()));
    s.add(Number(sentence));
  });
  return out;
}

// --- detokenisation -------------------------------------------------------------------------------------

const NO_SPACE_BEFORE = new Set(['.', ',', ':', ';', '?', '!', '%', ')', ']', '}', "''", '”', '’', "'", '...', "'s", "'m", "'re", "'ve", "'d", "'ll", "n't", '/']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '``', '“', '‘', '$', '/', '#']);
const WORDISH = /^[\p{L}\p{N}]+$/u;

/**
 * Joins one sentence's tokens with the spacing English text would have: no space before closing
 * punctuation and clitics, none after opening brackets and quotes; straight double quotes alternate
 * between opening and closing (the state runs on across sentences, since quotes do); a lone "-" or ":"
 * between two word tokens is a split compound or clock time ("oil - rich", "12 : 41") and is closed up.
 * Returns the text and each token's start offset in it.
 */
export function detokenize(tokens: readonly string[], quote: { open: boolean } = { open: false }): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  let glueNext = true; // no space before the first token
  tokens.forEach((tok, i) => {
    let spaceBefore = !glueNext;
    let glueAfter = NO_SPACE_AFTER.has(tok);
    if (NO_SPACE_BEFORE.has(tok)) spaceBefore = false;
    if (tok === '"') {
      if (quote.open) spaceBefore = false;
      else glueAfter = true;
      quote.open = !quote.open;
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if ((tok === '-' || (tok === ':' && /^\d+$/.test(prev ?? '') && /^\d+$/.test(next ?? ''))) && prev && next && WORDISH.test(prev) && WORDISH.test(next)) {
      spaceBefore = false;
      glueAfter = true;
    }
    if (spaceBefore) text += ' ';
    starts.push(text.length);
    text += tok;
    glueNext = glueAfter;
  });
  return { text, starts };
}

// --- XML ------------------------------------------------------------------------------------------------

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Every repeatable element as an array, even when a file has one; attributes stay plain strings.
  isArray: (name, _path, _leaf, isAttribute) => !isAttribute && name !== 'Document' && name !== 'Markables' && name !== 'Relations',
});

interface XmlToken {
  readonly '#text'?: string;
  readonly t_id: string;
  readonly sentence: string;
}
interface XmlMarkable {
  readonly m_id: string;
  readonly token_anchor?: readonly { readonly t_id: string }[];
  readonly instance_id?: string;
}
interface XmlRelation {
  readonly r_id?: string;
  readonly note?: string;
  readonly source?: readonly { readonly m_id: string }[];
  readonly target?: readonly { readonly m_id: string }[];
}
interface XmlDocument {
  readonly doc_name?: string;
  readonly token?: readonly XmlToken[];
  readonly Markables?: Readonly<Record<string, readonly XmlMarkable[]>> | string;
  readonly Relations?: Readonly<Record<string, readonly XmlRelation[]>> | string;
}

const EVENT_TAG = /^(NEG_)?ACTION_/;
const FILE_NAME = /^(\d+)_(\d+)(ecb|ecbplus)$/;

/** Parses one ECB+ file. `name` is the file name without .xml; `validated` its validated sentence numbers. */
export function parseDocument(xml: string, name: string, validated: ReadonlySet<number>): EcbDocument {
  const m = FILE_NAME.exec(name);
  if (!m) throw new WiretraceError('E_EVAL_DATA', `${name}: not an ECB+ document name (<topic>_<n>ecb or <topic>_<n>ecbplus)`);
  const topic = Number(m[1]);
  const kind = m[3] as 'ecb' | 'ecbplus';
  let root: XmlDocument;
  try {
    root = (parser.parse(xml) as { Document?: XmlDocument }).Document ?? {};
  } catch (err) {
    throw new WiretraceError('E_EVAL_DATA', `${name}: not well-formed XML (${(err as Error).message})`);
  }
  const xmlTokens = root.token ?? [];
  if (!xmlTokens.length) throw new WiretraceError('E_EVAL_DATA', `${name}: no <token> elements`);

  // Group tokens by sentence, in document order.
  const bySentence = new Map<number, XmlToken[]>();
  for (const t of xmlTokens) {
    const s = Number(t.sentence);
    let list = bySentence.get(s);
    if (!list) bySentence.set(s, (list = []));
    list.push(t);
  }
  let url: string | null = null;
  const tokens: EcbToken[] = [];
  const sentences: EcbSentence[] = [];
  const tokenById = new Map<number, EcbToken>();
  const quote = { open: false };
  let text = '';
  for (const [number, list] of bySentence) {
    const words = list.map((t) => t['#text'] ?? '');
    // The ecbplus texts start with the page's URL, tokenised as sentence 0: metadata, not text.
    if (kind === 'ecbplus' && number === 0) {
      url = words.join('');
      continue;
    }
    if (text) text += '\n';
    const d = detokenize(words, quote);
    const base = text.length;
    text += d.text;
    sentences.push({ number, start: base, end: text.length, validated: validated.has(number) });
    list.forEach((t, i) => {
      const tok: EcbToken = { id: Number(t.t_id), sentence: number, text: words[i]!, start: base + d.starts[i]!, end: base + d.starts[i]! + words[i]!.length };
      tokens.push(tok);
      tokenById.set(tok.id, tok);
    });
  }

  // Markables: event mentions are the anchored ACTION_* / NEG_ACTION_* ones; unanchored markables are the
  // instance descriptors that relations point to.
  const markables = typeof root.Markables === 'object' ? root.Markables : {};
  const anchored: { mId: string; tag: string; tokenIds: number[] }[] = [];
  for (const [tag, list] of Object.entries(markables)) {
    if (!EVENT_TAG.test(tag)) continue;
    for (const mk of list) {
      const ids = (mk.token_anchor ?? []).map((a) => Number(a.t_id));
      if (ids.length) anchored.push({ mId: mk.m_id, tag, tokenIds: ids.sort((a, b) => a - b) });
    }
  }

  // Chains: CROSS_DOC_COREF carries the instance id in `note`; INTRA_DOC_COREF chains are document-local.
  const chainOf = new Map<string, { chain: string; kind: ChainKind }>();
  const relations = typeof root.Relations === 'object' ? root.Relations : {};
  for (const [rel, list] of Object.entries(relations)) {
    const kindOf: ChainKind | null = rel === 'CROSS_DOC_COREF' ? 'cross' : rel === 'INTRA_DOC_COREF' ? 'intra' : null;
    if (!kindOf) continue;
    for (const r of list) {
      const chain = kindOf === 'cross' ? r.note : `${name}:intra:${r.r_id}`;
      if (!chain) throw new WiretraceError('E_EVAL_DATA', `${name}: ${rel} ${r.r_id ?? '?'} has no ${kindOf === 'cross' ? 'note (instance id)' : 'r_id'}`);
      for (const s of r.source ?? []) {
        // A mention in a cross-document chain and in a leftover intra-document one belongs to the former.
        const prev = chainOf.get(s.m_id);
        if (!prev || (prev.kind === 'intra' && kindOf === 'cross')) chainOf.set(s.m_id, { chain, kind: kindOf });
      }
    }
  }

  const mentions: EcbEventMention[] = [];
  for (const a of anchored) {
    const toks = a.tokenIds.map((id) => tokenById.get(id));
    if (toks.some((t) => !t)) {
      // Anchored to the URL line or to a missing token: not part of the text.
      continue;
    }
    const first = toks[0]!;
    const last = toks[toks.length - 1]!;
    if (!validated.has(first.sentence)) continue;
    const c = chainOf.get(a.mId);
    mentions.push({
      id: `${name}:${a.mId}`,
      tag: a.tag,
      tokenIds: a.tokenIds,
      sentence: first.sentence,
      start: first.start,
      end: last.end,
      words: toks.map((t) => t!.text).join(' '),
      chain: c?.chain ?? `${name}:singleton:${a.mId}`,
      chainKind: c?.kind ?? 'singleton',
    });
  }
  mentions.sort((x, y) => x.start - y.start || x.end - y.end || x.id.localeCompare(y.id));
  return { name, topic, kind, subtopic: `${topic}_${kind}`, url, text, sentences, tokens, mentions };
}

/** The document files of the given topics under <root>/docs, ordered by topic, then number, ecb before ecbplus. */
export function listDocuments(root: string, topics: readonly number[]): { name: string; path: string }[] {
  const docs = join(root, 'docs');
  const out: { name: string; path: string; key: [number, number, number] }[] = [];
  for (const topic of topics) {
    let files: string[];
    try {
      files = readdirSync(join(docs, String(topic)));
    } catch {
      throw new WiretraceError('E_EVAL_DATA', `ECB+ topic ${topic} not found under ${docs} (expected docs/<topic>/<topic>_<n>ecb.xml)`);
    }
    for (const f of files) {
      const name = f.replace(/\.xml$/, '');
      const m = FILE_NAME.exec(name);
      if (!m || !f.endsWith('.xml')) continue;
      out.push({ name, path: join(docs, String(topic), f), key: [topic, Number(m[2]), m[3] === 'ecb' ? 0 : 1] });
    }
  }
  out.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return out.map(({ name, path }) => ({ name, path }));
}

export function readValidatedSentences(root: string): ValidatedSentences {
  const path = join(root, SENTENCES_CSV);
  let csv: string;
  try {
    csv = readFileSync(path, 'utf8');
  } catch {
    throw new WiretraceError('E_EVAL_DATA', `ECB+ sentence list not found: ${path}`);
  }
  return parseValidatedSentences(csv, path);
}

export interface ReadOptions {
  readonly topics: readonly number[];
  /** Skip documents with no validated sentence (the usual evaluation set). Default true. */
  readonly validatedOnly?: boolean;
}

/** Yields the documents of the given topics one at a time. */
export function* readCorpus(root: string, opts: ReadOptions): Generator<EcbDocument> {
  const validated = readValidatedSentences(root);
  const none = new Set<number>();
  for (const { name, path } of listDocuments(root, opts.topics)) {
    const v = validated.get(name);
    if (!v && (opts.validatedOnly ?? true)) continue;
    yield parseDocument(readFileSync(path, 'utf8'), name, v ?? none);
  }
}
