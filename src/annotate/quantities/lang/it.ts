/**
 * Italian amount words ("circa 210.000 veicoli", "146 voli", "165 euro", "2,5 miliardi di euro", "per cento"): data
 * only, read by read.ts as the other languages' lexicons are.
 */
import type { AmountLexicon } from './lexicons.js';

const IT_NOUNS: Readonly<Record<string, string>> = {
  persona: 'person', persone: 'person', abitante: 'resident', abitanti: 'resident', morto: 'death', morti: 'death', vittima: 'victim', vittime: 'victim',
  ferito: 'injured', feriti: 'injured', disperso: 'missing', dispersi: 'missing', posto: 'job', posti: 'job', lavoratore: 'worker', lavoratori: 'worker',
  dipendente: 'employee', dipendenti: 'employee', negozio: 'store', negozi: 'store', azienda: 'company', aziende: 'company', impresa: 'company', imprese: 'company',
  diplomatico: 'diplomat', diplomatici: 'diplomat', marinaio: 'sailor', marinai: 'sailor', pescatore: 'fisherman', pescatori: 'fisherman', nave: 'ship', navi: 'ship',
  barca: 'boat', barche: 'boat', casa: 'home', case: 'home', abitazione: 'home', abitazioni: 'home', famiglia: 'family', famiglie: 'family', villaggio: 'village', villaggi: 'village',
  spiaggia: 'beach', spiagge: 'beach', volo: 'flight', voli: 'flight', aereo: 'aircraft', aerei: 'aircraft', veicolo: 'vehicle', veicoli: 'vehicle', auto: 'car', automobili: 'car',
  manifestante: 'protester', manifestanti: 'protester', soldato: 'soldier', soldati: 'soldier', migrante: 'migrant', migranti: 'migrant', commerciante: 'trader', commercianti: 'trader',
  accordo: 'agreement', accordi: 'agreement', cliente: 'customer', clienti: 'customer', utente: 'customer', utenti: 'customer', studente: 'student', studenti: 'student',
  scuola: 'school', scuole: 'school', voto: 'vote', voti: 'vote', paziente: 'patient', pazienti: 'patient', passeggero: 'passenger', passeggeri: 'passenger',
};

export const IT_AMOUNTS: AmountLexicon = {
  language: 'it',
  // "210.000 veicoli", decimal comma "2,5 miliardi"
  groupSeparator: 'dot',
  boundsBefore: { 'almeno': 'atLeast', 'più di': 'moreThan', oltre: 'moreThan', 'meno di': 'lessThan', 'fino a': 'upTo', circa: 'about', 'intorno a': 'about', quasi: 'nearly', 'poco meno di': 'nearly' },
  scales: { mila: 3, milione: 6, milioni: 6, miliardo: 9, miliardi: 9 },
  currencies: { euro: 'EUR', dollari: 'USD', dollaro: 'USD', franchi: 'CHF', sterline: 'GBP' },
  measures: { tonnellate: 'tonne', tonnellata: 'tonne', chilometri: 'km', chilometro: 'km', km: 'km', metri: 'm', ettari: 'hectare', barili: 'barrel', litri: 'litre' },
  nouns: IT_NOUNS,
  linkers: ['di'],
};
