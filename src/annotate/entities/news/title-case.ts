/** Words a place name keeps in lower case inside it ("Rio de Janeiro", "Stratford-upon-Avon"). */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'la', 'le', 'les', 'el', 'al', 'of', 'on', 'upon', 'am', 'an', 'der', 'den', 'van', 'von', 'y', 'e', 'en', 'sur']);

// compiled once: esbuild turns a literal with \p{…} outside a class into `new RegExp` per call (util/letter-tests.ts)
const WORDS = /\p{L}+/gu;

/** A name written in capitals (a dateline) as it is written elsewhere: "RIO DE JANEIRO" → "Rio de Janeiro", "PORT-AU-PRINCE" → "Port-au-Prince". */
export function titleCased(name: string): string {
  let first = true;
  return name.toLowerCase().replace(WORDS, (w) => {
    const keep = !first && NAME_PARTICLES.has(w);
    first = false;
    return keep ? w : w[0]!.toUpperCase() + w.slice(1);
  });
}
