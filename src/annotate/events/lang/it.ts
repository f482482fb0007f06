/** Italian event triggers and cues: "sciopero", "naufragio", "zona a basse emissioni", "sospeso", "rinviato", "-rà". */
import type { EventLexicon } from './types.js';

/** A court or tribunal near a legal word ("il Tribunale amministrativo regionale", "il Tar", "il Consiglio di Stato"). */
const COURT = "tribunale|tribunali|tar|corte|corti|giudice|giudici|consiglio\\s+di\\s+stato|cassazione|procura";

/** Services and output a halt stops and a resumption restarts: one list for both (a resumption also names supplies). */
const HALTED_SERVICES = 'traghetti|traghetto|voli|volo|treni|treno|collegamenti|corse|circolazione|navigazione|servizio|servizi|produzione|estrazione';

export const it: EventLexicon = {
  language: 'it',
  triggers: [
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'sciopero scioperi', verbs: 'scioperano scioperato sciopereranno scioperare' },
    // "incroceranno le braccia" (they will fold their arms): the idiom for a strike, with "braccia" after the verb (events.lang 1.21.0)
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', verbs: 'incrociano incroceranno incrocerà incrociato incrociare', near: 'braccia' },
    { lemma: 'protest', type: 'PROTEST', subtype: 'demonstrate', nouns: 'manifestazione manifestazioni protesta proteste corteo cortei', verbs: 'manifestato manifestano protestato protestano' },
    { lemma: 'visit', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'visita visite', verbs: 'visiterà visiteranno visitato' },
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'riunione riunioni incontro incontri', verbs: 'incontrato incontrerà incontreranno' },
    // events.lang 1.36.0 (hlang2): a general meeting of shareholders or members, as the English "extraordinary general meeting"
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'assemblea assemblee', near: 'soci|azionisti|straordinaria|ordinaria' },
    // talks, and a ministry calling the two sides to them ("ha convocato le parti per lunedì", "convocato un tavolo"); a
    // strike or an assembly called ("convocato uno sciopero") has no "parti" or "tavolo" near
    { lemma: 'talks', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'trattativa trattative colloqui' },
    { lemma: 'talks', type: 'CONSULT', subtype: 'talks', schedulable: true, verbs: 'convocato convocata convocherà convocheranno', near: 'parti|tavolo' },
    { lemma: 'summit', type: 'CONSULT', subtype: 'summit', schedulable: true, nouns: 'vertice vertici' },
    { lemma: 'agree', type: 'AGREE', subtype: 'agree', nouns: 'accordo accordi intesa' },
    { lemma: 'sign', type: 'AGREE', subtype: 'sign', schedulable: true, nouns: 'firma', verbs: 'firmato firmata firmerà firmeranno' },
    { lemma: 'earthquake', type: 'DISASTER', subtype: 'earthquake', family: 'incident', nouns: 'terremoto terremoti sisma' },
    { lemma: 'flood', type: 'DISASTER', subtype: 'flood', family: 'incident', nouns: 'alluvione alluvioni inondazione inondazioni' },
    { lemma: 'fire', type: 'DISASTER', subtype: 'fire', family: 'incident', nouns: 'incendio incendi' },
    { lemma: 'capsize', type: 'DISASTER', subtype: 'shipwreck', family: 'incident', nouns: 'naufragio naufragi', verbs: 'affondato affondata naufragato naufragata ribaltato ribaltata', near: 'barca|barcone|nave|traghetto|imbarcazione|peschereccio|gommone|naufragio' },
    { lemma: 'die', type: 'CASUALTY', subtype: 'died', family: 'incident', nouns: 'morti vittime', verbs: 'morto morta morte annegati annegate' },
    { lemma: 'injure', type: 'CASUALTY', subtype: 'injured', family: 'incident', nouns: 'feriti ferite', verbs: 'ferito ferita' },
    { lemma: 'missing', type: 'CASUALTY', subtype: 'missing', family: 'incident', nouns: 'dispersi disperse' },
    { lemma: 'arrest', type: 'LEGAL', subtype: 'arrest', family: 'legal', nouns: 'arresto arresti', verbs: 'arrestato arrestati arrestata arrestate' },
    // events.lang 1.20.0: acquittals, releases from prison, extraditions, fines, job cuts, bankruptcies, takeovers
    { lemma: 'acquit', type: 'LEGAL', subtype: 'acquit', family: 'legal', nouns: 'assoluzione', verbs: 'assolto assolta assolti assolte' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'scarcerazione', verbs: 'scarcerato scarcerata scarcerati scarcerate' },
    { lemma: 'extradite', type: 'LEGAL', subtype: 'extradite', family: 'legal', nouns: 'estradizione', verbs: 'estradato estradata estradati estradate' },
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'multa multe', near: 'euro|condannato|condannata|inflitto|inflitta|inflitte' },
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'licenziamenti esuberi' },
    { lemma: 'bankruptcy', type: 'ECONOMY', subtype: 'bankruptcy', nouns: 'fallimento bancarotta', near: 'dichiarato|dichiarata|istanza|società|azienda|creditori|tribunale' },
    { lemma: 'acquire', type: 'ECONOMY', subtype: 'acquisition', nouns: 'acquisizione fusione', near: 'miliardi|milioni|gruppo|società|banca|azionisti|antitrust|rivale|concorrente' },
    // a bid for a player or a firm, as the English "bid" and the French "offre" (events.lang 1.39.0): "la prima offerta, da 15
    // milioni, era stata respinta"; only with a sum, a rejection or an acceptance near (not "l'offerta formativa", a range offered)
    { lemma: 'acquire', type: 'ECONOMY', subtype: 'acquisition', nouns: 'offerta offerte', near: 'milioni|miliardi|respinta|respinte|rifiutata|rifiutate|accettata|accettate|rilancio' },
    { lemma: 'trial', type: 'LEGAL', subtype: 'trial', family: 'legal', schedulable: true, nouns: 'processo processi' },
    { lemma: 'convict', type: 'LEGAL', subtype: 'convict', family: 'legal', nouns: 'condanna condanne', verbs: 'condannato condannati condannata' },
    { lemma: 'investigate', type: 'LEGAL', subtype: 'investigate', family: 'campaign', nouns: 'inchiesta inchieste indagine indagini' },
    { lemma: 'hearing', type: 'LEGAL', subtype: 'hearing', family: 'legal', schedulable: true, nouns: 'udienza udienze', near: `${COURT}|disciplinare|disciplinari` },
    // a challenge filed in court ("un ricorso al Tribunale amministrativo regionale") as the English "challenge"; an appeal
    // to a higher court ("l'appello al Consiglio di Stato")
    { lemma: 'petition', type: 'LEGAL', subtype: 'lawsuit', nouns: 'ricorso ricorsi', verbs: 'impugnato impugnata impugnerà', near: `${COURT}|provvedimento|delibera|ordinanza` },
    { lemma: 'appeal', type: 'LEGAL', subtype: 'appeal', family: 'legal', nouns: 'appello appelli', near: COURT },
    // a court's ruling ("la sentenza del Tar", "la decisione del Consiglio di Stato") and its suspension of a measure ("la
    // sospensione decisa dal Tar"); a government's decision or a suspension with no court near are none
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'sentenza sentenze decisione ordinanza', near: COURT },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'sospensione sospensiva', near: COURT },
    // a court that rejects or upholds a challenge rules on it ("il Tar ha respinto il ricorso", "i giudici hanno accolto
    // l'appello"); a union or a government that rejects a proposal has no court near
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'respinto respinta respinti accolto accolta', near: COURT },
    // an agency's decision on a drug, a deal, a licence ("la decisione sull'autorizzazione è stata rinviata", "l'agenzia aveva
    // respinto il farmaco", "non c'è stato alcun rigetto"), as the English approval and its refusal (events.lang 1.32.0); a
    // court's decision is its ruling (above, tried first); a union that rejects an offer has no agency near
    { lemma: 'approve', type: 'AGREE', subtype: 'approve', family: 'approval', nouns: 'decisione autorizzazione autorizzazioni approvazione rigetto bocciatura', verbs: 'autorizzato autorizzata approvato approvata respinto respinta bocciato bocciata bocciò bocciarono autorizzò autorizzarono respinse respinsero', near: 'agenzia|agenzie|autorità|antitrust|aifa|ema|farmaco|farmaci|regolatore|authority|consob' },
    // a ban, and a traffic restriction as one ("il divieto di circolazione", "la zona a basse emissioni", "la Ztl"), with
    // its start when a zone or a ban is near ("l'avvio della zona")
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'divieto divieti ztl' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'zona zone', near: 'basse\\s+emissioni|emissioni|traffico\\s+limitato|ztl' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'avvio', near: 'zona|divieto|divieti|ztl' },
    // events.lang 1.35.0 (hxlang, issue 12): a disciplinary ban of an athlete or a member, as the English "ban" ("banned for
    // three years", "a ban of up to four years"); only with a doping, a test or a length of time near
    // events.lang 1.36.0 (hlang2): a regulator's suspension of a licence or a permit, as the English licence-suspension (tried
    // before the disciplinary ban and a service halted)
    { lemma: 'licence-suspension', type: 'SANCTION', subtype: 'licence-suspension', family: 'campaign', nouns: 'sospensione sospensioni', verbs: 'sospeso sospesa sospesi sospese', near: 'licenza|licenze|autorizzazione|autorizzazioni|concessione|concessioni|permesso|permessi' },
    // events.lang 1.36.0 (hlang2): a measure a court suspends is its ruling ("il Tar ha sospeso l'ordinanza"), and an athlete or a
    // member suspended until a case is heard ("sospeso in via cautelare") the English "provisionally suspended" (tried before the
    // disciplinary ban)
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'sospeso sospesa sospesi sospese', near: COURT },
    { lemma: 'suspension', type: 'SANCTION', subtype: 'suspension', family: 'campaign', nouns: 'sospensione sospensioni', verbs: 'sospeso sospesa sospesi sospese', near: 'in\\s+via\\s+cautelare|cautelare|cautelarmente|cautelativamente|provvisoriamente|provvisoria' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'squalifica squalifiche', verbs: 'squalificato squalificata squalificati squalificate squalificare', near: 'doping|antidoping|positivo|positiva|anni|anno|mesi|giornate|giornata|vita' },
    // a measure or a bill approved by a council or a chamber ("il consiglio comunale ha approvato la delibera")
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'approvato approvata approvati approvate', near: 'delibera|legge|decreto|provvedimento|consiglio|giunta|camera|senato|misura' },
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'elezioni elezione referendum', verbs: 'eletto eletta rieletto rieletta' },
    { lemma: 'resign', type: 'POLITICAL', subtype: 'resign', nouns: 'dimissioni', verbs: 'dimesso dimessa' },
    { lemma: 'cut', type: 'ECONOMY', subtype: 'rate-cut', family: 'rate', nouns: 'taglio tagli riduzione', verbs: 'tagliato ridotto abbassato', near: 'tassi|tasso' },
    // events.lang 1.36.0 (hlang2): a central bank that keeps its rate ("ha lasciato invariati i tassi"), the English rate hold
    { lemma: 'hold', type: 'ECONOMY', subtype: 'rate-hold', family: 'rate', verbs: 'invariati invariato mantenuto mantenuti', near: 'tassi|tasso' },
    { lemma: 'raise', type: 'ECONOMY', subtype: 'rate-raise', family: 'rate', nouns: 'rialzo rialzi aumento', verbs: 'alzato aumentato rialzato', near: 'tassi|tasso' },
    { lemma: 'close', type: 'ECONOMY', subtype: 'closure', nouns: 'chiusura chiusure', verbs: 'chiuso chiusa chiusi chiuse chiuderà chiuderanno chiudere', near: 'spiaggia|spiagge|negozio|negozi|consolato|ambasciata|frontiera|scuola|scuole|fabbrica|stabilimento|aeroporto|porto|ponte|strada|autostrada|museo|parco|stadio' },
    // events.lang 1.26.0 (ACE coverage, as English 1.94.0): a runoff ("il ballottaggio", "il secondo turno"), a prisoner
    // swap, a stock market listing, clashes, a cabinet reshuffle
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'ballottaggio ballottaggi' },
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'turno', near: '(?:primo|secondo)\\s+$' },
    { lemma: 'exchange', type: 'LEGAL', subtype: 'exchange', schedulable: true, nouns: 'scambio scambi', near: 'prigionieri|detenuti|ostaggi' },
    { lemma: 'ipo', type: 'ECONOMY', subtype: 'ipo', schedulable: true, nouns: 'quotazione', near: 'borsa|piazza\\s+affari' },
    { lemma: 'clash', type: 'ASSAULT', subtype: 'clash', nouns: 'scontri' },
    { lemma: 'reshuffle', type: 'POLITICAL', subtype: 'reshuffle', nouns: 'rimpasto' },
    // events.lang 1.30.0 (hlang3): the common news happenings the English layer types, in their ordinary Italian words, with
    // the English lemmas: a declared emergency ("lo stato di emergenza idrica"; not "il pronto soccorso in emergenza")
    { lemma: 'emergency', type: 'DISASTER', subtype: 'emergency', family: 'campaign', nouns: 'emergenza emergenze', near: 'stato\\s+di|dichiar\\p{L}*|proclam\\p{L}*|prorog\\p{L}*|revoc\\p{L}*|idrica|sanitaria|climatica|siccità' },
    { lemma: 'evacuate', type: 'CASUALTY', subtype: 'evacuated', family: 'incident', nouns: 'evacuazione evacuazioni sfollati', verbs: 'evacuati evacuate evacuato evacuata' },
    // a supply cut and its restoration ("l'interruzione della fornitura d'acqua", "il blackout", "la corrente è stata ripristinata")
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'blackout' },
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'interruzione interruzioni guasto guasti', near: 'elettricità|corrente|energia|acqua|gas|fornitura|erogazione|rete|servizio' },
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', verbs: 'ripristinato ripristinata ripristinati ripristinate ripristinerà', near: 'servizio|servizi|corrente|elettricità|energia|acqua|gas|fornitura|erogazione|circolazione|traffico|sistemi|sistema|rete|collegamenti' },
    // money paid ("il pagamento del riscatto", "ha pagato 2 milioni di euro")
    { lemma: 'pay', type: 'ECONOMY', subtype: 'payment', nouns: 'pagamento pagamenti versamento versamenti', verbs: 'pagato pagata pagati pagherà pagare', near: 'riscatto|euro|dollari|milioni|miliardi|somma|bitcoin|multa|indennizzo|risarcimento|tranche|rata' },
    { lemma: 'ransom-demand', type: 'COERCE', subtype: 'ransom-demand', verbs: 'chiesto chiede chiedono chiedeva preteso pretende', near: 'riscatto' },
    // charges brought ("rinviato a giudizio")
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', verbs: 'rinviato rinviati rinviata rinviate', near: 'a\\s+giudizio' },
    // events.lang 1.30.0: a lightning strike ("un fulmine"), an inquiry's findings, a licence revoked
    { lemma: 'lightning', type: 'DISASTER', subtype: 'lightning', family: 'incident', nouns: 'fulmine fulmini' },
    { lemma: 'inquiry-report', type: 'LEGAL', subtype: 'inquiry-report', nouns: 'relazione conclusioni', near: 'commissione|inchiesta|indagine' },
    { lemma: 'revoke', type: 'SANCTION', subtype: 'licence-revocation', nouns: 'revoca', verbs: 'revocato revocata revocati', near: 'licenza|licenze|autorizzazione|concessione|permesso' },
    // events.lang 1.35.0 (hxlang, issue 12): the families the other lexicons read and this one lacked, filled from them in this
    // language's ordinary words (each with the English lemma the other languages give it)
    { lemma: 'accident', type: 'DISASTER', subtype: 'crash', family: 'incident', nouns: 'incidente incidenti scontro', near: 'stradale|stradali|ferroviario|aereo|autobus|pullman|treno|auto|camion|moto|feriti|morti|vittime' },
    { lemma: 'attack', type: 'ASSAULT', subtype: 'attack', nouns: 'attacco attacchi attentato attentati aggressione', verbs: 'attaccato attaccata' },
    { lemma: 'explosion', type: 'DISASTER', subtype: 'explosion', family: 'incident', nouns: 'esplosione esplosioni scoppio deflagrazione', verbs: 'esploso esplosa' },
    { lemma: 'kill', type: 'CASUALTY', subtype: 'killed', family: 'incident', verbs: 'ucciso uccisa uccisi uccise' },
    { lemma: 'rescue', type: 'CASUALTY', subtype: 'rescued', family: 'incident', nouns: 'salvataggio', verbs: 'salvato salvata salvati salvate' },
    { lemma: 'search', type: 'CASUALTY', subtype: 'search', family: 'incident', nouns: 'ricerche', near: 'dispersi|disperso|dispersa|superstiti|sopravvissuti|corpi|soccorritori|vigili' },
    { lemma: 'storm', type: 'DISASTER', subtype: 'storm', family: 'incident', nouns: 'tempesta tempeste uragano uragani ciclone cicloni nubifragio tifone' },
    { lemma: 'crush', type: 'DISASTER', subtype: 'crush', family: 'incident', nouns: 'calca ressa', near: 'morti|feriti|vittime|folla|schiacciat\\p{L}*' },
    { lemma: 'trip', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'viaggio viaggi' },
    { lemma: 'expel', type: 'COERCE', subtype: 'expel', nouns: 'espulsione espulsioni', verbs: 'espulso espulsa espulsi espulse espellere' },
    { lemma: 'summon', type: 'PROTEST', subtype: 'summon', verbs: 'convocato convocata convoca', near: 'ambasciatore|ambasciatrice|ambasciatori|incaricato|console|diplomatico|diplomatici' },
    { lemma: 'mourning', type: 'POLITICAL', subtype: 'mourning', family: 'campaign', nouns: 'lutto', near: 'nazionale|cittadino|giorni|giornata|proclamat\\p{L}*' },
    { lemma: 'in-force', type: 'POLITICAL', subtype: 'in-force', nouns: 'vigore', near: 'legge|leggi|decreto|decreti|norma|norme|riforma' },
    { lemma: 'ration', type: 'ECONOMY', subtype: 'rationing', nouns: 'razionamento razionamenti', near: 'acqua|gas|elettricità|energia|fornitura|forniture|razionamento' },
    { lemma: 'open', type: 'ECONOMY', subtype: 'reopening', verbs: 'riaperto riaperta riaperti riaperte riaprirà riapriranno riaprire' },
    // events.lang 1.36.0 (hlang2, issue 12): family parity with the English layer for the families news uses most (fines,
    // stoppages, resumptions, recalls, public warnings, custody), each with the English lemma and a word near where the word has
    // another common sense
    // a fine imposed by a regulator ("una sanzione di 2 milioni di euro"; "multa" is above)
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'sanzione sanzioni', near: 'euro|milioni|pecuniaria|pecuniarie|inflitta|inflitte|irrogata|comminata|garante|antitrust' },
    // a cut of jobs ("il taglio di 300 posti di lavoro"; a rate cut is above), and a court that halts a project or a measure rules
    // on it ("il Tar ha bloccato i lavori")
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'taglio tagli', near: 'posti|dipendenti|lavoratori|personale|organico|occupazionali' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'bloccato bloccata bloccati bloccate', near: COURT },
    // a service or production halted ("i collegamenti sono sospesi", "la sospensione dei voli") and resumed ("la ripresa dei voli",
    // "i traghetti riprenderanno"; not "la ripresa economica")
    { lemma: 'suspend', type: 'ECONOMY', subtype: 'suspension', nouns: 'sospensione sospensioni', verbs: 'sospeso sospesa sospesi sospese sospende sospendono sospenderà', near: HALTED_SERVICES },
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', nouns: 'ripresa', verbs: 'ripreso ripresi riprese riprende riprendono riprenderà riprenderanno', near: `${HALTED_SERVICES}|traffico|erogazione|fornitura` },
    // a product recall ("il richiamo di 30.000 veicoli", "lotti ritirati dal mercato"; not a call to order)
    { lemma: 'recall', type: 'ECONOMY', subtype: 'recall', nouns: 'richiamo richiami', verbs: 'richiamati richiamate', near: 'veicoli|auto|vetture|modelli|prodotti|lotto|lotti|esemplari|consumatori|airbag|difetto|difettos\\p{L}*' },
    { lemma: 'recall', type: 'ECONOMY', subtype: 'recall', verbs: 'ritirato ritirata ritirati ritirate', near: 'dal\\s+mercato|dagli\\s+scaffali|lotto|lotti' },
    // a public warning of a hazard ("l'allerta rossa", "allerta meteo"; not "lanciare l'allarme")
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'allerta allerte', near: 'meteo|rossa|arancione|gialla|maltempo|caldo|piogge|pioggia|temporali|idrogeologic\\p{L}*|idraulic\\p{L}*|tsunami|protezione\\s+civile|livello|incendi|valanghe|neve|vento|diramat\\p{L}*' },
    // custody before trial ("in custodia cautelare"), the English detention
    { lemma: 'detain', type: 'LEGAL', subtype: 'detain', family: 'legal', nouns: 'custodia', near: 'cautelare' },
    // trade tariffs, a state with a start and an end as the English tariff (the campaign family), and tariffs answering others
    // (counter-tariffs) their own event
    { lemma: 'counter-tariff', type: 'SANCTION', subtype: 'counter-tariff', family: 'campaign', nouns: 'controdazi' },
    { lemma: 'counter-tariff', type: 'SANCTION', subtype: 'counter-tariff', family: 'campaign', nouns: 'dazi dazio', near: 'ritorsione|rappresaglia|risposta' },
    { lemma: 'tariff', type: 'SANCTION', subtype: 'tariff', family: 'campaign', nouns: 'dazi dazio' },
    // a new minister or president sworn in ("ha giurato", "il giuramento"), as the English sworn-in
    { lemma: 'sworn', type: 'POLITICAL', subtype: 'sworn-in', nouns: 'giuramento', verbs: 'giurato giurerà giureranno', near: 'quirinale|presidente|ministri|ministro|governo|costituzione|capo\\s+dello\\s+stato' },
    // a tsunami (not a tsunami warning, which is the warning's) and the collapse of a building, a bridge or a mine (the noun, as the
    // English layer reads it; not the collapse of talks or a currency, with no structure or harm near)
    { lemma: 'tsunami', type: 'DISASTER', subtype: 'tsunami', family: 'incident', nouns: 'tsunami maremoto maremoti', notAfter: '(?:allert[ae]|allarme)\\s+(?:per|di)(?:\\s+un)?' },
    { lemma: 'collapse', type: 'DISASTER', subtype: 'collapse', family: 'incident', nouns: 'crollo crolli', near: 'palazzo|palazzina|edificio|ponte|viadotto|miniera|tetto|muro|diga|galleria|tribuna|morti|vittime|feriti|macerie' },
  ],
  reporting: 'dichiarato|affermato|annunciato|detto|spiegato|precisato|aggiunto|confermato|riferito|dichiara|afferma|annuncia|spiega|precisa',
  cues: {
    // the future tense is a plan word ("scatterà il 1° febbraio", "entrerà in vigore"), as the other languages' future
    // a threat to act is a plan, as German "droht" (events.lang 1.28.0: "ameaça recorrer aos tribunais")
    future: 'sarà|saranno|va|vanno|dovrebbe|dovrebbero|previsto|prevista|previsti|previste|prevede|prevedono|atteso|attesa|prossimo|prossima|prossimi|prossime|\\p{L}{2,}(?:rà|ranno)|\\p{L}{2,}(?:rebbe|rebbero)|minaccia|minacciano|minacciato',
    past: 'ha|hanno|aveva|avevano|era|erano|fu|furono|è\\s+stat[oaie]|sono\\s+stat[oaie]|\\p{L}{3,}(?:ò|arono|erono|irono)',
    cancelled: 'annullato|annullata|annullati|annullate|cancellato|cancellata|revocato|revocata|sospeso|sospesa|sospesi|sospese|congelato|congelata|bloccato|bloccata',
    postponed: 'rinviato|rinviata|rinviati|rinviate|rinvio|slittato|slittata|slittati|slittate|posticipato|posticipata|rimandato|rimandata|differito|differita',
    denied: 'smentito|smentita|smentisce|smentiscono|negato|negata|nega|negano',
    negation: 'non|nessun|nessuna|nessuno|senza|mai',
    called: 'proclamato|proclamata|proclamati|indetto|indetta|indetti|convocato|convocata|annunciato|annunciata|annuncia|annunciano',
    // a state going on, as the English "remains in force", "is in place" (events.lang 1.36.0)
    underWay: 'prosegue|proseguono|continua|continuano|in\\s+corso|(?:resta|restano|rimane|rimangono|è|sono)\\s+in\\s+vigore',
    possible: 'dispost[oaie]\\s+a|potrebbe|potrebbero|può|possono|forse|eventualmente',
    // a condition opening the sentence ("Se il ricorso sarà respinto, …"): its main clause is hypothetical
    condition: 'se|qualora',
    // another happening of its kind: "la seconde grève", "una seconda volta" (events.lang 1.28.0)
    another: 'seconda|secondo|terza|terzo|quarta|quarto|altra|altro|altri|altre',
    again: '(?:una|per\\s+la)\\s+(?:seconda|terza)\\s+volta',
    after: 'dopo',
  },
};
