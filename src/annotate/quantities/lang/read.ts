/**
 * Amounts in a German, French or Spanish report: a number (digits in the language's grouping, or a number word),
 * its bound before it ("environ", "más de", "mindestens"), a scale word ("millones"), and what it counts or measures
 * after it ("emplois", "de dólares", "Tonnen"). A number with nothing counted after it is left out: a bare figure is
 * as often a date, a score or a label. Numbers inside a time expression are never amounts. Each record is the English
 * layer's Quantity, with its units in the English layer's words (lexicons.ts), so the story layer compares them
 * across languages. The event is the nearest event trigger of its sentence; no attribution (the attribution model
 * reads English only).
 */
import { escapeRegExp } from '../../../util/regexp.js';
import type { Event } from '../../../doc/schemas/events.js';
import type { Quantity, QuantityBound, QuantityUnitKind } from '../../../doc/schemas/quantities.js';
import type { Timex } from '../../../doc/schemas/time.js';
import type { Sentence } from '../../../doc/schemas/text.js';
import { SpanIndex } from '../../../doc/span-index.js';
import { nearest } from '../attach.js';
import { boundInterval } from '../read.js';
import type { AmountLexicon } from './lexicons.js';

export interface LangAmountInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  readonly timexes: readonly Timex[];
  readonly events: readonly Event[];
}

/** Number words from two up (one is an article in all three languages: "un", "una", "ein"). */
const NUMBER_WORDS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  fr: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30, cent: 100 },
  es: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30, cien: 100 },
  pt: { dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10, onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30, cem: 100 },
  it: { due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, quindici: 15, venti: 20, trenta: 30, cento: 100 },
  nl: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, vijftien: 15, twintig: 20, dertig: 30, honderd: 100 },
  de: { zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30, hundert: 100 },
};

/** Percent words after a number. */
const PERCENT = /^\s*(?:%|pour\s+cent|por\s+ciento|por\s+cento|per\s+cento|prozent|procent)(?![\p{L}])/iu;
/** Currency signs before a number. */
const SIGN_BEFORE: ReadonlyArray<{ readonly sign: RegExp; readonly code: string }> = [
  { sign: /(?:US\$|\$\s?US)\s?$/, code: 'USD' },
  { sign: /\$\s?$/, code: 'USD' },
  { sign: /€\s?$/, code: 'EUR' },
  { sign: /£\s?$/, code: 'GBP' },
];

/** A lexicon's patterns, built once: its numbers, and its bounds as one pattern anchored at the number. */
interface Compiled {
  readonly number: RegExp;
  readonly bound: RegExp;
}

const compiled = new WeakMap<AmountLexicon, Compiled>();

function compile(lex: AmountLexicon): Compiled {
  let c = compiled.get(lex);
  if (c) return c;
  const words = Object.keys(NUMBER_WORDS[lex.language] ?? {}).join('|');
  const group = lex.groupSeparator === 'space' ? String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+` : String.raw`\d{1,3}(?:\.\d{3})+`;
  const phrases = Object.keys(lex.boundsBefore).map(escapeRegExp).join('|');
  c = {
    // a digit group or a plain number, with a decimal comma; not inside a longer token ("A320", "2,5-fach", "1.2.3")
    number: new RegExp(String.raw`(?<![\p{L}\p{N}.,/-])(?:(${group}|\d+)(?:,(\d+))?(?![\p{L}\p{N}]|[.,]\d)|\b(${words})\b)`, 'giu'),
    // the leftmost bound phrase that ends right before the number (the regex tries starts left to right)
    bound: new RegExp(String.raw`(?:^|[^\p{L}])(${phrases})\s+$`, 'u'),
  };
  compiled.set(lex, c);
  return c;
}

/** The words right after `at` (lower case), with where each ends. */
interface WordAt {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

function wordsAfter(text: string, at: number, n: number): WordAt[] {
  const out: WordAt[] = [];
  // an elided "d'" is a word of its own ("millions d'euros": the linker, then the currency)
  const re = /\s*([dD]['’](?=\p{L})|[\p{L}][\p{L}'’.-]*|%|\$|€)/uy;
  let i = at;
  while (out.length < n) {
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) break;
    // a full stop ends the sentence, except after an abbreviation ("Mio.", "Mrd.", "ca.")
    const word = (/^(?:mio|mrd|ca)\.$/i.test(m[1]!) ? m[1]! : m[1]!.replace(/\.$/, '')).toLowerCase();
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ word, start, end: start + word.length });
    i = m.index + m[0].length;
  }
  return out;
}

/** The longest key of `map` made of the first one or two of `words`. */
function longest(map: Readonly<Record<string, string | number>>, words: readonly WordAt[], from: number): { key: string; end: number; used: number } | null {
  for (const n of [3, 2, 1]) {
    const part = words.slice(from, from + n);
    if (part.length < n) continue;
    const key = part.map((w) => w.word).join(' ');
    if (Object.hasOwn(map, key)) return { key, end: part[part.length - 1]!.end, used: n };
  }
  return null;
}

/** The bound written before `at`: the bound phrase that starts leftmost of those ending right before it. */
function boundBefore(lex: AmountLexicon, text: string, at: number): { bound: QuantityBound; start: number } | null {
  const before = text.slice(Math.max(0, at - 24), at);
  const m = compile(lex).bound.exec(before.toLowerCase());
  if (!m) return null;
  return { bound: lex.boundsBefore[m[1]!]!, start: at - before.length + m.index + m[0].indexOf(m[1]!) };
}

function parseNumber(lex: AmountLexicon, m: RegExpExecArray): number {
  if (m[3]) return NUMBER_WORDS[lex.language]![m[3].toLowerCase()]!;
  const whole = m[1]!.replace(/[ \u00a0\u202f.]/g, '');
  return Number(m[2] ? `${whole}.${m[2]}` : whole);
}

interface Read {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly bound: QuantityBound;
  readonly unitKind: QuantityUnitKind;
  readonly unit: string;
  readonly head: { start: number; end: number } | null;
  readonly rule: string;
}

/** One amount at a number match, or null when nothing after it says what it counts or measures. */
function readAt(lex: AmountLexicon, text: string, m: RegExpExecArray, sentenceStart: number): Read | null {
  let value = parseNumber(lex, m);
  const numStart = m.index;
  let end = m.index + m[0].length;
  const words = wordsAfter(text, end, 6);
  let k = 0;
  const scale = longest(lex.scales, words, k);
  if (scale) {
    value *= 10 ** (lex.scales[scale.key] as number);
    end = scale.end;
    k += scale.used;
  }
  const bound = boundBefore(lex, text, numStart);
  const start = bound?.start ?? numStart;
  const percent = PERCENT.exec(text.slice(end));
  if (percent) return { start, end: end + percent[0].length, value, bound: bound?.bound ?? 'exact', unitKind: 'percent', unit: 'percent', head: null, rule: 'lang:percent' };
  const lead = text.slice(Math.max(0, numStart - 4), numStart);
  for (const { sign, code } of SIGN_BEFORE) {
    const m = sign.exec(lead);
    if (m) return { start: Math.min(start, numStart - m[0].length), end, value, bound: bound?.bound ?? 'exact', unitKind: 'currency', unit: code, head: null, rule: 'lang:currency' };
  }
  if (words[k] && lex.linkers.includes(words[k]!.word)) k++;
  const currency = longest(lex.currencies, words, k);
  if (currency) return { start, end: currency.end, value, bound: bound?.bound ?? 'exact', unitKind: 'currency', unit: lex.currencies[currency.key]!, head: null, rule: 'lang:currency' };
  const measure = longest(lex.measures, words, k);
  if (measure) return { start, end: measure.end, value, bound: bound?.bound ?? 'exact', unitKind: 'measure', unit: lex.measures[measure.key]!, head: null, rule: 'lang:measure' };
  // a counted noun right after the number, or after one adjective before it (German: "14 gabunische Händler")
  for (const at of scale ? [k] : [k, k + 1]) {
    const w = words[at];
    if (!w) continue;
    const lemma = Object.hasOwn(lex.nouns, w.word) ? lex.nouns[w.word] : undefined;
    if (lemma) return { start, end: w.end, value, bound: bound?.bound ?? 'exact', unitKind: 'count', unit: lemma, head: { start: words[k]!.start, end: w.end }, rule: 'lang:number+noun' };
  }
  // a figure that ends its clause counts the noun its clause named before it ("i veicoli interessati sono circa 210.000,",
  // "le nombre de personnes … est passé à 23,"): digits only, no other number between them
  if (m[1] && !scale && CLAUSE_END.test(text.slice(end, end + 3))) {
    const noun = nounBefore(lex, text.slice(Math.max(sentenceStart, numStart - NOUN_BEFORE_REACH), start));
    if (noun) return { start, end, value, bound: bound?.bound ?? 'exact', unitKind: 'count', unit: noun, head: null, rule: 'lang:noun+number' };
  }
  return null;
}

/** Right after a figure, the end of its clause. */
const CLAUSE_END = /^\s*(?:[,.;:)»"”!?]|$)/u;
/** How far before a figure that ends its clause (characters) its counted noun is looked for. */
const NOUN_BEFORE_REACH = 80;

/** The English lemma of the last counted noun of `before`, when no number stands after it. */
function nounBefore(lex: AmountLexicon, before: string): string | null {
  let found: string | null = null;
  for (const w of before.matchAll(/[\p{L}]+|\d/gu)) {
    if (/\d/.test(w[0])) found = null;
    else {
      const word = w[0].toLowerCase();
      if (Object.hasOwn(lex.nouns, word) && lex.nouns[word]) found = lex.nouns[word];
    }
  }
  return found;
}

/** Whether [start, end) overlaps one of the spans. */
function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** Every amount of the text, in text order, as the quantities layer's records. */
export function readLangQuantities(lex: AmountLexicon, input: LangAmountInput): Quantity[] {
  const { text } = input;
  const out: Quantity[] = [];
  const re = compile(lex).number;
  const timexIndex = new SpanIndex(input.timexes);
  // events by their triggers, which is where an amount is measured from
  const triggerIndex = new SpanIndex(input.events.map((event) => ({ start: event.trigger.start, end: event.trigger.end, event })));
  for (const s of input.sentences) {
    const timexes = timexIndex.within(s.start, s.end);
    const triggers = triggerIndex.within(s.start, s.end);
    const sentence = text.slice(s.start, s.end);
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const abs = { ...m, index: m.index + s.start } as RegExpExecArray;
      if (overlapsAny(timexes, abs.index, abs.index + m[0].length)) continue;
      const r = readAt(lex, text, abs, s.start);
      if (!r || r.end > s.end) continue;
      re.lastIndex = r.end - s.start;
      const event = nearest(triggers, r)?.event ?? null;
      const asOf = nearestTimex(timexes, r.start);
      out.push({
        id: `q${out.length + 1}`,
        start: r.start,
        end: r.end,
        value: r.value,
        ...boundInterval(r.value, r.bound),
        bound: r.bound,
        unitKind: r.unitKind,
        unit: r.unit,
        head: r.head,
        event: event?.id ?? null,
        cluster: event?.cluster ?? null,
        asOf: asOf ? { timex: asOf.id, value: asOf.value } : null,
        attribution: null,
        claim: null,
        rule: r.rule,
      });
    }
  }
  return out;
}

/** The nearest date or clock time of the sentence. */
function nearestTimex(timexes: readonly Timex[], at: number): Timex | null {
  let best: Timex | null = null;
  let gap = Infinity;
  for (const t of timexes) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const d = Math.abs(t.start - at);
    if (d < gap) {
      best = t;
      gap = d;
    }
  }
  return best;
}
