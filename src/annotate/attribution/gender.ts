/**
 * The grammatical gender a pronoun source ("he said", "she added") needs of its person. A person's
 * gender is read, in this order, off a title in one of its mentions ("Mr.", "Ms."), a gendered role
 * ("spokeswoman", "queen"), its given name (the maintained gender-detection-from-name lists, English,
 * German, French, Italian, Spanish and Turkish names), or a Slavic or Central Asian surname ending
 * ("-ova", "-ov"). Unknown when nothing says.
 */
import { createRequire } from 'node:module';
import type { Entity, Mention } from '../../doc/schemas/entities.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const LEADING_ABBREVIATIONS = /^(?:\p{Lu}\p{Ll}{0,3}\.\s+)+/u;

export type Gender = 'male' | 'female';

const { getGender } = createRequire(import.meta.url)('gender-detection-from-name') as {
  getGender(name: string, lang?: string): 'male' | 'female' | 'unknown';
};

const TITLE_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr', 'male'], ['mister', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['madam', 'female'], ['madame', 'female'], ['dame', 'female'],
  ['lady', 'female'], ['queen', 'female'], ['princess', 'female'],
]);

/**
 * Titles in any case ("Mr.", "Queen") and lowercase role words that say a gender ("spokeswoman",
 * "chairman"); a capitalised "-man" word is as likely a surname (Lehman) and says nothing.
 */
function roleGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  const t = TITLE_GENDER.get(w.replace(/\.$/, ''));
  if (t) return t;
  if (word !== w) return undefined;
  if (/(?:woman|women|wife|mother|daughter|sister|actress|duchess|empress)$/.test(w)) return 'female';
  if (/(?:[^o]man|husband|father|son|brother|duke|emperor)$/.test(w) && w !== 'human') return 'male';
  return undefined;
}

/** Surname endings that carry gender in Slavic and Central Asian names (Nurlanova / Nurlanov). */
function surnameGender(word: string): Gender | undefined {
  const w = word.toLowerCase();
  if (/(?:ova|eva|yova|ina|yna|skaya|tskaya|kaya)$/.test(w)) return 'female';
  if (/(?:ov|ev|yov|in|yn|sky|skiy|skyi|ski)$/.test(w) && w.length > 4) return 'male';
  return undefined;
}

export function personGender(canonical: string, mentionTexts: readonly string[]): Gender | undefined {
  for (const t of mentionTexts) {
    for (const w of t.split(/\s+/)) {
      const g = roleGender(w);
      if (g) return g;
    }
  }
  const parts = canonical.replace(LEADING_ABBREVIATIONS, '').split(/[\s-]+/).filter(Boolean);
  // a lone word may be a surname ("Ivan" is a given name, "Petrov" is not): only full names read the given name
  if (parts.length >= 2) {
    const given = getGender(parts[0]!);
    if (given !== 'unknown') return given;
  }
  const last = parts[parts.length - 1];
  return last ? surnameGender(last) : undefined;
}

/** Each person entity's gender where one is known, from its mentions' texts and roles. */
export function entityGenders(text: string, entities: readonly Entity[], mentions: readonly Mention[]): Map<string, Gender> {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const out = new Map<string, Gender>();
  for (const e of entities) {
    if (e.type !== 'PER') continue;
    const texts: string[] = [];
    for (const id of e.mentions) {
      const m = byId.get(id);
      if (!m || m.nominal) continue;
      // the words just before a name ("Mr. Holm", "spokeswoman Anna Berg") say its title
      const before = text.slice(Math.max(0, m.start - 14), m.start).split(/\s+/).filter(Boolean).pop() ?? '';
      texts.push(`${before} ${text.slice(m.start, m.end)}${m.role ? ` ${m.role.text}` : ''}`);
    }
    for (const r of e.roles) texts.push(r);
    const g = personGender(e.canonical, texts);
    if (g) out.set(e.id, g);
  }
  return out;
}
