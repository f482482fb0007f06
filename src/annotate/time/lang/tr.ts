/** Turkish dates: "12 Nisan", "12-14 Nisan", "nisan sonunda", "gelecek hafta", "önümüzdeki salı". */
import type { DateLexicon } from './types.js';

const R = String.raw;
/** Case and possessive endings glued to a noun, with or without an apostrophe ("Nisan'da", "nisanda"). */
const SUF = R`(?:['’]?(?:\p{L}{1,5}))?`;
/*
 * Regular expressions fold case by Unicode simple folding, which leaves the dotted capital İ apart from
 * i: words that can open a sentence with it are written [iİ]. "pazar" is a market as often as Sunday,
 * so Sunday needs "günü" or a direction word ("pazar günü", "geçen pazar").
 */
const MONTH_OF = R`(?:\s+ay[ıi](?:n[ıi]n)?)?`;

export const tr: DateLexicon = {
  language: 'tr',
  months: [
    `ocak${SUF}`, `şubat${SUF}`, `mart${SUF}`, `nisan${SUF}`, `mayıs${SUF}`, `haziran${SUF}`,
    `temmuz${SUF}`, `ağustos${SUF}`, `eylül${SUF}`, `ekim${SUF}`, `kasım${SUF}`, `aralık${SUF}`,
  ],
  weekdays: [`pazartesi${SUF}`, `salı${SUF}`, `çarşamba${SUF}`, `perşembe${SUF}`, R`cuma(?!rtesi)${SUF}`, `cumartesi${SUF}`, R`pazar(?=\s+gün)|(?<=(?:gelecek|önümüzdeki|geçen|geçtiğimiz)\s+)pazar(?!tesi)${SUF}`],
  numbers: [R`bir`, R`[iİ]ki`, R`üç`, R`dört`, R`beş`, R`altı`, R`yedi`, R`sekiz`, R`dokuz`, R`on`],
  futureCue: R`\p{L}*(?:ecek|acak|eceğ|acağ)\p{L}*|bekleniyor|planlanıyor|öngörülüyor`,
  templates: [
    { kind: 'date', re: R`{D}\s+{M}(?:\s+{Y})?(?:\s+(?:tarihinde|günü))?` },
    { kind: 'numeric', re: R`{D}\.{MO}\.{Y}(?:['’]?\p{L}{1,5})?` },
    { kind: 'range', re: R`{D}\s*(?:[-–—]|ile|ve)\s*{D2}\s+{M}(?:\s+{Y})?(?:\s+tarihleri(?:nde|nde|ne|nden)?|\s+tarihleri\s+arasında)?` },
    { kind: 'month', re: R`{M}(?:\s+{Y})?(?:\s+ay[ıi]\p{L}*)?` },
    { kind: 'month', mod: 'END', re: R`{M}${MONTH_OF}\s+son(?:u|una|unda|undan|larında|larına)(?:\s+kadar)?` },
    { kind: 'month', mod: 'START', re: R`{M}${MONTH_OF}\s+baş(?:ı|ında|ına|larında)` },
    { kind: 'month', mod: 'MID', re: R`{M}${MONTH_OF}\s+orta(?:sı|sında|larında)` },
    { kind: 'year', re: R`{Y}(?:\s+yıl(?:ı|ında|ına)|['’](?:de|da|te|ta))` },
    { kind: 'relative', unit: 'day', offset: 0, re: R`bugün(?:kü)?` },
    { kind: 'relative', unit: 'day', offset: 1, re: R`yarın` },
    { kind: 'relative', unit: 'day', offset: -1, re: R`dün` },
    { kind: 'relative', unit: 'day', offset: 2, re: R`öbür\s+gün|yarından\s+sonra` },
    { kind: 'relative', unit: 'week', offset: 1, re: R`(?:gelecek|önümüzdeki|haftaya)\s+hafta(?:ya|da)?|haftaya` },
    { kind: 'relative', unit: 'week', offset: -1, re: R`(?:geçen|geçtiğimiz)\s+hafta(?:ki)?` },
    { kind: 'relative', unit: 'week', offset: 0, re: R`bu\s+hafta(?:ki)?` },
    { kind: 'relative', unit: 'month', offset: 1, re: R`(?:gelecek|önümüzdeki)\s+ay(?:da)?` },
    { kind: 'relative', unit: 'month', offset: -1, re: R`(?:geçen|geçtiğimiz)\s+ay(?:ki)?` },
    { kind: 'relative', unit: 'month', offset: 0, re: R`bu\s+ay(?:ki)?` },
    { kind: 'relative', unit: 'year', offset: 1, re: R`(?:gelecek|önümüzdeki)\s+(?:yıl|sene)|seneye` },
    { kind: 'relative', unit: 'year', offset: -1, re: R`(?:geçen|geçtiğimiz)\s+(?:yıl|sene)` },
    { kind: 'relative', unit: 'year', offset: 0, re: R`bu\s+(?:yıl|sene)` },
    { kind: 'relative', unit: 'month', offset: 0, mod: 'END', re: R`(?:bu\s+)?ay(?:ın)?\s+son(?:u|una|unda)(?:\s+kadar)?` },
    { kind: 'relative', unit: 'month', offset: 0, mod: 'START', re: R`(?:bu\s+)?ay(?:ın)?\s+baş(?:ı|ında|ına)` },
    { kind: 'relative', unit: 'month', offset: 1, mod: 'START', re: R`(?:gelecek|önümüzdeki)\s+ay(?:ın)?\s+baş(?:ı|ında|ına)` },
    { kind: 'relative', unit: 'year', offset: 0, mod: 'END', re: R`(?:bu\s+)?(?:yıl|sene)(?:ın)?\s+son(?:u|una|unda)(?:\s+kadar)?|yıl\s+sonu(?:na|nda)?(?:\s+kadar)?` },
    { kind: 'relative', unit: 'week', offset: 0, mod: 'END', re: R`(?:bu\s+)?hafta(?:nın)?\s+son(?:una|unda)(?:\s+kadar)?` },
    { kind: 'counted', unit: 'week', sign: 1, re: R`{N}\s+hafta\s+(?:sonra|içinde)` },
    { kind: 'counted', unit: 'day', sign: 1, re: R`{N}\s+gün\s+(?:sonra|içinde)` },
    { kind: 'counted', unit: 'month', sign: 1, re: R`{N}\s+ay\s+(?:sonra|içinde)` },
    { kind: 'counted', unit: 'week', sign: -1, re: R`{N}\s+hafta\s+önce` },
    { kind: 'counted', unit: 'day', sign: -1, re: R`{N}\s+gün\s+önce` },
    { kind: 'counted', unit: 'month', sign: -1, re: R`{N}\s+ay\s+önce` },
    { kind: 'weekday', direction: 'next', re: R`(?:gelecek|önümüzdeki)\s+{W}(?:\s+günü)?` },
    { kind: 'weekday', direction: 'last', re: R`(?:geçen|geçtiğimiz)\s+{W}(?:\s+günü)?` },
    { kind: 'weekday', direction: 'bare', re: R`{W}(?:\s+günü)?` },
  ],
};
