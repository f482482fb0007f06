/**
 * Token features for the event tagger, hashed into a fixed table (row = feature, column = label). No
 * POS tagger exists in wiretrace, so part-of-speech cues come from suffixes, a crude stem, the nearest
 * function word before the token ("to", "will", "has", "the"...), the words around it and the word
 * clusters the NER ships. Every template emits at most one feature, so a token's features fit a
 * fixed-size buffer.
 */
import { type ClusterTable } from '../../entities/clusters.js';
import { hashString, mix, wordShape } from '../../entities/features.js';
import { type EventToken } from './tokens.js';

/** The NER's two word-cluster tables; the event tagger reads them as they ship in models/ner. */
export interface EventClusterTables {
  readonly local: ClusterTable;
  readonly glove: ClusterTable;
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
  return { lower, stems: lower.map(stem), shapes, localRow, gloveRow };
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
  return n;
}
