/** Italian dates: "il 1° febbraio 2027", "dal 12 al 14 aprile", "fine aprile", "la settimana prossima", "lunedì". */
import type { DateLexicon } from './types.js';

const R = String.raw;
/** "di" or "d'" between a part word and a month: "fine aprile", "alla fine di aprile", "inizio d'agosto". */
const OF = R`(?:\s+di\s+|\s*d['’]\s*|\s+)`;
/** The day's ordinal mark: "il 1° febbraio", "1º marzo". */
const ORD = R`(?:°|º)?`;

export const it: DateLexicon = {
  language: 'it',
  months: [R`gennaio`, R`febbraio`, R`marzo`, R`aprile`, R`maggio`, R`giugno`, R`luglio`, R`agosto`, R`settembre`, R`ottobre`, R`novembre`, R`dicembre`],
  weekdays: [R`lunedì|lunedi`, R`martedì|martedi`, R`mercoledì|mercoledi`, R`giovedì|giovedi`, R`venerdì|venerdi`, R`sabato`, R`domenica`],
  numbers: [R`un|uno|una`, R`due`, R`tre`, R`quattro`, R`cinque`, R`sei`, R`sette`, R`otto`, R`nove`, R`dieci`],
  // the future tense ("scatterà", "entrerà", "saranno") and plan words ("previsto", "dovrebbe")
  futureCue: R`previst[oaie]|prevede|dovrebbe|dovrebbero|\p{L}+(?:rà|ranno)`,
  templates: [
    { kind: 'date', re: R`(?:(?:il|l['’]|dal|al|entro\s+il|fino\s+al|dall['’]|all['’])\s*)?(?:{WX}\s+)?{D}${ORD}\s+{M}(?:\s+{Y})?` },
    { kind: 'numeric', re: R`(?:il\s+)?{D}/{MO}/{Y}` },
    { kind: 'range', re: R`(?:dal\s+|tra\s+il\s+|fra\s+il\s+)?{D}${ORD}\s*(?:[-–—]|al|e\s+il|e)\s*{D2}\s+{M}(?:\s+{Y})?` },
    { kind: 'month', re: R`(?:(?:a|in|nel\s+mese\s+di)\s+)?{M}(?:\s+{Y})?` },
    { kind: 'month', mod: 'END', re: R`(?:(?:entro|prima\s+della|fino\s+alla)\s+)?(?:(?:a|alla)\s+)?fine${OF}{M}(?:\s+{Y})?` },
    { kind: 'month', mod: 'START', re: R`(?:(?:a|all['’]|dall['’])\s*)?inizio${OF}{M}(?:\s+{Y})?` },
    { kind: 'month', mod: 'MID', re: R`(?:a\s+)?metà${OF}{M}(?:\s+{Y})?` },
    { kind: 'year', re: R`(?:nel|nell['’]anno)\s+{Y}` },
    // a part of a year named by its number: its end, start or middle (time.lang 1.6.0; "fin 2027", "a finales de 2027", "Ende 2027")
    { kind: 'month', mod: 'END', re: R`(?:(?:entro|prima\s+della|fino\s+alla)\s+)?(?:(?:a|alla|la)\s+)?fine\s+(?:del\s+)?{Y}` },
    { kind: 'month', mod: 'START', re: R`(?:(?:a|all['’])\s*)?inizio\s+(?:del\s+)?{Y}` },
    { kind: 'month', mod: 'MID', re: R`(?:(?:a|entro)\s+)?metà\s+(?:del\s+)?{Y}` },
    // a season, of a year named after it or of the report's year (time.lang 1.6.0), as the English layer writes it (2026-SP)
    { kind: 'season', season: 'SP', re: R`(?:(?:in|entro\s+la|prima\s+della|questa)\s+primavera){SY}` },
    { kind: 'season', season: 'SU', re: R`(?:(?:in|d['’]|entro\s+l['’]|prima\s+dell['’]|quest['’])\s*estate){SY}` },
    { kind: 'season', season: 'FA', re: R`(?:(?:in|entro\s+l['’]|prima\s+dell['’]|quest['’])\s*autunno){SY}` },
    { kind: 'season', season: 'WI', re: R`(?:(?:in|d['’]|entro\s+l['’]|prima\s+dell['’]|quest['’])\s*inverno){SY}` },
    { kind: 'relative', unit: 'day', offset: 0, re: R`oggi` },
    { kind: 'relative', unit: 'day', offset: 1, re: R`domani` },
    { kind: 'relative', unit: 'day', offset: -1, re: R`ieri` },
    { kind: 'relative', unit: 'day', offset: 2, re: R`dopodomani` },
    { kind: 'relative', unit: 'day', offset: -2, re: R`l['’]altro\s+ieri|l['’]altroieri` },
    { kind: 'relative', unit: 'week', offset: 1, re: R`la\s+(?:settimana\s+prossima|prossima\s+settimana)` },
    { kind: 'relative', unit: 'week', offset: -1, re: R`la\s+(?:settimana\s+scorsa|scorsa\s+settimana)` },
    { kind: 'relative', unit: 'week', offset: 0, re: R`questa\s+settimana` },
    { kind: 'relative', unit: 'month', offset: 1, re: R`il\s+(?:mese\s+prossimo|prossimo\s+mese)` },
    { kind: 'relative', unit: 'month', offset: -1, re: R`il\s+(?:mese\s+scorso|scorso\s+mese)` },
    { kind: 'relative', unit: 'month', offset: 0, re: R`questo\s+mese` },
    { kind: 'relative', unit: 'year', offset: 1, re: R`l['’]anno\s+prossimo|il\s+prossimo\s+anno` },
    { kind: 'relative', unit: 'year', offset: -1, re: R`l['’]anno\s+scorso|lo\s+scorso\s+anno` },
    { kind: 'relative', unit: 'year', offset: 0, re: R`quest['’]anno` },
    { kind: 'counted', unit: 'week', sign: 1, re: R`(?:tra|fra)\s+{N}\s+settiman[ae]` },
    { kind: 'counted', unit: 'day', sign: 1, re: R`(?:tra|fra)\s+{N}\s+giorni?` },
    { kind: 'counted', unit: 'month', sign: 1, re: R`(?:tra|fra)\s+{N}\s+mes[ei]` },
    { kind: 'counted', unit: 'week', sign: -1, re: R`{N}\s+settiman[ae]\s+fa` },
    { kind: 'counted', unit: 'day', sign: -1, re: R`{N}\s+giorni?\s+fa` },
    { kind: 'counted', unit: 'month', sign: -1, re: R`{N}\s+mes[ei]\s+fa` },
    { kind: 'weekday', direction: 'next', re: R`(?:il\s+|la\s+)?{W}\s+prossim[oa]` },
    { kind: 'weekday', direction: 'next', re: R`(?:il\s+|la\s+)?prossim[oa]\s+{W}` },
    // "uno sciopero per venerdì": a day something is called for is ahead
    { kind: 'weekday', direction: 'next', re: R`per\s+(?:il\s+|la\s+)?{W}` },
    { kind: 'weekday', direction: 'last', re: R`(?:il\s+|la\s+)?{W}\s+scors[oa]` },
    { kind: 'weekday', direction: 'last', re: R`(?:il\s+|la\s+)?scors[oa]\s+{W}` },
    { kind: 'weekday', direction: 'bare', re: R`(?:il\s+|la\s+)?{W}` },
    // vague spans ahead, with the English phrases' windows ("nei prossimi giorni" is "in the coming days")
    { kind: 'vague', key: 'coming-days', re: R`nei\s+prossimi\s+giorni` },
    { kind: 'vague', key: 'coming-weeks', re: R`nelle\s+prossime\s+settimane` },
    { kind: 'vague', key: 'coming-months', re: R`nei\s+prossimi\s+mesi` },
    { kind: 'vague', key: 'soon', re: R`presto|a\s+breve|prossimamente` },
  ],
};
