/**
 * Dutch amount words ("ongeveer 130.000 klanten", "14,5 miljoen euro", "ruim 2.000 banen", "procent"): data only, read by
 * read.ts as the other languages' lexicons are. Counted nouns map to the English layer's lemmas, so a Dutch report's
 * "ongeveer 130.000 klanten" is compared with an English "about 90,000 customers".
 */
import type { AmountLexicon } from './lexicons.js';

const NL_NOUNS: Readonly<Record<string, string>> = {
  mens: 'person', mensen: 'person', persoon: 'person', personen: 'person', inwoner: 'resident', inwoners: 'resident', bewoner: 'resident', bewoners: 'resident',
  dode: 'death', doden: 'death', slachtoffer: 'victim', slachtoffers: 'victim', gewonde: 'injured', gewonden: 'injured', vermiste: 'missing', vermisten: 'missing',
  baan: 'job', banen: 'job', arbeidsplaats: 'job', arbeidsplaatsen: 'job', werknemer: 'employee', werknemers: 'employee', medewerker: 'employee', medewerkers: 'employee',
  werkneemster: 'employee', arbeider: 'worker', arbeiders: 'worker', winkel: 'store', winkels: 'store', filiaal: 'store', filialen: 'store', bedrijf: 'company', bedrijven: 'company',
  onderneming: 'company', ondernemingen: 'company', diplomaat: 'diplomat', diplomaten: 'diplomat', zeeman: 'sailor', zeelieden: 'sailor', visser: 'fisherman', vissers: 'fisherman',
  boot: 'boat', boten: 'boat', schip: 'ship', schepen: 'ship', huis: 'home', huizen: 'home', woning: 'home', woningen: 'home', huishouden: 'household', huishoudens: 'household',
  gezin: 'family', gezinnen: 'family', dorp: 'village', dorpen: 'village', strand: 'beach', stranden: 'beach', vlucht: 'flight', vluchten: 'flight', vliegtuig: 'aircraft', vliegtuigen: 'aircraft',
  voertuig: 'vehicle', voertuigen: 'vehicle', auto: 'car', "auto's": 'car', betoger: 'protester', betogers: 'protester', demonstrant: 'protester', demonstranten: 'protester',
  soldaat: 'soldier', soldaten: 'soldier', migrant: 'migrant', migranten: 'migrant', handelaar: 'trader', handelaren: 'trader', akkoord: 'agreement', akkoorden: 'agreement',
  klant: 'customer', klanten: 'customer', gebruiker: 'customer', gebruikers: 'customer', leerling: 'student', leerlingen: 'student', student: 'student', studenten: 'student',
  school: 'school', scholen: 'school', stem: 'vote', stemmen: 'vote', patiënt: 'patient', patiënten: 'patient', passagier: 'passenger', passagiers: 'passenger',
  bezoeker: 'visitor', bezoekers: 'visitor',
};

export const NL_AMOUNTS: AmountLexicon = {
  language: 'nl',
  // "130.000 klanten", decimal comma "14,5 miljoen"
  groupSeparator: 'dot',
  boundsBefore: { 'ten minste': 'atLeast', minstens: 'atLeast', 'meer dan': 'moreThan', ruim: 'moreThan', 'minder dan': 'lessThan', 'tot wel': 'upTo', maximaal: 'upTo', bijna: 'nearly', ongeveer: 'about', circa: 'about', 'ca.': 'about', 'zo’n': 'about', "zo'n": 'about', rond: 'about', 'rond de': 'about' },
  scales: { duizend: 3, miljoen: 6, miljard: 9 },
  currencies: { euro: 'EUR', dollar: 'USD', 'amerikaanse dollar': 'USD', pond: 'GBP', frank: 'CHF' },
  measures: { ton: 'tonne', kilometer: 'km', km: 'km', meter: 'm', hectare: 'hectare', vaten: 'barrel', liter: 'litre' },
  nouns: NL_NOUNS,
  linkers: [],
};
