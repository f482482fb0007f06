/**
 * Plain-text articles as saved from news sites: a title line, a header block (byline, "3 Min Read",
 * "photo credit: X", maybe a date), the body, and trailing share/subscribe boilerplate.
 * The header block is recognised line by line, and only before the first body-like line, so a body
 * sentence that happens to mention "photo credit" is never eaten.
 */
import type { DocMeta } from '../doc/meta.js';
import { WiretraceError } from '../errors.js';
import { parseDate, validatePublished } from './dates.js';
import { readFrontMatter } from './front-matter.js';

export interface PlainTextArticle {
  readonly meta: DocMeta;
  /** Body paragraphs joined by a blank line, each trimmed; header and boilerplate removed. */
  readonly body: string;
  /** Lines removed as header or boilerplate, for provenance and debugging. */
  readonly removed: readonly string[];
  /** The front-matter header's fields as written, when the file had one (front-matter.ts). */
  readonly frontMatter?: Readonly<Record<string, string>>;
}

export interface PlainTextOptions {
  /** Overrides any date found in the text (ISO 8601 or a parseable date). */
  readonly published?: string | null;
  readonly outlet?: string;
  readonly url?: string;
}

/** A title is a short line without sentence-final punctuation. Longer lines are body paragraphs. */
const MAX_TITLE_CHARS = 200;
/** Bylines are short: a few names. */
const MAX_BYLINE_CHARS = 80;

const READ_TIME = /^\s*(\d{1,3})\s*(?:min(?:ute)?s?)\.?\s*read\s*$/i;
const PHOTO_CREDIT = /^\s*(?:photo|image|picture|pictured|photograph)(?:\s+credit)?s?\s*[:：]\s*(.+?)\s*$/i;
const CREDIT_ONLY = /^\s*credit\s*[:：]\s*(.+?)\s*$/i;
const BY_PREFIX = /^\s*(?:by|written by|words by)\s+(.+?)\s*$/i;
const DATE_PREFIX = /^\s*(?:published|posted|updated|last updated|date)\s*[:：]?\s*(.+?)\s*$/i;
/** Lines that close an article on many sites and are never part of the story. */
const TRAILING_BOILERPLATE = [
  /^share\s+(?:this|the)\s+(?:article|story|post)\b/i,
  /^share\s*(?:on|via)?\s*[:：]?\s*$/i,
  /^(?:share|tweet|email|print)(?:\s*[|·•]\s*(?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp))+\s*$/i,
  /^(?:read|see)\s+(?:more|also)\s*[:：]?/i,
  /^(?:related|recommended)(?:\s+(?:articles|stories|content|reading))?\s*[:：]?\s*$/i,
  /^(?:subscribe|sign up)\b.*\b(?:newsletter|updates|alerts)\b/i,
  /^advertisement\s*$/i,
  /^(?:tags?|topics?)\s*[:：]/i,
  /^(?:©|\(c\)|copyright)\s/i,
];

export function parsePlainTextArticle(raw: string, opts: PlainTextOptions = {}): PlainTextArticle {
  const text = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  // a metadata header is metadata: it never reaches the title or body
  const front = readFrontMatter(text);
  const lines = (front ? front.rest : text).split('\n');
  const removed: string[] = [];
  const meta: { -readonly [K in keyof DocMeta]: DocMeta[K] } = { published: null, ...front?.meta };
  let i = 0;
  const skipBlank = (): void => {
    while (i < lines.length && isBlank(lines[i]!)) i++;
  };

  skipBlank();
  // title: the first line, if it looks like a headline and is followed by a header line or a blank
  const first = lines[i];
  // with a title in the header, the first line is only dropped when it repeats that title
  if (first !== undefined && looksLikeTitle(first) && (meta.title === undefined || first.trim() === meta.title)) {
    meta.title = first.trim();
    removed.push(first);
    i++;
  }

  // header block: byline, read time, credits, dates, in any order, until the first body line
  let headerLines = 0;
  while (i < lines.length && headerLines < 8) {
    skipBlank();
    const line = lines[i];
    if (line === undefined) break;
    const trimmed = line.trim();
    let m: RegExpMatchArray | null;
    if ((m = trimmed.match(READ_TIME))) {
      meta.readTime = `${m[1]} min`;
    } else if ((m = trimmed.match(PHOTO_CREDIT)) || (m = trimmed.match(CREDIT_ONLY))) {
      meta.imageCredit = m[1]!;
    } else if ((m = trimmed.match(DATE_PREFIX)) && parseDate(m[1]!) !== null) {
      meta.published ??= parseDate(m[1]!);
    } else if (parseDate(trimmed) !== null && trimmed.length < 60) {
      meta.published ??= parseDate(trimmed);
    } else if ((m = trimmed.match(BY_PREFIX)) && looksLikeByline(m[1]!)) {
      meta.byline = splitByline(m[1]!);
    } else if (!meta.byline && looksLikeByline(trimmed)) {
      meta.byline = splitByline(trimmed);
    } else if (!meta.byline && isShortLabel(trimmed) && headerMarkerFollows(lines, i + 1)) {
      // an unrecognised byline ("The Associated Press", "Meridian Wire staff") sits in a header that a
      // read-time or credit line below it proves; without that proof the line is body text
      meta.byline = [trimmed];
    } else {
      break;
    }
    removed.push(line);
    headerLines++;
    i++;
  }

  const bodyLines = lines.slice(i);
  // trailing boilerplate: drop matching lines from the end, and "Share This Article" glued to the text end
  let end = bodyLines.length;
  while (end > 0) {
    const l = bodyLines[end - 1]!.trim();
    if (l === '' || TRAILING_BOILERPLATE.some((re) => re.test(l))) {
      if (l !== '') removed.push(bodyLines[end - 1]!);
      end--;
    } else break;
  }
  const paragraphs = splitBodyParagraphs(bodyLines.slice(0, end));
  const body = paragraphs.join('\n\n');
  if (body.trim() === '') throw new WiretraceError('E_INPUT_EMPTY', 'the article has no body text');

  const published = validatePublished(opts.published);
  if (published !== null) meta.published = published;
  if (opts.outlet) meta.outlet = opts.outlet;
  if (opts.url) meta.url = opts.url;
  return { meta, body, removed, ...(front ? { frontMatter: front.fields } : {}) };
}

/** A read-time or photo-credit line within the next two non-blank lines. */
function headerMarkerFollows(lines: readonly string[], from: number): boolean {
  let seen = 0;
  for (let j = from; j < lines.length && seen < 2; j++) {
    const t = lines[j]!.trim();
    if (t === '') continue;
    if (READ_TIME.test(t) || PHOTO_CREDIT.test(t) || CREDIT_ONLY.test(t)) return true;
    seen++;
  }
  return false;
}

/** A short line that is not a sentence: no final stop, a few words. */
function isShortLabel(t: string): boolean {
  return t.length > 0 && t.length <= MAX_BYLINE_CHARS && !/[.!?:;,]$/.test(t) && t.split(/\s+/).length <= 8;
}

function isBlank(line: string): boolean {
  return /^[\s\u00a0\u3000]*$/.test(line);
}

function looksLikeTitle(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > MAX_TITLE_CHARS) return false;
  if (/[.;,]$/.test(t) && !/\.\.\.$/.test(t)) return false;
  return t.split(/\s+/).length <= 30;
}

/** "Meridian Wire staff", "Times Staff Writer", "Our Correspondent": an outlet's or desk's byline. */
const STAFF_BYLINE = /^(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:[Ss]taff(?:\s+(?:[Ww]riters?|[Rr]eporters?))?|[Cc]orrespondents?|[Dd]esk|[Nn]ewsroom|[Rr]eporters)$/u;
const NAME_WORD = /^(?:[\p{Lu}][\p{L}'’.-]*|de|da|van|von|der|al|bin|del|la|le)$/u;

/** "Kamilu Balogun", "Jane Doe and John Roe", "Jane Doe, Reuters". Not "Staff" alone, not a sentence. */
export function looksLikeByline(s: string): boolean {
  const t = s.trim();
  if (t.length === 0 || t.length > MAX_BYLINE_CHARS || /[.!?]$/.test(t.replace(/\b[A-Z]\.$/, ''))) return false;
  const names = splitByline(t);
  if (names.length === 0) return false;
  return names.every((n) => {
    if (STAFF_BYLINE.test(n)) return true;
    const words = n.split(/\s+/);
    return words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w));
  });
}

function splitByline(s: string): string[] {
  return s
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map((x) => x.trim())
    .filter((x) => x.length > 0 && !/^(?:staff|reporter|correspondent|agencies|wire|reuters|ap|afp)$/i.test(x));
}

/** Paragraphs are separated by blank lines; lines inside one are joined by a space (hard-wrapped text). */
function splitBodyParagraphs(lines: string[]): string[] {
  const out: string[] = [];
  const nonBlank = lines.filter((l) => !isBlank(l));
  // no blank line anywhere: one paragraph per line (pasted text without spacing)
  if (nonBlank.length > 1 && nonBlank.length === lines.length) {
    return nonBlank.map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim());
  }
  let cur: string[] = [];
  const flush = (): void => {
    if (cur.length) out.push(cur.join(' ').replace(/[ \t\u00a0]+/g, ' ').trim());
    cur = [];
  };
  for (const line of lines) {
    if (isBlank(line)) flush();
    else cur.push(line.trim());
  }
  flush();
  return out.filter((p) => p.length > 0);
}
