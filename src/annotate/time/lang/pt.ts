/**
 * Portuguese dates, European and Brazilian spellings: "12 de abril de 2026", "1º de maio", "de 12 a 14 de abril", "no fim
 * de abril", "na próxima semana", "na segunda-feira", "nas próximas semanas", "em breve".
 */
import type { DateLexicon } from './types.js';

const R = String.raw;
const YEAR = R`(?:\s+de\s+{Y})?`;
/** The Brazilian ordinal mark of the first day: "1º de maio". */
const ORD = R`(?:º|°|o)?`;
/** Articles and prepositions before a weekday: "na segunda-feira", "nesta terça-feira", "no sábado". */
const ON = R`(?:(?:na|no|nesta|neste|esta|este|desta|deste|a|o|à|ao)\s+)`;

export const pt: DateLexicon = {
  language: 'pt',
  months: [R`janeiro`, R`fevereiro`, R`março|marco`, R`abril`, R`maio`, R`junho`, R`julho`, R`agosto`, R`setembro`, R`outubro`, R`novembro`, R`dezembro`],
  // a weekday from Monday to Friday only with its "-feira": a bare "segunda" is as often "second" ("a segunda volta")
  weekdays: [R`segunda[-\s]feira`, R`terça[-\s]feira|terca[-\s]feira`, R`quarta[-\s]feira`, R`quinta[-\s]feira`, R`sexta[-\s]feira`, R`sábado|sabado`, R`domingo`],
  numbers: [R`um|uma`, R`dois|duas`, R`três|tres`, R`quatro`, R`cinco`, R`seis`, R`sete`, R`oito`, R`nove`, R`dez`],
  // the future tense ("será", "realizar-se-á" is rare in news; "vai"/"irá" with an infinitive) and plan words
  futureCue: R`vai|vão|irá|irão|deverá|deverão|prevê|preveem|previst[oa]s?|marcad[oa]s?|agendad[oa]s?|\p{L}+(?:rá|rão)`,
  templates: [
    // "para" and "até" too: "marcou a segunda volta para 12 de abril" is the day itself
    { kind: 'date', re: R`(?:(?:em|no\s+dia|dia|a|de|até|até\s+ao|até\s+o|desde|para|para\s+o\s+dia)\s+)?(?:{WX},?\s+)?{D}${ORD}\s+de\s+{M}${YEAR}` },
    { kind: 'numeric', re: R`(?:em\s+)?{D}/{MO}/{Y}` },
    { kind: 'range', re: R`(?:de\s+|entre\s+|dos\s+dias\s+)?{D}\s*(?:[-–—]|a|e)\s*{D2}\s+de\s+{M}${YEAR}` },
    { kind: 'month', re: R`(?:(?:em|de|para|até|no\s+mês\s+de)\s+)?{M}${YEAR}` },
    { kind: 'month', mod: 'END', re: R`(?:(?:no|ao|até\s+ao|até\s+o|antes\s+do|em)\s+)?(?:fim|final|finais)\s+de\s+{M}${YEAR}` },
    { kind: 'month', mod: 'START', re: R`(?:(?:no|em|desde\s+o|a|ao)\s+)?(?:início|inicio|princípio|principio|começo)\s+de\s+{M}${YEAR}` },
    { kind: 'month', mod: 'MID', re: R`(?:(?:em|a|até)\s+)?meados\s+de\s+{M}${YEAR}` },
    { kind: 'year', re: R`(?:em|no\s+ano\s+de)\s+{Y}` },
    // a part of a year named by its number: its end, start or middle (time.lang 1.6.0; "fin 2027", "a finales de 2027", "Ende 2027")
    { kind: 'month', mod: 'END', re: R`(?:(?:no|ao|até\s+ao|até\s+o|antes\s+do|em)\s+)?(?:fim|final|finais)\s+de\s+{Y}` },
    { kind: 'month', mod: 'START', re: R`(?:(?:no|em|desde\s+o)\s+)?(?:início|inícios|princípio)\s+de\s+{Y}` },
    { kind: 'month', mod: 'MID', re: R`(?:(?:em|até)\s+)?meados\s+de\s+{Y}` },
    // a season, of a year named after it or of the report's year (time.lang 1.6.0), as the English layer writes it (2026-SP)
    { kind: 'season', season: 'SP', re: R`(?:(?:na|até\s+à|antes\s+da|nesta)\s+primavera){SY}` },
    { kind: 'season', season: 'SU', re: R`(?:(?:no|até\s+ao|antes\s+do|neste)\s+verão){SY}` },
    { kind: 'season', season: 'FA', re: R`(?:(?:no|até\s+ao|antes\s+do|neste)\s+outono){SY}` },
    { kind: 'season', season: 'WI', re: R`(?:(?:no|até\s+ao|antes\s+do|neste)\s+inverno){SY}` },
    { kind: 'relative', unit: 'day', offset: 0, re: R`hoje` },
    { kind: 'relative', unit: 'day', offset: 1, re: R`(?<!depois\s+de\s)amanhã|(?<!depois\s+de\s)amanha` },
    { kind: 'relative', unit: 'day', offset: -1, re: R`ontem` },
    { kind: 'relative', unit: 'day', offset: 2, re: R`depois\s+de\s+amanhã` },
    { kind: 'relative', unit: 'day', offset: -2, re: R`anteontem|antes\s+de\s+ontem` },
    { kind: 'relative', unit: 'week', offset: 1, re: R`(?:na|a)\s+(?:próxima|proxima)\s+semana|(?:na|a)\s+semana\s+que\s+vem` },
    { kind: 'relative', unit: 'week', offset: -1, re: R`(?:na|a)\s+semana\s+passada` },
    { kind: 'relative', unit: 'week', offset: 0, re: R`(?:n?esta)\s+semana` },
    { kind: 'relative', unit: 'month', offset: 1, re: R`(?:no|o)\s+(?:próximo|proximo)\s+mês|(?:no|o)\s+mês\s+que\s+vem` },
    { kind: 'relative', unit: 'month', offset: -1, re: R`(?:no|o)\s+mês\s+passado` },
    { kind: 'relative', unit: 'month', offset: 0, re: R`n?este\s+mês` },
    { kind: 'relative', unit: 'year', offset: 1, re: R`(?:no|o)\s+(?:próximo|proximo)\s+ano|(?:no|o)\s+ano\s+que\s+vem` },
    { kind: 'relative', unit: 'year', offset: -1, re: R`(?:no|o)\s+ano\s+passado` },
    { kind: 'relative', unit: 'year', offset: 0, re: R`n?este\s+ano` },
    { kind: 'relative', unit: 'month', offset: 0, mod: 'END', re: R`(?:(?:no|ao|até\s+ao|até\s+o|antes\s+do)\s+)?(?:fim|final)\s+d(?:o|este)\s+mês` },
    { kind: 'relative', unit: 'month', offset: 0, mod: 'START', re: R`(?:(?:no|em)\s+)?(?:início|inicio|princípio|começo)\s+d(?:o|este)\s+mês` },
    { kind: 'relative', unit: 'year', offset: 0, mod: 'END', re: R`(?:(?:no|ao|até\s+ao|até\s+o|antes\s+do)\s+)?(?:fim|final)\s+d(?:o|este)\s+ano` },
    { kind: 'relative', unit: 'week', offset: 0, mod: 'END', re: R`(?:(?:no|ao|até\s+ao|até\s+o)\s+)?(?:fim|final)\s+d(?:a|esta)\s+semana` },
    { kind: 'counted', unit: 'week', sign: 1, re: R`(?:dentro\s+de|daqui\s+a)\s+{N}\s+semanas?` },
    { kind: 'counted', unit: 'day', sign: 1, re: R`(?:dentro\s+de|daqui\s+a)\s+{N}\s+dias?` },
    { kind: 'counted', unit: 'month', sign: 1, re: R`(?:dentro\s+de|daqui\s+a)\s+{N}\s+m[eê]s(?:es)?` },
    { kind: 'counted', unit: 'week', sign: -1, re: R`há\s+{N}\s+semanas?` },
    { kind: 'counted', unit: 'week', sign: -1, re: R`{N}\s+semanas?\s+atrás` },
    { kind: 'counted', unit: 'day', sign: -1, re: R`há\s+{N}\s+dias?` },
    { kind: 'counted', unit: 'day', sign: -1, re: R`{N}\s+dias?\s+atrás` },
    { kind: 'counted', unit: 'month', sign: -1, re: R`há\s+{N}\s+m[eê]s(?:es)?` },
    { kind: 'counted', unit: 'month', sign: -1, re: R`{N}\s+m[eê]s(?:es)?\s+atrás` },
    { kind: 'weekday', direction: 'next', re: R`${ON}?(?:próxim[oa]|proxim[oa])\s+{W}` },
    { kind: 'weekday', direction: 'next', re: R`${ON}?{W}\s+(?:próxim[oa]|proxim[oa]|que\s+vem)` },
    { kind: 'weekday', direction: 'last', re: R`${ON}?(?:últim[oa]|ultim[oa])\s+{W}` },
    { kind: 'weekday', direction: 'last', re: R`${ON}?{W}\s+passad[oa]` },
    { kind: 'weekday', direction: 'bare', re: R`${ON}?{W}` },
    // vague spans ahead, with the English phrases' windows ("nos próximos dias" is "in the coming days")
    { kind: 'vague', key: 'coming-days', re: R`n?os\s+(?:próximos|proximos)\s+dias|dentro\s+de\s+(?:alguns|poucos)\s+dias` },
    { kind: 'vague', key: 'coming-weeks', re: R`n?as\s+(?:próximas|proximas)\s+semanas|dentro\s+de\s+(?:algumas|poucas)\s+semanas` },
    { kind: 'vague', key: 'coming-months', re: R`n?os\s+(?:próximos|proximos)\s+meses|dentro\s+de\s+(?:alguns|poucos)\s+meses` },
    { kind: 'vague', key: 'soon', re: R`(?:dentro\s+)?em\s+breve|brevemente|proximamente` },
  ],
};
