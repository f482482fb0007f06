
// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const CYRILLIC = /\p{Script=Cyrillic}/u;
const WORDS = /\p{L}+/gu;
/**
 * Cyrillic to Latin, by the BGN/PCGN romanisation as English-language news writes it: "ye" for е at a
 * word's start or after a vowel (Yevgeny, Sergeyev), "y" for a final -ий/-ый (Dmitry, Yury), "i" for
 * й after another vowel (Sergei, Nikolai, Aidos), no marks for the hard and soft signs. So Путин gives
 * Putin and Сергей Лавров gives Sergei Lavrov, the spellings the English entity keys
 * (entities/news/keys.ts) already hold. Russian and Ukrainian letters are covered.
 */

const BASE: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};
const VOWELS = new Set('аеёиоуыэюяіїє'.split(''));
/** Vowels after which news writes й as "i" (Sergei, Nikolai, Andrei, Aidos); after и, ы, і it is "y". */
const AI_VOWELS = new Set('аеёоуэюяє'.split(''));

export function hasCyrillic(s: string): boolean {
  return CYRILLIC.test(s);
}

/** One word in Latin letters, keeping its capitalisation; non-Cyrillic characters pass through. */
function word(w: string): string {
  const lower = w.toLowerCase();
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i]!;
    const prev = i > 0 ? lower[i - 1]! : '';
    let latin = BASE[ch] ?? ch;
    if (ch === 'е' && (i === 0 || VOWELS.has(prev) || prev === 'ъ' || prev === 'ь')) latin = 'ye';
    if (ch === 'й') {
      // final -ий / -ый: Dmitry, Yury, Grigory
      if (i === lower.length - 1 && (prev === 'и' || prev === 'ы')) {
        out = out.slice(0, -1);
        latin = 'y';
      } else if (AI_VOWELS.has(prev)) latin = 'i';
    }
    out += latin;
  }
  return w[0] && w[0] !== lower[0] ? out.charAt(0).toUpperCase() + out.slice(1) : out;
}

/** A text or name in Latin letters, word by word. */
export function transliterate(text: string): string {
  return text.replace(WORDS, (w) => (hasCyrillic(w) ? word(w) : w));
}
