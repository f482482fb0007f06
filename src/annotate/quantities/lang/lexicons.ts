/**
 * Amount words of the languages the events layer reads beside English (German, French, Spanish; Portuguese, Italian and Dutch in pt.ts, it.ts, nl.ts): how each
 * writes its numbers, bounds, scale words, currencies, measures and the nouns news counts. Counted nouns and
 * measures map to the English layer's units ("emplois" → job, "toneladas" → tonne), so the story layer compares a
 * French report's "environ 2 600 emplois" with an English one's "about 3,150 jobs". Data only; read.ts reads it.
 */
import type { QuantityBound } from '../../../doc/schemas/quantities.js';
import { IT_AMOUNTS } from './it.js';
import { NL_AMOUNTS } from './nl.js';
import { PT_AMOUNTS } from './pt.js';

export interface AmountLexicon {
  readonly language: string;
  /** Digit groups: "2 600" (French: spaces), "2.800" (German, Spanish: full stops); the decimal mark is a comma in all three. */
  readonly groupSeparator: 'space' | 'dot';
  /** Bound words before the number, lower case, longest first where one starts another ("près de" before "près"). */
  readonly boundsBefore: Readonly<Record<string, QuantityBound>>;
  /** Scale words after the number and their power of ten ("millones" 6, "milliards" 9). */
  readonly scales: Readonly<Record<string, number>>;
  /** Currency words after the number (and its scale) → ISO 4217. */
  readonly currencies: Readonly<Record<string, string>>;
  /** Measures after the number → the English layer's measure unit. */
  readonly measures: Readonly<Record<string, string>>;
  /** Counted nouns (plural and singular forms) → the English lemma the English layer gives the same thing. */
  readonly nouns: Readonly<Record<string, string>>;
  /** Words between a number (or its scale) and its currency, measure or noun: "de" in "40 millones de dólares". */
  readonly linkers: readonly string[];
}

/** Nouns counted in news, per language, each with the English lemma: people, casualties, jobs, firms, places, things. */
const FR_NOUNS: Readonly<Record<string, string>> = {
  personne: 'person', personnes: 'person', habitant: 'resident', habitants: 'resident', mort: 'death', morts: 'death', décès: 'death', victime: 'victim', victimes: 'victim',
  blessé: 'injured', blessés: 'injured', disparu: 'missing', disparus: 'missing', emploi: 'job', emplois: 'job', poste: 'job', postes: 'job', salarié: 'employee', salariés: 'employee',
  employé: 'employee', employés: 'employee', magasin: 'store', magasins: 'store', entreprise: 'company', entreprises: 'company', société: 'company', sociétés: 'company',
  diplomate: 'diplomat', diplomates: 'diplomat', marin: 'sailor', marins: 'sailor', pêcheur: 'fisherman', pêcheurs: 'fisherman', bateau: 'boat', bateaux: 'boat',
  maison: 'home', maisons: 'home', logement: 'home', logements: 'home', foyer: 'household', foyers: 'household', ménage: 'household', ménages: 'household',
  village: 'village', villages: 'village', plage: 'beach', plages: 'beach', vol: 'flight', vols: 'flight', avion: 'aircraft', avions: 'aircraft', véhicule: 'vehicle', véhicules: 'vehicle',
  manifestant: 'protester', manifestants: 'protester', soldat: 'soldier', soldats: 'soldier', migrant: 'migrant', migrants: 'migrant', commerçant: 'trader', commerçants: 'trader',
  accord: 'agreement', accords: 'agreement', client: 'customer', clients: 'customer', abonné: 'customer', abonnés: 'customer', élève: 'student', élèves: 'student', école: 'school', écoles: 'school',
  navire: 'ship', navires: 'ship', douar: 'village', douars: 'village', patient: 'patient', patients: 'patient', passager: 'passenger', passagers: 'passenger',
};

const ES_NOUNS: Readonly<Record<string, string>> = {
  persona: 'person', personas: 'person', habitante: 'resident', habitantes: 'resident', muerto: 'death', muertos: 'death', fallecido: 'death', fallecidos: 'death', víctima: 'victim', víctimas: 'victim',
  herido: 'injured', heridos: 'injured', desaparecido: 'missing', desaparecidos: 'missing', empleo: 'job', empleos: 'job', puesto: 'job', puestos: 'job', trabajador: 'worker', trabajadores: 'worker',
  empleado: 'employee', empleados: 'employee', tienda: 'store', tiendas: 'store', empresa: 'company', empresas: 'company', compañía: 'company', compañías: 'company',
  diplomático: 'diplomat', diplomáticos: 'diplomat', marinero: 'sailor', marineros: 'sailor', pescador: 'fisherman', pescadores: 'fisherman', barco: 'boat', barcos: 'boat',
  casa: 'home', casas: 'home', vivienda: 'home', viviendas: 'home', hogar: 'household', hogares: 'household', familia: 'family', familias: 'family',
  pueblo: 'village', pueblos: 'village', playa: 'beach', playas: 'beach', vuelo: 'flight', vuelos: 'flight', avión: 'aircraft', aviones: 'aircraft', vehículo: 'vehicle', vehículos: 'vehicle',
  manifestante: 'protester', manifestantes: 'protester', soldado: 'soldier', soldados: 'soldier', migrante: 'migrant', migrantes: 'migrant', comerciante: 'trader', comerciantes: 'trader',
  acuerdo: 'agreement', acuerdos: 'agreement', cliente: 'customer', clientes: 'customer', usuario: 'customer', usuarios: 'customer', alumno: 'student', alumnos: 'student', escuela: 'school', escuelas: 'school',
  voto: 'vote', votos: 'vote', buque: 'ship', buques: 'ship', paciente: 'patient', pacientes: 'patient', cirugía: 'operation', cirugías: 'operation', operación: 'operation', operaciones: 'operation',
  pasajero: 'passenger', pasajeros: 'passenger',
};

const DE_NOUNS: Readonly<Record<string, string>> = {
  menschen: 'person', personen: 'person', einwohner: 'resident', tote: 'death', toten: 'death', todesopfer: 'death', opfer: 'victim', verletzte: 'injured', verletzten: 'injured',
  vermisste: 'missing', vermissten: 'missing', arbeitsplätze: 'job', stellen: 'job', jobs: 'job', beschäftigte: 'employee', beschäftigten: 'employee', mitarbeiter: 'employee', mitarbeitende: 'employee',
  filialen: 'store', geschäfte: 'store', läden: 'store', unternehmen: 'company', firmen: 'company', diplomaten: 'diplomat', seeleute: 'sailor', fischer: 'fisherman', boote: 'boat', schiffe: 'ship',
  häuser: 'home', wohnungen: 'home', haushalte: 'household', dörfer: 'village', strände: 'beach', flüge: 'flight', flugzeuge: 'aircraft', fahrzeuge: 'vehicle', autos: 'car',
  demonstranten: 'protester', soldaten: 'soldier', migranten: 'migrant', händler: 'trader', abkommen: 'agreement', kunden: 'customer', schüler: 'student', schulen: 'school', stimmen: 'vote',
};

export const FR_AMOUNTS: AmountLexicon = {
  language: 'fr',
  groupSeparator: 'space',
  boundsBefore: { 'au moins': 'atLeast', 'plus de': 'moreThan', 'moins de': 'lessThan', "jusqu'à": 'upTo', 'jusqu’à': 'upTo', 'près de': 'nearly', presque: 'nearly', environ: 'about', quelque: 'about', 'autour de': 'about' },
  scales: { mille: 3, million: 6, millions: 6, milliard: 9, milliards: 9 },
  currencies: { dollars: 'USD', dollar: 'USD', euros: 'EUR', euro: 'EUR', 'dollars canadiens': 'CAD', 'dollars américains': 'USD', 'francs cfa': 'XOF', dinars: 'TND', livres: 'GBP', roupies: 'INR', dirhams: 'AED' },
  measures: { tonnes: 'tonne', tonne: 'tonne', kilomètres: 'km', kilomètre: 'km', km: 'km', mètres: 'm', mètre: 'm', hectares: 'hectare', barils: 'barrel', litres: 'litre' },
  nouns: FR_NOUNS,
  linkers: ['de', "d'", 'd’'],
};

export const ES_AMOUNTS: AmountLexicon = {
  language: 'es',
  groupSeparator: 'dot',
  boundsBefore: { 'al menos': 'atLeast', 'por lo menos': 'atLeast', 'más de': 'moreThan', 'menos de': 'lessThan', hasta: 'upTo', 'cerca de': 'nearly', casi: 'nearly', unos: 'about', unas: 'about', 'alrededor de': 'about', aproximadamente: 'about' },
  scales: { mil: 3, millón: 6, millones: 6, 'mil millones': 9 },
  currencies: { dólares: 'USD', dólar: 'USD', euros: 'EUR', euro: 'EUR', 'dólares estadounidenses': 'USD', pesos: 'MXN' },
  measures: { toneladas: 'tonne', tonelada: 'tonne', kilómetros: 'km', kilómetro: 'km', km: 'km', metros: 'm', hectáreas: 'hectare', barriles: 'barrel', litros: 'litre' },
  nouns: ES_NOUNS,
  linkers: ['de'],
};

export const DE_AMOUNTS: AmountLexicon = {
  language: 'de',
  groupSeparator: 'dot',
  boundsBefore: { mindestens: 'atLeast', 'mehr als': 'moreThan', über: 'moreThan', 'weniger als': 'lessThan', 'bis zu': 'upTo', fast: 'nearly', knapp: 'nearly', beinahe: 'nearly', etwa: 'about', rund: 'about', ungefähr: 'about', circa: 'about', 'ca.': 'about' },
  scales: { tausend: 3, million: 6, millionen: 6, 'mio.': 6, milliarde: 9, milliarden: 9, 'mrd.': 9 },
  currencies: { dollar: 'USD', 'us-dollar': 'USD', euro: 'EUR', franken: 'CHF' },
  measures: { tonnen: 'tonne', tonne: 'tonne', kilometer: 'km', km: 'km', meter: 'm', hektar: 'hectare', barrel: 'barrel', liter: 'litre' },
  nouns: DE_NOUNS,
  linkers: [],
};

export const AMOUNT_LEXICONS: readonly AmountLexicon[] = [DE_AMOUNTS, FR_AMOUNTS, ES_AMOUNTS, PT_AMOUNTS, IT_AMOUNTS, NL_AMOUNTS];
