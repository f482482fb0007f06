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
import { memoByString } from '../../../util/memo.js';
import { type SenseTable, type WordSenses } from './senses.js';
import { STARTS_UPPER } from '../../../util/letter-tests.js';

/**
 * What the features read besides the tokens: the NER's two word-cluster tables (as they ship in
 * models/ner) and the POS tagger (models/pos) for a model trained with POS features.
 */
export interface EventClusterTables {
  readonly local: ClusterTable;
  readonly glove: ClusterTable;
  readonly pos?: PosTagger;
  /** WordNet supersenses (senses.ts) for a model trained with them */
  readonly senses?: SenseTable;
  /** WordNet supersenses for the class stage only (classFeatures), for a model trained with them there */
  readonly classSenses?: SenseTable;
  /** the class stage reads tagger-free context cues (cueClassFeatures), for a model trained with them */
  readonly classCues?: boolean;
}

/** What a model learnt about a stem from training data: its event rate and majority class, bucketed. */
export type StemLexicon = ReadonlyMap<string, string>;

/** Most features one token can have: the size of the buffer `tokenFeatures` fills. */
export const MAX_FEATURES = 64;

/** Most single-supersense features one word emits (template 53): verbs first, then nouns. */
const MAX_SENSE_FLAGS = 10;

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

/**
 * What the features read of one word on its own, computed once per distinct word: its strings, its
 * cluster rows, and the hashes of the templates that read nothing else (hashing and string slicing
 * were most of a token's cost). A tagger keeps these across texts (`WordCache`).
 */
export interface WordInfo {
  readonly lower: string;
  readonly stem: string;
  /** hashString of `lower`, of `stem`: the context templates hash neighbours and pairs from them */
  readonly lowerHash: number;
  readonly stemHash: number;
  /**
   * hashed features of the word alone, unmasked: templates 1-8, then from `split` on the cluster templates 20-31; made
   * on the first decision about the word itself (`ownOf`: a word read only as a neighbour needs none of them)
   */
  own: Int32Array | undefined;
  split: number;
  /** the word as the token has it (the local clusters and the shape read it cased), and the tables `own` reads */
  readonly text: string;
  readonly tables: EventClusterTables;
  /** the word's GloVe row (-1: none) */
  readonly gloveRow: number;
  /** the hashed coarse GloVe cluster a neighbour's templates (32, 33) read, or the hash of '-' */
  readonly gloveCoarse: number;
  /** the word's noun supersenses joined (template 54 pairs them with the previous word); absent without a sense table */
  readonly nounSenses: string | undefined;
  /**
   * The detector's summed scores of `own` (tokenFeatures writes `own` first), filled by the tagger whose
   * private cache holds this word: those rows never change with the context.
   */
  ownScores: Float64Array | undefined;
  /** the class stage's summed scores of `own`, kept the same way */
  ownClassScores: Float64Array | undefined;
}

const FNV_PRIME = 0x01000193;
const SPACE = 32;
const COLON = 58;
/** hashString(a + String.fromCharCode(sep) + b), given hashString(a): the pair templates, without building the string. */
const hashJoin = (ha: number, sep: number, b: string): number => hashString(b, Math.imul(ha ^ sep, FNV_PRIME));
const H_START = hashString('<s>');
const H_END = hashString('</s>');
const H_DASH = hashString('-');
const H_UNSEEN = hashString('unseen');
/** template 16's four values, by capital (2) + sentence start (1) */
const H_CASE = ['cs', 'cS', 'Cs', 'CS'].map((x) => hashString(x));

/**
 * Adds one of a word's own features to `own`: its template mixed with its value's hash. (A module function, not a
 * named arrow inside wordInfo: under tsx, esbuild's keepNames wraps such an arrow in a `__name` call per new word.)
 */
function addOwn(own: number[], template: number, value: string): void {
  own.push(mix(template, hashString(value)) | 0);
}

function wordInfo(text: string, clusters: EventClusterTables): WordInfo {
  const lower = text.toLowerCase().replace(/’/g, "'");
  const st = stem(lower);
  const gr = clusters.glove.row(lower);
  return {
    lower,
    stem: st,
    lowerHash: hashString(lower),
    stemHash: hashString(st),
    own: undefined,
    split: 0,
    text,
    tables: clusters,
    gloveRow: gr,
    gloveCoarse: gr >= 0 ? hashString(String(clusters.glove.flatId(gr, 0))) : H_DASH,
    nounSenses: clusters.senses ? clusters.senses.senses(lower).noun.join(',') : undefined,
    // every field present from the start (`own` and `split` made on first need, the tagger fills the last two): one
    // object shape for V8's inline caches
    ownScores: undefined,
    ownClassScores: undefined,
  };
}

/** The word's own hashed features (WordInfo.own), made on the first ask and kept. */
export function ownOf(w: WordInfo): Int32Array {
  if (w.own !== undefined) return w.own;
  const { lower, stem: st, text, tables: clusters } = w;
  const own: number[] = [];
  addOwn(own, 1, '');
  addOwn(own, 2, lower);
  addOwn(own, 3, st);
  addOwn(own, 4, wordShape(text));
  if (lower.length > 2) addOwn(own, 5, lower.slice(-2));
  if (lower.length > 3) addOwn(own, 6, lower.slice(-3));
  if (lower.length > 4) addOwn(own, 7, lower.slice(-4));
  if (lower.length > 5) addOwn(own, 8, lower.slice(0, 4));
  w.split = own.length;
  // the local clusters read the word as cased, GloVe's lowercase
  clusterFeatures(clusters.local, clusters.local.row(text), 20, own);
  clusterFeatures(clusters.glove, w.gloveRow, 26, own);
  if (clusters.senses) senseFeatures(clusters.senses, lower, own);
  return (w.own = Int32Array.from(own));
}

/**
 * The word's WordNet supersenses: the verb, noun and adjective sets whole (templates 50-52) and each
 * supersense alone (53, up to MAX_SENSE_FLAGS), so a word never seen in training still reads as a
 * verb.communication or a noun.event. Returns the noun set joined, for template 54.
 */
function senseFeatures(table: SenseTable, lower: string, own: number[]): string {
  const { verb, noun, adj } = table.senses(lower);
  const nouns = noun.join(',');
  addOwn(own, 50, verb.join(','));
  addOwn(own, 51, nouns);
  addOwn(own, 52, `${verb.length > 0 ? 'v' : ''}${noun.length > 0 ? 'n' : ''}${adj.length > 0 ? 'a' : ''}`);
  const flags = [...verb.map((x) => `v.${x}`), ...noun.map((x) => `n.${x}`)];
  for (let k = 0; k < flags.length && k < MAX_SENSE_FLAGS; k++) addOwn(own, 53, flags[k]!);
  return nouns;
}

/** A word's cluster-path prefixes (templates from `first`, up to four) and flat clusters (the next two), or 'none' where the table lacks it. */
function clusterFeatures(t: ClusterTable, row: number, first: number, own: number[]): void {
  if (row < 0) {
    addOwn(own, first, 'none');
    return;
  }
  for (let k = 0; k < t.sizes.length && k < 4; k++) addOwn(own, first + k, String(t.prefixId(row, k)));
  for (let k = 0; k < t.flatSizes.length && k < 2; k++) addOwn(own, first + 4 + k, String(t.flatId(row, k)));
}

/**
 * Word infos by token text for one set of cluster tables, kept by a tagger across texts. Bounded: a
 * long-running process that meets ever new words starts over when it reaches `cap` words.
 */
export class WordCache {
  readonly get: (text: string) => WordInfo;

  constructor(
    readonly clusters: EventClusterTables,
    cap = 100_000,
  ) {
    this.get = memoByString((text) => wordInfo(text, clusters), cap);
  }
}

/** Per-token facts computed once per text. */
export interface TokenView {
  readonly words: readonly WordInfo[];
  readonly lower: readonly string[];
  readonly stems: readonly string[];
  /**
   * token k's predicted Penn tag, absent without a POS tagger. Tagged a sentence at a time, on the
   * first ask for one of its tokens, so a caller deciding a few words (`EventTagger.lazy`) tags only
   * their sentences, and the tags are the same whichever tokens are asked first.
   */
  readonly pos?: (k: number) => string;
  /** each token's supersenses for the class stage, absent without `classSenses` */
  readonly senses?: readonly WordSenses[];
  /** the class stage reads tagger-free context cues (cueClassFeatures) */
  readonly classCues?: boolean;
}

/** `cache` (a tagger's, over the same tables) saves recomputing the words it has seen; by default one for this text. */
export function viewTokens(tokens: readonly EventToken[], clusters: EventClusterTables, cache = new WordCache(clusters)): TokenView {
  const words = tokens.map((t) => cache.get(t.text));
  const lower = words.map((w) => w.lower);
  const pos = clusters.pos ? sentencePosTags(clusters.pos, lower, tokens) : undefined;
  const table = clusters.classSenses;
  const senses = table ? lower.map(memoByString((w) => table.senses(w), 10_000)) : undefined;
  return { words, lower, stems: words.map((w) => w.stem), ...(pos ? { pos } : {}), ...(senses ? { senses } : {}), ...(clusters.classCues ? { classCues: true } : {}) };
}

/**
 * How far a decision reads from its token, without POS tags or supersenses: tokenFeatures reads words i-3 to
 * i+2, cueClassFeatures i-6 to i+1. (A POS-tagged or sense-reading view is built whole: tags and senses are
 * read sentence-wide.)
 */
const WINDOW_BEFORE = 6;
/** without class cues, tokenFeatures reads no further back than i-3 */
const WINDOW_BEFORE_PLAIN = 3;
const WINDOW_AFTER = 2;

/**
 * As `viewTokens`, but a word is looked up only when a decision near it asks (`ensure(i)` before deciding
 * token i): a caller deciding a few tokens of a text (EventTagger.lazy) skips the word cache for the rest.
 * Without POS tags and supersenses only, where nothing reads beyond the window; otherwise the whole view.
 */
export function windowedView(tokens: readonly EventToken[], clusters: EventClusterTables, cache: WordCache): { view: TokenView; ensure: (i: number) => void } {
  if (clusters.pos || clusters.senses || clusters.classSenses) return { view: viewTokens(tokens, clusters, cache), ensure: () => {} };
  const n = tokens.length;
  const words = new Array<WordInfo>(n);
  const lower = new Array<string>(n);
  const stems = new Array<string>(n);
  const before = clusters.classCues ? WINDOW_BEFORE : WINDOW_BEFORE_PLAIN;
  return {
    view: { words, lower, stems, ...(clusters.classCues ? { classCues: true } : {}) },
    // a method, not a named arrow: under tsx, esbuild's keepNames wraps a named arrow in a `__name` call each time it is made
    ensure(i: number): void {
      const hi = Math.min(n - 1, i + WINDOW_AFTER);
      for (let k = Math.max(0, i - before); k <= hi; k++) {
        if (words[k] !== undefined) continue;
        const w = cache.get(tokens[k]!.text);
        words[k] = w;
        lower[k] = w.lower;
        stems[k] = w.stem;
      }
    },
  };
}

/** Tokens that end a sentence for POS tagging. */
const SENTENCE_END = new Set(['.', '?', '!']);

/**
 * Token k's Penn tag, tagging k's sentence (up to and including the next '.', '?' or '!') on the first
 * ask and keeping its tags: a text is tagged only where asked, and a sentence's tags never depend on
 * which of its tokens was asked first or on the sentences around it.
 */
function sentencePosTags(tagger: PosTagger, lower: readonly string[], tokens: readonly EventToken[]): (k: number) => string {
  const tagNames = tagger.model.tags;
  const tags: (string | undefined)[] = new Array<string | undefined>(tokens.length);
  return (k: number): string => {
    const known = tags[k];
    if (known !== undefined) return known;
    let s = k;
    while (s > 0 && !SENTENCE_END.has(lower[s - 1]!)) s--;
    let e = k;
    while (e < tokens.length - 1 && !SENTENCE_END.has(lower[e]!)) e++;
    const words = lower.slice(s, e + 1);
    const ids = tagger.tagIds(words, tokens.slice(s, e + 1).map((t) => posShape(t.text)));
    for (let j = 0; j < ids.length; j++) tags[s + j] = tagNames[ids[j]!]!;
    return tags[k]!;
  };
}

const BOUNDARY = new Set(['.', '?', '!', ';', ':', '"', '“', '”', '(', ')']);

/**
 * The hashed feature rows of token i (each already masked to the table), written into `out`; returns
 * how many. `lexicon` is the stem lexicon the model ships (empty during a lexicon-free run). Each
 * template hashes the string it names (e.g. 13: previous word, space, stem); the word's own templates
 * come from its `WordInfo` and lead the rows (`own.length` of them), the pairs are hashed on from the
 * first part's hash.
 */
export function tokenFeatures(
  tokens: readonly EventToken[],
  v: TokenView,
  i: number,
  lexicon: StemLexicon,
  mask: number,
  out: Int32Array,
): number {
  // no closures here: this runs once per decided token, and a closure per call was a measurable share of it
  let n = 0;
  const words = v.words;
  const len = tokens.length;
  const me = words[i]!;
  const own = ownOf(me);
  const st = me.stem;
  // every template of the word alone first (the tagger caches their summed scores per word)
  for (let k = 0; k < own.length; k++) out[n++] = (own[k]! & mask) >>> 0;
  const prev = wordAt(words, len, i - 1);
  const hPrev = hashAt(words, len, i - 1);
  const hPrev2 = hashAt(words, len, i - 2);
  out[n++] = row(9, hPrev, mask);
  out[n++] = row(10, hashAt(words, len, i + 1), mask);
  out[n++] = row(11, hPrev2, mask);
  out[n++] = row(12, hashAt(words, len, i + 2), mask);
  out[n++] = row(13, hashJoin(hPrev, SPACE, st), mask);
  out[n++] = row(14, hashJoin(me.stemHash, SPACE, wordAt(words, len, i + 1)), mask);
  out[n++] = row(15, hashJoin(hPrev2, SPACE, prev), mask);
  const capital = STARTS_UPPER.test(tokens[i]!.text);
  const sentenceStart = i === 0 || BOUNDARY.has(prev);
  out[n++] = row(16, H_CASE[(capital ? 2 : 0) + (sentenceStart ? 1 : 0)]!, mask);
  // The nearest function word within three tokens back, with its distance, and with the stem.
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const c = words[k]!;
    if (BOUNDARY.has(c.lower)) break;
    if (CUES.has(c.lower)) {
      out[n++] = row(17, hashJoin(c.lowerHash, COLON, String(i - k)), mask);
      out[n++] = row(18, hashJoin(c.lowerHash, SPACE, st), mask);
      break;
    }
  }
  // the neighbours' coarse GloVe clusters: a noun after "the", a verb after a pronoun cluster
  out[n++] = row(32, i > 0 ? words[i - 1]!.gloveCoarse : H_DASH, mask);
  out[n++] = row(33, i + 1 < len ? words[i + 1]!.gloveCoarse : H_DASH, mask);
  // the noun supersenses after the previous word: "the election" is an event, "the committee" not
  if (me.nounSenses !== undefined) out[n++] = row(54, hashJoin(hPrev, SPACE, me.nounSenses), mask);
  const lex = lexicon.get(st);
  if (lex !== undefined) {
    out[n++] = row(40, hashString(lex), mask);
    out[n++] = row(41, hashJoin(hashString(lex.slice(0, lex.indexOf(':'))), SPACE, prev), mask);
  } else out[n++] = row(40, H_UNSEEN, mask);
  if (v.pos) {
    const add = (template: number, value: string): void => {
      out[n++] = row(template, hashString(value), mask);
    };
    const pos = v.pos;
    const tag = (k: number): string => (k < 0 ? '<s>' : k >= len ? '</s>' : pos(k));
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

/** One template's row: its value's hash mixed with the template, masked to the table. */
function row(template: number, h: number, mask: number): number {
  return (mix(template, h) & mask) >>> 0;
}

/** The hash of word k's lower case, or of the sentence-boundary markers beyond either end. */
function hashAt(words: readonly WordInfo[], len: number, k: number): number {
  return k < 0 ? H_START : k >= len ? H_END : words[k]!.lowerHash;
}

/** Word k's lower case, or the sentence-boundary markers beyond either end. */
function wordAt(words: readonly WordInfo[], len: number, k: number): string {
  return k < 0 ? '<s>' : k >= len ? '</s>' : words[k]!.lower;
}

/** Most class-stage features one token can have (beyond its detector features). */
export const MAX_CLASS_FEATURES = 24;

/** Auxiliaries, modals and negation: the verb group before a verb ("will", "has been", "is not"). */
const AUX = new Set([
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'to',
  'has', 'have', 'had', 'having', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s",
  'do', 'does', 'did', 'not', "n't", 'never',
]);

/** Words that open an event's complement: "ruled that", "led to", "charged with", "talks on". */
const COMPLEMENT = new Set(['that', 'to', 'with', 'on', 'about', 'for', 'of', 'from', 'into', 'whether', 'if', 'as', 'by']);

/**
 * Features only the class stage reads (it sees event tokens only, so they cannot cost detection): with
 * POS tags, the verb group before the token, the nearest earlier content verb that governs it ("began
 * the attack", "ordered troops to withdraw") with that verb's lexicon class, the word opening its
 * complement, and the preposition it hangs from; with supersenses, the token's own (verb.communication
 * says REPORTING, verb.perception PERCEPTION, verb.cognition I_STATE) and those of the word governing it.
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
  let n = at;
  const add = (template: number, value: string): void => {
    out[n++] = (mix(template, hashString(value)) & mask) >>> 0;
  };
  if (v.pos) posClassFeatures(tokens, v, v.pos, i, lexicon, add);
  if (v.senses) senseClassFeatures(tokens, v, v.senses, i, add);
  if (v.classCues) cueClassFeatures(v, i, lexicon, add);
  return n - at;
}

/** Determiners and possessives between a preposition and the noun it governs ("of the attack"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'any', 'some', 'no']);
/** Prepositions a nominal event hangs from ("after the talks", "of the attack", "during the war"). */
const PREPOSITIONS = new Set(['of', 'for', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'by', 'with', 'from', 'to', 'into', 'against', 'over', 'about', 'amid', 'despite', 'following', 'until']);
/** Lexicon classes of words that take another event as complement: "ordered ... to withdraw", "said ... attacked". */
const GOVERNING_CLASSES = new Set(['I_ACTION', 'I_STATE', 'REPORTING', 'ASPECTUAL', 'PERCEPTION']);

/**
 * Class-stage cues that need no POS tagger (templates 80-84): the verb group before the token with its
 * last two letters (a cheap inflection: "has been charg|ed"), the nearest earlier word in the clause that
 * the lexicon marks as mostly an event of a governing class (I_ACTION, I_STATE, REPORTING, ASPECTUAL,
 * PERCEPTION) with that class, the word opening the token's complement, and the preposition the token hangs from.
 */
function cueClassFeatures(v: TokenView, i: number, lexicon: StemLexicon, add: (template: number, value: string) => void): void {
  const lower = v.lower;
  const me = lower[i]!;
  const tail = me.length > 2 ? me.slice(-2) : me;
  const group: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 5 && group.length < 3; k--) {
    const w = lower[k]!;
    if (AUX.has(w)) group.unshift(w);
    else if (!w.endsWith('ly')) break;
  }
  add(80, `${group.join(' ')}|${tail}`);
  let gov = '-';
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = lower[k]!;
    if (BOUNDARY.has(w) || w === ',') break;
    const lex = lexicon.get(v.stems[k]!);
    if (lex === undefined || !/^r[4-6]:/.test(lex)) continue;
    const cls = lex.slice(lex.lastIndexOf(':') + 1);
    if (GOVERNING_CLASSES.has(cls)) { gov = cls; add(81, v.stems[k]!); break; }
  }
  add(82, `${gov}|${tail}`);
  const next = i + 1 < lower.length ? lower[i + 1]! : '</s>';
  add(83, COMPLEMENT.has(next) ? next : '-');
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = lower[k]!;
    if (PREPOSITIONS.has(w)) { add(84, `${w}|${tail}`); break; }
    if (!DETERMINERS.has(w)) break;
  }
}

/** Most supersense flags the class stage reads for one token (template 72). */
const MAX_CLASS_SENSE_FLAGS = 8;

function senseClassFeatures(tokens: readonly EventToken[], v: TokenView, senses: readonly WordSenses[], i: number, add: (template: number, value: string) => void): void {
  const me = senses[i]!;
  const verbs = me.verb.join(',');
  add(70, verbs);
  add(71, me.noun.join(','));
  const flags = [...me.verb.map((x) => `v.${x}`), ...me.noun.map((x) => `n.${x}`)];
  for (let k = 0; k < flags.length && k < MAX_CLASS_SENSE_FLAGS; k++) add(72, flags[k]!);
  // the nearest earlier word in the clause that can be a verb and is no auxiliary: "ordered (troops) to withdraw"
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const w = v.lower[k]!;
    if (BOUNDARY.has(w) || w === ',') break;
    if (AUX.has(w) || senses[k]!.verb.length === 0) continue;
    add(73, senses[k]!.verb.join(','));
    break;
  }
  const next = i + 1 < tokens.length ? v.lower[i + 1]! : '</s>';
  if (COMPLEMENT.has(next)) add(74, `${verbs}|${next}`);
}

function posClassFeatures(
  tokens: readonly EventToken[],
  v: TokenView,
  pos: (k: number) => string,
  i: number,
  lexicon: StemLexicon,
  add: (template: number, value: string) => void,
): void {
  const st = v.stems[i]!;
  const p = pos(i);
  // the verb group: auxiliaries (adverbs skipped) right before the token
  const group: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 5 && group.length < 3; k--) {
    const w = v.lower[k]!;
    if (AUX.has(w)) group.unshift(w);
    else if (!pos(k).startsWith('RB')) break;
  }
  add(60, `${group.join(' ')}|${p}`);
  // the governing content verb: nearest earlier VB* that is no auxiliary, within the clause
  let gov = '';
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    const w = v.lower[k]!;
    if (BOUNDARY.has(w) || w === ',') break;
    if (pos(k).startsWith('VB') && !AUX.has(w)) { gov = v.stems[k]!; break; }
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
    const pk = pos(k);
    if (pk === 'IN' || pk === 'TO') { add(65, `${v.lower[k]!} ${p.slice(0, 2)}`); break; }
    if (!/^(DT|JJ|PRP\$|CD|NN|POS)/.test(pk)) break;
  }
}
