/**
 * Cross-report person names: which report-level person keys name one global person. Spelling and
 * transliteration variants of a given name ("Yerlan" / "Erlan") and a lone given name or surname that
 * fits exactly one person of the story merge; a surname shared by two people of the story never does
 * (Kim Jong Un and Kim Jong Il stay apart), and Korean-shaped names, already folded across
 * romanisations by the entity keys, must match exactly.
 */

export function keyParts(key: string): string[] {
  const i = key.indexOf(':');
  return (i >= 0 ? key.slice(i + 1) : key).split('-').filter(Boolean);
}

/** Levenshtein distance, bounded: returns max + 1 as soon as the distance must exceed max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** Two given names are variants: equal, or one edit apart when both are long enough to be distinctive (Sergei / Sergey, Yerlan / Erlan; not Mark / Marc). */
function givenVariant(a: string, b: string): boolean {
  if (a === b) return true;
  return Math.min(a.length, b.length) >= 5 && editDistance(a, b, 1) <= 1;
}

/** Full names (two or more parts) that name one person: same surname, given names that are variants. */
export function fullNamesMatch(a: readonly string[], b: readonly string[]): boolean {
  // a middle initial given in one report and not in another ("Regina M. Benjamin" / "Regina Benjamin")
  if (a.length === 3 && b.length === 2 && a[1]!.length === 1) return fullNamesMatch([a[0]!, a[2]!], b);
  if (b.length === 3 && a.length === 2 && b[1]!.length === 1) return fullNamesMatch(a, [b[0]!, b[2]!]);
  if (a.length < 2 || b.length < 2 || a.length !== b.length) return false;
  if (a[a.length - 1] !== b[b.length - 1]) return false;
  // Three-part names (Korean family + two syllables, or given + patronymic + surname): every part counts.
  if (a.length >= 3) return a.every((p, i) => p === b[i]);
  return givenVariant(a[0]!, b[0]!);
}

/** Words after a name that make it another person's: a son is not his father. */
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/**
 * Whether `long` is the full name `short` (two parts or more) with one word more before or after it: a word the
 * name tagger took into the name ("Notorious Bettie Page", "Esther Williams dead") or a further given name
 * ("Arcade Joseph Comeaux" / "Joseph Comeaux"); never a generation ("John Smith Jr").
 */
export function oneWordMore(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || long.length !== short.length + 1) return false;
  if (short.every((p, i) => p === long[i])) return !GENERATION_SUFFIXES.has(long[long.length - 1]!);
  return short.every((p, i) => p === long[i + 1]);
}

/**
 * The known person key that `key` names, or null. `known` are the story's person keys; a single-part
 * key resolves only when exactly one known full name has that part as its surname or given name (or as the middle
 * of a three-part name).
 */
export function resolvePerson(key: string, known: readonly string[]): string | null {
  if (known.includes(key)) return key;
  const parts = keyParts(key);
  if (parts.length === 0) return null;
  const fits = known.filter((k) => {
    const kp = keyParts(k);
    // (or the middle of three parts: a Spanish or Portuguese paternal surname, "Mamani" of "Rodrigo Mamani Quispe", is
    // the one used alone; a middle initial is never a name alone)
    if (parts.length === 1) return kp.length >= 2 && (kp[kp.length - 1] === parts[0] || kp[0] === parts[0] || (kp.length === 3 && kp[1] === parts[0] && parts[0]!.length > 2));
    return fullNamesMatch(parts, kp) || oneWordMore(parts, kp) || oneWordMore(kp, parts);
  });
  return fits.length === 1 ? fits[0]! : null;
}

/**
 * Words an organisation's name may start with that name no organisation alone ("the National Court" is not
 * "National", "Central Bank of Kenya" not "Central"): a short form must be a name of its own.
 */
const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set([
  'national', 'federal', 'central', 'state', 'royal', 'united', 'international', 'new', 'general', 'first', 'supreme', 'high',
  'bank', 'court', 'group', 'ministry', 'police', 'party', 'army', 'university', 'council', 'company', 'agency', 'government',
  'commission', 'union', 'association', 'institute', 'office', 'department', 'authority', 'board', 'the',
]);

/** An indefinite or definite article no organisation's name starts with. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** A name's parts without an article before them. */
function withoutArticle(parts: readonly string[]): readonly string[] {
  return parts.length >= 2 && ARTICLES.has(parts[0]!) ? parts.slice(1) : parts;
}

/**
 * The known organisation key that `key` names, or null: the key itself, or its short form and full name the
 * other way round ("Hradec" in one report, "Hradec Retail Group" in another), when the short form is the full
 * name's first word, is no generic word, and fits exactly one of the story's organisations.
 */
export function resolveOrganisation(key: string, known: readonly string[]): string | null {
  const parts = keyParts(key);
  // a one-word short form the story knows as a key of its own too (one report wrote only "Marseille" of "Marseille-Fos")
  // is still the one full name it fits. (The same for a lone surname the story knows, "Mamani" of "Rodrigo Mamani
  // Quispe", joined no status on dev and cost a drift finding: resolvePerson keeps a known key as it is.)
  if (known.includes(key) && parts.length !== 1) return key;
  if (parts.length === 0) return null;
  // the same name with an article the tagger took in at a sentence's start ("An International Monetary Fund mission")
  const name = withoutArticle(parts).join('-');
  const same = known.filter((k) => k !== key && withoutArticle(keyParts(k)).join('-') === name);
  if (same.length === 1) return same[0]!;
  const fits = known.filter((k) => {
    const kp = keyParts(k);
    const [short, full] = parts.length === 1 ? [parts, kp] : [kp, parts];
    return short.length === 1 && full.length >= 2 && full[0] === short[0] && short[0]!.length >= 3 && !GENERIC_ORG_WORDS.has(short[0]!);
  });
  if (fits.length === 1) return fits[0]!;
  return known.includes(key) ? key : null;
}
