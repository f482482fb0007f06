/**
 * The regular inflections of a listed trigger word (events.lang 1.31.0, docs/languages.md): a lexicon lists a word in the forms
 * its writer met, and the engine matches whole words, so "detenido" missed "detenidas", "libéré" missed "libérées" and
 * "gesperrt" missed "der gesperrte Kanal". Only inflections that keep the word's sense are made: a participle's gender and number
 * (and, in German and Dutch, its attributive endings), a noun's plural. A made form never replaces a listed one (the engine adds
 * it only where no lexicon or glossary lists that word).
 */

/** Participles that agree in gender and number, per language: the stem's ending before the vowel, and the four endings. */
const PARTICIPLES: Readonly<Record<string, { readonly stem: RegExp; readonly endings: readonly string[] }>> = {
  // detenido, aprobada, puesto, resuelto, abierto, dicho, escrito
  es: { stem: /^(.{2,}(?:ad|id|uest|uelt|iert|ech|ich|rit))(?:o|a|os|as)$/u, endings: ['o', 'a', 'os', 'as'] },
  // detido, aprovada, posto, escrito, preso
  pt: { stem: /^(.{2,}(?:ad|id|ost|rit|res))(?:o|a|os|as)$/u, endings: ['o', 'a', 'os', 'as'] },
  // arrestato, respinto, sospeso, chiuso, messo
  it: { stem: /^(.{2,}(?:at|it|ut|nt|es|us|ss))(?:o|a|i|e)$/u, endings: ['o', 'a', 'i', 'e'] },
};

/** French participles: libéré(e)(s), détenu(e)(s), interdit(e)(s), pris(e)(s), mis(e)(s). */
function frenchParticiple(w: string): string[] {
  // not an imperfect ("visitait") nor a verb in -quer / -guer ("convoque")
  const m = /^(.{3,}(?:é|(?<![qg])u|[dru]it))(?:e|s|es)?$/u.exec(w) ?? /^(\p{L}*(?:pr|m)is)(?:e|es)?$/u.exec(w);
  if (!m) return [];
  const stem = m[1]!;
  return stem.endsWith('is') ? [stem, `${stem}e`, `${stem}es`] : [stem, `${stem}e`, `${stem}s`, `${stem}es`];
}

/** A German participle (ge…t, ge…en, with or without a separable prefix before "ge") and its attributive endings. */
function germanParticiple(w: string): string[] {
  const m = /^(\p{L}*ge\p{L}{2,}(?:t|en))(?:e|en|er|es|em)?$/u.exec(w);
  if (!m) return [];
  const stem = m[1]!;
  return [stem, ...['e', 'en', 'er', 'es', 'em'].map((e) => stem + e)];
}

/** A Dutch participle in -d or -t takes an attributive -e ("de gearresteerde man"); one in -en does not. */
function dutchParticiple(w: string): string[] {
  const m = /^(ge\p{L}{3,}[dt])e?$/u.exec(w);
  // a doubled vowel before the ending is spelt single before -e ("gedood", "gedode"): left as listed
  return m && !/([aeou])\1[dt]$/u.test(m[1]!) ? [m[1]!, `${m[1]!}e`] : [];
}

/** A noun's plural by the language's regular rule (and a plural's singular where the rule is unambiguous). */
function nounForms(language: string, w: string): string[] {
  switch (language) {
    case 'es':
      if (/ión$/u.test(w)) return [w.replace(/ión$/u, 'iones')];
      if (/iones$/u.test(w)) return [w.replace(/iones$/u, 'ión')];
      // a stressed last syllable loses its accent in the plural: "huracán", "huracanes"
      if (/[áéó]n$/u.test(w)) return [`${w.slice(0, -2)}${{ á: 'a', é: 'e', ó: 'o' }[w.at(-2) as 'á' | 'é' | 'ó']}nes`];
      if (/[aeo]$/u.test(w)) return [`${w}s`];
      // a plural in -os / -as has its singular by the -s; one in -es may have lost an -e or not ("cortes", "aranceles")
      if (/[ao]s$/u.test(w)) return [w.slice(0, -1)];
      if (/[lrnd]$/u.test(w)) return [`${w}es`];
      if (/z$/u.test(w)) return [w.replace(/z$/u, 'ces')];
      return [];
    case 'pt':
      if (/ão$/u.test(w)) return [w.replace(/ão$/u, 'ões')];
      if (/ões$/u.test(w)) return [w.replace(/ões$/u, 'ão')];
      if (/[aeo]$/u.test(w)) return [`${w}s`];
      if (/[ao]s$/u.test(w)) return [w.slice(0, -1)];
      if (/[rz]$/u.test(w)) return [`${w}es`];
      if (/[aeo]l$/u.test(w)) return [w.replace(/l$/u, 'is')];
      if (/m$/u.test(w)) return [w.replace(/m$/u, 'ns')];
      return [];
    case 'fr':
      // the singular of a plural is not made: "recours", "procès", "secours" end in -s in both
      if (/eau$/u.test(w)) return [`${w}x`];
      if (/al$/u.test(w)) return [w.replace(/al$/u, 'aux')];
      if (/[sxz]$/u.test(w)) return [];
      return [`${w}s`];
    case 'it':
      // a feminine plural in -e is no singular in -e ("visite" is the plural of "visita"), so -e nouns are left as listed
      if (/ione$/u.test(w)) return [w.replace(/ione$/u, 'ioni')];
      if (/io$/u.test(w)) return [w.replace(/io$/u, 'i')];
      if (/[cg]a$/u.test(w)) return [w.replace(/a$/u, 'he')];
      if (/o$/u.test(w)) return [w.replace(/o$/u, 'i')];
      if (/a$/u.test(w)) return [w.replace(/a$/u, 'e')];
      return [];
    default:
      return [];
  }
}

/** The regular inflections of a listed word (its own form left out), as a noun or as a verb form. */
export function inflections(language: string, word: string, noun: boolean): string[] {
  // a multi-part or very short word, or one with digits, is left as listed
  if (word.length < 4 || /[^\p{L}]/u.test(word)) return [];
  let out: string[];
  if (noun) out = nounForms(language, word);
  else if (language === 'fr') out = frenchParticiple(word);
  else if (language === 'de') out = germanParticiple(word);
  else if (language === 'nl') out = dutchParticiple(word);
  else {
    const p = PARTICIPLES[language];
    const m = p?.stem.exec(word);
    out = p && m ? p.endings.map((e) => m[1]! + e) : [];
  }
  return [...new Set(out)].filter((w) => w !== word);
}
