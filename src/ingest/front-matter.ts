/**
 * Front matter: the metadata header people put on saved articles, read as metadata and never as body
 * or title. Two forms:
 *  - a YAML block between `---` lines at the top (static-site and notes tools), parsed with `yaml`;
 *  - `key: value` lines at the top (`url:`, `outlet:`, `published:`, `title:` …) ending at a blank
 *    line, where every key is one we know, so a body that opens "Update: talks resumed" stays body.
 * Known keys fill DocMeta fields; every field, known or not, is kept (as text) for provenance.
 */
import { parse as parseYaml } from 'yaml';
import type { DocMeta } from '../doc/meta.js';
import { parseDate } from './dates.js';
import { normaliseLanguageTag } from './language-tag.js';

export interface FrontMatter {
  /** The metadata the known keys give. */
  readonly meta: Partial<DocMeta>;
  /** Every field as written (values as text), known or not. */
  readonly fields: Readonly<Record<string, string>>;
  /** The text after the header. */
  readonly rest: string;
  readonly form: 'yaml' | 'lines';
}

type MetaKey = 'title' | 'url' | 'canonicalUrl' | 'outlet' | 'published' | 'modified' | 'byline' | 'language' | 'description';

/** Header keys (lower case, `-`/space as `_`) and the DocMeta field each fills. */
const KEYS: Readonly<Record<string, MetaKey>> = {
  title: 'title',
  headline: 'title',
  url: 'url',
  link: 'url',
  source_url: 'url',
  original_url: 'url',
  canonical: 'canonicalUrl',
  canonical_url: 'canonicalUrl',
  outlet: 'outlet',
  source: 'outlet',
  publisher: 'outlet',
  publication: 'outlet',
  site: 'outlet',
  site_name: 'outlet',
  published: 'published',
  published_at: 'published',
  publication_date: 'published',
  pubdate: 'published',
  date: 'published',
  updated: 'modified',
  modified: 'modified',
  last_modified: 'modified',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  lang: 'language',
  language: 'language',
  description: 'description',
  summary: 'description',
};

const normKey = (k: string): string => k.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** `key: value` at the start of a line; the key is short and has no sentence punctuation. */
const LINE = /^([A-Za-z][A-Za-z _-]{0,30}?)\s*:\s*(.*?)\s*$/;
/** A YAML block: `---` on the first non-blank line, closed by `---` or `...` on a line of its own. */
const YAML_OPEN = /^(?:[ \t]*\n)*---[ \t]*\n/;
const YAML_CLOSE = /^(?:---|\.\.\.)[ \t]*$/m;
/** Headers are short; a "header" longer than this is a body that happens to start with `key:`. */
const MAX_HEADER_LINES = 40;

/** The front matter at the start of `text` (BOM and CRLF already removed), or null when there is none. */
export function readFrontMatter(text: string): FrontMatter | null {
  return readYamlBlock(text) ?? readKeyLines(text);
}

function readYamlBlock(text: string): FrontMatter | null {
  const open = YAML_OPEN.exec(text);
  if (!open) return null;
  const after = text.slice(open[0].length);
  const close = YAML_CLOSE.exec(after);
  if (!close) return null;
  const block = after.slice(0, close.index);
  let data: unknown;
  try {
    data = parseYaml(block);
  } catch {
    return null;
  }
  // a `---` rule over a body paragraph is not front matter: the block must be a mapping
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return null;
  const fields: Record<string, string> = {};
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) fields[k] = valueText(v);
  const rest = after.slice(close.index + close[0].length).replace(/^\n/, '');
  return { meta: metaOf(fields), fields, rest, form: 'yaml' };
}

function readKeyLines(text: string): FrontMatter | null {
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const fields: Record<string, string> = {};
  let known = 0;
  const start = i;
  for (; i < lines.length && i - start < MAX_HEADER_LINES; i++) {
    const line = lines[i]!;
    if (line.trim() === '') break;
    const m = LINE.exec(line);
    if (!m || !(normKey(m[1]!) in KEYS)) return null;
    fields[m[1]!.trim()] = m[2]!;
    known++;
  }
  // the header must end at a blank line (or the end), with the body after it
  if (known === 0 || (i < lines.length && lines[i]!.trim() !== '')) return null;
  const rest = lines.slice(i).join('\n');
  if (rest.trim() === '') return null;
  return { meta: metaOf(fields), fields, rest, form: 'lines' };
}

function valueText(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (Array.isArray(v)) return v.map(valueText).join(', ');
  if (v !== null && typeof v === 'object') return JSON.stringify(v);
  return v === null || v === undefined ? '' : String(v);
}

function metaOf(fields: Readonly<Record<string, string>>): Partial<DocMeta> {
  const meta: { -readonly [K in keyof DocMeta]?: DocMeta[K] } = {};
  for (const [rawKey, rawValue] of Object.entries(fields)) {
    const key = KEYS[normKey(rawKey)];
    const value = rawValue.trim().replace(/^(["'])(.*)\1$/, '$2');
    if (!key || value === '') continue;
    switch (key) {
      case 'published':
      case 'modified': {
        const iso = parseDate(value);
        if (iso !== null) meta[key] ??= iso;
        break;
      }
      case 'byline':
        meta.byline ??= value.split(/\s*(?:,|;|\band\b|&)\s*/).filter((x) => x.length > 0);
        break;
      case 'language': {
        const tag = normaliseLanguageTag(value);
        if (tag) meta.language ??= tag;
        break;
      }
      default:
        meta[key] ??= value;
    }
  }
  return meta;
}
