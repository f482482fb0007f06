/**
 * Well-known news agencies (world wire services and the national or state agencies of many countries)
 * with the forms reports name them by: "Xinhua", "Xinhua News Agency", "New China News Agency" are one
 * agency, and so are "KCNA" and "Korean Central News Agency". World knowledge, kept in this one data
 * module: the entities layer types these names as organisations and keys every form by the agency's
 * `key`, whatever the tagger read. Agencies that are not listed are found by what the report itself says
 * (official-names.ts: descriptors, agency tails, reporting cues).
 *
 * A form is listed only when it names the agency on its own in English-language news. Short names that
 * are also ordinary words, places or people ("Petra", "Trend", "Fars", "Lusa") are listed only in
 * their long forms; the descriptor rules already read "Fars news agency". Acronyms (all capitals)
 * match only as written; other forms match whatever their case.
 */
import { memoByString } from '../../../util/memo.js';
import { isPlainAsciiWord, prefixesOf } from '../../../util/prefixes.js';

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const TWO_UPPER = /\p{Lu}.*\p{Lu}/u;
const MARKS = /\p{M}/gu;

export interface KnownAgency {
  /** The key every form of the agency shares (`org:<key>`). */
  readonly key: string;
  /** Country (ISO 3166-1 alpha-3) or "INT" for international wire services. */
  readonly country: string;
  readonly forms: readonly string[];
}

const a = (key: string, country: string, forms: string): KnownAgency => ({ key, country, forms: forms.split('|').map((f) => f.trim()) });

export const KNOWN_AGENCIES: readonly KnownAgency[] = [
  // international wire services
  a('reuters', 'INT', 'Reuters'),
  a('ap', 'INT', 'AP|Associated Press'),
  a('afp', 'INT', 'AFP|Agence France-Presse|Agence France Presse'),
  a('upi', 'INT', 'UPI|United Press International'),
  a('bloomberg', 'INT', 'Bloomberg News'),
  // Europe
  a('dpa', 'DEU', 'dpa|DPA|Deutsche Presse-Agentur'),
  a('ansa', 'ITA', 'ANSA'),
  a('efe', 'ESP', 'EFE|Agencia EFE'),
  a('lusa', 'PRT', 'Lusa News Agency|Agência Lusa'),
  a('belga', 'BEL', 'Belga News Agency'),
  a('anp', 'NLD', 'ANP|Algemeen Nederlands Persbureau'),
  a('pa', 'GBR', 'PA Media|Press Association'),
  a('pap', 'POL', 'PAP|Polish Press Agency|Polska Agencja Prasowa'),
  a('ctk', 'CZE', 'CTK|ČTK|Czech News Agency'),
  a('tasr', 'SVK', 'TASR|News Agency of the Slovak Republic'),
  a('mti', 'HUN', 'MTI|Hungarian News Agency'),
  a('agerpres', 'ROU', 'Agerpres'),
  a('bta', 'BGR', 'BTA|Bulgarian News Agency'),
  a('tanjug', 'SRB', 'Tanjug'),
  a('hina', 'HRV', 'HINA|Croatian News Agency'),
  a('ana-mpa', 'GRC', 'ANA-MPA|Athens-Macedonian News Agency|Athens News Agency'),
  a('ukrinform', 'UKR', 'Ukrinform'),
  a('unian', 'UKR', 'UNIAN'),
  a('belta', 'BLR', 'BelTA|Belarusian Telegraph Agency'),
  a('tass', 'RUS', 'TASS|Tass|ITAR-TASS|Itar-Tass'),
  a('ria', 'RUS', 'RIA Novosti|RIA'),
  a('interfax', 'RUS', 'Interfax'),
  a('sputnik', 'RUS', 'Sputnik News Agency'),
  // Middle East, Caucasus and Central Asia
  a('anadolu', 'TUR', 'Anadolu Agency|Anadolu Ajansı|Anadolu Ajansi'),
  a('irna', 'IRN', 'IRNA|Islamic Republic News Agency'),
  a('isna', 'IRN', 'ISNA|Iranian Students News Agency'),
  a('tasnim', 'IRN', 'Tasnim News Agency'),
  a('fars', 'IRN', 'Fars News Agency'),
  a('mehr', 'IRN', 'Mehr News Agency'),
  a('sana', 'SYR', 'SANA|Syrian Arab News Agency'),
  a('mena', 'EGY', 'Middle East News Agency'),
  a('wam', 'ARE', 'WAM|Emirates News Agency'),
  a('spa', 'SAU', 'Saudi Press Agency'),
  a('qna', 'QAT', 'QNA|Qatar News Agency'),
  a('kuna', 'KWT', 'KUNA|Kuwait News Agency'),
  a('bna', 'BHR', 'Bahrain News Agency'),
  a('petra', 'JOR', 'Jordan News Agency'),
  a('wafa', 'PSE', 'WAFA|Palestinian News and Information Agency'),
  a('ina', 'IRQ', 'Iraqi News Agency'),
  a('armenpress', 'ARM', 'Armenpress'),
  a('azertac', 'AZE', 'AZERTAC|Azertac'),
  a('kazinform', 'KAZ', 'Kazinform'),
  a('kabar', 'KGZ', 'Kabar News Agency'),
  // South and East Asia, Pacific
  a('pti', 'IND', 'PTI|Press Trust of India'),
  a('ani', 'IND', 'ANI|Asian News International'),
  a('app', 'PAK', 'Associated Press of Pakistan'),
  a('bss', 'BGD', 'BSS|Bangladesh Sangbad Sangstha'),
  a('xinhua', 'CHN', 'Xinhua|Xinhua News Agency|New China News Agency'),
  a('chinanews', 'CHN', 'China News Service'),
  a('cna', 'TWN', 'Central News Agency'),
  a('kcna', 'PRK', 'KCNA|Korean Central News Agency'),
  a('yonhap', 'KOR', 'Yonhap|Yonhap News Agency'),
  a('kyodo', 'JPN', 'Kyodo|Kyodo News'),
  a('jiji', 'JPN', 'Jiji Press|Jiji'),
  a('vna', 'VNM', 'VNA|Vietnam News Agency'),
  a('bernama', 'MYS', 'Bernama'),
  a('antara', 'IDN', 'Antara News Agency'),
  a('pna', 'PHL', 'Philippine News Agency'),
  a('aap', 'AUS', 'AAP|Australian Associated Press'),
  // Africa
  a('aps', 'DZA', 'Algérie Presse Service|Algerie Presse Service'),
  a('map', 'MAR', 'Maghreb Arab Press'),
  a('tap', 'TUN', 'Tunis Afrique Presse'),
  a('nan', 'NGA', 'News Agency of Nigeria'),
  a('ena', 'ETH', 'Ethiopian News Agency'),
  a('suna', 'SDN', 'SUNA|Sudan News Agency'),
  // the Americas
  a('cp', 'CAN', 'Canadian Press'),
  a('prensa-latina', 'CUB', 'Prensa Latina'),
  a('notimex', 'MEX', 'Notimex'),
  a('telam', 'ARG', 'Télam|Telam'),
  a('agencia-brasil', 'BRA', 'Agência Brasil|Agencia Brasil'),
];

const isAcronym = (f: string): boolean => /^[\p{Lu}\d-]+$/u.test(f) && TWO_UPPER.test(f);
// keys.ts imports this module, so diacritics are stripped here rather than through keys.ts
const fold = (s: string): string => s.normalize('NFD').replace(MARKS, '').toLowerCase().replace(/[\s\-‐–]+/g, ' ').trim();

/** Acronyms as written; other forms folded (case, diacritics, hyphens). */
const BY_ACRONYM = new Map<string, KnownAgency>();
const BY_FOLDED = new Map<string, KnownAgency>();
for (const ag of KNOWN_AGENCIES) {
  for (const f of ag.forms) {
    if (isAcronym(f)) BY_ACRONYM.set(f, ag);
    else BY_FOLDED.set(fold(f), ag);
  }
}

const ACRONYM_PREFIXES = prefixesOf(BY_ACRONYM.keys());
const FOLDED_PREFIXES = prefixesOf(BY_FOLDED.keys());

/**
 * False where no name that opens with this token (its text and its lowercase) is a listed agency, so a
 * scan for untagged names skips the token without trying a span: an acronym form would begin with the
 * text, and a folded form with the folded text, which for a plain ASCII token is its lowercase. Any
 * other token, and "the", may.
 */
export function mayOpenKnownAgency(text: string, lower: string): boolean {
  return ACRONYM_PREFIXES.has(text) || !isPlainAsciiWord(text) || lower === 'the' || FOLDED_PREFIXES.has(lower);
}

/** Longest form in tokens, bounds a scan for untagged names. */
export const MAX_AGENCY_TOKENS = 5;

/** The listed agency a name is (without a leading "the"), or undefined. */
export const knownAgency: (name: string) => KnownAgency | undefined = memoByString((name) => {
  const bare = name.trim().replace(/^the\s+/i, '');
  return BY_ACRONYM.get(bare) ?? (isAcronym(bare) ? undefined : BY_FOLDED.get(fold(bare)));
});
