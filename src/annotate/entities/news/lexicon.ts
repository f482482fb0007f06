/**
 * Closed word lists for the news layer: generic English vocabulary of roles, organisation
 * descriptors, seats of government and verbs of speaking or acting. No person or story names.
 */

/** Words that can head a role ("President", "spokesman", "official"). */
export const ROLE_HEADS = new Set(
  `president minister spokesman spokeswoman spokesperson leader official officials secretary chairman chairwoman chair
  chief director ambassador envoy governor mayor senator congressman congresswoman general commander premier
  chancellor king queen prince princess emperor pope president-elect adviser advisor aide analyst economist ceo
  executive officer negotiator diplomat lawmaker legislator representative judge prosecutor attorney coach manager
  founder editor correspondent dictator ruler monarch speaker administrator commissioner inspector marshal admiral
  colonel lieutenant captain sergeant cardinal archbishop bishop rabbi imam sheikh emir sultan chief-of-staff
  head deputy vice-president vice-chairman strategist researcher professor scientist spokespeople`.split(/\s+/),
);

/** Words that can sit inside a role before its head ("Foreign Minister", "senior official"). */
export const ROLE_MODIFIERS = new Set(
  `foreign defense defence prime deputy vice senior top state first former acting security national trade economy
  economic finance interior nuclear special executive press party military chief supreme justice health energy
  environment education culture intelligence assistant associate principal general attorney white house
  unification agriculture labor labour home high commerce industry transport information presidential
  parliamentary opposition government regional local provincial federal international cabinet`.split(/\s+/),
);

/** Nouns describing an organisation before its name ("state news agency KCNA"). */
export const ORG_DESCRIPTORS = new Set(
  `state official news agency wire service broadcaster television tv radio newspaper daily media outlet
  public private national central government-run state-run state-owned company firm group bank ministry`.split(/\s+/),
);

/** Institutions whose name stands for a government ("the Kremlin said"). */
export const SEATS_OF_GOVERNMENT = new Set(
  `kremlin white-house downing-street elysee élysée pentagon blue-house zhongnanhai quai-d'orsay whitehall
  foggy-bottom kasumigaseki`.split(/\s+/),
);

/** The country each seat of government stands for. */
export const SEAT_COUNTRY: Readonly<Record<string, string>> = {
  kremlin: 'Russia',
  'white-house': 'United States',
  pentagon: 'United States',
  'foggy-bottom': 'United States',
  'downing-street': 'United Kingdom',
  whitehall: 'United Kingdom',
  elysee: 'France',
  élysée: 'France',
  "quai-d'orsay": 'France',
  'blue-house': 'South Korea',
  zhongnanhai: 'China',
  kasumigaseki: 'Japan',
};

/** Verbs whose subject, when a capital or seat of government, is the government acting. */
export const ACTOR_VERBS = new Set(
  `said says say stated states expressed expresses agreed agrees accused accuses warned warns announced announces
  denied denies urged urges condemned condemns demanded demands called calls claimed claims insisted insists
  rejected rejects responded responds threatened threatens wants wanted plans planned hopes hoped believes
  believed considers considered sees saw views viewed has have had will would could may might must should
  vowed vows pledged pledges signed signs launched launches sent sends imposed imposes ordered orders criticized
  criticised criticizes criticises welcomed welcomes protested protests blamed blames sought seeks refused refuses
  confirmed confirms declined declines approved approves backed backs supports supported opposed opposes reported
  reports told tells asked asks offered offers agreed accepted accepts raised raises`.split(/\s+/),
);

/** Nouns after a possessive capital ("Pyongyang's transfer of missiles") that make it a government. */
export const ACTOR_NOUNS = new Set(
  `transfer transfers decision decisions policy policies position stance response support refusal demand demands
  program programme programs weapons missile missiles nuclear threat threats plan plans proposal proposals
  statement statements move moves actions action allies ally government leadership regime ambitions aggression
  invasion sanctions attempt attempts efforts relations ties claim claims offer request request`.split(/\s+/),
);

/**
 * Romanised Korean family names that news spells several ways; each maps to one folded form so
 * cross-document keys agree (Choe/Choi/Cho, Ri/Rhee/Lee/Yi, Pak/Park/Bak ...).
 */
export const KOREAN_SURNAME_VARIANTS: ReadonlyMap<string, string> = new Map(
  [
    ['choe', 'choe'], ['choi', 'choe'], ['cho', 'choe'], ['chwe', 'choe'],
    ['kim', 'kim'], ['gim', 'kim'],
    ['ri', 'ri'], ['rhee', 'ri'], ['lee', 'ri'], ['yi', 'ri'], ['rhie', 'ri'],
    ['pak', 'pak'], ['park', 'pak'], ['bak', 'pak'],
    ['jong', 'jong'], ['jeong', 'jong'], ['chung', 'jong'], ['jung', 'jong'],
    ['kang', 'kang'], ['gang', 'kang'],
    ['yun', 'yun'], ['yoon', 'yun'],
    ['han', 'han'], ['ryu', 'ryu'], ['yu', 'ryu'], ['yoo', 'ryu'],
    ['o', 'o'], ['oh', 'o'],
    ['kwon', 'kwon'], ['gwon', 'kwon'],
    ['song', 'song'], ['shin', 'sin'], ['sin', 'sin'],
    ['hyon', 'hyon'], ['hyun', 'hyon'], ['hyeon', 'hyon'],
  ] as const,
);

/** Romanised Korean syllable spellings folded the same way (McCune-Reischauer vs Revised). */
export const KOREAN_SYLLABLE_FOLDS: ReadonlyMap<string, string> = new Map([
  ['un', 'un'], ['eun', 'un'], ['ŭn', 'un'],
  ['jong', 'jong'], ['jeong', 'jong'], ['chong', 'jong'], ['chŏng', 'jong'],
  ['son', 'son'], ['seon', 'son'], ['sŏn', 'son'],
  ['hui', 'hui'], ['hee', 'hui'], ['hŭi', 'hui'],
  ['il', 'il'], ['sung', 'song'], ['song', 'song'], ['sŏng', 'song'],
  ['yong', 'yong'], ['yeong', 'yong'], ['yŏng', 'yong'],
  ['ho', 'ho'], ['hyok', 'hyok'], ['hyeok', 'hyok'],
]);
