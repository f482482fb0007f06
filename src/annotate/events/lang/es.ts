/** Spanish event triggers and cues: "huelga", "naufragio", "cancelado", "aplazado", "va a", "-ó". */
import type { EventLexicon } from './types.js';

export const es: EventLexicon = {
  language: 'es',
  triggers: [
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'huelga huelgas' },
    // a work stoppage ("convocar un paro", "un paro de 24 horas"), only with a strike word near: "la tasa de paro" is unemployment
    // (events.lang 1.28.0)
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'paro paros', near: 'huelga|huelgas|convoc\\p{L}*|sindicato|sindicatos|sindical|horas' },
    { lemma: 'protest', type: 'PROTEST', subtype: 'demonstrate', nouns: 'protesta protestas manifestación manifestaciones', verbs: 'protestaron protestan manifestaron' },
    // a march, not a thing under way or started ("la reparación ya está en marcha", "la puesta en marcha"; events.lang 1.31.0)
    { lemma: 'protest', type: 'PROTEST', subtype: 'demonstrate', nouns: 'marcha marchas', notAfter: 'en|a\\s+toda' },
    { lemma: 'visit', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'visita visitas', verbs: 'visitará visitarán visitó visitaron visitado' },
    { lemma: 'trip', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'viaje viajes gira' },
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'reunión reuniones encuentro encuentros', verbs: 'reunió reunieron reunirá reunirán reunirse' },
    // events.lang 1.36.0 (hlang2): a general meeting of shareholders or members, as the English "extraordinary general meeting"
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'junta juntas asamblea asambleas', near: 'accionistas|socios|general\\s+(?:extraordinaria|ordinaria)|extraordinaria' },
    { lemma: 'summit', type: 'CONSULT', subtype: 'summit', schedulable: true, nouns: 'cumbre cumbres' },
    { lemma: 'talks', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'conversaciones diálogo' },
    { lemma: 'negotiate', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'negociación negociaciones', verbs: 'negociaron negocian negociar' },
    { lemma: 'agree', type: 'AGREE', subtype: 'agree', nouns: 'acuerdo acuerdos pacto', verbs: 'acordaron acordó' },
    { lemma: 'sign', type: 'AGREE', subtype: 'sign', schedulable: true, nouns: 'firma', verbs: 'firmó firmaron firmará firmarán firmado firmar' },
    { lemma: 'attack', type: 'ASSAULT', subtype: 'attack', nouns: 'ataque ataques atentado atentados', verbs: 'atacaron atacó' },
    { lemma: 'earthquake', type: 'DISASTER', subtype: 'earthquake', family: 'incident', nouns: 'terremoto terremotos sismo sismos' },
    { lemma: 'flood', type: 'DISASTER', subtype: 'flood', family: 'incident', nouns: 'inundación inundaciones desborde' },
    { lemma: 'fire', type: 'DISASTER', subtype: 'fire', family: 'incident', nouns: 'incendio incendios' },
    { lemma: 'storm', type: 'DISASTER', subtype: 'storm', family: 'incident', nouns: 'tormenta tormentas huracán huracanes ciclón tifón temporal' },
    { lemma: 'explosion', type: 'DISASTER', subtype: 'explosion', family: 'incident', nouns: 'explosión explosiones' },
    { lemma: 'capsize', type: 'DISASTER', subtype: 'shipwreck', family: 'incident', nouns: 'naufragio naufragios hundimiento', verbs: 'naufragó volcó zozobró hundió' },
    { lemma: 'accident', type: 'DISASTER', subtype: 'crash', family: 'incident', nouns: 'accidente accidentes' },
    { lemma: 'kill', type: 'CASUALTY', subtype: 'killed', family: 'incident', verbs: 'mató mataron asesinado asesinados' },
    { lemma: 'die', type: 'CASUALTY', subtype: 'died', family: 'incident', nouns: 'muertos muertas fallecidos fallecidas muerte', verbs: 'murió murieron falleció fallecieron ahogados ahogado' },
    { lemma: 'injure', type: 'CASUALTY', subtype: 'injured', family: 'incident', nouns: 'heridos heridas', verbs: 'herido herida' },
    { lemma: 'missing', type: 'CASUALTY', subtype: 'missing', family: 'incident', nouns: 'desaparecidos desaparecidas', verbs: 'desaparecido desaparecida' },
    { lemma: 'rescue', type: 'CASUALTY', subtype: 'rescued', family: 'incident', nouns: 'rescate', verbs: 'rescatados rescatadas rescatado rescataron rescató' },
    { lemma: 'search', type: 'CASUALTY', subtype: 'search', family: 'incident', nouns: 'búsqueda' },
    { lemma: 'evacuate', type: 'CASUALTY', subtype: 'evacuated', family: 'incident', nouns: 'evacuación', verbs: 'evacuados evacuadas evacuado evacuaron' },
    { lemma: 'arrest', type: 'LEGAL', subtype: 'arrest', family: 'legal', nouns: 'arresto detención', verbs: 'detenido detenidos detenida arrestado arrestados arrestada' },
    // events.lang 1.20.0: fined, jailed, pardoned, dismissals
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', verbs: 'multado multada multados multadas encarcelado encarcelada encarcelados encarceladas' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'indulto', verbs: 'indultado indultada indultados indultadas indultó' },
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'despidos' },
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', verbs: 'imputado imputados imputada acusado acusados acusada' },
    // a prosecutor's charge ("La Fiscalía acusó formalmente al chofer de homicidio"), not words of blame ("acusó al Gobierno de
    // mentir"): with a prosecutor, a crime or "formalmente" near (events.lang 1.28.0)
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', verbs: 'acusó acusaron', near: 'formalmente|fiscal|fiscalía|fiscales|homicidio|delito|delitos|cargos' },
    { lemma: 'trial', type: 'LEGAL', subtype: 'trial', family: 'legal', schedulable: true, nouns: 'juicio' },
    // a court sitting: "una vista celebrada el 21 de abril", "la vista oral" (not "a la vista", "en vista de")
    { lemma: 'hearing', type: 'LEGAL', subtype: 'hearing', family: 'legal', schedulable: true, nouns: 'vista vistas', near: 'celebrada|celebradas|celebrará|celebró|oral|orales|judicial|judiciales|disciplinaria|disciplinarias' },
    { lemma: 'convict', type: 'LEGAL', subtype: 'convict', family: 'legal', nouns: 'condena', verbs: 'condenado condenada condenados' },
    { lemma: 'acquit', type: 'LEGAL', subtype: 'acquit', family: 'legal', nouns: 'absolución', verbs: 'absuelto absuelta' },
    // an extradition and its court steps: "su extradición", "recurrió la decisión", "quedado en libertad", "entregado a"
    { lemma: 'extradite', type: 'LEGAL', subtype: 'extradite', family: 'legal', nouns: 'extradición extradiciones', verbs: 'extraditado extraditada extraditados extraditó extraditaron extraditará extraditar' },
    { lemma: 'appeal', type: 'LEGAL', subtype: 'appeal', family: 'legal', nouns: 'recurso apelación', verbs: 'recurrió recurrieron recurrirá recurrirán apeló apelaron apelará', near: 'tribunal|juez|jueza|sala|audiencia|sentencia|condena|extradición|pleno|fallo|defensa|supremo|constitucional' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'libertad liberación excarcelación', verbs: 'liberado liberada liberados liberadas liberó liberaron liberará excarcelado excarcelada excarceló', near: 'quedado|quedó|queda|quedará|quedar|puesto|puesta|poner|pondrá|salido|salió|prisión|cárcel|preso|presa|presos|fianza|custodia|rehenes|secuestrados|tripulación|pescadores' },
    { lemma: 'handover', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'entrega', verbs: 'entregado entregada entregados entregadas entregó entregaron entregará entregarán', near: 'autoridades|policía|agentes|justicia|embajador|embajada|funcionarios|extradición|detenido|detenida|preso|presa|prisión|custodia|tripulación|pescadores' },
    // a bill passed or rejected comes before a court's or a regulator's approval: "aprobó" with "proyecto" or "ley" near is the vote
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'aprobó aprobaron aprobado aprobada aprobará rechazó rechazaron rechazado rechazada', near: 'proyecto|proyectos|ley|leyes' },
    // a measure passed by a council or an assembly in plenary (events.lang 1.17.0): "aprobada por el pleno municipal",
    // "el concejo aprobó"; "el Pleno de la Sala" is a court's bench, no vote
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'aprobó aprobaron aprobado aprobada aprobará', near: 'pleno\\s+municipal|pleno\\s+del\\s+ayuntamiento|plenario|concejo|concejales|diputados|senado|asamblea' },
    { lemma: 'approve', type: 'AGREE', subtype: 'approve', family: 'approval', nouns: 'aprobación autorización', verbs: 'aprobó aprobaron aprobado aprobada autorizó autorizaron', near: 'tribunal|audiencia|juez|jueza|autoridad|regulador|comisión|parlamento|congreso|junta|accionistas|extradición|compra|fusión|adquisición' },
    // an authority that has yet to decide ("la autoridad de competencia tendrá 90 días para pronunciarse"): its decision, as
    // the English "approval"; a court's is a ruling (below); a person who speaks out ("se negó a pronunciarse") is neither
    { lemma: 'approve', type: 'AGREE', subtype: 'approve', family: 'approval', verbs: 'pronunciarse', near: 'autoridad|regulador|reguladora|superintendencia|comisión\\s+nacional|competencia' },
    // events.lang 1.33.0: a period of national mourning ("tres días de luto nacional", "decretó duelo oficial"), the English
    // layer's mourning (not "está de luto", a family's grief)
    { lemma: 'mourning', type: 'POLITICAL', subtype: 'mourning', family: 'campaign', nouns: 'luto duelo', near: 'nacional|oficial|días|decret\\p{L}*|período' },
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'elecciones elección comicios referéndum', verbs: 'elegido elegida reelegido reelegida' },
    { lemma: 'recount', type: 'POLITICAL', subtype: 'recount', family: 'campaign', nouns: 'recuento recuentos' },
    // a vote, and a bill passed or rejected by one ("el plenario votará el proyecto", "un proyecto similar fue rechazado")
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', nouns: 'votación votaciones', verbs: 'votará votarán votó votaron votado votada' },
    // a bill laid before a legislature ("el proyecto de ley que el Gobierno presentó")
    { lemma: 'table-bill', type: 'POLITICAL', subtype: 'table-bill', verbs: 'presentó presentaron presentado presentada', near: 'proyecto|proyectos' },
    { lemma: 'sworn', type: 'POLITICAL', subtype: 'sworn-in', nouns: 'posesión', near: 'toma|tomó|tomado|tomará|tomar|tomaron|tomarán|tome' },
    // a licence suspended or revoked by a regulator (events.lang 1.19.0): "la licencia suspendida", "revocó el permiso"
    { lemma: 'licence-suspension', type: 'SANCTION', subtype: 'licence-suspension', family: 'campaign', nouns: 'suspensión', verbs: 'suspendida suspendido suspendió suspendieron suspenderá', near: 'licencia|licencias|permiso|permisos|concesión' },
    { lemma: 'revoke', type: 'SANCTION', subtype: 'licence-revocation', nouns: 'revocación', verbs: 'revocada revocado revocó revocaron revocará', near: 'licencia|licencias|permiso|permisos|concesión' },
    { lemma: 'resign', type: 'POLITICAL', subtype: 'resign', nouns: 'dimisión renuncia', verbs: 'dimitió renunció' },
    // a tariff in force, suspended or lifted ("los aranceles entraron en vigor", "aranceles de represalia")
    // tariffs that answer others are their own event ("aranceles de represalia"); tried before the plain tariff
    { lemma: 'counter-tariff', type: 'SANCTION', subtype: 'counter-tariff', family: 'campaign', nouns: 'arancel aranceles', near: 'represalia|represalias|respuesta' },
    { lemma: 'tariff', type: 'SANCTION', subtype: 'tariff', family: 'campaign', nouns: 'arancel aranceles' },
    { lemma: 'cut', type: 'ECONOMY', subtype: 'rate-cut', family: 'rate', nouns: 'recorte rebaja', verbs: 'recortó bajó redujo rebajó', near: 'tasa|tasas|tipo|tipos|interés' },
    // events.lang 1.36.0 (hlang2): a central bank that keeps its rate ("mantuvo su tasa de referencia"), the English rate hold
    { lemma: 'hold', type: 'ECONOMY', subtype: 'rate-hold', family: 'rate', verbs: 'mantuvo mantuvieron mantiene mantienen mantendrá mantendrán mantener mantenido', near: 'tasa|tasas|tipo|tipos|interés' },
    { lemma: 'raise', type: 'ECONOMY', subtype: 'rate-raise', family: 'rate', nouns: 'alza subida', verbs: 'subió elevó aumentó', near: 'tasa|tasas|tipo|tipos|interés' },
    // a diplomatic row: envoys expelled or summoned ("expulsó a seis diplomáticos", "convocó al embajador")
    { lemma: 'expel', type: 'COERCE', subtype: 'expel', nouns: 'expulsión expulsiones', verbs: 'expulsó expulsaron expulsado expulsados expulsada expulsadas expulsará expulsarán expulsar' },
    { lemma: 'summon', type: 'PROTEST', subtype: 'summon', verbs: 'convocó convocado convocada convocaron', near: 'embajador|embajadora|embajadores|encargado|encargada|cónsul|diplomático|diplomáticos' },
    // a power cut ("un apagón") and a firm's insolvency ("la quiebra", "concurso de acreedores")
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'apagón apagones' },
    { lemma: 'bankruptcy', type: 'ECONOMY', subtype: 'bankruptcy', nouns: 'quiebra bancarrota insolvencia concurso', near: 'acreedores|declaró|declarado|declarada|solicitó|pidió|presentó|empresa|cadena|compañía' },
    // an inquiry, a ban, a place closed, a payment of compensation ("la investigación", "la prohibición de pescar", "el
    // cierre del consulado", "el gobierno compensará a cada hogar"), as the English layer's investigate, ban, close and pay
    { lemma: 'investigate', type: 'LEGAL', subtype: 'investigate', family: 'campaign', nouns: 'investigación investigaciones pesquisa' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'prohibición prohibiciones veda' },
    // events.lang 1.35.0 (hxlang, issue 12): a disciplinary ban of an athlete or a member, as the English "ban" ("banned for
    // three years", "a ban of up to four years"); only with a doping, a test or a length of time near
    // events.lang 1.36.0 (hlang2): a provisional suspension until a case is heard, as the English "provisionally suspended" (tried
    // before the disciplinary ban and a court's ruling)
    { lemma: 'suspension', type: 'SANCTION', subtype: 'suspension', family: 'campaign', nouns: 'suspensión', verbs: 'suspendido suspendida suspendidos suspendidas', near: 'provisionalmente|provisional|provisionales' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'sanción sanciones inhabilitación suspensión', verbs: 'sancionado sancionada inhabilitado inhabilitada suspendido suspendida', near: 'dopaje|antidopaje|positivo|positiva|años|año|meses|partidos|de\\s+por\\s+vida' },
    // events.lang 1.12.0: an eruption, a public alert with its level ("la alerta naranja"), a crowd crush, evacuees'
    // return home ("podrían volver a casa"; not "volver a intentarlo")
    { lemma: 'eruption', type: 'DISASTER', subtype: 'eruption', family: 'incident', nouns: 'erupción erupciones' },
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'alerta alertas', near: 'naranja|roja|amarilla|volcán|tsunami|emitió|declaró|elevó|decretó|levantó|calor|lluvias?|tormentas?|ciclón|huracán|inundaciones|incendios?|vientos?|nevadas?|meteorológica' },
    { lemma: 'crush', type: 'DISASTER', subtype: 'crush', family: 'incident', nouns: 'estampida estampidas' },
    { lemma: 'return-home', type: 'CASUALTY', subtype: 'returned-home', verbs: 'volver regresar volvieron regresaron volverán regresarán', near: 'a casa|a sus casas|a sus hogares' },
    { lemma: 'close', type: 'ECONOMY', subtype: 'closure', nouns: 'cierre cierres', verbs: 'cerró cerraron cerrado cerrada cerrados cerradas cerrará cerrarán cerrar', near: 'playa|playas|tienda|tiendas|consulado|embajada|frontera|escuela|escuelas|fábrica|aeropuerto|puerto|puente|carretera|museo|parque' },
    // events.lang 1.17.0: a court's injunction ("la suspensión cautelar de la prohibición", "el tribunal suspendió"; not
    // "la suspensión del partido" with no court near), a ban or a law taking effect ("entrará en vigor el 1 de abril"), as
    // the English layer's rule, ban and in-force
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'suspendió suspendieron', near: 'cautelar|cautelarmente|tribunal|juez|jueza|juzgado|sala|audiencia' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'vigor', near: 'prohibición|prohibiciones|veda|moratoria|congelación' },
    { lemma: 'in-force', type: 'POLITICAL', subtype: 'in-force', nouns: 'vigor', near: 'ley|leyes|decreto|decretos|norma|reforma' },
    { lemma: 'pay', type: 'ECONOMY', subtype: 'payment', nouns: 'compensación compensaciones indemnización indemnizaciones', verbs: 'compensará compensarán indemnizará indemnizarán' },
    // events.lang 1.26.0 (ACE coverage, as English 1.94.0): a round of voting ("la segunda vuelta", "el balotaje"), a
    // prisoner swap, a stock market listing ("salida a bolsa"), clashes, a cabinet reshuffle
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'vuelta', near: '(?:primera|segunda)\\s+$' },
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'balotaje ballotage' },
    { lemma: 'exchange', type: 'LEGAL', subtype: 'exchange', schedulable: true, nouns: 'canje canjes intercambio intercambios', near: 'prisioneros|presos|detenidos|rehenes|cautivos' },
    { lemma: 'ipo', type: 'ECONOMY', subtype: 'ipo', schedulable: true, nouns: 'salida', near: 'salida\\s+a\\s+bolsa' },
    { lemma: 'clash', type: 'ASSAULT', subtype: 'clash', nouns: 'enfrentamientos' },
    { lemma: 'reshuffle', type: 'POLITICAL', subtype: 'reshuffle', nouns: 'remodelación', near: 'gobierno|gabinete' },
    // events.lang 1.30.0 (hlang3): the common news happenings the English layer types, in their ordinary Spanish words, with
    // the English lemmas so a report joins the story's event: a declared emergency ("decretó la emergencia hídrica", "el
    // estado de excepción"; not "los servicios de emergencia" with no declaring near)
    { lemma: 'emergency', type: 'DISASTER', subtype: 'emergency', family: 'campaign', nouns: 'emergencia emergencias', near: 'estado\\s+de|declar\\p{L}*|decret\\p{L}*|prorrog\\p{L}*|prolong\\p{L}*|levant\\p{L}*|hídrica|sanitaria|climática|energética' },
    { lemma: 'emergency', type: 'DISASTER', subtype: 'emergency', family: 'campaign', nouns: 'excepción', near: 'estado\\s+de' },
    // a supply cut ("el corte de luz"; not "la Corte Suprema", "un corte de pelo"), and cuts by turns, the English layer's
    // rationing of "water cuts", "rolling power cuts" ("cortes programados de electricidad", "cortes de agua")
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'corte interrupción interrupciones', near: 'luz|electricidad|eléctrico|eléctrica|energía|suministro|agua|gas|servicio\\s+eléctrico' },
    { lemma: 'ration', type: 'ECONOMY', subtype: 'rationing', nouns: 'cortes racionamiento racionamientos', near: 'luz|electricidad|eléctricos|energía|suministro|agua|gas|programados|rotativos|racionamiento|racionamientos' },
    // a service back ("el suministro fue restablecido", "reanudó sus operaciones", "volvió a funcionar", "la recuperación del
    // servicio"; not "restableció el orden", "la recuperación económica")
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', nouns: 'reanudación recuperación', verbs: 'restablecido restablecida restablecidos restablecidas restableció restablecieron restablecerá reanudó reanudaron reanudado reanudada reanudará reanudarán', near: 'servicio|servicios|suministro|sistema|sistemas|red|operaciones|normalidad|luz|electricidad|energía|agua|gas|vuelos|trenes|tráfico|circulación|atención' },
    // a recovery of anything else is the glossary's happening ("la recuperación económica")
    { lemma: 'recovery', type: 'HAPPENING', subtype: 'recovery', schedulable: true, nouns: 'recuperación' },
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', verbs: 'volvió volvieron volverá volverán', near: 'a\\s+(?:funcionar|operar|la\\s+normalidad)' },
    // a place opened again ("volvería a abrir sus puertas"), as the English layer's reopen
    { lemma: 'open', type: 'ECONOMY', subtype: 'reopening', verbs: 'abrir', near: '(?:volver\\p{L}*|vuelve|vuelven)\\s+a\\s+abrir' },
    // money paid ("el pago del rescate", "no ha pagado", "pagó 2 millones de euros"; not "pagó caro su error")
    { lemma: 'pay', type: 'ECONOMY', subtype: 'payment', nouns: 'pago pagos', verbs: 'pagó pagaron pagado pagada pagará pagarán pagar', near: 'rescate|euros|dólares|millones|pesos|suma|cantidad|bitcoin|bitcoins|criptomonedas?|multa|indemnización|deuda|tramo' },
    // a ransom demanded ("exigen un rescate en bitcoin")
    { lemma: 'ransom-demand', type: 'COERCE', subtype: 'ransom-demand', verbs: 'exige exigen exigió exigieron exigido', near: 'rescate|bitcoin|bitcoins|criptomonedas?' },
    // a court's suspension and injunction ("la suspensión cautelar", "medidas cautelares"), a court's decision or rejection
    // ("la decisión del tribunal", "la Audiencia rechazó el recurso"), as the English layer's rule
    // a court that upholds, rejects or settles an appeal ("había estimado su recurso", "si el Pleno rechaza el recurso", "el
    // recurso no se ha resuelto", "que debe pronunciarse"), the appeal near; "estimado" alone is an estimate (events.lang 1.32.0)
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'estimó estimado estimada rechaza rechazan rechace rechacen desestima desestimado desestimada resolvió resuelto resuelta resolverá', near: 'recurso|recursos|apelación|apelaciones|amparo|casación' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'pronunciarse', near: 'tribunal|sala|juez|jueza|juzgado|corte|audiencia|magistrados?' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'suspensión cautelar cautelares decisión', verbs: 'rechazó rechazaron desestimó desestimaron', near: 'cautelar|cautelarmente|tribunal|juez|jueza|juzgado|sala|audiencia|corte|supremo|constitucional|magistrados?' },
    // charges brought ("presentó cargos", "formuló cargos")
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', nouns: 'cargos', near: 'formul\\p{L}*|present\\p{L}*|imput\\p{L}*|fiscal\\p{L}*|fiscalía|enfrenta\\p{L}*|acus\\p{L}*|niega|niegan|negó|negaron|rechaza|rechazó' },
    // events.lang 1.30.0: a lightning strike ("un rayo cayó sobre la subestación"; not "los rayos X"), a fire set or breaking out
    // ("se incendió"), an inquiry's findings ("las conclusiones de la investigación"), as the English layer's lightning, fire
    // and inquiry-report
    { lemma: 'lightning', type: 'DISASTER', subtype: 'lightning', family: 'incident', nouns: 'rayo rayos', near: 'cayó|cayeron|caído|impact\\p{L}*|alcanzó|tormenta|tormentas|descarga|descargas|eléctrica' },
    { lemma: 'fire', type: 'DISASTER', subtype: 'fire', family: 'incident', verbs: 'incendió incendiaron incendiado incendiada incendiados incendiadas' },
    { lemma: 'inquiry-report', type: 'LEGAL', subtype: 'inquiry-report', nouns: 'conclusiones informe informes', near: 'investigación|comisión|investigadores|pesquisa|auditoría' },
    // events.lang 1.36.0 (hlang2, issue 12): family parity with the English layer for the families news uses most (fines,
    // stoppages, resumptions, recalls, public warnings, custody), each with the English lemma and a word near where the word has
    // another common sense
    // a fine imposed, paid or of a sum ("una multa de 3 millones de euros", "la multa impuesta"; "multado" is above), not a law's
    // fines in general ("podrá imponer multas de hasta el 2 %")
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'multa', near: 'euros|dólares|pesos|soles|reales|millones|impuso|impusieron|impuesta|aplicó|aplicada|pagó|pagar|récord' },
    // a cut of jobs ("el recorte afectaría a 550 puestos de trabajo"; a rate cut is above), and a court that halts a project or
    // a measure rules on it ("el juez paralizó las obras")
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'recorte recortes', near: 'puestos|empleos|plantilla|plantillas|trabajadores|empleados|personal' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'paralizó paralizaron paralizado paralizada', near: 'tribunal|juez|jueza|juzgado|sala|corte|cautelar|cautelarmente' },
    // a service or production halted ("los vuelos fueron suspendidos", "la suspensión de la circulación"; a court's, a licence's
    // and an athlete's are above)
    { lemma: 'suspend', type: 'ECONOMY', subtype: 'suspension', nouns: 'suspensión', verbs: 'suspendido suspendida suspendidos suspendidas suspendió suspendieron suspenderá', near: 'vuelos|trenes|ferris|ferry|ferrys|travesías|servicio|servicios|circulación|tráfico|navegación|producción|operaciones|extracción' },
    // a product recall ("retiró del mercado 20 lotes"; not troops withdrawn)
    { lemma: 'recall', type: 'ECONOMY', subtype: 'recall', verbs: 'retiró retiraron retirado retirados retiradas retirará', near: 'del\\s+mercado|lote|lotes|vehículos|coches|productos|unidades' },
    // custody before trial ("en prisión preventiva", "prisión provisional"), the English detention
    { lemma: 'detain', type: 'LEGAL', subtype: 'detain', family: 'legal', nouns: 'prisión', near: 'preventiva|provisional' },
    // a tsunami (not a tsunami warning, which is the warning's) and the collapse of a building, a bridge or a mine (the noun, as the
    // English layer reads it; not the collapse of talks or a currency, with no structure or harm near)
    { lemma: 'tsunami', type: 'DISASTER', subtype: 'tsunami', family: 'incident', nouns: 'tsunami tsunamis maremoto maremotos', notAfter: '(?:alertas?|avisos?)\\s+(?:de|por)(?:\\s+un)?' },
    { lemma: 'collapse', type: 'DISASTER', subtype: 'collapse', family: 'incident', nouns: 'colapso desplome', near: 'edificio|edificios|puente|mina|techo|muro|presa|túnel|tribuna|muertos|víctimas|heridos|escombros' },
  ],
  reporting: 'dijo|afirmó|anunció|declaró|explicó|aseguró|indicó|informó|señaló|precisó|confirmó|añadió',
  cues: {
    // a threat to act is a plan, as German "droht" (events.lang 1.28.0: "ameaça recorrer aos tribunais")
    future: 'será|serán|va\\s+a|van\\s+a|prevé|prevén|previsto|prevista|previstos|planea|planean|tendrá\\s+lugar|\\p{L}{2,}(?:ará|erá|irá|arán|erán|irán)|sería|serían|habría|habrían|tendría|tendrían|haría|harían|\\p{L}{2,}(?<!secret)(?:aría|arían|iría|irían)|próximo|próxima|amenaza|amenazan|amenazó|amenazaron',
    past: 'fue|fueron|hubo|era|eran|estaba|ha|han|había|habían|\\p{L}{2,}(?:ó|aron|ieron|ió)',
    cancelled: 'cancelado|cancelada|canceló|cancelaron|suspendido|suspendida|suspendió|suspendieron|desconvocado|desconvocada|desconvocó|desconvocaron|anulado|anulada|anuló',
    postponed: 'aplazado|aplazada|aplazó|aplazaron|pospuesto|pospuesta|pospuso|postergado|postergada|postergó',
    denied: 'desmentido|desmintió|desmiente|desmienten|negó|negaron|niega|niegan',
    negation: 'no|ningún|ninguna|sin|nunca',
    called: 'convoca|convocan|convocado|convocada|convocó|convocaron|llamado|llama|llamó|anunció|anunciaron|anuncia',
    // "still" (events.lang 1.28.0: "la búsqueda continúa todavía")
    // a state going on, as the English "remains in force", "is in place" (events.lang 1.36.0)
    underWay: 'continúa|continúan|en\\s+curso|sigue|siguen|prosigue|prosiguen|todavía|(?:está|están)\\s+en\\s+vigor',
    possible: 'dispuest[oa]s?\\s+a|podría|podrían|puede|pueden|quizá|quizás|posiblemente',
    condition: 'si',
    // another happening of its kind: "la seconde grève", "una seconda volta" (events.lang 1.28.0)
    another: 'segunda|segundo|tercera|tercer|tercero|cuarta|cuarto|otra|otro|otras|otros',
    again: '(?:una|por)\\s+(?:segunda|tercera)\\s+vez',
    after: 'tras|después\\s+de',
  },
};
