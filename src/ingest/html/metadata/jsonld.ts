/**
 * JSON-LD reader: parses every application/ld+json block (tolerating the trailing commas and raw
 * newlines publishers leave in them), flattens @graph and arrays, and picks the article node.
 */
import { rawText, type Element } from '../dom.js';

export type JsonObject = { [key: string]: unknown };

const ARTICLE_TYPE = /Article|BlogPosting|Report|LiveBlogPosting|SocialMediaPosting|Posting|Story/;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseLenient(src: string): unknown {
  const trimmed = src.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/<!\[CDATA\[|\/\/\]\]>$/g, '').trim();
  try {
    return JSON.parse(trimmed);
  } catch {
    // Raw control characters inside strings and trailing commas are the usual breakage.
    const repaired = trimmed.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([\]}])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function flatten(v: unknown, out: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(v)) {
    for (const x of v) flatten(x, out, depth + 1);
    return;
  }
  if (!isObject(v)) return;
  out.push(v);
  if (Array.isArray(v['@graph'])) flatten(v['@graph'], out, depth + 1);
  // Article nodes are sometimes nested as mainEntity of a WebPage.
  if (isObject(v.mainEntity)) flatten(v.mainEntity, out, depth + 1);
}

export function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

export function readJsonLd(scripts: readonly Element[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const s of scripts) {
    const parsed = parseLenient(rawText(s));
    if (parsed !== undefined) flatten(parsed, nodes);
  }
  return nodes;
}

/** The node describing the article: an Article-like type, preferring the one with the most fields. */
export function articleNode(nodes: readonly JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestSize = -1;
  for (const n of nodes) {
    if (!typesOf(n).some((t) => ARTICLE_TYPE.test(t))) continue;
    const size = Object.keys(n).length + (typeof n.articleBody === 'string' ? 100 : 0);
    if (size > bestSize) {
      best = n;
      bestSize = size;
    }
  }
  return best;
}

export function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) for (const x of v) {
    const s = str(x);
    if (s) return s;
  }
  if (isObject(v) && typeof v['@value'] === 'string') return v['@value'].trim() || null;
  return null;
}

/** Names from a Person/Organization value, a string, or an array of either. */
export function names(v: unknown, wantPeople = true): string[] {
  const out: string[] = [];
  const visit = (x: unknown): void => {
    if (typeof x === 'string') out.push(x);
    else if (Array.isArray(x)) x.forEach(visit);
    else if (isObject(x)) {
      const types = typesOf(x);
      if (wantPeople && types.length && types.every((t) => /Organi[sz]ation|NewsMediaOrganization|Corporation/.test(t))) return;
      const n = str(x.name);
      if (n) out.push(n);
    }
  };
  visit(v);
  return out;
}
