/** French event triggers and cues: "grève", "naufrage", "annulé", "reporté", "va", "a eu lieu". */
import type { EventLexicon } from './types.js';

/** Services and output a halt stops and a resumption restarts: one list for both (a resumption also names supplies). */
const HALTED_SERVICES = 'trafic|circulation|liaison|liaisons|traversée|traversées|vols|trains|navettes|ferries|traversiers|bacs|service|services|production|extraction';

export const fr: EventLexicon = {
  language: 'fr',
  triggers: [
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'grève grèves débrayage débrayages', verbs: 'grèvent' },
    { lemma: 'protest', type: 'PROTEST', subtype: 'demonstrate', nouns: 'manifestation manifestations protestation protestations rassemblement rassemblements', verbs: 'manifesté manifestent manifestaient manifesteront' },
    { lemma: 'visit', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'visite visites', verbs: 'visitera visiteront visité visitait' },
    { lemma: 'trip', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'voyage voyages déplacement' },
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'réunion réunions rencontre rencontres', verbs: 'rencontré rencontrera rencontreront rencontrent' },
    // events.lang 1.36.0 (hlang2): a general meeting of shareholders or members, as the English "extraordinary general meeting"
    // (not a union's assembly of strikers)
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'assemblée assemblées', near: 'actionnaires|extraordinaire|sociétaires' },
    { lemma: 'summit', type: 'CONSULT', subtype: 'summit', schedulable: true, nouns: 'sommet sommets' },
    { lemma: 'talks', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'pourparlers discussions' },
    { lemma: 'negotiate', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'négociation négociations', verbs: 'négocié négocient négocier' },
    { lemma: 'agree', type: 'AGREE', subtype: 'agree', nouns: 'accord accords entente' },
    { lemma: 'sign', type: 'AGREE', subtype: 'sign', schedulable: true, nouns: 'signature', verbs: 'signé signée signera signeront signent signer' },
    { lemma: 'attack', type: 'ASSAULT', subtype: 'attack', nouns: 'attaque attaques attentat attentats', verbs: 'attaqué attaquée attaqués' },
    { lemma: 'earthquake', type: 'DISASTER', subtype: 'earthquake', family: 'incident', nouns: 'séisme séismes tremblement' },
    { lemma: 'flood', type: 'DISASTER', subtype: 'flood', family: 'incident', nouns: 'inondation inondations crue crues' },
    { lemma: 'fire', type: 'DISASTER', subtype: 'fire', family: 'incident', nouns: 'incendie incendies' },
    { lemma: 'storm', type: 'DISASTER', subtype: 'storm', family: 'incident', nouns: 'tempête tempêtes ouragan ouragans cyclone cyclones typhon typhons' },
    { lemma: 'explosion', type: 'DISASTER', subtype: 'explosion', family: 'incident', nouns: 'explosion explosions' },
    { lemma: 'capsize', type: 'DISASTER', subtype: 'shipwreck', family: 'incident', nouns: 'naufrage naufrages', verbs: 'chaviré chavire chaviré sombré coulé' },
    { lemma: 'accident', type: 'DISASTER', subtype: 'crash', family: 'incident', nouns: 'accident accidents' },
    { lemma: 'kill', type: 'CASUALTY', subtype: 'killed', family: 'incident', verbs: 'tué tués tuée tuées' },
    { lemma: 'die', type: 'CASUALTY', subtype: 'died', family: 'incident', nouns: 'morts décès', verbs: 'mort morte décédé décédés noyé noyés noyées' },
    { lemma: 'injure', type: 'CASUALTY', subtype: 'injured', family: 'incident', nouns: 'blessés blessées', verbs: 'blessé blessée' },
    { lemma: 'missing', type: 'CASUALTY', subtype: 'missing', family: 'incident', nouns: 'disparus disparues', verbs: 'disparu disparue' },
    { lemma: 'rescue', type: 'CASUALTY', subtype: 'rescued', family: 'incident', nouns: 'sauvetage secours', verbs: 'secouru secourus sauvé sauvés' },
    { lemma: 'search', type: 'CASUALTY', subtype: 'search', family: 'incident', nouns: 'recherches' },
    { lemma: 'evacuate', type: 'CASUALTY', subtype: 'evacuated', family: 'incident', nouns: 'évacuation', verbs: 'évacué évacués évacuée évacuées' },
    { lemma: 'arrest', type: 'LEGAL', subtype: 'arrest', family: 'legal', nouns: 'arrestation arrestations interpellation', verbs: 'arrêté arrêtés arrêtée interpellé interpellés' },
    // events.lang 1.20.0: "mis en examen" (charged), "écroué" (remanded), extradition, "gracié", a fine, job cuts, a merger
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', nouns: 'examen', near: 'mis\\s+en|mise\\s+en|mises\\s+en' },
    { lemma: 'detain', type: 'LEGAL', subtype: 'detain', family: 'legal', verbs: 'écroué écrouée écroués écrouées' },
    { lemma: 'extradite', type: 'LEGAL', subtype: 'extradite', family: 'legal', nouns: 'extradition', verbs: 'extradé extradée extradés extradées' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', verbs: 'gracié graciée graciés graciées' },
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'amende amendes', near: 'condamné|condamnée|condamnés|condamnées|infligé|infligée|écopé|euros' },
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'licenciements' },
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'suppressions suppression', near: 'postes|emplois' },
    // events.lang 1.24.0: an oil spill and its clean-up, as the English layer's spill and clean-up ("la quantité de
    // pétrole brut échappée de son oléoduc", "la marée noire", "le nettoyage se poursuit" on the beaches; not "la fuite
    // des capitaux", "une marée humaine", "le nettoyage des rues" with no beach or oil near)
    { lemma: 'spill', type: 'DISASTER', subtype: 'spill', family: 'incident', nouns: 'fuite fuites', verbs: 'échappée échappé échappés échappées échappe échappent', near: 'pétrole|brut|hydrocarbures|oléoduc|fioul|mazout' },
    { lemma: 'spill', type: 'DISASTER', subtype: 'spill', family: 'incident', nouns: 'marée marées', near: 'noire|noires' },
    // a leak plugged ("la fuite avait été colmatée"), as the English layer's repair ("sealed the pipeline")
    { lemma: 'repair', type: 'ECONOMY', subtype: 'repair', nouns: 'colmatage', verbs: 'colmatée colmaté colmatés colmatées colmater colmatera' },
    { lemma: 'clean-up', type: 'AID', subtype: 'cleanup', family: 'campaign', nouns: 'nettoyage', near: 'plage|plages|marée|pétrole|nappe|hydrocarbures|littoral|côte|côtes' },
    // events.lang 1.24.0: a planned tax rise frozen ("il gelait la hausse de la taxe", as the English layer's freeze; not
    // "le gel des avoirs", "le gel a détruit les vignes" with no rise near)
    { lemma: 'freeze', type: 'ECONOMY', subtype: 'tax-freeze', nouns: 'gel', verbs: 'gelait gelé gelée gèle gèlera geler', near: 'hausse|augmentation' },
    // events.lang 1.24.0: a takeover offer ("une offre de rachat"; not "une offre d'emploi", "l'offre de dialogue")
    { lemma: 'acquire', type: 'ECONOMY', subtype: 'acquisition', nouns: 'offre offres', near: 'rachat' },
    { lemma: 'acquire', type: 'ECONOMY', subtype: 'acquisition', nouns: 'fusion', near: 'groupe|groupes|entreprise|entreprises|société|sociétés|banque|banques|milliards|millions|concurrent|rival|actionnaires' },
    { lemma: 'detain', type: 'LEGAL', subtype: 'detain', family: 'legal', nouns: 'détention', verbs: 'détenu détenus détenue détenues' },
    // "retenus" is held only with people held or a place of custody near ("les marins sont retenus"; "le projet retenu" is chosen)
    { lemma: 'detain', type: 'LEGAL', subtype: 'detain', family: 'legal', verbs: 'retenu retenus retenue retenues', near: 'marins|équipage|équipages|pêcheurs|otages|ressortissants|prisonniers|prison|captivité|détention|base\\s+navale' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'libération libérations', verbs: 'libéré libérés libérée libérées libérera libéreront relâché relâchés relâchée relâchées' },
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', nouns: 'inculpation', verbs: 'inculpé inculpés inculpée' },
    { lemma: 'trial', type: 'LEGAL', subtype: 'trial', family: 'legal', schedulable: true, nouns: 'procès comparution', verbs: 'comparaître comparaîtra comparaîtront' },
    { lemma: 'convict', type: 'LEGAL', subtype: 'convict', family: 'legal', nouns: 'condamnation', verbs: 'condamné condamnés condamnée' },
    { lemma: 'acquit', type: 'LEGAL', subtype: 'acquit', family: 'legal', nouns: 'acquittement', verbs: 'acquitté acquittée' },
    // events.lang 1.33.0: a period of national mourning ("trois jours de deuil national", "a décrété un deuil"), the English
    // layer's mourning (not a family's grief)
    { lemma: 'mourning', type: 'POLITICAL', subtype: 'mourning', family: 'campaign', nouns: 'deuil', near: 'national|nationale|officiel|jours|journée|décrét\\p{L}*' },
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'élection élections scrutin référendum', verbs: 'élu élue réélu réélue' },
    // a vote, and a bill adopted or rejected by one ("l'Assemblée votera le projet de loi", "le texte a été adopté")
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', nouns: 'vote', verbs: 'votera voteront' },
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'adopté adoptée adopta rejeté rejetée', near: 'loi|projet|texte' },
    // events.lang 1.22.0: a measure passed by a count of votes ("la mesure, votée par 41 voix contre 22 au conseil
    // municipal"; not "il a voté pour elle", nor "le conseil municipal a voté le budget", with no count)
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'voté votée votés votées', near: 'voix' },
    { lemma: 'resign', type: 'POLITICAL', subtype: 'resign', nouns: 'démission', verbs: 'démissionné démissionne' },
    { lemma: 'cut', type: 'ECONOMY', subtype: 'rate-cut', family: 'rate', nouns: 'baisse', verbs: 'baissé abaissé abaisse baisse', near: 'taux' },
    // events.lang 1.36.0 (hlang2): a central bank that keeps its rate ("a maintenu son taux directeur"), the English rate hold
    { lemma: 'hold', type: 'ECONOMY', subtype: 'rate-hold', family: 'rate', verbs: 'maintenu maintient maintiendra inchangé inchangés', near: 'taux' },
    { lemma: 'raise', type: 'ECONOMY', subtype: 'rate-raise', family: 'rate', nouns: 'hausse relèvement', verbs: 'relevé relève augmenté', near: 'taux' },
    // a diplomatic row: envoys expelled or summoned ("a expulsé cinq diplomates", "a convoqué l'ambassadeur")
    { lemma: 'expel', type: 'COERCE', subtype: 'expel', nouns: 'expulsion expulsions', verbs: 'expulsé expulsés expulsée expulsées expulse expulsent expulsera expulser' },
    { lemma: 'summon', type: 'PROTEST', subtype: 'summon', verbs: 'convoqué convoquée convoque convoquera', near: 'ambassadeur|ambassadrice|ambassadeurs|chargé|consul|diplomate|diplomates' },
    // a power cut ("une panne de courant", "la coupure d'électricité") and a firm's insolvency ("la faillite", "sous la
    // protection de la loi sur les arrangements avec les créanciers")
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'panne pannes coupure coupures', near: 'courant|électricité|électrique|réseau' },
    { lemma: 'bankruptcy', type: 'ECONOMY', subtype: 'bankruptcy', nouns: 'faillite faillites insolvabilité redressement protection', near: 'créanciers|judiciaire|déclaré|déclarée|déposé|demandé|demande|placée|placé' },
    // an inquiry, a court hearing, a ban, a place closed ("une enquête", "l'audience devant la Cour", "l'interdiction de
    // pêche", "les plages, fermées depuis lundi"), as the English layer's investigate, hearing, ban and close
    { lemma: 'investigate', type: 'LEGAL', subtype: 'investigate', family: 'campaign', nouns: 'enquête enquêtes' },
    { lemma: 'hearing', type: 'LEGAL', subtype: 'hearing', family: 'legal', schedulable: true, nouns: 'audience audiences', near: 'tribunal|cour|juge|judiciaire|justice|disciplinaire|disciplinaires' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'interdiction interdictions' },
    // events.lang 1.35.0 (hxlang, issue 12): a disciplinary ban of an athlete or a member, as the English "ban" ("banned for
    // three years", "a ban of up to four years"); only with a doping, a test or a length of time near
    // events.lang 1.36.0 (hlang2): a regulator's suspension of a licence or a permit, as the English licence-suspension (tried
    // before the disciplinary ban and a service halted)
    { lemma: 'licence-suspension', type: 'SANCTION', subtype: 'licence-suspension', family: 'campaign', nouns: 'suspension suspensions', verbs: 'suspendu suspendue suspendus suspendues', near: 'licence|licences|permis|agrément|agréments|autorisation|autorisations|concession' },
    // events.lang 1.36.0 (hlang2): a provisional suspension until a case is heard, as the English "provisionally suspended" (tried
    // before the disciplinary ban and a court's ruling)
    { lemma: 'suspension', type: 'SANCTION', subtype: 'suspension', family: 'campaign', nouns: 'suspension suspensions', verbs: 'suspendu suspendue suspendus suspendues', near: 'provisoirement|provisoire|provisoires|titre\\s+conservatoire' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'suspension suspensions', verbs: 'suspendu suspendue suspendus radié radiée', near: 'dopage|antidopage|contrôle\\s+positif|positif|positive|ans|an|mois|matchs|vie' },
    { lemma: 'close', type: 'ECONOMY', subtype: 'closure', nouns: 'fermeture fermetures', verbs: 'fermé fermée fermés fermées fermera fermeront fermer', near: 'plage|plages|magasin|magasins|consulat|ambassade|frontière|école|écoles|usine|usines|aéroport|port|pont|route|musée|parc|stade|stades' },
    // events.lang 1.12.0: a crowd crush ("la bousculade du stade"), an inquiry's report ("le rapport d'enquête", not a news
    // report), a place reopened ("sa réouverture", with a place near)
    { lemma: 'crush', type: 'DISASTER', subtype: 'crush', family: 'incident', nouns: 'bousculade bousculades' },
    { lemma: 'inquiry-report', type: 'LEGAL', subtype: 'inquiry-report', nouns: 'rapport rapports', near: 'enquête|commission|enquêteurs' },
    { lemma: 'open', type: 'ECONOMY', subtype: 'reopening', nouns: 'réouverture', near: 'stade|stades|plage|plages|musée|école|écoles|aéroport|pont|frontière|sa' },
    // events.lang 1.13.0: an exam's questions leaked ("la fuite des sujets", "l'épreuve a fuité"; a gas leak, "la fuite des
    // capitaux" or a suspect's flight have no exam near), an exam sat again ("l'épreuve sera reprise", "repassé"), a paper
    // cancelled ("l'épreuve a été annulée"); a sitting and a re-sit have a day, so they are put off and called off like a
    // meeting (events.lang 1.28.0: "sera reprise le samedi 11 juillet", "annulée vendredi")
    { lemma: 'exam-leak', type: 'LEGAL', subtype: 'leak', nouns: 'fuite fuites', verbs: 'fuité fuitée fuités', near: 'examen|examens|épreuve|épreuves|sujet|sujets|bac|baccalauréat|candidats' },
    { lemma: 'resit', type: 'ECONOMY', subtype: 'resit', schedulable: true, verbs: 'reprise repris repassé repassée repasser repasseront', near: 'examen|examens|épreuve|épreuves|sujet|sujets|bac|baccalauréat|candidats' },
    { lemma: 'exam-sitting', type: 'ECONOMY', subtype: 'exam-sitting', schedulable: true, verbs: 'annulée annulées', near: 'examen|examens|épreuve|épreuves|bac|baccalauréat' },
    // a court's ruling (events.lang 1.11.0, as the English rule): "une décision de la Cour suprême", "la Cour a jugé lundi que",
    // "l'arrêt du Conseil d'État"; a government's decision, "jugé" as an opinion, "l'arrêt des combats" are none (no court near)
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'décision décisions arrêt jugement', verbs: 'jugé statué tranché', near: "cour|tribunal|juge|juges|conseil\\s+constitutionnel|conseil\\s+d['’]état" },
    // a petition or appeal filed in court ("un recours devant la Cour", "déposer une requête")
    // a regulator's or a court's approval of a sale or a deal ("le tribunal autorise la vente", "l'Autorité de la concurrence a
    // autorisé le rachat"), as the English approval of a deal (events.lang 1.32.0); a permit or a march authorised has none near;
    // whether it will ("décider s'il autorise la vente") is no step yet
    { lemma: 'approve', type: 'AGREE', subtype: 'approve', family: 'approval', nouns: 'autorisation approbation', verbs: 'autorise autorisé autorisée autorisera approuve approuvé approuvée approuvera', near: 'vente|rachat|fusion|acquisition|cession|offre\\s+de\\s+reprise|reprise|concurrence|régulateur|actionnaires', notAfter: "s['’]ils?" },
    { lemma: 'petition', type: 'LEGAL', subtype: 'lawsuit', nouns: 'recours requête pétition contestation', verbs: 'contester contestera contesteront', near: 'cour|tribunal|juge|juges|justice' },
    // events.lang 1.15.0 (h-evblind8): a kidnapping ("enlevés par des hommes armés", "l'enlèvement des ouvriers", "pris en
    // otage", "la prise d'otages" (the noun "otages" with a taking or a holding near); not "l'enlèvement des déchets", "les panneaux ont été enlevés"), lemma abduct as the
    // English layer's; a strike in other words ("ont cessé le travail"); a ruling suspended by a court is the English
    // layer's ruling
    { lemma: 'abduct', type: 'ASSAULT', subtype: 'abduct', family: 'incident', nouns: 'enlèvement enlèvements', verbs: 'enlevé enlevés enlevée enlevées enlever enlèvent', near: "otages?|ravisseurs|rançon|hommes\\s+armés|armés|kidnappeurs|captivité|djihadistes|bandits|assaillants" },
    { lemma: 'abduct', type: 'ASSAULT', subtype: 'abduct', family: 'incident', nouns: 'kidnapping rapt', verbs: 'kidnappé kidnappés kidnappée kidnappées' },
    { lemma: 'abduct', type: 'ASSAULT', subtype: 'abduct', family: 'incident', nouns: 'otage otages', near: 'pris|prise|prises|retenus?|retenues?' },
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', verbs: 'cessé cesseront cesser', near: 'travail' },
    // events.lang 1.17.0: court steps and states (as the English layer's): a release on bail ("remis en liberté sous
    // caution"; not "la liberté de la presse"), custody ("en garde à vue", arrest; not "la garde nationale"), a strike
    // "mouvement" with a strike word near ("le mouvement, lancé par le syndicat"; not "un mouvement de foule"), an appeal
    // ("a fait appel", "l'appel de la ville devant la cour"), a measure suspended by a court ("le tribunal a suspendu
    // l'interdiction"), a ban or a law taking effect ("l'interdiction entre en vigueur le 1er avril")
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'liberté', near: 'remis|remise|remises|mis|mise|caution|conditionnelle' },
    { lemma: 'arrest', type: 'LEGAL', subtype: 'arrest', family: 'legal', nouns: 'garde', near: 'à\\s+vue' },
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'mouvement mouvements', near: 'grève|grèves|grévistes|syndicat|syndicats|syndical|intersyndicale|préavis|débrayage' },
    { lemma: 'appeal', type: 'LEGAL', subtype: 'appeal', family: 'legal', nouns: 'appel', near: 'cour|tribunal|juge|juges|jugement|condamnation|verdict|interjeté|fait|faire|fera|feront' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'suspendu suspendue suspend suspendre', near: 'cour|tribunal|juge|juges|référé|conseil\\s+d[\'’]état' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'vigueur', near: 'interdiction|interdictions|moratoire|gel' },
    { lemma: 'in-force', type: 'POLITICAL', subtype: 'in-force', nouns: 'vigueur', near: 'loi|lois|décret|décrets|réforme|texte' },
    // events.lang 1.26.0 (ACE coverage, as English 1.94.0): a round of voting ("le second tour"; not "un tour de table"), a
    // prisoner swap, a stock market listing, clashes, a cabinet reshuffle
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'tour', near: '(?:premier|second|deuxième|1er|2e|2nd)\\s+$' },
    { lemma: 'exchange', type: 'LEGAL', subtype: 'exchange', schedulable: true, nouns: 'échange échanges', near: 'prisonniers|détenus|otages|captifs' },
    { lemma: 'ipo', type: 'ECONOMY', subtype: 'ipo', schedulable: true, nouns: 'introduction cotation', near: 'en\\s+bourse|à\\s+la\\s+bourse' },
    { lemma: 'clash', type: 'ASSAULT', subtype: 'clash', nouns: 'affrontements heurts accrochages' },
    { lemma: 'reshuffle', type: 'POLITICAL', subtype: 'reshuffle', nouns: 'remaniement remaniements', verbs: 'remanié remaniée' },
    // events.lang 1.30.0 (hlang3): the common news happenings the English layer types, in their ordinary French words, with
    // the English lemmas: a declared emergency ("l'état d'urgence hydrique", "l'urgence a été prolongée"; not "les urgences
    // de l'hôpital", "en urgence")
    { lemma: 'emergency', type: 'DISASTER', subtype: 'emergency', family: 'campaign', nouns: 'urgence urgences', near: "état|décrét\\p{L}*|déclar\\p{L}*|prolong\\p{L}*|lev[ée]e?s?|hydrique|sanitaire|climatique" },
    // water cut by turns is the English layer's rationing ("water cuts": "les coupures d'eau", "l'eau sera coupée la nuit";
    // not "couper la parole")
    { lemma: 'ration', type: 'ECONOMY', subtype: 'rationing', nouns: 'coupure coupures rationnement', verbs: 'coupé coupée coupés coupées', near: 'eau|gaz|approvisionnement|distribution|rationnement' },
    // a supply failure ("l'interruption du service", "la panne de l'usine")
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'interruption interruptions panne pannes', verbs: 'interrompu interrompue interrompus interrompues', near: 'eau|courant|électricité|électrique|gaz|réseau|approvisionnement|distribution|alimentation|usine|station|pompes?|service' },
    // a service back ("le courant a été rétabli", "le rétablissement du service", "la reprise du trafic")
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', verbs: 'rétabli rétablie rétablis rétablies rétablira rétabliront', near: 'courant|électricité|eau|gaz|service|services|réseau|approvisionnement|distribution|trafic|circulation|systèmes?|liaisons?' },
    // money paid ("le paiement d'une rançon", "a versé 2 millions d'euros"; not "payé de sa personne")
    { lemma: 'pay', type: 'ECONOMY', subtype: 'payment', nouns: 'paiement paiements versement versements', verbs: 'payé payée payés payées payer paiera versé versée versés versées', near: 'rançon|euros|dollars|millions|milliards|somme|montant|bitcoins?|amende|indemnités?|indemnisation|tranche' },
    { lemma: 'ransom-demand', type: 'COERCE', subtype: 'ransom-demand', verbs: 'exigé exige exigent exigeait réclamé réclame réclament', near: 'rançon' },
    // a court's injunction ("l'ordonnance de référé", "le juge des référés a ordonné"), as the English layer's rule
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'ordonnance ordonnances', near: 'référé|référés|juge|juges|tribunal|cour' },
    // a leak of water, gas or data ("la fuite d'eau", "une fuite de données"; the oil spill and the exam leak come before)
    { lemma: 'leak', type: 'HAPPENING', subtype: 'leak', schedulable: true, nouns: 'fuite fuites', near: 'eau|gaz|données|informations|documents|canalisation|conduite|colmat\\p{L}*' },
    // events.lang 1.39.0 (hb21b): a machine's failure ("le satellite, tombé en panne mardi soir"), as the English "failure"
    // (lemma fail; a power cut, "panne de courant", is the outage above); a satellite or a craft lost ("pourrait être déclaré
    // perdu", "la perte du satellite"), as the English "loss" (not "a perdu 6 %", a share price: no craft or declaring near)
    { lemma: 'fail', type: 'HAPPENING', subtype: 'failure', nouns: 'panne pannes', near: 'satellite|satellites|moteur|moteurs|réacteur|réacteurs|turbine|turbines' },
    { lemma: 'loss', type: 'HAPPENING', subtype: 'loss', nouns: 'perte', verbs: 'perdu perdue', near: 'satellite|satellites|navire|appareil|sonde|déclaré|déclarée' },
    // events.lang 1.30.0: a lightning strike ("la foudre est tombée"), a licence withdrawn ("le permis a été retiré")
    { lemma: 'lightning', type: 'DISASTER', subtype: 'lightning', family: 'incident', nouns: 'foudre' },
    { lemma: 'revoke', type: 'SANCTION', subtype: 'licence-revocation', nouns: 'révocation', verbs: 'retiré retirée retirés retirées révoqué révoquée', near: 'licence|licences|permis|autorisation|agrément|concession' },
    // events.lang 1.36.0 (hlang2, issue 12): family parity with the English layer for the families news uses most (fines,
    // stoppages, resumptions, recalls, public warnings, custody), each with the English lemma and a word near where the word has
    // another common sense
    // a fine imposed by a regulator ("une sanction pécuniaire de 2 millions d'euros"; "amende" is above, with a sum or a court)
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'sanction sanctions', near: 'pécuniaire|pécuniaires|financière|financières' },
    // a service or production halted ("le trafic est suspendu", "la suspension des liaisons") and resumed ("la reprise du trafic",
    // "les vols reprendront lundi"; not an exam sat again, above, nor "reprise économique")
    { lemma: 'suspend', type: 'ECONOMY', subtype: 'suspension', nouns: 'suspension suspensions', verbs: 'suspendu suspendue suspendus suspendues suspend suspendent suspendra', near: HALTED_SERVICES },
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', nouns: 'reprise rétablissement', verbs: 'repris reprise reprend reprennent reprendra reprendront', near: `${HALTED_SERVICES}|courant|électricité|approvisionnement|distribution` },
    // a product recall ("le rappel de 30 000 véhicules", "le rappel des lots"; not "a rappelé que", a reminder)
    { lemma: 'recall', type: 'ECONOMY', subtype: 'recall', nouns: 'rappel rappels', near: 'véhicules|voitures|modèles|produits|lot|lots|appareils|unités|consommateurs|airbags?|listeria|salmonelle|conso' },
    // a public warning of a hazard ("l'alerte orange", "la vigilance rouge canicule", "un avis d'ébullition", "un avis de tempête";
    // not "a lancé l'alerte" of a whistle-blower, nor an opinion)
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'alerte alertes vigilance vigilances', near: 'orange|rouge|jaune|canicule|crue|crues|inondations?|orages?|tempête|ouragan|cyclone|tsunami|chaleur|incendies?|avalanches?|météo\\p{L}*|pluies?|vents?|neige|séisme|volcan' },
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'avis', near: "d['’]ébullition|de\\s+(?:tempête|vents?|pluie|neige|chaleur|canicule|tsunami|orages?|crue)" },
    // trade tariffs, a state with a start and an end as the English tariff (the campaign family), and tariffs answering others
    // (counter-tariffs) their own event
    { lemma: 'counter-tariff', type: 'SANCTION', subtype: 'counter-tariff', family: 'campaign', nouns: 'droits tarifs surtaxes', near: 'représailles|riposte' },
    { lemma: 'tariff', type: 'SANCTION', subtype: 'tariff', family: 'campaign', nouns: 'droits', near: 'de\\s+douane' },
    { lemma: 'tariff', type: 'SANCTION', subtype: 'tariff', family: 'campaign', nouns: 'tarifs surtaxe surtaxes', near: 'douaniers|douanière|douanières|importations|importés' },
    // a new minister or president sworn in ("a prêté serment", "la prestation de serment"), as the English sworn-in
    { lemma: 'sworn', type: 'POLITICAL', subtype: 'sworn-in', nouns: 'serment', near: 'prêté|prête|prêter|prêtera|prestation' },
    // a tsunami (not a tsunami warning, which is the warning's) and the collapse of a building, a bridge or a mine (the noun, as the
    // English layer reads it; not the collapse of talks or a currency, with no structure or harm near)
    { lemma: 'tsunami', type: 'DISASTER', subtype: 'tsunami', family: 'incident', nouns: 'tsunami tsunamis raz-de-marée', notAfter: "(?:alertes?|vigilance|avis)\\s+(?:au|de|d['’]un)" },
    { lemma: 'collapse', type: 'DISASTER', subtype: 'collapse', family: 'incident', nouns: 'effondrement effondrements', near: 'immeuble|immeubles|bâtiment|bâtiments|pont|mine|toit|toiture|tribune|barrage|tunnel|galerie|morts|victimes|blessés|décombres' },
  ],
  reporting: 'déclaré|affirmé|annoncé|indiqué|dit|précisé|expliqué|assuré|estimé|ajouté|confirmé|déclare|affirme|annonce|indique|précise|explique|assure',
  cues: {
    // a threat to act is a plan, as German "droht" (events.lang 1.28.0: "ameaça recorrer aos tribunais")
    future: "va|vont|devrait|devraient|doit|doivent|prévu|prévue|prévus|prévues|prévoit|envisage|compte|aura\\s+lieu|\\p{L}{3,}(?:era|eront|ira|iront)|serait|seraient|aurait|auraient|\\p{L}{3,}(?:erait|eraient|irait|iraient)|prochain|prochaine|prochains|prochaines|attendu|attendue|attendus|attendues|menace|menacent|menaçait|menacé",
    past: "a|ont|avait|avaient|était|étaient|fut|furent|a\\s+eu\\s+lieu|\\p{L}{3,}(?:ait|aient)",
    cancelled: 'annulé|annulée|annulés|annulées|annule|annulent|suspendu|suspendue|suspend|levé|levée|abandonné|abandonnée',
    postponed: 'reporté|reportée|reportés|reportées|reporte|repoussé|repoussée|ajourné|ajournée|différé|différée',
    denied: 'démenti|démentie|dément|démentent|démenté|nié|nie|nient|conteste|contesté',
    // "n'a pas été libéré", "ne sera pas reportée" (events.lang 1.17.0; not "n'a pas seulement", "ne … pas que")
    negation: "pas\\s+de|pas\\s+d['’]|aucun|aucune|sans|jamais|(?:n['’]|ne\\s+)\\p{L}+\\s+pas(?!\\s+(?:seulement|uniquement|que|qu['’]))",
    called: "appel|appelle|appellent|appelé|appelés|appelait|convoqué|convoquée|préavis|lancé|lancent|lance|annoncé|annonce",
    // "still" (events.lang 1.28.0: "du pétrole s'échappe toujours"; not the "always" of "a toujours refusé")
    // a state going on, as the English "remains in force", "is in place" (events.lang 1.36.0)
    underWay: '(?:reste|restent|demeure|demeurent|est|sont)\\s+en\\s+(?:vigueur|place)|se\\s+poursuit|en\\s+cours|continue|continuent|entamé|entame|reconductible|(?<!(?:a|ont|avait|avaient|aura|auront)\\s+)toujours',
    // the imperfect of a full verb (not the auxiliaries and modals of other tenses: "avait", "était", "devait")
    ongoing: '(?!(?:avait|avaient|était|étaient|devait|devaient|pouvait|pouvaient|allait|allaient|faisait|disait|semblait)\\b)\\p{L}{3,}(?:ait|aient)',
    possible: 'prête?s?\\s+à\\s+\\p{L}+(?:er|ir|re)|disposée?s?\\s+à|pourrait|pourraient|peut|peuvent|éventuellement|peut-être',
    condition: "si|s['’]ils?",
    // another happening of its kind: "la seconde grève", "una seconda volta" (events.lang 1.28.0)
    another: 'seconde|second|deuxième|troisième|quatrième|autre|autres',
    again: '(?:une|pour\\s+la)\\s+(?:seconde|deuxième|troisième)\\s+fois',
    after: 'après',
  },
};
