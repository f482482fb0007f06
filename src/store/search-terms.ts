/**
 * What a person types into search, parsed the same way for every engine into a small query tree. User
 * text is never query syntax for the engine: a term is a run of characters or a "quoted phrase", and
 * each engine passes terms as quoted strings or bound values. Supported on purpose: "quoted phrases", a
 * trailing `*` for prefix search, `OR` (in capitals) between terms or groups, and parentheses for
 * grouping. Terms side by side must all match (AND binds tighter than OR). A lone or doubled `OR` is
 * dropped, a missing `)` is closed at the end, a stray `)` is ignored, and an empty group is nothing.
 * Everything else (NOT, NEAR, -, ^, column:) is a word or punctuation like any other.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;
const PART = /"([^"]*)"?|([()])|([^\s()"]+)/g;

export interface SearchTerm {
  /** The term's words, in order (a phrase when more than one). */
  readonly words: readonly string[];
  /** The term as typed, without its prefix star (engines whose tokenizer reads "U.N." whole use it). */
  readonly text: string;
  readonly prefix: boolean;
  readonly quoted: boolean;
}

export type SearchNode =
  | { readonly kind: 'term'; readonly term: SearchTerm }
  | { readonly kind: 'and' | 'or'; readonly parts: readonly SearchNode[] };

type Token = { readonly kind: 'term'; readonly term: SearchTerm } | { readonly kind: 'open' | 'close' | 'or' };

function tokenize(input: string): Token[] {
  const out: Token[] = [];
  for (const m of input.normalize('NFC').matchAll(PART)) {
    const phrase = m[1];
    if (phrase !== undefined) {
      const words = phrase.match(WORD);
      if (words) out.push({ kind: 'term', term: { words, text: phrase, prefix: false, quoted: true } });
      continue;
    }
    if (m[2]) {
      out.push({ kind: m[2] === '(' ? 'open' : 'close' });
      continue;
    }
    const bare = m[3] ?? '';
    if (bare === 'OR') {
      out.push({ kind: 'or' });
      continue;
    }
    const words = bare.match(WORD);
    if (!words) continue;
    // "Jong-un" or "U.N." are one term to the reader: engines keep their pieces together as a phrase.
    const prefix = bare.endsWith('*') && /[\p{L}\p{N}\p{M}]\*+$/u.test(bare);
    out.push({ kind: 'term', term: { words, text: prefix ? bare.replace(/\*+$/, '') : bare, prefix, quoted: false } });
  }
  return out;
}

/** Groups nested deeper than this are read as if their parentheses were not there. */
const MAX_DEPTH = 32;

function combine(kind: 'and' | 'or', parts: SearchNode[]): SearchNode | null {
  if (!parts.length) return null;
  return parts.length === 1 ? parts[0]! : { kind, parts };
}

/** The query's tree; null when it has no searchable word. */
export function parseSearch(input: string): SearchNode | null {
  const tokens = tokenize(input);
  let at = 0;
  // orExpr := andExpr ('OR' andExpr)* [')' when inside a group]; andExpr := (term | '(' orExpr)*
  const orExpr = (depth: number): SearchNode | null => {
    const alternatives: SearchNode[] = [];
    for (;;) {
      const a = andExpr(depth);
      if (a) alternatives.push(a);
      if (tokens[at]?.kind !== 'or') break;
      at++;
    }
    if (depth > 0 && tokens[at]?.kind === 'close') at++;
    return combine('or', alternatives);
  };
  const andExpr = (depth: number): SearchNode | null => {
    const terms: SearchNode[] = [];
    for (let t = tokens[at]; t && t.kind !== 'or'; t = tokens[at]) {
      if (t.kind === 'close' && depth > 0) break; // ends this group: orExpr takes it
      at++;
      if (t.kind === 'term') terms.push({ kind: 'term', term: t.term });
      else if (t.kind === 'open' && depth < MAX_DEPTH) {
        const inner = orExpr(depth + 1);
        if (inner) terms.push(inner);
      }
      // a stray ")" at the top level, or "(" past MAX_DEPTH: skipped
    }
    return combine('and', terms);
  };
  return orExpr(0);
}

/** Renders a tree with an engine's own term and operator syntax; compound parts are parenthesised. */
export function renderSearch(node: SearchNode, term: (t: SearchTerm) => string, ops: { readonly and: string; readonly or: string }): string {
  if (node.kind === 'term') return term(node.term);
  return `(${node.parts.map((p) => renderSearch(p, term, ops)).join(` ${ops[node.kind]} `)})`;
}
