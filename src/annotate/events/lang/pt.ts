/**
 * Portuguese event triggers and cues, European and Brazilian spellings ("cimeira" / "cúpula", "segunda volta" / "segundo
 * turno", "tomada de posse" / "empossado", "despedimentos" / "demissões"): "greve", "eleições", "adiado", "vai" + infinitive,
 * "-rá".
 */
import type { EventLexicon } from './types.js';

/** A court or its judges near a legal word ("o Supremo Tribunal de Justiça", "o juiz", "o Tribunal da Relação"). */
const COURT = 'tribunal|tribunais|juiz|juíza|juízes|supremo|constitucional|relação|stf|stj|justiça';
/**
 * The ordinal right before a round of voting: "a primeira volta", "o segundo turno" (not "de volta", "à volta de", "por volta
 * das"). The text a `near` word is sought in before a trigger ends at the trigger, so `$` holds the ordinal to the word
 * right before it: "da primeira volta … e marcou a segunda volta" has both ordinals within reach of each round.
 */
const FIRST = '(?:primeira|primeiro|1\\.?[ªº])\\s+$';
const SECOND = '(?:segunda|segundo|2\\.?[ªº])\\s+$';

export const pt: EventLexicon = {
  language: 'pt',
  triggers: [
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'greve greves', verbs: 'grevistas' },
    // "paralisação" is the Brazilian word for a strike, with workers or a union near (not a road or a service stopped)
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'paralisação paralisações', near: 'trabalhadores|sindicato|sindicatos|professores|funcionários|motoristas|médicos|enfermeiros|categoria' },
    { lemma: 'protest', type: 'PROTEST', subtype: 'demonstrate', nouns: 'protesto protestos manifestação manifestações', verbs: 'protestaram protestam manifestaram' },
    // a march, not a thing under way or started ("as obras estão em marcha", "pôr em marcha"; events.lang 1.31.0)
    { lemma: 'protest', type: 'PROTEST', subtype: 'demonstrate', nouns: 'marcha marchas', notAfter: 'em' },
    { lemma: 'visit', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'visita visitas', verbs: 'visitará visitarão visitou visitaram visitado visitar' },
    { lemma: 'trip', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'viagem viagens digressão' },
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'reunião reuniões encontro encontros', verbs: 'reuniu reuniram reunirá reunirão reunir' },
    // events.lang 1.36.0 (hlang2): a general meeting of shareholders or members, as the English "extraordinary general meeting"
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'assembleia assembleias', near: 'acionistas|accionistas|sócios|extraordinária|geral\\s+(?:extraordinária|ordinária|de\\s+acionistas)' },
    { lemma: 'summit', type: 'CONSULT', subtype: 'summit', schedulable: true, nouns: 'cimeira cimeiras cúpula cúpulas' },
    { lemma: 'talks', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'conversações diálogo' },
    { lemma: 'negotiate', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'negociação negociações', verbs: 'negociaram negociam negociar' },
    // an agreement with a word of agreeing near: "de acordo com a lei" (according to) is none
    { lemma: 'agree', type: 'AGREE', subtype: 'agree', nouns: 'acordo acordos pacto', near: 'assinado|assinada|assinaram|assinou|assinar|assinará|alcançado|alcançaram|alcançou|chegaram|chegou|firmado|firmaram|fechado|fecharam|celebrado|celebraram|rubricado|paz|comercial|cessar|salarial|partes|prevê|estabelece|histórico|provisório|preliminar|negociado|aprovado|assinatura' },
    { lemma: 'sign', type: 'AGREE', subtype: 'sign', schedulable: true, nouns: 'assinatura', verbs: 'assinou assinaram assinará assinarão assinado assinada assinar', near: 'acordo|acordos|tratado|contrato|protocolo|memorando|convenção|pacto|cerimónia|cerimônia|decreto|lei' },
    { lemma: 'attack', type: 'ASSAULT', subtype: 'attack', nouns: 'ataque ataques atentado atentados', verbs: 'atacaram atacou' },
    { lemma: 'earthquake', type: 'DISASTER', subtype: 'earthquake', family: 'incident', nouns: 'terramoto terramotos terremoto terremotos sismo sismos' },
    { lemma: 'flood', type: 'DISASTER', subtype: 'flood', family: 'incident', nouns: 'inundação inundações enchente enchentes' },
    { lemma: 'fire', type: 'DISASTER', subtype: 'fire', family: 'incident', nouns: 'incêndio incêndios' },
    { lemma: 'storm', type: 'DISASTER', subtype: 'storm', family: 'incident', nouns: 'tempestade tempestades furacão furacões ciclone ciclones tufão temporal' },
    { lemma: 'explosion', type: 'DISASTER', subtype: 'explosion', family: 'incident', nouns: 'explosão explosões' },
    { lemma: 'capsize', type: 'DISASTER', subtype: 'shipwreck', family: 'incident', nouns: 'naufrágio naufrágios', verbs: 'naufragou afundou' },
    { lemma: 'accident', type: 'DISASTER', subtype: 'crash', family: 'incident', nouns: 'acidente acidentes' },
    { lemma: 'kill', type: 'CASUALTY', subtype: 'killed', family: 'incident', verbs: 'matou mataram assassinado assassinados assassinada' },
    { lemma: 'die', type: 'CASUALTY', subtype: 'died', family: 'incident', nouns: 'mortos mortas falecidos morte', verbs: 'morreu morreram faleceu faleceram afogados afogado' },
    { lemma: 'injure', type: 'CASUALTY', subtype: 'injured', family: 'incident', nouns: 'feridos', verbs: 'ferido ferida' },
    { lemma: 'missing', type: 'CASUALTY', subtype: 'missing', family: 'incident', nouns: 'desaparecidos desaparecidas', verbs: 'desaparecido desaparecida' },
    { lemma: 'rescue', type: 'CASUALTY', subtype: 'rescued', family: 'incident', nouns: 'resgate', verbs: 'resgatados resgatadas resgatado resgataram resgatou' },
    { lemma: 'search', type: 'CASUALTY', subtype: 'search', family: 'incident', nouns: 'buscas' },
    { lemma: 'evacuate', type: 'CASUALTY', subtype: 'evacuated', family: 'incident', nouns: 'evacuação', verbs: 'evacuados evacuadas evacuado evacuaram' },
    // "detido", "preso", "a detenção"; "prisão" is as often the prison, so an arrest only with a warrant or custody word near
    { lemma: 'arrest', type: 'LEGAL', subtype: 'arrest', family: 'legal', nouns: 'detenção detenções', verbs: 'detido detidos detida detidas preso presos presa presas prendeu prenderam' },
    { lemma: 'arrest', type: 'LEGAL', subtype: 'arrest', family: 'legal', nouns: 'prisão', near: 'mandado|decretada|decretou|preventiva|ordem|ordenou' },
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', verbs: 'multado multada multados multadas encarcerado encarcerada encarcerados' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'indulto', verbs: 'indultado indultada indultados' },
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'despedimentos demissões', near: 'trabalhadores|funcionários|empresa|fábrica|postos|empregos|anunciou|anunciaram|coletivo|colectivo' },
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', verbs: 'acusado acusados acusada acusadas indiciado indiciados indiciada arguido arguidos arguida' },
    { lemma: 'trial', type: 'LEGAL', subtype: 'trial', family: 'legal', schedulable: true, nouns: 'julgamento julgamentos' },
    { lemma: 'hearing', type: 'LEGAL', subtype: 'hearing', family: 'legal', schedulable: true, nouns: 'audiência audiências', near: `${COURT}|julgamento|marcada|marcado|disciplinar|disciplinares` },
    { lemma: 'convict', type: 'LEGAL', subtype: 'convict', family: 'legal', nouns: 'condenação', verbs: 'condenado condenada condenados condenadas' },
    // a court's judgment ("a sentença será lida", "proferiu a sentença")
    { lemma: 'verdict', type: 'LEGAL', subtype: 'verdict', family: 'legal', nouns: 'sentença', near: `${COURT}|lida|leitura|proferiu|proferida|julgamento|réu|ré|arguido` },
    { lemma: 'acquit', type: 'LEGAL', subtype: 'acquit', family: 'legal', nouns: 'absolvição', verbs: 'absolvido absolvida absolvidos' },
    { lemma: 'extradite', type: 'LEGAL', subtype: 'extradite', family: 'legal', nouns: 'extradição', verbs: 'extraditado extraditada extraditados extraditou extraditar' },
    // a challenge to an election's results in court is a petition, as the English layer reads "a challenge in court"; an
    // appeal of a judgment is an appeal ("recorreu da sentença", "o recurso no Supremo"); "recurso" alone is a resource
    { lemma: 'petition', type: 'LEGAL', subtype: 'lawsuit', nouns: 'recurso recursos impugnação impugnações contestação', verbs: 'recorrer recorreu recorreram recorrerá recorrerão recorre impugnar impugnou impugnaram impugnará contestar contestou contestaram contestará', near: 'resultados|resultado|eleições|eleição|eleitoral|eleitorais|votação|escrutínio|atas|actas|contagem' },
    { lemma: 'appeal', type: 'LEGAL', subtype: 'appeal', family: 'legal', nouns: 'recurso apelação', verbs: 'recorrer recorreu recorreram recorrerá recorrerão apelou apelaram', near: `${COURT}|sentença|condenação|decisão|acórdão|defesa` },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'libertação', verbs: 'libertado libertada libertados libertadas libertou libertaram libertará soltos solto solta soltou', near: 'prisão|cadeia|preso|presa|presos|detido|detidos|fiança|reféns|sequestrados|raptados|tripulação|pescadores|marinheiros|custódia' },
    // a vote and a bill passed by one ("o parlamento aprovou o projeto de lei")
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'aprovou aprovaram aprovado aprovada aprovará rejeitou rejeitaram rejeitado rejeitada', near: 'projeto|projecto|proposta|lei|leis|parlamento|assembleia|deputados|senado|câmara|vereadores' },
    // events.lang 1.32.0: a period of national mourning ("três dias de luto nacional", "decretou luto oficial"), the English
    // layer's mourning (not "está de luto", a family's grief)
    { lemma: 'mourning', type: 'POLITICAL', subtype: 'mourning', family: 'campaign', nouns: 'luto', near: 'nacional|oficial|dias|decret\\p{L}*|período' },
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'eleição eleições escrutínio pleito referendo', verbs: 'eleito eleita reeleito reeleita' },
    // the rounds of a two-round election: the first is the election held, the second its runoff, a vote of its own
    // ("a primeira volta", "o primeiro turno"; "a segunda volta", "o segundo turno")
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'volta turno', near: FIRST },
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', nouns: 'volta turno', near: SECOND },
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', nouns: 'votação votações', verbs: 'votará votarão votou votaram' },
    { lemma: 'recount', type: 'POLITICAL', subtype: 'recount', family: 'campaign', nouns: 'recontagem recontagens' },
    // taking office: "a tomada de posse", "tomar posse", "tomou posse"; Brazilian "empossado"
    { lemma: 'sworn', type: 'POLITICAL', subtype: 'sworn-in', nouns: 'posse', near: 'tomada|tomar|tomou|toma|tomará|tomarão|tomam|tomaram|tomado|tome|tomem' },
    { lemma: 'sworn', type: 'POLITICAL', subtype: 'sworn-in', verbs: 'empossado empossada empossados' },
    { lemma: 'resign', type: 'POLITICAL', subtype: 'resign', nouns: 'renúncia', verbs: 'renunciou demitiu' },
    { lemma: 'counter-tariff', type: 'SANCTION', subtype: 'counter-tariff', family: 'campaign', nouns: 'tarifa tarifas', near: 'retaliação|represália|represálias|resposta' },
    { lemma: 'tariff', type: 'SANCTION', subtype: 'tariff', family: 'campaign', nouns: 'tarifa tarifas', near: 'importação|importações|importados|exportações|aduaneira|aduaneiras|alfandegária|alfandegárias|comércio|comercial|produtos' },
    { lemma: 'cut', type: 'ECONOMY', subtype: 'rate-cut', family: 'rate', nouns: 'corte redução baixa', verbs: 'cortou baixou reduziu', near: 'taxa|taxas|juro|juros|selic' },
    // events.lang 1.36.0 (hlang2): a central bank that keeps its rate ("manteve a taxa Selic"), the English rate hold
    { lemma: 'hold', type: 'ECONOMY', subtype: 'rate-hold', family: 'rate', verbs: 'manteve mantiveram mantém mantêm manterá manterão manter mantida mantido', near: 'taxa|taxas|juro|juros|selic' },
    { lemma: 'raise', type: 'ECONOMY', subtype: 'rate-raise', family: 'rate', nouns: 'alta subida aumento', verbs: 'subiu elevou aumentou', near: 'taxa|taxas|juro|juros|selic' },
    { lemma: 'expel', type: 'COERCE', subtype: 'expel', nouns: 'expulsão expulsões', verbs: 'expulsou expulsaram expulso expulsos expulsa expulsar' },
    { lemma: 'summon', type: 'PROTEST', subtype: 'summon', verbs: 'convocou convocado convocada convocaram', near: 'embaixador|embaixadora|embaixadores|encarregado|encarregada|cônsul|cónsul|diplomata|diplomatas' },
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'apagão apagões' },
    { lemma: 'bankruptcy', type: 'ECONOMY', subtype: 'bankruptcy', nouns: 'falência insolvência', near: 'declarou|declarada|pediu|pedido|empresa|companhia|grupo|credores|tribunal|decretada|decretou' },
    { lemma: 'investigate', type: 'LEGAL', subtype: 'investigate', family: 'campaign', nouns: 'investigação investigações inquérito inquéritos' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'proibição proibições interdição' },
    // events.lang 1.35.0 (hxlang, issue 12): a disciplinary ban of an athlete or a member, as the English "ban" ("banned for
    // three years", "a ban of up to four years"); only with a doping, a test or a length of time near
    // events.lang 1.36.0 (hlang2): a regulator's suspension of a licence or a permit, as the English licence-suspension (tried
    // before the disciplinary ban and a service halted)
    { lemma: 'licence-suspension', type: 'SANCTION', subtype: 'licence-suspension', family: 'campaign', nouns: 'suspensão suspensões', verbs: 'suspenso suspensa suspensos suspensas suspendeu suspenderam', near: 'licença|licenças|alvará|alvarás|concessão|concessões|autorização|autorizações' },
    // events.lang 1.36.0 (hlang2): a provisional suspension until a case is heard, as the English "provisionally suspended" (tried
    // before the disciplinary ban and a court's ruling)
    { lemma: 'suspension', type: 'SANCTION', subtype: 'suspension', family: 'campaign', nouns: 'suspensão suspensões', verbs: 'suspenso suspensa suspensos suspensas', near: 'preventivamente|preventiva|provisoriamente|provisória|provisório' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'suspensão suspensões irradiação', verbs: 'suspenso suspensa irradiado irradiada', near: 'doping|antidoping|positivo|positiva|anos|ano|meses|jogos|vida' },
    { lemma: 'eruption', type: 'DISASTER', subtype: 'eruption', family: 'incident', nouns: 'erupção erupções' },
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'alerta alertas', near: 'laranja|vermelho|vermelha|amarelo|amarela|vulcão|tsunami|emitiu|declarou|elevou|decretou|levantou|calor|chuvas?|tempestades?|ciclone|furacão|inundaç\\p{L}*|cheias?|incêndios?|ventos?|meteorológico|meteorológica|temperaturas' },
    { lemma: 'close', type: 'ECONOMY', subtype: 'closure', nouns: 'encerramento encerramentos', verbs: 'fechou fecharam fechado fechada fechados fechadas encerrou encerraram encerrado encerrada encerrará fechar encerrar', near: 'praia|praias|loja|lojas|consulado|embaixada|fronteira|fronteiras|escola|escolas|fábrica|fábricas|aeroporto|porto|ponte|estrada|museu|parque|mina' },
    // a launch into space ("o lançamento do satélite", "o foguetão"); a product launch or a campaign's is none
    { lemma: 'launch', type: 'ECONOMY', subtype: 'launch', schedulable: true, nouns: 'lançamento lançamentos', near: 'foguete|foguetes|foguetão|satélite|satélites|míssil|mísseis|espacial|órbita|base|plataforma' },
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'vigor', near: 'proibição|proibições|interdição|moratória' },
    { lemma: 'in-force', type: 'POLITICAL', subtype: 'in-force', nouns: 'vigor', near: 'lei|leis|decreto|decretos|norma|reforma' },
    { lemma: 'pay', type: 'ECONOMY', subtype: 'payment', nouns: 'indemnização indemnizações indenização indenizações compensação compensações' },
    // events.lang 1.30.0 (hlang3): the common news happenings the English layer types, in their ordinary Portuguese words,
    // with the English lemmas: a declared emergency ("o estado de emergência", "decretou situação de calamidade")
    { lemma: 'emergency', type: 'DISASTER', subtype: 'emergency', family: 'campaign', nouns: 'emergência emergências calamidade', near: 'estado\\s+de|situação\\s+de|declar\\p{L}*|decret\\p{L}*|prorrog\\p{L}*|levant\\p{L}*|hídrica|sanitária|pública' },
    // a supply cut and its restoration ("o corte de energia", "o abastecimento foi restabelecido")
    { lemma: 'ration', type: 'ECONOMY', subtype: 'rationing', nouns: 'cortes racionamento', near: 'luz|eletricidade|electricidade|energia|água|gás|abastecimento|fornecimento|programados|rotativos|racionamento' },
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'corte interrupção interrupções', near: 'luz|eletricidade|electricidade|energia|água|gás|abastecimento|fornecimento' },
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', verbs: 'restabelecido restabelecida restabelecidos restabeleceu restabelecerá retomado retomada retomou retomaram', near: 'serviço|serviços|luz|eletricidade|electricidade|energia|água|gás|abastecimento|fornecimento|circulação|tráfego|sistemas?|rede|voos|comboios|trens' },
    // money paid ("o pagamento do resgate", "pagou 2 milhões de euros")
    { lemma: 'pay', type: 'ECONOMY', subtype: 'payment', nouns: 'pagamento pagamentos', verbs: 'pagou pagaram pago pagará pagar', near: 'resgate|euros|dólares|reais|milhões|bitcoin|multa|indemnização|indenização|quantia|montante|tranche|parcela' },
    // a court's injunction or decision ("a providência cautelar", "a decisão do tribunal", "o tribunal rejeitou"), as the
    // English layer's rule
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'providência', near: 'cautelar' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'decisão acórdão suspensão', verbs: 'rejeitou indeferiu deferiu', near: `${COURT}|cautelar` },
    // events.lang 1.30.0: a lightning strike ("um raio atingiu"), an inquiry's findings ("o relatório do inquérito"), a licence
    // revoked, a bill voted ("a proposta foi votada")
    { lemma: 'lightning', type: 'DISASTER', subtype: 'lightning', family: 'incident', nouns: 'raio raios', near: 'caiu|atingiu|atingido|atingida|tempestade|trovoada|descarga|descargas|elétrica|eléctrica' },
    { lemma: 'inquiry-report', type: 'LEGAL', subtype: 'inquiry-report', nouns: 'relatório relatórios conclusões', near: 'inquérito|investigação|comissão|auditoria' },
    { lemma: 'revoke', type: 'SANCTION', subtype: 'licence-revocation', nouns: 'revogação', verbs: 'revogou revogada revogado revogar', near: 'licença|licenças|autorização|concessão|alvará' },
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'votada votado votadas votados' },
    // events.lang 1.35.0 (hxlang, issue 12): the families the other lexicons read and this one lacked, filled from them in this
    // language's ordinary words (each with the English lemma the other languages give it)
    { lemma: 'approve', type: 'AGREE', subtype: 'approve', family: 'approval', nouns: 'aprovação autorização', verbs: 'aprovou aprovaram aprovado aprovada aprovar aprovará autorizou autorizaram autorizado autorizada', near: `${COURT}|autoridade|regulador|reguladora|comissão|parlamento|assembleia|conselho\\s+de\\s+ministros|governo|accionistas|acionistas|compra|fusão|aquisição|decreto|lei|acordo|tratado` },
    { lemma: 'clash', type: 'ASSAULT', subtype: 'clash', nouns: 'confrontos confronto' },
    { lemma: 'crush', type: 'DISASTER', subtype: 'crush', family: 'incident', nouns: 'debandada tumulto esmagamento', near: 'mortos|feridos|vítimas|multidão|pisoteados|pisoteadas' },
    { lemma: 'exchange', type: 'LEGAL', subtype: 'exchange', schedulable: true, nouns: 'troca trocas', near: 'prisioneiros|presos|detidos|reféns|cativos' },
    { lemma: 'ipo', type: 'ECONOMY', subtype: 'ipo', schedulable: true, nouns: 'entrada', near: 'entrada\\s+em\\s+bolsa|entrada\\s+na\\s+bolsa' },
    { lemma: 'ransom-demand', type: 'COERCE', subtype: 'ransom-demand', verbs: 'exige exigem exigiu exigiram exigido', near: 'resgate|bitcoin|bitcoins|criptomoedas?' },
    { lemma: 'reshuffle', type: 'POLITICAL', subtype: 'reshuffle', nouns: 'remodelação', near: 'governo|executivo|gabinete' },
    { lemma: 'open', type: 'ECONOMY', subtype: 'reopening', verbs: 'reabriu reabriram reaberto reaberta reabrirá reabrirão reabrir' },
    // events.lang 1.36.0 (hlang2, issue 12): family parity with the English layer for the families news uses most (fines,
    // stoppages, resumptions, recalls, public warnings, custody), each with the English lemma and a word near where the word has
    // another common sense
    // a fine imposed, paid or of a sum ("uma multa de 2 milhões de euros", "uma coima"; "multado" is above), not a law's fines in
    // general nor a debt's penalties ("juros de mora e multas")
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'multa coima', near: 'euros|dólares|reais|kwanzas|meticais|milhões|mil|aplicou|aplicada|aplicaram|impôs|imposta|pagou|pagar|recorde' },
    // a cut of jobs ("o corte de 300 postos de trabalho"; a rate cut is above), and a court that halts a project or a measure
    // rules on it ("o tribunal suspendeu as obras", "travou o projeto")
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'corte cortes', near: 'postos|empregos|trabalhadores|funcionários|pessoal|efetivos|efectivos' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'suspendeu suspenderam travou travaram', near: COURT },
    // a service or production halted ("os voos foram suspensos", "a suspensão das ligações"; a court's and an athlete's are above)
    { lemma: 'suspend', type: 'ECONOMY', subtype: 'suspension', nouns: 'suspensão', verbs: 'suspenso suspensa suspensos suspensas suspendeu suspenderam suspenderá', near: 'voos|comboios|trens|ferries|travessias|ligações|serviço|serviços|circulação|tráfego|navegação|produção|operações|extração|extracção' },
    // a product recall ("a recolha de 30 mil veículos", "o recall"; not "a recolha de lixo")
    { lemma: 'recall', type: 'ECONOMY', subtype: 'recall', nouns: 'recolha recolhas recall', verbs: 'recolhidos recolhidas', near: 'veículos|viaturas|carros|automóveis|produtos|lote|lotes|unidades|modelos|consumidores|airbags?' },
    // a tsunami (not a tsunami warning, which is the warning's) and the collapse of a building, a bridge or a mine (the noun, as the
    // English layer reads it; not the collapse of talks or a currency, with no structure or harm near)
    { lemma: 'tsunami', type: 'DISASTER', subtype: 'tsunami', family: 'incident', nouns: 'tsunami tsunamis maremoto maremotos', notAfter: '(?:alertas?|avisos?)\\s+(?:de|para)(?:\\s+um)?' },
    { lemma: 'collapse', type: 'DISASTER', subtype: 'collapse', family: 'incident', nouns: 'colapso desmoronamento', near: 'prédio|prédios|edifício|edifícios|ponte|mina|teto|tecto|muro|barragem|túnel|bancada|mortos|vítimas|feridos|escombros' },
  ],
  reporting: 'disse|afirmou|anunciou|declarou|explicou|assegurou|indicou|informou|referiu|precisou|confirmou|acrescentou|adiantou|garantiu',
  cues: {
    // "vai recorrer", "irá votar", "deverá tomar posse", "planeia", "espera-se", "está marcada para", and the future tense
    // ("-rá", "-rão")
    // a threat to act is a plan, as German "droht" (events.lang 1.28.0: "ameaça recorrer aos tribunais")
    future: 'será|serão|vai|vão|irá|irão|prevê|preveem|previsto|prevista|previstos|previstas|planeia|planeiam|planeja|planejam|pretende|pretendem|espera-se|terá\\s+lugar|agendado|agendada|marcado|marcada|marcados|marcadas|\\p{L}{2,}(?:ará|erá|irá|arão|erão|irão)|próximo|próxima|ameaça|ameaçam|ameaçou|ameaçaram',
    // the preterite (-ou, -aram, -eram, -iram, -iu) and auxiliaries; "-eu" only in verbs news uses, not "europeu"
    past: 'foi|foram|houve|era|eram|estava|estavam|tinha|tinham|havia|ocorreu|morreu|aconteceu|decorreu|recebeu|venceu|perdeu|\\p{L}{3,}(?:ou|aram|eram|iram|iu)',
    cancelled: 'cancelado|cancelada|cancelados|canceladas|cancelou|cancelaram|anulado|anulada|anulou|anularam|suspenso|suspensa|suspensos|suspensas|suspendeu|suspenderam|desconvocado|desconvocada|desconvocou|desconvocaram',
    postponed: 'adiado|adiada|adiados|adiadas|adiou|adiaram|adiamento|remarcado|remarcada|remarcou|postergado|postergada|postergou|prorrogado|prorrogada',
    denied: 'desmentido|desmentida|desmentiu|desmentiram|desmente|desmentem|negou|negaram|nega|negam',
    negation: 'não|nenhum|nenhuma|sem|nunca|jamais',
    called: 'convoca|convocam|convocado|convocada|convocou|convocaram|anunciou|anunciaram|anuncia|decretou|decretaram',
    // going on, or taken up again ("as negociações foram retomadas")
    // a state going on, as the English "remains in force", "is in place" (events.lang 1.36.0)
    underWay: 'continua|continuam|prossegue|prosseguem|em\\s+curso|(?:está|estão)\\s+em\\s+vigor|retomado|retomada|retomados|retomadas|retomou|retomaram',
    possible: 'dispost[oa]s?\\s+a|poderá|poderão|poderia|poderiam|pode|podem|talvez|possivelmente|eventualmente',
    condition: 'se|caso',
    // another happening of its kind: "la seconde grève", "una seconda volta" (events.lang 1.28.0)
    another: 'segunda|segundo|terceira|terceiro|quarta|quarto|outra|outro|outras|outros',
    again: '(?:uma|pela)\\s+(?:segunda|terceira)\\s+vez',
    after: 'após|depois\\s+de',
  },
};
