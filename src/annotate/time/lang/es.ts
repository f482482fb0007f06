/** Spanish dates: "12 de abril", "del 12 al 14 de abril", "a finales de abril", "la próxima semana", "el próximo martes". */
import type { DateLexicon } from './types.js';

const R = String.raw;
const YEAR = R`(?:\s+de(?:l)?\s+{Y})?`;

export const es: DateLexicon = {
  language: 'es',
  months: [R`enero`, R`febrero`, R`marzo`, R`abril`, R`mayo`, R`junio`, R`julio`, R`agosto`, R`septiembre|setiembre`, R`octubre`, R`noviembre`, R`diciembre`],
  weekdays: [R`lunes`, R`martes`, R`miércoles|miercoles`, R`jueves`, R`viernes`, R`sábado|sabado`, R`domingo`],
  numbers: [R`un|uno|una`, R`dos`, R`tres`, R`cuatro`, R`cinco`, R`seis`, R`siete`, R`ocho`, R`nueve`, R`diez`],
  futureCue: R`va\s+a|van\s+a|prevé|prevén|previst[oa]|tiene\s+previsto|\p{L}+(?:rá|rán)`,
  templates: [
    { kind: 'date', re: R`(?:(?:el|del|al|hasta\s+el|desde\s+el)\s+)?(?:{WX}\s+)?{D}\s+de\s+{M}${YEAR}` },
    { kind: 'numeric', re: R`(?:el\s+)?{D}/{MO}/{Y}` },
    { kind: 'range', re: R`(?:del\s+|entre\s+el\s+|los\s+días\s+)?{D}\s*(?:[-–—]|al|y\s+el|y)\s*{D2}\s+de\s+{M}${YEAR}` },
    { kind: 'month', re: R`(?:en\s+(?:el\s+mes\s+de\s+)?)?{M}${YEAR}` },
    { kind: 'month', mod: 'END', re: R`(?:(?:a|hasta|antes\s+de)\s+)?(?:finales|fines|final|fin)\s+de\s+{M}${YEAR}` },
    { kind: 'month', mod: 'START', re: R`(?:(?:a|desde)\s+)?(?:principios|comienzos|inicios|primeros\s+días)\s+de\s+{M}${YEAR}` },
    { kind: 'month', mod: 'MID', re: R`(?:(?:a|hasta)\s+)?mediados\s+de\s+{M}${YEAR}` },
    { kind: 'year', re: R`(?:en(?:\s+el\s+año)?|el\s+año)\s+{Y}` },
    // a part of a year named by its number: its end, start or middle (time.lang 1.6.0; "fin 2027", "a finales de 2027", "Ende 2027")
    { kind: 'month', mod: 'END', re: R`(?:(?:a|hasta|antes\s+de|para)\s+)?(?:finales|fines|final|fin)\s+de(?:l)?\s+{Y}` },
    { kind: 'month', mod: 'START', re: R`(?:(?:a|desde)\s+)?(?:principios|comienzos|inicios)\s+de(?:l)?\s+{Y}` },
    { kind: 'month', mod: 'MID', re: R`(?:(?:a|hasta|para)\s+)?mediados\s+de(?:l)?\s+{Y}` },
    // a season, of a year named after it or of the report's year (time.lang 1.6.0), as the English layer writes it (2026-SP)
    { kind: 'season', season: 'SP', re: R`(?:(?:en|antes\s+de|para|hasta)\s+(?:la\s+|esta\s+)?primavera){SY}` },
    { kind: 'season', season: 'SU', re: R`(?:(?:en\s+(?:el\s+|este\s+)?|antes\s+del\s+|para\s+el\s+|hasta\s+el\s+)verano){SY}` },
    { kind: 'season', season: 'FA', re: R`(?:(?:en\s+(?:el\s+|este\s+)?|antes\s+del\s+|para\s+el\s+|hasta\s+el\s+)otoño){SY}` },
    { kind: 'season', season: 'WI', re: R`(?:(?:en\s+(?:el\s+|este\s+)?|antes\s+del\s+|para\s+el\s+|hasta\s+el\s+)invierno){SY}` },
    { kind: 'relative', unit: 'day', offset: 0, re: R`hoy` },
    { kind: 'relative', unit: 'day', offset: 1, re: R`(?<!(?:la|esta|cada|una|por)\s)mañana` },
    { kind: 'relative', unit: 'day', offset: -1, re: R`ayer` },
    { kind: 'relative', unit: 'day', offset: 2, re: R`pasado\s+mañana` },
    { kind: 'relative', unit: 'day', offset: -2, re: R`anteayer|antier|antes\s+de\s+ayer` },
    { kind: 'relative', unit: 'week', offset: 1, re: R`la\s+(?:próxima|proxima)\s+semana|la\s+semana\s+(?:próxima|que\s+viene|entrante)` },
    { kind: 'relative', unit: 'week', offset: -1, re: R`la\s+semana\s+pasada|la\s+pasada\s+semana` },
    { kind: 'relative', unit: 'week', offset: 0, re: R`esta\s+semana` },
    { kind: 'relative', unit: 'month', offset: 1, re: R`el\s+(?:próximo|proximo)\s+mes|el\s+mes\s+(?:próximo|que\s+viene|entrante)` },
    { kind: 'relative', unit: 'month', offset: -1, re: R`el\s+mes\s+pasado|el\s+pasado\s+mes` },
    { kind: 'relative', unit: 'month', offset: 0, re: R`este\s+mes` },
    { kind: 'relative', unit: 'year', offset: 1, re: R`el\s+(?:próximo|proximo)\s+año|el\s+año\s+(?:próximo|que\s+viene|entrante)` },
    { kind: 'relative', unit: 'year', offset: -1, re: R`el\s+año\s+pasado|el\s+pasado\s+año` },
    { kind: 'relative', unit: 'year', offset: 0, re: R`este\s+año` },
    { kind: 'relative', unit: 'month', offset: 0, mod: 'END', re: R`(?:(?:a|hasta|antes\s+de)\s+)?(?:finales|fin)\s+de(?:l|\s+este)\s+mes` },
    { kind: 'relative', unit: 'month', offset: 0, mod: 'START', re: R`(?:a\s+)?principios\s+de(?:l|\s+este)\s+mes` },
    { kind: 'relative', unit: 'month', offset: 1, mod: 'START', re: R`(?:a\s+)?principios\s+del\s+(?:próximo|proximo)\s+mes` },
    { kind: 'relative', unit: 'year', offset: 0, mod: 'END', re: R`(?:(?:a|hasta|antes\s+de)\s+)?(?:finales|fin)\s+de(?:l|\s+este)\s+año` },
    { kind: 'relative', unit: 'week', offset: 0, mod: 'END', re: R`(?:(?:a|hasta|antes\s+de)\s+)?(?:finales|fin)\s+de\s+(?:la|esta)\s+semana` },
    { kind: 'counted', unit: 'week', sign: 1, re: R`(?:dentro\s+de|en)\s+{N}\s+semanas?` },
    { kind: 'counted', unit: 'day', sign: 1, re: R`(?:dentro\s+de|en)\s+{N}\s+días?` },
    { kind: 'counted', unit: 'month', sign: 1, re: R`(?:dentro\s+de|en)\s+{N}\s+mes(?:es)?` },
    { kind: 'counted', unit: 'week', sign: -1, re: R`hace\s+{N}\s+semanas?` },
    { kind: 'counted', unit: 'day', sign: -1, re: R`hace\s+{N}\s+días?` },
    { kind: 'counted', unit: 'month', sign: -1, re: R`hace\s+{N}\s+mes(?:es)?` },
    { kind: 'weekday', direction: 'next', re: R`(?:el\s+)?(?:próximo|proximo)\s+{W}` },
    { kind: 'weekday', direction: 'next', re: R`(?:el\s+)?{W}\s+(?:próximo|que\s+viene)` },
    { kind: 'weekday', direction: 'last', re: R`(?:el\s+)?pasado\s+{W}` },
    { kind: 'weekday', direction: 'last', re: R`(?:el\s+)?{W}\s+pasado` },
    { kind: 'weekday', direction: 'bare', re: R`el\s+{W}` },
    // vague spans ahead, with the English phrases' windows ("en los próximos días" is "in the coming days")
    // "en pocas semanas", "en unos pocos días": a few of the unit from now, the same span
    { kind: 'vague', key: 'coming-days', re: R`en\s+los\s+(?:(?:próximos|proximos)\s+días|días\s+(?:próximos|que\s+vienen))|en\s+(?:unos\s+)?pocos\s+días` },
    { kind: 'vague', key: 'coming-weeks', re: R`en\s+las\s+(?:(?:próximas|proximas)\s+semanas|semanas\s+(?:próximas|que\s+vienen))|en\s+(?:unas\s+)?pocas\s+semanas` },
    { kind: 'vague', key: 'coming-months', re: R`en\s+los\s+(?:(?:próximos|proximos)\s+meses|meses\s+(?:próximos|que\s+vienen))|en\s+(?:unos\s+)?pocos\s+meses` },
    { kind: 'vague', key: 'soon', re: R`(?<!(?:de|tan|lo\s+más)\s)pronto|próximamente|en\s+breve` },
  ],
};
