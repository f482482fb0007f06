/**
 * Token features for the event tagger, hashed into a fixed table (row = feature, column = label):
 * suffixes, a crude stem, the nearest function word before the token ("to", "will", "has", "the"...),
 * the words around it, the word clusters the NER ships and, when given a POS tagger, the predicted Penn
 * tags of the token and its neighbours (VBD against VBN against NN says much of event and class). Every
 * template emits at most one feature, so a token's features fit a fixed-size buffer.
 */
import { type ClusterTable } from '../../entities/clusters.js';
import { hashString, mix, wordShape } from '../../entities/features.js';
import { posShape, type PosTagger } from '../../pos/tagger.js';
import { type EventToken } from './tokens.js';

/**
 * What the features read besides the tokens: the NER's two word-cluster tables (as they ship in
 * models/ner) and the POS tagger (models/pos) for a model trained with POS features.
 */
export interface EventClusterTables {
  readonly local: ClusterTable;
  readonly glove: ClusterTable;
  readonly pos?: PosTagger;
}

/** What a model learnt about a stem from training data: its event rate and majority class, bucketed. */
export type StemLexicon = ReadonlyMap<string, string>;

/** Most features one token can have: the size of the buffer `tokenFeatures` fills. */
export const MAX_FEATURES = 48;

/** Function words whose presence just before a token says verb, noun or adjective. */
const CUES = new Set([
  'to', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must',
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
  'do', 'does', 'did', 'not', "n't", 'never', 'the', 'a', 'an', 'this', 'that', 'these', 'those',
  'his', 'her', 'its', 'their', 'our', 'my', 'your', 'of', 'for', 'in', 'on', 'after', 'before',
  'during', 'since', 'by', 'with', 'who', 'which', 'it', 'they', 'he', 'she', 'we', 'i', 'you',
]);

/** Inflection stripped, so "attacked", "attacks" and "attacking" share features. Crude on purpose. */
export function stem(lower: string): string {
  if (lower.length <= 4) return lower;
  if (lower.endsWith('ies') || lower.endsWith('ied')) return lower.slice(0, -3) + 'y';
  if (lower.endsWith('ing') && lower.length > 5) return undouble(lower.slice(0, -3));
  if (lower.endsWith('ed')) return undouble(lower.slice(0, -2));
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us') && !lower.endsWith('is')) return lower.slice(0, -1);
  return lower;
}

/** "stopp" → "stop", "plann" → "plan", but "fall" and "kill" stay. */
function undouble(s: string): string {
  const n = s.length;
  return n > 3 && s[n - 1] === s[n - 2] && /[bdgmnprt]/.test(s[n - 1]!) ? s.slice(0, -1) : s;
}

/** Per-token strings computed once per document. */
export interface TokenView {
  readonly lower: readonly string[];
  readonly stems: readonly string[];
  readonly shapes: readonly string[];
  /** the token's local-cluster row (cased) and GloVe row (lowercase), -1 where unknown */
  readonly localRow: Int32Array;
  readonly gloveRow: Int32Array;
  /** predicted Penn tags, absent without a POS tagger */
  readonly pos?: readonly string[];
}

export function viewTokens(tokens: readonly EventToken[], clusters: EventClusterTables): TokenView {
  const lower = tokens.map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const shapeOf = new Map<string, string>(); // wordShape is the costliest string work: once per distinct word
  const localRow = new Int32Array(tokens.length);
  const gloveRow = new Int32Array(tokens.length);
  tokens.forEach((t, i) => {
    localRow[i] = clusters.local.row(t.text);
    gloveRow[i] = clusters.glove.row(lower[i]!);
  });
  const shapes = tokens.map((t) => {
    let sh = shapeOf.get(t.text);
    if (sh === undefined) shapeOf.set(t.text, (sh = wordShape(t.text)));
    return sh;
  });
  const pos = clusters.pos ? posTags(clusters.pos, lower, tokens) : undefined;
  return { lower, stems: lower.map(stem), shapes, localRow, gloveRow, ...(pos ? { pos } : {}) };
}

function posTags(tagger: PosTagger, lower: readonly string[], tokens: readonly EventToken[]): string[] {
  const shapeOf = new Map<string, string>();
  const shapes = tokens.map((t) => {
    let sh = shapeOf.get(t.text);
    if (sh === undefined) shapeOf.set(t.text, (sh = posShape(t.text)));
    return sh;
  });
  const tags = tagger.model.tags;
  return Array.from(tagger.tagIds(lower, shapes), (y) => tags[y]!);
}

const BOUNDARY = new Set(['.', '?', '!', ';', ':', '"', '“', '”', '(', ')']);

/**
 * The hashed feature rows of token i (each already masked to the table), written into `out`; returns
 * how many. `lexicon` is the stem lexicon the model ships (empty during a lexicon-free run).
 */
export function tokenFeatures(
  tokens: readonly EventToken[],
  v: TokenView,
  i: number,
  clusters: EventClusterTables,
  lexicon: StemLexicon,
  mask: number,
  out: Int32Array,
): number {
  let n = 0;
  const add = (template: number, value: string): void => {
    out[n++] = (mix(template, hashString(value)) & mask) >>> 0;
  };
  const w = tokens[i]!.text;
  const lw = v.lower[i]!;
  const st = v.stems[i]!;
  const at = (k: number): string => (k < 0 ? '<s>' : k >= tokens.length ? '</s>' : v.lower[k]!);
  add(1, '');
  add(2, lw);
  add(3, st);
  add(4, v.shapes[i]!);
  if (lw.length > 2) add(5, lw.slice(-2));
  if (lw.length > 3) add(6, lw.slice(-3));
  if (lw.length > 4) add(7, lw.slice(-4));
  if (lw.length > 5) add(8, lw.slice(0, 4));
  const prev = at(i - 1);
  const next = at(i + 1);
  add(9, prev);
  add(10, next);
  add(11, at(i - 2));
  add(12, at(i + 2));
  add(13, prev + ' ' + st);
  add(14, st + ' ' + next);
  add(15, at(i - 2) + ' ' + prev);
  const capital = /^\p{Lu}/u.test(w);
  const sentenceStart = i === 0 || BOUNDARY.has(prev);
  add(16, `${capital ? 'C' : 'c'}${sentenceStart ? 'S' : 's'}`);
  // The nearest function word within three tokens back, with its distance, and with the stem.
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const c = v.lower[k]!;
    if (BOUNDARY.has(c)) break;
    if (CUES.has(c)) {
      add(17, `${c}:${i - k}`);
      add(18, `${c} ${st}`);
      break;
    }
  }
  const lr = v.localRow[i]!;
  if (lr >= 0) {
    const t = clusters.local;
    for (let k = 0; k < t.sizes.length && k < 4; k++) add(20 + k, String(t.prefixId(lr, k)));
    for (let k = 0; k < t.flatSizes.length && k < 2; k++) add(24 + k, String(t.flatId(lr, k)));
  } else add(20, 'none');
  const gr = v.gloveRow[i]!;
  if (gr >= 0) {
    const t = clusters.glove;
    for (let k = 0; k < t.sizes.length && k < 4; k++) add(26 + k, String(t.prefixId(gr, k)));
    for (let k = 0; k < t.flatSizes.length && k < 2; k++) add(30 + k, String(t.flatId(gr, k)));
  } else add(26, 'none');
  // the neighbours' coarse GloVe clusters: a noun after "the", a verb after a pronoun cluster
  for (const [tpl, k] of [[32, i - 1], [33, i + 1]] as const) {
    const r = k >= 0 && k < tokens.length ? v.gloveRow[k]! : -1;
    add(tpl, r >= 0 ? String(clusters.glove.flatId(r, 0)) : '-');
  }
  const lex = lexicon.get(st);
  if (lex !== undefined) {
    add(40, lex);
    add(41, lex.slice(0, lex.indexOf(':')) + ' ' + prev);
  } else add(40, 'unseen');
  if (v.pos) {
    const tag = (k: number): string => (k < 0 ? '<s>' : k >= tokens.length ? '</s>' : v.pos![k]!);
    const p = tag(i);
    add(42, p);
    add(43, tag(i - 1));
    add(44, tag(i + 1));
    add(45, tag(i - 1) + ' ' + p);
    add(46, p + ' ' + tag(i + 1));
    // the stem with its tag: a POS-aware lemma ("rose" VBD vs "rose" NN, "charges" VBZ vs NNS)
    add(47, p + ' ' + st);
    add(48, (lex === undefined ? 'unseen' : lex.slice(0, lex.indexOf(':'))) + ' ' + p);
  }
  return n;
}

/** Most class-stage features one token can have (beyond its detector features). */
export const MAX_CLASS_FEATURES = 8;

/** Auxiliaries, modals and negation: the verb group before a verb ("will", "has been", "is not"). */
const AUX = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to',
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s",
  'do', 'does', 'did', 'not', "n't", 'never',
]);

/** Words that open an event's complement: "ruled that", "led to", "charged with", "talks on". */
const COMPLEMENT = new Set(['that', 'to', 'with', 'on', 'about', 'for', 'of', 'from', 'into', 'whether', 'if', 'as', 'by']);

/**
 * Features only the class stage reads (it sees event tokens only, so they cannot cost detection): the
 * verb group before the token, the nearest earlier content verb that governs it ("began the attack",
 * "ordered troops to withdraw") with that verb's lexicon class, the word opening its complement, and
 * the preposition it hangs from. They need POS tags; without them there are none.
 */
export function classFeatures(
  tokens: readonly EventToken[],
  v: TokenView,
  i: number,
  lexicon: StemLexicon,
  mask: number,
  out: Int32Array,
  at: number,
): number {
  const pos = v.pos;
  if (!pos) return 0;
  let n = at;
  const add = (template: number, value: string): void => {
    out[n++] = (mix(template, hashString(value)) & mask) >>> 0;
  };
  const st = v.stems[i]!;
  const p = pos[i]!;
  // the verb group: auxiliaries (adverbs skipped) right before the token
  const group: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 5 && group.length < 3; k--) {
    const w = v.lower[k]!;
    if (AUX.has(w)) group.unshift(w);
    else if (!pos[k]!.startsWith('RB')) break;
  }
  add(60, `${group.join(' ')}|${p}`);
  // the governing content verb: nearest earlier VB* that is no auxiliary, within the clause
  let gov = '';
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = v.lower[k]!;
    if (BOUNDARY.has(w) || w === ',') break;
    if (pos[k]!.startsWith('VB') && !AUX.has(w)) { gov = v.stems[k]!; break; }
  }
  if (gov) {
    add(61, gov);
    const lex = lexicon.get(gov);
    add(62, `${lex ? lex.slice(lex.lastIndexOf(':') + 1) : 'unseen'}|${p.slice(0, 2)}`);
  } else add(61, '-');
  // the complement opener right after the token (an object noun phrase may sit between for verbs)
  const next = i + 1 < tokens.length ? v.lower[i + 1]! : '</s>';
  if (COMPLEMENT.has(next)) {
    add(63, next);
    add(64, `${st} ${next}`);
  }
  // the preposition the token hangs from ("of the attack", "after talks")
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (pos[k] === 'IN' || pos[k] === 'TO') { add(65, `${v.lower[k]!} ${p.slice(0, 2)}`); break; }
    if (!/^(DT|JJ|PRP\$|CD|NN|POS)/.test(pos[k]!)) break;
  }
  return n - at;
}
