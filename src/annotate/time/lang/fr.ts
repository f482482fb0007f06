/** French dates: "12 avril", "du 12 au 14 avril", "fin avril", "la semaine prochaine", "mardi prochain". */
import type { DateLexicon } from './types.js';

const R = String.raw;
/** "de", "d'" or "du mois de/d'" between a part word and a month: "fin avril", "à la fin du mois d'avril". */
const OF = R`(?:\s+du\s+mois)?(?:\s+de\s+|\s*d['’]\s*|\s+)`;

export const fr: DateLexicon = {
  language: 'fr',
  months: [R`janvier`, R`février|fevrier`, R`mars`, R`avril`, R`mai`, R`juin`, R`juillet`, R`août|aout`, R`septembre`, R`octobre`, R`novembre`, R`décembre|decembre`],
  weekdays: [R`lundi`, R`mardi`, R`mercredi`, R`jeudi`, R`vendredi`, R`samedi`, R`dimanche`],
  numbers: [R`un|une`, R`deux`, R`trois`, R`quatre`, R`cinq`, R`six`, R`sept`, R`huit`, R`neuf`, R`dix`],
  futureCue: R`sera|seront|va|vont|doit|doivent|devrait|devraient|prévoit|prévu[e]?|aura\s+lieu|\p{L}+(?:era|ira|ra|eront|iront|ront)`,
  templates: [
    { kind: 'date', re: R`(?:(?:le|du|au|dès\s+le|jusqu['’]au)\s+)?(?:{WX}\s+)?{D}(?:er)?\s+{M}(?:\s+{Y})?` },
    { kind: 'numeric', re: R`(?:le\s+)?{D}/{MO}/{Y}` },
    { kind: 'range', re: R`(?:du\s+|les\s+)?{D}(?:er)?\s*(?:[-–—]|au|et)\s*{D2}\s+{M}(?:\s+{Y})?` },
    { kind: 'month', re: R`(?:en\s+|au\s+mois\s+(?:de\s+|d['’]\s*))?{M}(?:\s+{Y})?` },
    { kind: 'month', mod: 'END', re: R`(?:(?:d['’]ici|avant|jusqu['’]à)\s+)?(?:(?:à\s+)?la\s+)?fin${OF}{M}(?:\s+{Y})?` },
    { kind: 'month', mod: 'START', re: R`(?:au\s+|dès\s+le\s+)?début${OF}{M}(?:\s+{Y})?` },
    { kind: 'month', mod: 'MID', re: R`(?:(?:à\s+la|vers\s+la|d['’]ici\s+la)\s+)?mi-{M}(?:\s+{Y})?` },
    { kind: 'year', re: R`(?:en|l['’]an|l['’]année)\s+{Y}` },
    // a part of a year named by its number: its end, start or middle (time.lang 1.6.0; "fin 2027", "a finales de 2027", "Ende 2027")
    { kind: 'month', mod: 'END', re: R`(?:(?:d['’]ici|avant|jusqu['’]à)\s+)?(?:(?:à\s+)?la\s+)?fin(?:\s+de)?\s+{Y}` },
    { kind: 'month', mod: 'START', re: R`(?:(?:au|dès\s+le)\s+)?début(?:\s+de)?\s+{Y}` },
    { kind: 'month', mod: 'MID', re: R`(?:(?:à\s+la|d['’]ici\s+(?:à\s+)?la)\s+)?mi-{Y}` },
    // a season, of a year named after it or of the report's year (time.lang 1.6.0), as the English layer writes it (2026-SP)
    { kind: 'season', season: 'SP', re: R`(?:(?:(?:au|d['’]ici\s+(?:au|le)|avant\s+le|dès\s+le)\s+)printemps){SY}` },
    { kind: 'season', season: 'SU', re: R`(?:(?:(?:en|d['’]ici\s+l['’]|avant\s+l['’]|dès\s+l['’]|à\s+l['’]|cet\s+)\s*)été){SY}` },
    { kind: 'season', season: 'FA', re: R`(?:(?:(?:en|d['’]ici\s+l['’]|avant\s+l['’]|dès\s+l['’]|à\s+l['’]|cet\s+)\s*)automne){SY}` },
    { kind: 'season', season: 'WI', re: R`(?:(?:(?:en|d['’]ici\s+l['’]|avant\s+l['’]|dès\s+l['’]|cet\s+)\s*)hiver){SY}` },
    { kind: 'relative', unit: 'day', offset: 0, re: R`aujourd['’]hui` },
    { kind: 'relative', unit: 'day', offset: 1, re: R`demain` },
    { kind: 'relative', unit: 'day', offset: -1, re: R`hier` },
    { kind: 'relative', unit: 'day', offset: 2, re: R`après-demain` },
    { kind: 'relative', unit: 'day', offset: -2, re: R`avant-hier` },
    { kind: 'relative', unit: 'week', offset: 1, re: R`la\s+semaine\s+prochaine` },
    { kind: 'relative', unit: 'week', offset: -1, re: R`la\s+semaine\s+(?:dernière|passée)` },
    { kind: 'relative', unit: 'week', offset: 0, re: R`cette\s+semaine` },
    { kind: 'relative', unit: 'month', offset: 1, re: R`le\s+mois\s+prochain` },
    { kind: 'relative', unit: 'month', offset: -1, re: R`le\s+mois\s+(?:dernier|passé)` },
    { kind: 'relative', unit: 'month', offset: 0, re: R`ce\s+mois-ci` },
    { kind: 'relative', unit: 'year', offset: 1, re: R`l['’](?:année|an)\s+prochaine?` },
    { kind: 'relative', unit: 'year', offset: -1, re: R`l['’](?:année|an)\s+(?:dernière|dernier|passée)` },
    { kind: 'relative', unit: 'year', offset: 0, re: R`cette\s+année` },
    { kind: 'relative', unit: 'month', offset: 0, mod: 'END', re: R`(?:(?:d['’]ici|avant|jusqu['’]à)\s+)?(?:(?:à\s+)?la\s+)?fin\s+(?:du|de\s+ce)\s+mois` },
    { kind: 'relative', unit: 'month', offset: 0, mod: 'START', re: R`(?:au\s+)?début\s+(?:du|de\s+ce)\s+mois` },
    { kind: 'relative', unit: 'month', offset: 1, mod: 'START', re: R`(?:au\s+)?début\s+du\s+mois\s+prochain` },
    { kind: 'relative', unit: 'year', offset: 0, mod: 'END', re: R`(?:(?:d['’]ici|avant|jusqu['’]à)\s+)?(?:(?:à\s+)?la\s+)?fin\s+(?:de\s+l['’]année|d['’]année)` },
    { kind: 'relative', unit: 'week', offset: 0, mod: 'END', re: R`(?:(?:d['’]ici|avant)\s+)?(?:(?:à\s+)?la\s+)?fin\s+de\s+(?:la|cette)\s+semaine` },
    { kind: 'counted', unit: 'week', sign: 1, re: R`dans\s+{N}\s+semaines?` },
    { kind: 'counted', unit: 'day', sign: 1, re: R`dans\s+{N}\s+jours?` },
    { kind: 'counted', unit: 'month', sign: 1, re: R`dans\s+{N}\s+mois` },
    { kind: 'counted', unit: 'week', sign: -1, re: R`il\s+y\s+a\s+{N}\s+semaines?` },
    { kind: 'counted', unit: 'day', sign: -1, re: R`il\s+y\s+a\s+{N}\s+jours?` },
    { kind: 'counted', unit: 'month', sign: -1, re: R`il\s+y\s+a\s+{N}\s+mois` },
    { kind: 'weekday', direction: 'next', re: R`(?:le\s+|ce\s+)?{W}\s+prochain` },
    { kind: 'weekday', direction: 'last', re: R`(?:le\s+|ce\s+)?{W}\s+dernier` },
    { kind: 'weekday', direction: 'bare', re: R`(?:le\s+|ce\s+)?{W}` },
    // vague spans ahead, with the English phrases' windows ("dans les prochains jours" is "in the coming days")
    { kind: 'vague', key: 'coming-days', re: R`(?:dans|pendant|durant)\s+les\s+(?:(?:tout\s+)?prochains\s+jours|jours\s+(?:à\s+venir|qui\s+viennent))|(?:dans|d['’]ici(?:\s+à)?)\s+quelques\s+jours` },
    { kind: 'vague', key: 'coming-weeks', re: R`(?:dans|d['’]ici(?:\s+à)?)\s+quelques\s+semaines` },
    { kind: 'vague', key: 'coming-weeks', re: R`(?:dans|pendant|durant)\s+les\s+(?:prochaines\s+semaines|semaines\s+(?:à\s+venir|qui\s+viennent))` },
    { kind: 'vague', key: 'coming-months', re: R`(?:dans|pendant|durant)\s+les\s+(?:prochains\s+mois|mois\s+(?:à\s+venir|qui\s+viennent))` },
    { kind: 'vague', key: 'soon', re: R`bientôt|prochainement|sous\s+peu` },
  ],
};
