/**
 * Reading TimeML (.tml, .TE3input): the DOCID, the DCT, the plain text inside <TEXT> and the TIMEX3 tags
 * found there as character offsets into that plain text. Only <TEXT> counts, as in the TempEval-3 scorer.
 */
import { WiretraceError } from '../../errors.js';

export interface TmlTimex {
  readonly start: number;
  readonly end: number;
  readonly tid: string;
  readonly type: string;
  readonly value: string;
  readonly mod?: string;
}

export interface TmlDoc {
  readonly docId: string;
  readonly dct: string | null;
  /** The text inside <TEXT>, tags removed and entities decoded. */
  readonly text: string;
  readonly timexes: readonly TmlTimex[];
  /** The raw file, for writers that re-insert tags. */
  readonly raw: string;
  /** Raw-file offsets of the <TEXT> content. */
  readonly textStart: number;
  readonly textEnd: number;
  /** rawIndex[i] = raw-file offset where plain-text character i begins; rawIndex[text.length] = textEnd. */
  readonly rawIndex: Int32Array;
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
  let openTimex: { start: number; a: Record<string, string> } | null = null;
  const re = /<[^>]*>|&(\w+);|[^<&]+|&/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const tok = m[0];
    if (tok.startsWith('<')) {
      if (/^<TIMEX3\b/.test(tok)) openTimex = { start: text.length, a: attrs(tok) };
      else if (/^<\/TIMEX3>/.test(tok) && openTimex) {
        const a = openTimex.a;
        timexes.push({ start: openTimex.start, end: text.length, tid: a.tid ?? '', type: a.type ?? '', value: a.value ?? '', ...(a.mod ? { mod: a.mod } : {}) });
        openTimex = null;
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
  return { docId, dct, text, timexes, raw, textStart, textEnd: close, rawIndex: Int32Array.from(starts) };
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface TimexTag extends TmlTimex {
  /** For values resolved against the DCT, the DCT's tid ("t0"). */
  readonly anchorTimeID?: string;
}

/** Re-inserts TIMEX3 tags into the raw file (text characters untouched), as TimeML the TE3 scorer reads. */
export function writeTml(doc: TmlDoc, tags: readonly TimexTag[]): string {
  const sorted = [...tags].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  let lastEnd = -1;
  for (const t of sorted) {
    if (t.start < lastEnd || t.end <= t.start) continue; // TimeML tags may not overlap
    const open = doc.rawIndex[t.start]!;
    const close = doc.rawIndex[t.end]!;
    if (doc.raw.slice(open, close).includes('<')) continue; // would interleave with another element (EVENT)
    const attr = [`tid="${t.tid}"`, `type="${t.type}"`, `value="${escapeXml(t.value)}"`];
    if (t.mod) attr.push(`mod="${t.mod}"`);
    attr.push(`temporalFunction="${t.anchorTimeID ? 'true' : 'false'}"`, 'functionInDocument="NONE"');
    if (t.anchorTimeID) attr.push(`anchorTimeID="${t.anchorTimeID}"`);
    out += doc.raw.slice(at, open) + `<TIMEX3 ${attr.join(' ')}>` + doc.raw.slice(open, close) + '</TIMEX3>';
    at = close;
    lastEnd = t.end;
  }
  return out + doc.raw.slice(at);
}
