/**
 * Reading and writing TimeML (.tml, .TE3input): the DOCID, the DCT, the plain text inside <TEXT> and the
 * TIMEX3 and EVENT tags found there as character offsets into that plain text. Only <TEXT> counts, as in
 * the TempEval-3 scorer.
 */
import { WiretraceError } from '../../errors.js';
import { NUM, UNIT_WORD, parseNumber, unitOf } from './lexicon.js';
import { durationValue } from './parsers.js';

export interface TmlTimex {
  readonly start: number;
  readonly end: number;
  readonly tid: string;
  readonly type: string;
  readonly value: string;
  readonly mod?: string;
}

/** An EVENT tag: TimeML puts its class on the EVENT, its tense and aspect on a MAKEINSTANCE. */
export interface TmlEvent {
  readonly start: number;
  readonly end: number;
  readonly eid: string;
  readonly cls: string;
}

export interface TmlDoc {
  readonly docId: string;
  readonly dct: string | null;
  /** The text inside <TEXT>, tags removed and entities decoded. */
  readonly text: string;
  readonly timexes: readonly TmlTimex[];
  readonly events: readonly TmlEvent[];
  /** The raw file, for writers that re-insert tags. */
  readonly raw: string;
  /** Raw-file offsets of the <TEXT> content. */
  readonly textStart: number;
  readonly textEnd: number;
  /** rawIndex[i] = raw-file offset where plain-text character i begins; rawIndex[text.length] = textEnd. */
  readonly rawIndex: Int32Array;
}

/**
 * A timex value as TimeML writes it. TIMEX3 values carry no zone offset (TimeBank writes "5 p.m. EST
 * Nov. 9" as 1989-11-09T17:00), while ours keeps it ("-05") for windows and readers; TimeML output drops it.
 */
export function timemlValue(value: string): string {
  return value.replace(/(T\d{2}:\d{2}(?::\d{2})?)(?:Z|[+-]\d{2}(?::?\d{2})?)$/, '$1');
}

/** A word joining the two ends of a range: "Aug. 26 to Oct. 20", "from Monday through Wednesday". */
const RANGE_WORD = /\s+(?:to|through|thru|until|till|and)\s+/i;

/** A stretch counted on from an earlier time ("three days later"): the stretch, then the signal. */
const STRETCH_LATER = new RegExp(String.raw`^(?<s>.*?(?<n>${NUM})[\s-]+(?<u>${UNIT_WORD}))\s+later$`, 'i');

/**
 * "Three days later" is one timex to us, a date counted from the last one mentioned. TimeML tags the
 * stretch alone ("[Three days] later" DURATION P3D) and leaves the word that relates it to an event to a
 * SIGNAL, as with "two days before the vote" (TimeML 1.2.1 guidelines, SIGNAL; "ago" alone stays inside
 * the TIMEX3). TimeBank tags every "N units later" so.
 */
function stretchBeforeLater<T extends { readonly start: number; readonly end: number; readonly type: string; readonly value: string }>(text: string, t: T): T | null {
  if (t.type === 'SET') return null;
  const m = STRETCH_LATER.exec(text.slice(t.start, t.end));
  const unit = m ? unitOf(m.groups!.u!) : null;
  if (!m || !unit) return null;
  return { ...t, end: t.start + m.groups!.s!.length, type: 'DURATION', value: durationValue(parseNumber(m.groups!.n!), unit) };
}

/**
 * The TIMEX3s TimeML writes for one timex: a range joined by a word is two expressions, its first day and
 * its last ("[Aug. 26] to [Oct. 20]"), as TimeBank tags them; a dash range ("March 3-5") stays one; a
 * stretch counted on ("three days later") is the stretch.
 */
export function timemlParts<T extends { readonly start: number; readonly end: number; readonly type: string; readonly value: string; readonly range?: { readonly end: string } | null }>(text: string, t: T): T[] {
  const stretch = stretchBeforeLater(text, t);
  if (stretch) return [stretch];
  if (!t.range) return [t];
  const m = RANGE_WORD.exec(text.slice(t.start, t.end));
  if (!m) return [t];
  const cut = t.start + m.index;
  return [{ ...t, end: cut }, { ...t, start: cut + m[0].length, value: t.range.end }];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/(\w+)\s*=\s*"([^"]*)"/g)) out[m[1]!] = m[2]!;
  return out;
}

export function parseTml(raw: string, name = 'input'): TmlDoc {
  const docId = /<DOCID>\s*([^<]*?)\s*<\/DOCID>/.exec(raw)?.[1] ?? name;
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(raw)?.[1];
  const dct = dctTag ? (attrs(dctTag).value ?? null) : null;
  const open = /<TEXT>/.exec(raw);
  const close = raw.lastIndexOf('</TEXT>');
  if (!open || close < 0) throw new WiretraceError('E_INPUT_FORMAT', `${name}: no <TEXT> element`);
  const textStart = open.index + open[0].length;
  const body = raw.slice(textStart, close);
  let text = '';
  const starts: number[] = [];
  const timexes: TmlTimex[] = [];
  const events: TmlEvent[] = [];
  let openTimex: { start: number; a: Record<string, string> } | null = null;
  let openEvent: { start: number; a: Record<string, string> } | null = null;
  const re = /<[^>]*>|&(\w+);|[^<&]+|&/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const tok = m[0];
    if (tok.startsWith('<')) {
      if (/^<TIMEX3\b/.test(tok)) openTimex = { start: text.length, a: attrs(tok) };
      else if (/^<\/TIMEX3>/.test(tok) && openTimex) {
        const a = openTimex.a;
        timexes.push({ start: openTimex.start, end: text.length, tid: a.tid ?? '', type: a.type ?? '', value: a.value ?? '', ...(a.mod ? { mod: a.mod } : {}) });
        openTimex = null;
      } else if (/^<EVENT\b/.test(tok)) openEvent = { start: text.length, a: attrs(tok) };
      else if (/^<\/EVENT>/.test(tok) && openEvent) {
        events.push({ start: openEvent.start, end: text.length, eid: openEvent.a.eid ?? '', cls: openEvent.a.class ?? '' });
        openEvent = null;
      }
    } else if (m[1] !== undefined) {
      const ch = ENTITIES[m[1]] ?? tok;
      for (let k = 0; k < ch.length; k++) starts.push(textStart + m.index);
      text += ch;
    } else {
      for (let k = 0; k < tok.length; k++) starts.push(textStart + m.index + k);
      text += tok;
    }
  }
  starts.push(close);
  return { docId, dct, text, timexes, events, raw, textStart, textEnd: close, rawIndex: Int32Array.from(starts) };
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** For attribute values, which are written in double quotes. */
const escapeAttr = (s: string): string => escapeXml(s).replace(/"/g, '&quot;');

export interface TimexTag extends TmlTimex {
  /** For values resolved against the DCT, the DCT's tid ("t0"). */
  readonly anchorTimeID?: string;
}

/** An EVENT to write: its eid names it, and a MAKEINSTANCE (eiid "ei" + the eid's number) instantiates it. */
export interface EventTag {
  readonly start: number;
  readonly end: number;
  readonly eid: string;
  readonly cls: string;
}

interface Element {
  readonly start: number;
  readonly end: number;
  readonly open: string;
  readonly close: string;
}

function timexElement(t: TimexTag): Element {
  const attr = [`tid="${escapeAttr(t.tid)}"`, `type="${escapeAttr(t.type)}"`, `value="${escapeAttr(t.value)}"`];
  if (t.mod) attr.push(`mod="${escapeAttr(t.mod)}"`);
  attr.push(`temporalFunction="${t.anchorTimeID ? 'true' : 'false'}"`, 'functionInDocument="NONE"');
  if (t.anchorTimeID) attr.push(`anchorTimeID="${escapeAttr(t.anchorTimeID)}"`);
  return { start: t.start, end: t.end, open: `<TIMEX3 ${attr.join(' ')}>`, close: '</TIMEX3>' };
}

const eventElement = (e: EventTag): Element => ({
  start: e.start,
  end: e.end,
  open: `<EVENT eid="${escapeAttr(e.eid)}" class="${escapeAttr(e.cls)}">`,
  close: '</EVENT>',
});

/**
 * Re-inserts TIMEX3 and EVENT tags into the raw file (text characters untouched), as TimeML the TE3
 * scorer reads; each EVENT written gets a MAKEINSTANCE after </TEXT>. Timexes are placed first: an
 * event overlapping a timex, or a tag crossing an element already in the file, is left out, since
 * TimeML elements may not overlap.
 */
export function writeTml(doc: TmlDoc, tags: readonly TimexTag[], events: readonly EventTag[] = []): string {
  const placed: Element[] = [];
  const written: EventTag[] = [];
  const place = (els: readonly Element[], onPlaced?: (i: number) => void): void => {
    const taken = [...placed].sort((a, b) => a.start - b.start);
    const order = els.map((_, i) => i).sort((a, b) => els[a]!.start - els[b]!.start);
    let k = 0;
    let lastEnd = -1;
    for (const i of order) {
      const t = els[i]!;
      if (t.start < lastEnd || t.end <= t.start) continue;
      while (k < taken.length && taken[k]!.end <= t.start) k++;
      if (k < taken.length && taken[k]!.start < t.end) continue; // overlaps an element placed earlier
      if (doc.raw.slice(doc.rawIndex[t.start]!, doc.rawIndex[t.end]!).includes('<')) continue; // would cross an element in the file
      placed.push(t);
      onPlaced?.(i);
      lastEnd = t.end;
    }
  };
  place(tags.map(timexElement));
  place(events.map(eventElement), (i) => written.push(events[i]!));
  placed.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const t of placed) {
    const open = doc.rawIndex[t.start]!;
    const close = doc.rawIndex[t.end]!;
    out += doc.raw.slice(at, open) + t.open + doc.raw.slice(open, close) + t.close;
    at = close;
  }
  if (!written.length) return out + doc.raw.slice(at);
  const textClose = doc.textEnd + '</TEXT>'.length;
  const instances = written
    .sort((a, b) => a.start - b.start)
    .map((e) => `<MAKEINSTANCE eventID="${escapeAttr(e.eid)}" eiid="${escapeAttr(e.eid.replace(/^e/, 'ei'))}" tense="NONE" aspect="NONE" polarity="POS" pos="UNKNOWN"/>`);
  return out + doc.raw.slice(at, textClose) + '\n\n' + instances.join('\n') + '\n' + doc.raw.slice(textClose);
}
