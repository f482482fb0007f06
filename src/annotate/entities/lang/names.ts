/**
 * Person keys for names in reports that are not in English, in the English entity-key space
 * (entities/news/keys.ts), so a report in Russian and one in English about the same person share a key:
 * "Владимир Путин" and "Vladimir Putin" are both per:vladimir-putin.
 *
 * What it does, and no more:
 *  - Cyrillic is romanised (translit.ts); Latin-script names keep their letters (keys fold diacritics).
 *  - Endings glued on with an apostrophe are dropped ("Nurlanov'un" is Nurlanov, Turkish case endings).
 *  - Russian case endings on a name are undone when the report itself has the shorter form ("Путина"
 *    next to "Путин"), and by rule for the unambiguous masculine ones ("Лавровым", "Путину").
 *    A feminine surname ("Захарова") and a genitive without a nominative anywhere stay as written.
 *  - Patronymics are dropped (Владимир Владимирович Путин is Vladimir Putin).
 *  - A surname alone takes the full name the report gives elsewhere ("Путин" after "Владимир Путин");
 *    with no full name in the report it stays a surname key (per:putin): it is not guessed.
 */
import { entityKey } from '../news/keys.js';
import { hasCyrillic, transliterate } from './translit.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const GLUED_ENDING = /['’]\p{L}{1,6}$/u;
const CAPITALISED_WORDS = /\p{Lu}[\p{Ll}’'-]+/gu;

/** Lower-case particles that belong to a surname ("Anouk de Vries", "Ursula von der Leyen"). */
const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'del', 'la', 'le', 'ter', 'ten', 'zu', 'dos', 'das']);
/** Capitalised words of a name, up to four, Latin or Cyrillic, hyphenated parts and particles included. */
const NAME_RUN = /\p{Lu}[\p{Ll}’'-]+(?:\s+(?:(?:de|van|von|der|den|da|di|del|la|le|ter|ten|zu|dos|das)\s+)*\p{Lu}[\p{Ll}’'-]+){1,3}/gu;
/** Letters that Unicode decomposition leaves whole, folded as English copy writes them (Weiß -> Weiss, Yıldız -> Yildiz). */
const FOLDS: Readonly<Record<string, string>> = { ß: 'ss', ı: 'i', İ: 'I', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };
/** Russian case endings that may follow a name's base form (genitive, dative, instrumental, prepositional). */
const RU_ENDINGS = ['а', 'у', 'ом', 'ым', 'е', 'я', 'ю', 'ем', 'ой', 'ы', 'и'];
/** A masculine surname in -ов/-ев/-ин/-ын in the dative, instrumental or prepositional: the stem is the name. */
const RU_SURNAME_OBLIQUE = /^(.+(?:ов|ев|ёв|ин|ын))(?:ым|ом|у|е)$/u;

/** Russian patronymics (Владимирович, Сергеевна): English keys have given name and surname only. */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ович|евич|ьич|ич|овна|евна|ична|инична)(?:а|у|ем|ом|е|ой|ы)?$/u;

/** Words with surname particles joined to the word they precede: ["Anouk", "de Vries"]. */
function joinParticles(words: readonly string[]): string[] {
  const out: string[] = [];
  let pending = '';
  for (const w of words) {
    if (PARTICLES.has(w.toLowerCase()) && w !== words[words.length - 1]) pending += `${w} `;
    else {
      out.push(pending + w);
      pending = '';
    }
  }
  return out;
}

/** A name's given name and surname: patronymics dropped, and from a run of capitalised words only the last two. */
function givenAndSurname(words: readonly string[]): string[] {
  const kept = joinParticles(words).filter((w) => !PATRONYMIC.test(w));
  return kept.slice(-2);
}

function dropGluedEnding(word: string): string {
  return word.replace(GLUED_ENDING, '');
}

/** The shortest form of `word` that the report attests and that differs from it by a case ending. */
function attestedBase(word: string, attested: ReadonlySet<string>): string | null {
  let best: string | null = null;
  for (const e of RU_ENDINGS) {
    if (!word.endsWith(e)) continue;
    const stem = word.slice(0, -e.length);
    if (stem.length < 2) continue;
    // the base is the bare stem (Путин), or the stem with -й (Сергей from Сергея/Сергеем)
    for (const base of [stem, `${stem}й`, `${stem}ь`]) if (attested.has(base) && (!best || base.length < best.length)) best = base;
  }
  return best;
}

function baseWords(words: readonly string[], attested: ReadonlySet<string>): string[] {
  if (!words.some(hasCyrillic)) return words.slice();
  const last = words[words.length - 1]!;
  const viaText = attestedBase(last, attested);
  const viaRule = viaText ? null : RU_SURNAME_OBLIQUE.exec(last)?.[1] ?? null;
  const surname = viaText ?? viaRule ?? last;
  const oblique = surname !== last;
  const given = words.slice(0, -1).map((w) => {
    const fromText = attestedBase(w, attested);
    if (fromText) return fromText;
    if (!oblique) return w;
    // the surname was in an oblique case, so the given name is in the same one
    const soft = /^(.+[еа])(?:я|ю|ем|е)$/u.exec(w);
    if (soft) return `${soft[1]}й`;
    const softSign = /^(.+[^аеёиоуыэюяй])(?:я|ю|ем)$/u.exec(w);
    if (softSign) return `${softSign[1]}ь`;
    const hard = /^(.+[^аеёиоуыэюяй])(?:а|у|ом|ым|е)$/u.exec(w);
    return hard ? hard[1]! : w;
  });
  return [...given, surname];
}

/** Every capitalised word of the text, as written (the forms a base form may be attested by). */
function attestedWords(text: string): Set<string> {
  return new Set(text.match(CAPITALISED_WORDS)?.map(dropGluedEnding) ?? []);
}

/** The person key of `name` as it appears in `text` (a report in any language). */
export function personKeyIn(name: string, text: string): string {
  const attested = attestedWords(text);
  const words = baseWords(givenAndSurname(name.trim().split(/\s+/).map(dropGluedEnding)), attested);
  let full = words;
  if (words.length === 1) {
    // a surname alone: the first full name in the report that ends in it
    for (const m of text.matchAll(NAME_RUN)) {
      const candidate = baseWords(givenAndSurname(m[0].split(/\s+/).map(dropGluedEnding)), attested);
      if (candidate[candidate.length - 1]!.toLowerCase() === words[0]!.toLowerCase()) {
        full = candidate;
        break;
      }
    }
  }
  const latin = transliterate(full.join(' ')).replace(/[ßıİøØæÆłŁđĐ]/gu, (c) => FOLDS[c] ?? c);
  return entityKey('PER', latin);
}
