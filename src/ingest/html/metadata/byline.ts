/**
 * Byline cleanup: from "By JANE DOE and John Smith, Staff Writers | Reuters" keep the people
 * ("Jane Doe", "John Smith"); drop roles, outlets, dates, handles, URLs and "Staff".
 */

const LEAD_IN = /^\s*(?:(?:written|posted|reported|story|text|words|compiled)\s+)?(?:by|por|von|par|di|door|av|przez|от|автор:?)\s*:?\s+/i;
const ROLE = /\b(?:staff(?:\s+writer)?s?|writers?|reporters?|correspondents?|editors?|editorial(?:\s+(?:board|staff))?|contributors?|columnists?|newsroom|desk|team|bureau|wire|services?|agency|press|news|media|published|updated|photographer|photos?|video|opinion|guest|special to|the associated press|associated press|reuters|afp|upi)\b/i;
const NOT_A_NAME = /https?:|www\.|@|\d|\.com\b|\|/i;
/** A name has 1 to 5 words: longer strings are sentences or titles. */
const MAX_NAME_WORDS = 5;

function titleCase(s: string): string {
  // Only recase shouting ("JANE DOE"); mixed case is the publisher's choice.
  if (s !== s.toUpperCase() || !/\p{Lu}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** A one-word "name" written like a brand ("NBCNews", "CNN") is an outlet, not a person. */
const BRANDLIKE = /\p{Ll}\p{Lu}|\p{Lu}{2}\p{Ll}|^\p{Lu}{2,}$/u;

export interface BylineOptions {
  /** Require at least two words: visible byline markup holds labels like "Sarah" or "Admin" as often as names. */
  fullNamesOnly?: boolean;
  /** The outlet's name, which is never a person. */
  siteName?: string | null;
}

export function cleanName(raw: string, opts: BylineOptions = {}): string | null {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(LEAD_IN, '');
  // Drop trailing roles after a comma or dash ("Jane Doe, Staff Writer", "Jane Doe - Reuters").
  s = s.replace(/\s*[,–—|-]\s*(?:[^,–—|-]*)$/u, (tail) => (ROLE.test(tail) || /\d/.test(tail) ? '' : tail));
  s = s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '').trim();
  if (!s || NOT_A_NAME.test(s)) return null;
  if (ROLE.test(s)) return null;
  const words = s.split(' ');
  if (words.length > MAX_NAME_WORDS) return null;
  if (words.length === 1 && (opts.fullNamesOnly || BRANDLIKE.test(s))) return null;
  if (opts.siteName && s.toLowerCase() === opts.siteName.toLowerCase()) return null;
  if (!/^\p{Lu}/u.test(s) && !/^\p{Lo}/u.test(s)) return null;
  return titleCase(s);
}

/** Splits a byline string into people and cleans each; order kept, duplicates dropped. */
export function cleanByline(values: readonly string[], opts: BylineOptions = {}): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const stripped = v.replace(LEAD_IN, '');
    for (const part of stripped.split(/\s*(?:,|;|\s&\s|\band\b|\bund\b|\bet\b|\by\b|\be\b|\/|\n)\s*/i)) {
      const name = cleanName(part, opts);
      if (!name) continue;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
