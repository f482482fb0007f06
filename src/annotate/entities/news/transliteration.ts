/**
 * Spelling folds for the parts of a non-Korean personal name, so that the romanisations news mixes
 * (Russian, Ukrainian and Central Asian names above all) meet on one form:
 *   Aleksandr / Alexander / Alexandr → alexandr     (ks = x; a final "-nder" is "-ndr")
 *   Sergei / Sergey / Serhiy / Sergiy → sergi       (final -ei -ey -iy -yy -ii -y are one "i"; Ukrainian rh = rg)
 *   Yevgeny / Evgeny / Yevgeniy → evgeni            (an initial "ye" is "e")
 *   Zelensky / Zelenskyy / Zelenskiy → zelenski
 * A fold is applied to every part of both names alike, so it only ever merges names that differ in
 * these spellings; it never merges a surname with a different given name (the key keeps every part).
 */

/** Final spellings of one Slavic "-ий/-ей/-ый" ending. */
const FINAL_I = /(?:ey|ei|iy|yy|ii|ij|y)$/;

export function foldNamePart(part: string): string {
  if (part.length < 4 || !/^[a-z]+$/.test(part)) return part;
  let p = part.replace(/ks/g, 'x');
  p = p.replace(/^ye(?=[^aeiou])/, 'e');
  // Ukrainian writes h where Russian writes g: after r ("Serhiy"), in "Ihor" and in a final "-leh" ("Oleh");
  // a final "-ah" ("Mensah") is no such spelling
  p = p.replace(/rh(?=[aeiouy])/g, 'rg').replace(/^ih(?=o)/, 'ig').replace(/leh$/, 'leg');
  p = p.replace(/nder$/, 'ndr');
  if (p.length >= 4) p = p.replace(FINAL_I, 'i');
  return p;
}
