/**
 * Dutch event triggers and cues: "staking", "waarschuwingsstaking" (compounds by their last noun), "afgelast", "uitgesteld",
 * "zal", "werd". Dutch does not capitalise its nouns, so participants are read from the `names` layer as in French.
 */
import type { EventLexicon } from './types.js';

/** Services and output a halt stops and a resumption restarts: one list for both (a resumption also names supplies). */
const HALTED_SERVICES = 'treinverkeer|verkeer|vliegverkeer|vluchten|treinen|veerdienst|veerdiensten|veerboten|pont|scheepvaart|dienstregeling|productie|winning|gaswinning|dienstverlening';

export const nl: EventLexicon = {
  language: 'nl',
  compounds: true,
  // a heart attack is no assault, something burnt no fire, a "vakbond" no bond, a mood ("stemming") no vote
  compoundExceptions: 'hartaanval hartaanvallen verbrand aangebrand afstemming afstemmingen',
  verbSecond: true,
  triggers: [
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'staking stakingen werkonderbreking werkonderbrekingen', verbs: 'staken staakten gestaakt' },
    { lemma: 'protest', type: 'PROTEST', subtype: 'demonstrate', nouns: 'protest protesten demonstratie demonstraties betoging betogingen', verbs: 'protesteerden demonstreerden betoogden' },
    { lemma: 'visit', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'bezoek bezoeken', verbs: 'bezoekt bezocht bezochten bezoeken' },
    { lemma: 'trip', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'reis reizen' },
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'ontmoeting ontmoetingen vergadering vergaderingen', verbs: 'ontmoette ontmoetten ontmoet' },
    { lemma: 'summit', type: 'CONSULT', subtype: 'summit', schedulable: true, nouns: 'topontmoeting topconferentie' },
    { lemma: 'summit', type: 'CONSULT', subtype: 'summit', schedulable: true, nouns: 'top', near: 'leiders|regeringsleiders|staatshoofden|navo|eu|g20|g7|europese|ministers|presidenten' },
    { lemma: 'talks', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'gesprekken overleg' },
    { lemma: 'negotiate', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'onderhandelingen onderhandeling', verbs: 'onderhandelen onderhandelden' },
    { lemma: 'agree', type: 'AGREE', subtype: 'agree', nouns: 'akkoord akkoorden overeenkomst overeenkomsten' },
    { lemma: 'sign', type: 'AGREE', subtype: 'sign', schedulable: true, nouns: 'ondertekening', verbs: 'ondertekend ondertekende ondertekenden ondertekenen tekende tekenden getekend' },
    { lemma: 'attack', type: 'ASSAULT', subtype: 'attack', nouns: 'aanval aanvallen aanslag aanslagen', verbs: 'aangevallen' },
    { lemma: 'earthquake', type: 'DISASTER', subtype: 'earthquake', family: 'incident', nouns: 'aardbeving aardbevingen' },
    { lemma: 'flood', type: 'DISASTER', subtype: 'flood', family: 'incident', nouns: 'overstroming overstromingen' },
    { lemma: 'fire', type: 'DISASTER', subtype: 'fire', family: 'incident', nouns: 'brand branden bosbrand bosbranden' },
    { lemma: 'storm', type: 'DISASTER', subtype: 'storm', family: 'incident', nouns: 'storm stormen orkaan orkanen' },
    { lemma: 'explosion', type: 'DISASTER', subtype: 'explosion', family: 'incident', nouns: 'explosie explosies ontploffing' },
    { lemma: 'accident', type: 'DISASTER', subtype: 'crash', family: 'incident', nouns: 'ongeluk ongelukken ongeval ongevallen' },
    { lemma: 'kill', type: 'CASUALTY', subtype: 'killed', family: 'incident', verbs: 'gedood gedode omgebracht' },
    { lemma: 'die', type: 'CASUALTY', subtype: 'died', family: 'incident', nouns: 'doden dodental', verbs: 'overleden overleed stierf stierven omgekomen verdronken' },
    { lemma: 'injure', type: 'CASUALTY', subtype: 'injured', family: 'incident', nouns: 'gewonden', verbs: 'gewond' },
    { lemma: 'missing', type: 'CASUALTY', subtype: 'missing', family: 'incident', nouns: 'vermisten', verbs: 'vermist' },
    { lemma: 'rescue', type: 'CASUALTY', subtype: 'rescued', family: 'incident', nouns: 'redding reddingsoperatie', verbs: 'gered' },
    { lemma: 'evacuate', type: 'CASUALTY', subtype: 'evacuated', family: 'incident', nouns: 'evacuatie', verbs: 'geëvacueerd' },
    { lemma: 'arrest', type: 'LEGAL', subtype: 'arrest', family: 'legal', nouns: 'arrestatie arrestaties aanhouding', verbs: 'gearresteerd aangehouden opgepakt' },
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', nouns: 'aanklacht', verbs: 'aangeklaagd vervolgd' },
    { lemma: 'trial', type: 'LEGAL', subtype: 'trial', family: 'legal', schedulable: true, nouns: 'proces strafzaak rechtszaak', near: 'rechtbank|rechter|verdachte|verdachten|openbaar\\s+ministerie|advocaat|gerechtshof|officier' },
    { lemma: 'convict', type: 'LEGAL', subtype: 'convict', family: 'legal', nouns: 'veroordeling', verbs: 'veroordeeld' },
    { lemma: 'acquit', type: 'LEGAL', subtype: 'acquit', family: 'legal', nouns: 'vrijspraak', verbs: 'vrijgesproken' },
    { lemma: 'appeal', type: 'LEGAL', subtype: 'appeal', family: 'legal', nouns: 'beroep', near: 'hoger|rechtbank|rechter|gerechtshof|vonnis|raad\\s+van\\s+state|uitspraak' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'vrijlating', verbs: 'vrijgelaten' },
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'verkiezing verkiezingen referendum', verbs: 'verkozen gekozen herkozen' },
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', nouns: 'stemming stemmingen', near: 'kamer|parlement|raad|tweede|eerste|senaat|wet|wetsvoorstel|motie|voor|tegen' },
    { lemma: 'resign', type: 'POLITICAL', subtype: 'resign', nouns: 'ontslag aftreden', verbs: 'afgetreden' },
    { lemma: 'cut', type: 'ECONOMY', subtype: 'rate-cut', family: 'rate', nouns: 'renteverlaging renteverlagingen' },
    // events.lang 1.36.0 (hlang2): a central bank that keeps its rate ("houdt de rente ongewijzigd"), the English rate hold
    { lemma: 'hold', type: 'ECONOMY', subtype: 'rate-hold', family: 'rate', verbs: 'ongewijzigd', near: 'rente|beleidsrente|rentetarief|depositorente' },
    { lemma: 'raise', type: 'ECONOMY', subtype: 'rate-raise', family: 'rate', nouns: 'renteverhoging renteverhogingen' },
    { lemma: 'close', type: 'ECONOMY', subtype: 'closure', nouns: 'sluiting sluitingen', verbs: 'gesloten sluit sloot', near: 'strand|stranden|winkel|winkels|fabriek|school|scholen|grens|luchthaven|haven|brug|weg|museum|park|station|tunnel|ambassade|consulaat' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'verbod verboden' },
    // events.lang 1.35.0 (hxlang, issue 12): a disciplinary ban of an athlete or a member, as the English "ban" ("banned for
    // three years", "a ban of up to four years"); only with a doping, a test or a length of time near
    // events.lang 1.36.0 (hlang2): a regulator's suspension of a licence or a permit, as the English licence-suspension (tried
    // before the disciplinary ban and a service halted)
    { lemma: 'licence-suspension', type: 'SANCTION', subtype: 'licence-suspension', family: 'campaign', nouns: 'schorsing opschorting', verbs: 'geschorst opgeschort', near: 'vergunning|vergunningen|licentie|licenties|concessie|concessies' },
    // events.lang 1.36.0 (hlang2): a provisional suspension until a case is heard, as the English "provisionally suspended" (tried
    // before the disciplinary ban)
    { lemma: 'suspension', type: 'SANCTION', subtype: 'suspension', family: 'campaign', nouns: 'schorsing schorsingen', verbs: 'geschorst', near: 'voorlopig|voorlopige' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'schorsing schorsingen', verbs: 'geschorst', near: 'doping|positief|positieve|jaar|jaren|maanden|wedstrijden|leven' },
    // a court or disciplinary hearing ('de zitting bij de rechtbank', 'de hoorzitting van de tuchtcommissie'), as the English hearing
    { lemma: 'hearing', type: 'LEGAL', subtype: 'hearing', family: 'legal', schedulable: true, nouns: 'zitting zittingen hoorzitting hoorzittingen', near: 'rechtbank|rechter|gerechtshof|tucht\\p{L}*|raad\\s+van\\s+state' },
    { lemma: 'investigate', type: 'LEGAL', subtype: 'investigate', family: 'campaign', nouns: 'onderzoek onderzoeken' },
    { lemma: 'bankruptcy', type: 'ECONOMY', subtype: 'bankruptcy', nouns: 'faillissement faillissementen', verbs: 'failliet' },
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'stroomstoring stroomuitval storing' },
    { lemma: 'expel', type: 'COERCE', subtype: 'expel', nouns: 'uitzetting', verbs: 'uitgezet uitgewezen' },
    // events.lang 1.30.0 (hlang3): the common news happenings the English layer types, in their ordinary Dutch words, with
    // the English lemmas: a declared emergency, a service back, money paid, traffic diverted, a court's injunction
    { lemma: 'emergency', type: 'DISASTER', subtype: 'emergency', family: 'campaign', nouns: 'noodtoestand noodsituatie' },
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', verbs: 'hersteld', near: 'stroom|storing|water|gas|dienstverlening|treinverkeer|verkeer|systemen|netwerk|levering' },
    { lemma: 'pay', type: 'ECONOMY', subtype: 'payment', nouns: 'betaling betalingen', verbs: 'betaald betaalde betaalden', near: 'losgeld|euro|dollar|miljoen|miljard|bedrag|bitcoin|boete|schadevergoeding|tranche' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'geding', near: 'kort' },
    // events.lang 1.30.0: a lightning strike, a licence revoked ("de vergunning in te trekken", "ingetrokken")
    { lemma: 'lightning', type: 'DISASTER', subtype: 'lightning', family: 'incident', nouns: 'blikseminslag bliksem' },
    { lemma: 'revoke', type: 'SANCTION', subtype: 'licence-revocation', nouns: 'intrekking', verbs: 'ingetrokken intrekken trekken', near: 'vergunning|vergunningen|licentie|licenties|concessie' },
    // events.lang 1.35.0 (hxlang, issue 12): the families the other lexicons read and this one lacked, filled from them in this
    // language's ordinary words (each with the English lemma the other languages give it)
    { lemma: 'approve', type: 'AGREE', subtype: 'approve', family: 'approval', nouns: 'goedkeuring toestemming', verbs: 'goedgekeurd keurde keurden', near: 'rechter|rechtbank|toezichthouder|autoriteit|commissie|kamer|parlement|raad|aandeelhouders|overname|fusie|wet|wetsvoorstel|besluit|verdrag' },
    { lemma: 'acquire', type: 'ECONOMY', subtype: 'acquisition', nouns: 'overname overnames', near: 'miljard|miljoen|bedrijf|concern|bank|aandeelhouders|concurrent|mededinging|bod' },
    { lemma: 'capsize', type: 'DISASTER', subtype: 'shipwreck', family: 'incident', nouns: 'schipbreuk', verbs: 'gekapseisd kapseisde kapseisden gezonken zonk', near: 'boot|schip|veerboot|vissersboot|schepen|boten|opvarenden|bemanning' },
    { lemma: 'clash', type: 'ASSAULT', subtype: 'clash', nouns: 'confrontaties schermutselingen', near: 'politie|demonstranten|betogers|leger|militanten|rebellen|troepen' },
    { lemma: 'crush', type: 'DISASTER', subtype: 'crush', family: 'incident', nouns: 'gedrang', near: 'doden|gewonden|slachtoffers|menigte|vertrapt' },
    { lemma: 'exchange', type: 'LEGAL', subtype: 'exchange', schedulable: true, nouns: 'gevangenenruil ruil uitwisseling', near: 'gevangenen|gedetineerden|gijzelaars' },
    { lemma: 'extradite', type: 'LEGAL', subtype: 'extradite', family: 'legal', nouns: 'uitlevering', verbs: 'uitgeleverd uitleveren' },
    { lemma: 'in-force', type: 'POLITICAL', subtype: 'in-force', nouns: 'kracht', near: 'van\\s+kracht' },
    { lemma: 'inquiry-report', type: 'LEGAL', subtype: 'inquiry-report', nouns: 'rapport rapporten', near: 'onderzoek|onderzoekers|commissie|onderzoeksraad' },
    { lemma: 'ipo', type: 'ECONOMY', subtype: 'ipo', schedulable: true, nouns: 'beursgang beursnotering' },
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'ontslagen ontslagronde banenverlies', near: 'banen|werknemers|medewerkers|personeel|arbeidsplaatsen|gedwongen|ontslagronde|banenverlies' },
    { lemma: 'mourning', type: 'POLITICAL', subtype: 'mourning', family: 'campaign', nouns: 'rouw', near: 'nationale|officiële|dagen|dag|afgekondigd' },
    { lemma: 'ransom-demand', type: 'COERCE', subtype: 'ransom-demand', verbs: 'eist eisen eiste eisten geëist', near: 'losgeld|bitcoin|bitcoins|cryptomunt\\p{L}*' },
    { lemma: 'ration', type: 'ECONOMY', subtype: 'rationing', nouns: 'rantsoenering', near: 'water|gas|stroom|elektriciteit|levering|rantsoenering' },
    { lemma: 'reshuffle', type: 'POLITICAL', subtype: 'reshuffle', nouns: 'herschikking kabinetsherschikking', near: 'kabinet|regering|ministers|ploeg' },
    { lemma: 'search', type: 'CASUALTY', subtype: 'search', family: 'incident', nouns: 'zoekactie zoektocht', near: 'vermisten|vermiste|vermist|overlevenden|reddingswerkers|lichamen|slachtoffers' },
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'gevangenisstraf celstraf taakstraf' },
    { lemma: 'summon', type: 'PROTEST', subtype: 'summon', verbs: 'ontboden ontbood ontbiedt', near: 'ambassadeur|ambassadeurs|zaakgelastigde|consul|diplomaat|diplomaten' },
    { lemma: 'open', type: 'ECONOMY', subtype: 'reopening', verbs: 'heropend heropent heropende heropenen' },
    // events.lang 1.36.0 (hlang2, issue 12): family parity with the English layer for the families news uses most (fines,
    // stoppages, resumptions, recalls, public warnings, custody), each with the English lemma and a word near where the word has
    // another common sense
    // a fine imposed by a regulator or a court ("een boete van 14,5 miljoen euro opgelegd", "een recordboete", "beboet")
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'boete boetes geldboete geldboetes', verbs: 'beboet' },
    // a service or production halted ("het treinverkeer is stilgelegd", "de productie is opgeschort") and resumed ("hervat")
    { lemma: 'suspend', type: 'ECONOMY', subtype: 'suspension', nouns: 'stillegging opschorting', verbs: 'stilgelegd opgeschort stopgezet', near: HALTED_SERVICES },
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', nouns: 'hervatting', verbs: 'hervat hervatte hervatten', near: `${HALTED_SERVICES}|stroom|stroomvoorziening|water|gas|levering` },
    // a product recall ("de terugroepactie", "40.000 auto's teruggeroepen"; not an ambassador called back)
    { lemma: 'recall', type: 'ECONOMY', subtype: 'recall', nouns: 'terugroepactie terugroepacties' },
    { lemma: 'recall', type: 'ECONOMY', subtype: 'recall', verbs: 'teruggeroepen terugroepen', near: "auto's|auto|voertuigen|wagens|modellen|producten|apparaten|partij|partijen|batterijen|airbags|consumenten" },
    // a public warning of a hazard ("code oranje", "een weeralarm", "de hittewaarschuwing"; not a politician's warning)
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'weeralarm weerwaarschuwing weerwaarschuwingen hittewaarschuwing stormwaarschuwing tsunamiwaarschuwing hoogwaterwaarschuwing' },
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'code', near: 'oranje|rood|geel' },
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'waarschuwing waarschuwingen', near: 'knmi|storm|hitte|onweer|gladheid|overstroming|overstromingen|hoogwater|tsunami|noodweer|oranje|rood|geel' },
    // custody before trial ("in voorarrest", "de voorlopige hechtenis"), the English detention
    { lemma: 'detain', type: 'LEGAL', subtype: 'detain', family: 'legal', nouns: 'voorarrest' },
    { lemma: 'detain', type: 'LEGAL', subtype: 'detain', family: 'legal', nouns: 'hechtenis', near: 'voorlopige' },
    // trade tariffs, a state with a start and an end as the English tariff (the campaign family), and tariffs answering others
    // (counter-tariffs) their own event
    { lemma: 'counter-tariff', type: 'SANCTION', subtype: 'counter-tariff', family: 'campaign', nouns: 'vergeldingsheffing vergeldingsheffingen vergeldingstarieven' },
    { lemma: 'tariff', type: 'SANCTION', subtype: 'tariff', family: 'campaign', nouns: 'invoerheffing invoerheffingen importheffing importheffingen invoerrechten importtarieven' },
    // a new minister or mayor sworn in ("beëdigd", "de beëdiging"), as the English sworn-in
    { lemma: 'sworn', type: 'POLITICAL', subtype: 'sworn-in', nouns: 'beëdiging', verbs: 'beëdigd' },
    // a tsunami (not a tsunami warning, which is the warning's) and the collapse of a building, a bridge or a mine (the noun, as the
    // English layer reads it; not the collapse of talks or a currency, with no structure or harm near)
    { lemma: 'tsunami', type: 'DISASTER', subtype: 'tsunami', family: 'incident', nouns: 'tsunami tsunami\'s vloedgolf vloedgolven', notAfter: 'waarschuwing\\s+voor(?:\\s+een)?' },
    { lemma: 'collapse', type: 'DISASTER', subtype: 'collapse', family: 'incident', nouns: 'instorting instortingen', near: 'gebouw|gebouwen|brug|mijn|dak|flat|tribune|dam|tunnel|doden|gewonden|slachtoffers|puin' },
  ],
  reporting: 'zei|zegt|verklaarde|meldde|liet|kondigde|bevestigde|maakte',
  cues: {
    future: 'zal|zullen|gaat|gaan|wordt\\s+verwacht|worden\\s+verwacht|verwacht|gepland|geplande|plant|van\\s+plan|aangekondigde|komende|volgende|moet|moeten',
    past: 'was|waren|werd|werden|had|hadden|heeft|hebben|vond|vonden|plaatsgevonden|ge\\p{L}{3,}(?:d|t|en)',
    cancelled: 'afgelast|geannuleerd|geschrapt|afgeblazen|opgeschort|stopgezet|ingetrokken',
    postponed: 'uitgesteld|verplaatst|verschoven|uitstel',
    denied: 'ontkende|ontkend|ontkent|ontkennen|tegengesproken|spreekt\\s+tegen|sprak\\s+tegen',
    negation: 'geen|niet|nooit',
    called: 'opgeroepen|roept|riep|aangekondigd|kondigde|kondigt|uitgeroepen',
    // a state going on, as the English "remains in force", "is in place" (events.lang 1.36.0)
    underWay: 'duurt|duurde\\s+voort|houdt\\s+aan|gaat\\s+door|gaan\\s+door|nog\\s+steeds|lopende|(?:blijft|blijven|is|zijn)\\s+van\\s+kracht|(?:blijft|blijven)\\s+gelden',
    possible: 'bereid|zou|zouden|kan|kunnen|mogelijk|misschien|wellicht',
    condition: 'als|indien',
    // another happening of its kind: "la seconde grève", "una seconda volta" (events.lang 1.28.0)
    another: 'tweede|derde|vierde|andere',
    again: '(?:een|voor\\s+de)\\s+(?:tweede|derde)\\s+keer',
    after: 'na',
  },
};
