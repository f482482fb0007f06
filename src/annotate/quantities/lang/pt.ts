/**
 * Portuguese amount words, European and Brazilian spellings ("mil milhões" / "bilhões", "quilómetros" / "quilômetros",
 * "despedimentos" aside, "postos de trabalho" → job): data only, read by read.ts as the other languages' lexicons are.
 */
import type { AmountLexicon } from './lexicons.js';

const PT_NOUNS: Readonly<Record<string, string>> = {
  pessoa: 'person', pessoas: 'person', habitante: 'resident', habitantes: 'resident', morto: 'death', mortos: 'death', vítima: 'victim', vítimas: 'victim',
  ferido: 'injured', feridos: 'injured', desaparecido: 'missing', desaparecidos: 'missing', emprego: 'job', empregos: 'job', posto: 'job', postos: 'job',
  trabalhador: 'worker', trabalhadores: 'worker', funcionário: 'employee', funcionários: 'employee', empregado: 'employee', empregados: 'employee',
  loja: 'store', lojas: 'store', empresa: 'company', empresas: 'company', diplomata: 'diplomat', diplomatas: 'diplomat', marinheiro: 'sailor', marinheiros: 'sailor',
  pescador: 'fisherman', pescadores: 'fisherman', barco: 'boat', barcos: 'boat', casa: 'home', casas: 'home', habitação: 'home', habitações: 'home',
  família: 'family', famílias: 'family', aldeia: 'village', aldeias: 'village', praia: 'beach', praias: 'beach', voo: 'flight', voos: 'flight',
  avião: 'aircraft', aviões: 'aircraft', veículo: 'vehicle', veículos: 'vehicle', manifestante: 'protester', manifestantes: 'protester', soldado: 'soldier', soldados: 'soldier',
  migrante: 'migrant', migrantes: 'migrant', comerciante: 'trader', comerciantes: 'trader', acordo: 'agreement', acordos: 'agreement', cliente: 'customer', clientes: 'customer',
  aluno: 'student', alunos: 'student', escola: 'school', escolas: 'school', voto: 'vote', votos: 'vote', eleitor: 'voter', eleitores: 'voter', candidato: 'candidate', candidatos: 'candidate',
  travessia: 'crossing', travessias: 'crossing', navio: 'ship', navios: 'ship', paciente: 'patient', pacientes: 'patient',
};

export const PT_AMOUNTS: AmountLexicon = {
  language: 'pt',
  // "2.600 empregos" (Brazil, and most Portuguese wire copy), decimal comma "40,6%"
  groupSeparator: 'dot',
  boundsBefore: { 'pelo menos': 'atLeast', 'no mínimo': 'atLeast', 'mais de': 'moreThan', 'menos de': 'lessThan', até: 'upTo', 'cerca de': 'about', 'perto de': 'nearly', quase: 'nearly', aproximadamente: 'about', 'à volta de': 'about', 'em torno de': 'about', uns: 'about', umas: 'about' },
  // "mil milhões" (Portugal) and "bilhões" (Brazil) are both 10^9; the Portuguese "bilião" (10^12) is left out
  scales: { mil: 3, milhão: 6, milhões: 6, 'mil milhões': 9, bilhão: 9, bilhões: 9 },
  currencies: { dólares: 'USD', dólar: 'USD', euros: 'EUR', euro: 'EUR', reais: 'BRL', 'francos cfa': 'XOF', kwanzas: 'AOA', meticais: 'MZN', escudos: 'CVE' },
  measures: { toneladas: 'tonne', tonelada: 'tonne', quilómetros: 'km', quilômetros: 'km', quilómetro: 'km', quilômetro: 'km', km: 'km', metros: 'm', hectares: 'hectare', barris: 'barrel', litros: 'litre' },
  nouns: PT_NOUNS,
  linkers: ['de'],
};
