/** German event triggers and cues: "Streik", "Warnstreik" (compounds by their last noun), "abgesagt", "soll", "wurde". */
import type { EventLexicon } from './types.js';

export const de: EventLexicon = {
  language: 'de',
  compounds: true,
  verbSecond: true,
  capitalisedNouns: true,
  // endings that contain a trigger noun without being one ("Strompreise" is no trip, "Reinigung" no agreement)
  compoundExceptions: 'auswahl wortwahl preise preisen kreise kreisen greise reinigung ansturm voranschlag sonnenbrand weinbrand kostenexplosion berggipfel machtübergabe amtsübergabe geldübergabe schlüsselübergabe staffelübergabe vorurteil vorurteile vorurteilen',
  triggers: [
    { lemma: 'strike', type: 'PROTEST', subtype: 'strike', family: 'strike', nouns: 'streik streiks streikes ausstand ausstands arbeitsniederlegung arbeitsniederlegungen', verbs: 'streiken streikt streikte streikten gestreikt' },
    { lemma: 'protest', type: 'PROTEST', subtype: 'demonstrate', nouns: 'protest proteste protesten protests demonstration demonstrationen kundgebung kundgebungen', verbs: 'protestieren protestiert protestierte protestierten demonstrieren demonstrierten demonstrierte' },
    { lemma: 'visit', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'besuch besuchs besuche besuches', verbs: 'besucht besuchte besuchten besuchen' },
    { lemma: 'trip', type: 'CONSULT', subtype: 'visit', schedulable: true, nouns: 'reise reisen' },
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'treffen treffens', verbs: 'trifft traf trafen getroffen' },
    // events.lang 1.36.0 (hlang2): a general meeting of shareholders or members, as the English "extraordinary general meeting"
    { lemma: 'meet', type: 'CONSULT', subtype: 'meet', schedulable: true, nouns: 'hauptversammlung hauptversammlungen aktionärsversammlung aktionärsversammlungen gesellschafterversammlung mitgliederversammlung' },
    { lemma: 'summit', type: 'CONSULT', subtype: 'summit', schedulable: true, nouns: 'gipfel gipfels gipfeltreffen' },
    { lemma: 'talks', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'gespräche gesprächen' },
    { lemma: 'negotiate', type: 'CONSULT', subtype: 'talks', schedulable: true, nouns: 'verhandlung verhandlungen', verbs: 'verhandeln verhandelt verhandelte verhandelten' },
    { lemma: 'agree', type: 'AGREE', subtype: 'agree', nouns: 'abkommen abkommens vereinbarung vereinbarungen einigung', verbs: 'einigten geeinigt einigen vereinbart vereinbarten' },
    { lemma: 'sign', type: 'AGREE', subtype: 'sign', schedulable: true, nouns: 'unterzeichnung', verbs: 'unterzeichnet unterzeichnete unterzeichneten unterzeichnen unterschrieben unterschreiben' },
    { lemma: 'attack', type: 'ASSAULT', subtype: 'attack', nouns: 'angriff angriffe angriffs anschlag anschläge anschlags', verbs: 'angegriffen' },
    { lemma: 'earthquake', type: 'DISASTER', subtype: 'earthquake', family: 'incident', nouns: 'erdbeben beben' },
    { lemma: 'flood', type: 'DISASTER', subtype: 'flood', family: 'incident', nouns: 'überschwemmung überschwemmungen hochwasser flut' },
    { lemma: 'fire', type: 'DISASTER', subtype: 'fire', family: 'incident', nouns: 'brand brände waldbrand waldbrände' },
    { lemma: 'storm', type: 'DISASTER', subtype: 'storm', family: 'incident', nouns: 'sturm stürme orkan hurrikan taifun zyklon wirbelsturm unwetter' },
    { lemma: 'explosion', type: 'DISASTER', subtype: 'explosion', family: 'incident', nouns: 'explosion explosionen' },
    { lemma: 'capsize', type: 'DISASTER', subtype: 'shipwreck', family: 'incident', nouns: 'schiffsunglück', verbs: 'gekentert kenterte kenterten kentert' },
    { lemma: 'accident', type: 'DISASTER', subtype: 'crash', family: 'incident', nouns: 'unglück unglücks unfall unfalls unfälle' },
    { lemma: 'kill', type: 'CASUALTY', subtype: 'killed', family: 'incident', verbs: 'getötet tötete töteten' },
    { lemma: 'die', type: 'CASUALTY', subtype: 'died', family: 'incident', nouns: 'tote toten todesopfer', verbs: 'starb starben gestorben ertrunken ertranken' },
    { lemma: 'injure', type: 'CASUALTY', subtype: 'injured', family: 'incident', nouns: 'verletzte verletzten', verbs: 'verletzt' },
    { lemma: 'missing', type: 'CASUALTY', subtype: 'missing', family: 'incident', verbs: 'vermisst vermisste vermissten' },
    { lemma: 'rescue', type: 'CASUALTY', subtype: 'rescued', family: 'incident', nouns: 'rettung rettungsarbeiten', verbs: 'gerettet rettete retteten' },
    { lemma: 'evacuate', type: 'CASUALTY', subtype: 'evacuated', family: 'incident', nouns: 'evakuierung', verbs: 'evakuiert evakuierte evakuierten' },
    { lemma: 'arrest', type: 'LEGAL', subtype: 'arrest', family: 'legal', nouns: 'festnahme festnahmen verhaftung', verbs: 'festgenommen verhaftet verhaftete' },
    // events.lang 1.20.0: penalties, remand, pardons, takeovers, rescue packages
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'geldstrafe haftstrafe gefängnisstrafe bewährungsstrafe' },
    { lemma: 'detain', type: 'LEGAL', subtype: 'detain', family: 'legal', nouns: 'untersuchungshaft' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'begnadigung', verbs: 'begnadigt' },
    { lemma: 'acquire', type: 'ECONOMY', subtype: 'acquisition', nouns: 'übernahme fusion', near: 'milliarden|millionen|konzern|konzerns|unternehmen|bank|aktionäre|kartellamt|rivalen|konkurrenten' },
    { lemma: 'bailout', type: 'ECONOMY', subtype: 'bailout', nouns: 'rettungspaket rettungspakete' },
    // state aid and an aid package in money ("die Beihilfe prüfen", "das Hilfspaket über 540 Millionen Euro"; events.lang
    // 1.32.0); "Beihilfe zum Mord" (abetting) and a relief parcel have no sum or commission near
    { lemma: 'bailout', type: 'ECONOMY', subtype: 'bailout', nouns: 'beihilfe beihilfen hilfspaket hilfspakete', wholeWord: true, near: 'millionen|milliarden|kommission|staatlich\\p{L}*' },
    // an authority's decision on a deal, a drug, state aid ("eine Entscheidung aus Brüssel", "die EU-Kommission hat die Übernahme
    // genehmigt"), as the English approval (events.lang 1.32.0); a court's decision is its ruling (above it is tried first)
    { lemma: 'approve', type: 'AGREE', subtype: 'approve', family: 'approval', nouns: 'entscheidung genehmigung', verbs: 'genehmigt genehmigte genehmigten', near: 'kommission|behörde|kartellamt|wettbewerbshüter|bankenaufsicht|finanzaufsicht|regulierer|regulierungsbehörde' },
    { lemma: 'charge', type: 'LEGAL', subtype: 'charge', family: 'legal', nouns: 'anklage', verbs: 'angeklagt' },
    { lemma: 'trial', type: 'LEGAL', subtype: 'trial', family: 'legal', schedulable: true, nouns: 'gerichtsverfahren strafprozess' },
    { lemma: 'convict', type: 'LEGAL', subtype: 'convict', family: 'legal', nouns: 'verurteilung', verbs: 'verurteilt verurteilte' },
    { lemma: 'acquit', type: 'LEGAL', subtype: 'acquit', family: 'legal', nouns: 'freispruch', verbs: 'freigesprochen' },
    // events.lang 1.33.0: a period of national mourning ("eine dreitägige Staatstrauer"), the English layer's mourning
    { lemma: 'mourning', type: 'POLITICAL', subtype: 'mourning', family: 'campaign', nouns: 'staatstrauer landestrauer' },
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'wahl wahlen referendum volksabstimmung', verbs: 'gewählt wiedergewählt' },
    // a vote, and a bill passed by one ("der Bundestag hat das Gesetz verabschiedet")
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', nouns: 'abstimmung abstimmungen', verbs: 'abgestimmt' },
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'verabschiedet', near: 'gesetz|gesetzentwurf|gesetzes' },
    // a chamber that approves or votes on a measure ("Das Parlament hat … ein Rettungspaket gebilligt", "Die Abgeordneten
    // stimmten mit 98 zu 41 dafür"; events.lang 1.28.0)
    { lemma: 'vote', type: 'POLITICAL', subtype: 'vote', family: 'election', verbs: 'gebilligt billigte billigten billigt stimmten', near: 'parlament|parlaments|bundestag|bundesrat|landtag|abgeordnete|abgeordneten|kabinett|stadtrat|gemeinderat|senat|kammer' },
    { lemma: 'resign', type: 'POLITICAL', subtype: 'resign', nouns: 'rücktritt rücktritts', verbs: 'zurückgetreten' },
    { lemma: 'cut', type: 'ECONOMY', subtype: 'rate-cut', family: 'rate', nouns: 'zinssenkung zinssenkungen', verbs: 'senkt senkte senkten gesenkt senken', near: 'leitzins|leitzinsen|zins|zinsen|zinssatz' },
    // events.lang 1.36.0 (hlang2): a central bank that keeps its rate ("belässt den Leitzins"), the English rate hold
    { lemma: 'hold', type: 'ECONOMY', subtype: 'rate-hold', family: 'rate', verbs: 'belässt beließ belassen unverändert', near: 'leitzins|leitzinsen|zins|zinsen|zinssatz' },
    { lemma: 'raise', type: 'ECONOMY', subtype: 'rate-raise', family: 'rate', nouns: 'zinserhöhung zinserhöhungen', verbs: 'erhöht erhöhte erhöhten anheben hebt', near: 'leitzins|leitzinsen|zins|zinsen|zinssatz' },
    // a product recall ("120.000 Fahrzeuge zurückgerufen", "der Rückruf"), only with what is recalled near (a call returned is none)
    { lemma: 'recall', type: 'ECONOMY', subtype: 'recall', nouns: 'rückruf rückrufs rückrufe rückrufaktion rückrufaktionen', verbs: 'zurückgerufen zurückrufen', near: 'fahrzeuge|fahrzeugen|autos|pkw|wagen|modelle|modells|geräte|produkte|einheiten|suvs|elektroautos' },
    // an investigation by an authority: a process with a start and an end ("eine Untersuchung eingeleitet", "ermittelt")
    { lemma: 'investigate', type: 'LEGAL', subtype: 'investigate', family: 'campaign', nouns: 'untersuchung untersuchungen ermittlung ermittlungen ermittlungsverfahren', verbs: 'ermittelt ermittelte ermittelten' },
    // a diplomatic row: envoys expelled or summoned ("Ausweisung von Diplomaten", "den Botschafter einbestellt")
    // "ausgewiesen" is also a figure reported ("einen Verlust von 214 Millionen Euro ausgewiesen"): the verb only with people
    // or a country's envoys near (events.lang 1.28.0)
    { lemma: 'expel', type: 'COERCE', subtype: 'expel', nouns: 'ausweisung ausweisungen' },
    { lemma: 'expel', type: 'COERCE', subtype: 'expel', verbs: 'ausgewiesen', near: 'diplomat\\p{L}*|botschafter\\p{L}*|konsul\\p{L}*|gesandte\\p{L}*|staatsangehörige\\p{L}*|journalist\\p{L}*|ausländer\\p{L}*|land|landes|menschen|personen|migranten|flüchtlinge' },
    { lemma: 'summon', type: 'PROTEST', subtype: 'summon', verbs: 'einbestellt einbestellte einbestellen' },
    // a power cut ("Stromausfall") and a firm's insolvency ("Insolvenz angemeldet")
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'stromausfall stromausfalls stromausfälle' },
    { lemma: 'bankruptcy', type: 'ECONOMY', subtype: 'bankruptcy', nouns: 'insolvenz insolvenzantrag insolvenzverfahren konkurs' },
    // a ban, a place closed, a court hearing ("das Fischereiverbot", "die Grenze bleibt geschlossen", "die Anhörung vor
    // Gericht"), as the English layer's ban, close and hearing
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'verbot verbote', verbs: 'verboten' },
    // events.lang 1.35.0 (hxlang, issue 12): a disciplinary ban of an athlete or a member, as the English "ban" ("banned for
    // three years", "a ban of up to four years"); only with a doping, a test or a length of time near
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'sperre sperren', verbs: 'gesperrt', near: 'doping\\p{L}*|positiv|positive|jahre|jahren|jahr|monate|monaten|spiele|lebenslang' },
    { lemma: 'close', type: 'ECONOMY', subtype: 'closure', nouns: 'schließung schließungen', verbs: 'geschlossen schließt schloss schließen', near: 'grenze|konsulat|botschaft|strände|strand|filialen|filiale|schulen|schule|flughafen|hafen|brücke|werk|museum' },
    { lemma: 'hearing', type: 'LEGAL', subtype: 'hearing', family: 'legal', schedulable: true, nouns: 'anhörung anhörungen', near: 'gericht|gerichts|richter|richterin' },
    // property given back (events.lang 1.11.0, beside the English return of property): "die Rückgabe der Bronzen", "die
    // Übergabe der Objekte", "hat die Objekte zurückgegeben"; a handover of power or office is none (compoundExceptions)
    { lemma: 'handover', type: 'ECONOMY', subtype: 'return', schedulable: true, nouns: 'rückgabe rückgaben übergabe restitution', verbs: 'zurückgegeben zurückgeben zurückgibt zurückgab zurückgaben zurückzugeben' },
    // a job cut and a plant shut ("der Abbau von 400 Stellen", "Stellenabbau", "die Stilllegung der Papiermaschine")
    { lemma: 'layoff', type: 'ECONOMY', subtype: 'layoff', nouns: 'stellenabbau arbeitsplatzabbau entlassungen kündigungen' },
    // events.lang 1.12.0: a crowd crush ("die Massenpanik im Stadion")
    { lemma: 'crush', type: 'DISASTER', subtype: 'crush', family: 'incident', nouns: 'massenpanik' },
    { lemma: 'close', type: 'ECONOMY', subtype: 'closure', nouns: 'stilllegung stilllegungen', verbs: 'stillgelegt stilllegen' },
    // events.lang 1.15.0 (h-evblind8): a kidnapping ("entführt", "verschleppt", "die Entführung", "Geiselnahme"), a release
    // ("freigelassen", "die Freilassung"), and a court's ruling that stops a decision ("hat das Fahrverbot vorläufig
    // ausgesetzt", "mit einem Eilbeschluss", "das Urteil"; not "die Ausnahme wurde ausgesetzt" with no court near), as the
    // English layer's abduct, release and rule
    { lemma: 'abduct', type: 'ASSAULT', subtype: 'abduct', family: 'incident', nouns: 'entführung entführungen geiselnahme geiselnahmen verschleppung', verbs: 'entführt entführte entführten entführen verschleppt verschleppte verschleppten' },
    { lemma: 'release', type: 'LEGAL', subtype: 'release', family: 'legal', nouns: 'freilassung', verbs: 'freigelassen freigekommen freiließ freiließen' },
    // events.lang 1.17.0: a ban taking effect ("das Verbot tritt am 1. April in Kraft") and an appeal lodged ("hat Berufung
    // eingelegt", "die Beschwerde vor dem Gericht"), as the English layer's ban and appeal
    { lemma: 'ban', type: 'COERCE', subtype: 'ban', nouns: 'kraft', near: '\\p{L}*verbot|\\p{L}*verbots|\\p{L}*verbote|moratorium' },
    { lemma: 'appeal', type: 'LEGAL', subtype: 'appeal', family: 'legal', nouns: 'berufung revision', near: 'eingelegt|einlegen|gericht|gerichts|urteil|richter|richterin' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'eilbeschluss eilbeschlusses beschluss beschlusses urteil urteils entscheidung gerichtsentscheidung', verbs: 'ausgesetzt entschieden entscheiden entscheidet', near: 'gericht|gerichts|verwaltungsgericht|oberverwaltungsgericht|richter|richterin|richtern|eilbeschluss' },
    // events.lang 1.26.0 (ACE coverage, as English 1.94.0): a runoff, a prisoner swap, a stock market listing, clashes,
    // a cabinet reshuffle, an execution
    { lemma: 'elect', type: 'POLITICAL', subtype: 'election', family: 'election', nouns: 'stichwahl stichwahlen wahlgang' },
    { lemma: 'exchange', type: 'LEGAL', subtype: 'exchange', schedulable: true, nouns: 'gefangenenaustausch' },
    { lemma: 'exchange', type: 'LEGAL', subtype: 'exchange', schedulable: true, nouns: 'austausch', near: 'gefangenen|häftlinge|häftlingen|geiseln' },
    { lemma: 'ipo', type: 'ECONOMY', subtype: 'ipo', schedulable: true, nouns: 'börsengang börsengänge' },
    { lemma: 'clash', type: 'ASSAULT', subtype: 'clash', nouns: 'zusammenstöße zusammenstößen gefechte gefechten' },
    { lemma: 'reshuffle', type: 'POLITICAL', subtype: 'reshuffle', nouns: 'kabinettsumbildung regierungsumbildung' },
    { lemma: 'execute', type: 'LEGAL', subtype: 'execute', nouns: 'hinrichtung hinrichtungen', verbs: 'hingerichtet' },
    // events.lang 1.30.0 (hlang3): the common news happenings the English layer types, in their ordinary German words, with
    // the English lemmas: a declared emergency ("der Wassernotstand", "den Ausnahmezustand verhängt")
    { lemma: 'emergency', type: 'DISASTER', subtype: 'emergency', family: 'campaign', nouns: 'notstand notstands ausnahmezustand ausnahmezustands' },
    // a road, bridge or waterway closed to traffic ("die Sperrung der Brücke", "der Kanal ist gesperrt"; not "das Konto
    // gesperrt" with no traffic near) and opened again ("für den Verkehr freigegeben")
    { lemma: 'close', type: 'ECONOMY', subtype: 'closure', nouns: 'sperrung sperrungen', verbs: 'gesperrt sperrte sperrten sperren', near: 'straße|strasse|straßen|brücke|autobahn|tunnel|kanal|kanals|strecke|bahnstrecke|verkehr|schifffahrt|flughafen|hafen|grenze|zufahrt|schleuse|fahrbahn|durchfahrt|wasserstraße' },
    { lemma: 'open', type: 'ECONOMY', subtype: 'reopening', verbs: 'freigegeben', near: 'verkehr|schifffahrt|befahren|straße|brücke|kanal|strecke|autobahn|tunnel|durchfahrt' },
    // a supply failure ("der Ausfall der Stromversorgung", "Störungen im Netz") and its restoration ("wiederhergestellt")
    { lemma: 'outage', type: 'DISASTER', subtype: 'outage', nouns: 'ausfall ausfälle störung störungen unterbrechung unterbrechungen', near: 'strom\\p{L}*|wasser\\p{L}*|gas\\p{L}*|netz\\p{L}*|versorgung|system\\p{L}*|server' },
    { lemma: 'restore', type: 'ECONOMY', subtype: 'restore', nouns: 'wiederaufnahme', verbs: 'wiederhergestellt wiederaufgenommen', near: 'strom\\p{L}*|wasser\\p{L}*|gas\\p{L}*|versorgung|verkehr|betrieb|netz\\p{L}*|system\\p{L}*|dienst\\p{L}*|verbindung\\p{L}*|flugverkehr|zugverkehr|schifffahrt' },
    // money paid ("die Zahlung des Lösegelds", "zahlte 2 Millionen Euro")
    { lemma: 'pay', type: 'ECONOMY', subtype: 'payment', nouns: 'zahlung zahlungen auszahlung auszahlungen', verbs: 'gezahlt bezahlt zahlte zahlten überwiesen ausgezahlt', near: 'lösegeld\\p{L}*|euro|dollar|franken|millionen|milliarden|summe|betrag|bitcoin|tranche|entschädigung|geldstrafe' },
    { lemma: 'ransom-demand', type: 'COERCE', subtype: 'ransom-demand', verbs: 'fordert fordern forderte forderten gefordert verlangt verlangte verlangten', near: 'lösegeld\\p{L}*' },
    // a court's injunction ("per einstweiliger Verfügung", "die Eilentscheidung des Gerichts") and an objection lodged
    // ("Einspruch eingelegt"), as the English layer's rule and appeal
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'verfügung verfügungen', near: 'einstweilig\\p{L}*' },
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', nouns: 'eilentscheidung eilbeschluss eilbeschlusses' },
    { lemma: 'appeal', type: 'LEGAL', subtype: 'appeal', family: 'legal', nouns: 'einspruch widerspruch beschwerde', near: 'eingelegt|einlegen|gericht\\p{L}*|urteil\\p{L}*|richter\\p{L}*|beschluss|entscheidung' },
    // events.lang 1.30.0: a lightning strike ("Blitzeinschlag"), a ship or car rammed ("gerammt", "die Kollision"), an inquiry's
    // final report ("Abschlussbericht"), a licence withdrawn ("die Genehmigung wurde entzogen")
    { lemma: 'lightning', type: 'DISASTER', subtype: 'lightning', family: 'incident', nouns: 'blitzschlag blitzeinschlag blitzeinschläge' },
    { lemma: 'collide', type: 'DISASTER', subtype: 'crash', family: 'incident', nouns: 'kollision kollisionen', verbs: 'gerammt rammte rammten kollidierte kollidierten kollidiert' },
    { lemma: 'inquiry-report', type: 'LEGAL', subtype: 'inquiry-report', nouns: 'abschlussbericht untersuchungsbericht' },
    { lemma: 'revoke', type: 'SANCTION', subtype: 'licence-revocation', nouns: 'entzug widerruf', verbs: 'entzogen widerrufen entzog', near: 'lizenz\\p{L}*|genehmigung\\p{L}*|zulassung\\p{L}*|konzession\\p{L}*|erlaubnis|betriebserlaubnis' },
    // events.lang 1.36.0 (hlang2, issue 12): family parity with the English layer for the families news uses most (fines,
    // stoppages, resumptions, recalls, public warnings, custody), each with the English lemma and a word near where the word has
    // another common sense
    // a fine imposed by a regulator or an authority ("ein Bußgeld von 14,5 Millionen Euro", "die Geldbuße"; a court's "Geldstrafe" is above)
    { lemma: 'sentence', type: 'LEGAL', subtype: 'sentence', family: 'legal', nouns: 'bußgeld bußgelds bußgeldes bußgelder geldbuße geldbußen' },
    // a regulator's suspension of a licence or a permit ("die Betriebserlaubnis wurde ausgesetzt"), as the English licence-suspension
    { lemma: 'licence-suspension', type: 'SANCTION', subtype: 'licence-suspension', family: 'campaign', nouns: 'aussetzung', verbs: 'ausgesetzt suspendiert', near: 'lizenz\\p{L}*|genehmigung\\p{L}*|zulassung\\p{L}*|konzession\\p{L}*|erlaubnis|betriebserlaubnis' },
    // a provisional suspension until a case is heard ("vorläufig suspendiert"), as the English "provisionally suspended"
    { lemma: 'suspension', type: 'SANCTION', subtype: 'suspension', family: 'campaign', nouns: 'suspendierung suspendierungen', verbs: 'suspendiert suspendierte suspendierten', near: 'vorläufig\\p{L}*' },
    // a court that halts a project or a measure rules on it ("Ein Gericht hat den Bau vorläufig gestoppt"; not a train stopped)
    { lemma: 'rule', type: 'LEGAL', subtype: 'ruling', verbs: 'gestoppt', near: 'gericht|gerichts|verwaltungsgericht|richter|richterin|eilbeschluss|eilverfahren' },
    // a service or production halted ("der Fährverkehr wurde eingestellt", "die Produktion unterbrochen"; not "Ermittlungen
    // eingestellt", "Mitarbeiter eingestellt") and taken up again ("wieder aufgenommen" is above, restore)
    { lemma: 'suspend', type: 'ECONOMY', subtype: 'suspension', nouns: 'einstellung', verbs: 'eingestellt unterbrochen ausgesetzt', near: '\\p{L}*verkehr|fähren|flüge|züge|schifffahrt|fährbetrieb|flugbetrieb|zugbetrieb|bahnbetrieb|produktion|förderung|bohrungen|linien' },
    // a public warning of a hazard ("die Unwetterwarnung", "die höchste Warnstufe", "Warnungen des Wetterdienstes"; not a
    // politician's warning)
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'unwetterwarnung unwetterwarnungen hitzewarnung hitzewarnungen sturmwarnung sturmwarnungen tsunamiwarnung tsunamiwarnungen hochwasserwarnung hochwasserwarnungen flutwarnung lawinenwarnung waldbrandwarnung' },
    { lemma: 'warning', type: 'DISASTER', subtype: 'warning', family: 'incident', nouns: 'warnung warnungen warnstufe alarmstufe', wholeWord: true, near: 'wetterdienst\\p{L}*|dwd|unwetter|hitze|sturm|orkan|hochwasser|tsunami|lawinen|gewitter|starkregen|rot|rote|roten|orange|höchste|höchsten' },
    // trade tariffs, a state with a start and an end as the English tariff (the campaign family), and tariffs answering others
    // (counter-tariffs) their own event
    { lemma: 'counter-tariff', type: 'SANCTION', subtype: 'counter-tariff', family: 'campaign', nouns: 'gegenzoll gegenzölle gegenzöllen vergeltungszoll vergeltungszölle vergeltungszöllen' },
    { lemma: 'tariff', type: 'SANCTION', subtype: 'tariff', family: 'campaign', nouns: 'zölle zöllen strafzoll strafzölle strafzöllen einfuhrzoll einfuhrzölle importzoll importzölle' },
    { lemma: 'tariff', type: 'SANCTION', subtype: 'tariff', family: 'campaign', nouns: 'zoll', wholeWord: true, near: 'prozent|einfuhr\\p{L}*|import\\p{L}*|waren|erhöht|erhoben|verhängt' },
    // a new minister or president sworn in ("vereidigt", "die Vereidigung"), as the English sworn-in
    { lemma: 'sworn', type: 'POLITICAL', subtype: 'sworn-in', nouns: 'vereidigung', verbs: 'vereidigt' },
    // a tsunami (not a tsunami warning, which is the warning's) and the collapse of a building, a bridge or a mine (the noun, as the
    // English layer reads it; not the collapse of talks or a currency, with no structure or harm near)
    { lemma: 'tsunami', type: 'DISASTER', subtype: 'tsunami', family: 'incident', nouns: 'tsunami tsunamis flutwelle flutwellen', notAfter: 'warnung\\s+vor(?:\\s+einem|\\s+einer)?' },
    { lemma: 'collapse', type: 'DISASTER', subtype: 'collapse', family: 'incident', nouns: 'einsturz einsturzes einstürze' },
  ],
  reporting: 'sagte|erklärte|betonte|kündigte|bestätigte|teilte|berichtete|sagt|erklärt',
  cues: {
    future: 'wird|werden|soll|sollen|will|wollen|plant|planen|geplant|angekündigt|bevorstehenden?|anstehenden?|geplanten?|droht|drohen|drohte|beginnen|stattfinden',
    past: 'war|waren|wurde|wurden|hatte|hatten|gewesen|fand|fanden|stattgefunden|\\p{L}*ge\\p{L}{2,}(?:t|en)',
    cancelled: 'abgesagt|absagen|sagte\\s+\\p{L}+\\s+ab|abgebrochen|ausgesetzt|gestrichen|abgeblasen|abgewendet|beendet|annulliert',
    postponed: 'verschoben|verschiebt|verschob|vertagt|aufgeschoben',
    denied: 'dementiert|dementierte|dementierten|bestritt|bestritten|bestreitet|zurückgewiesen|zurückweisen|(?:wies|wiesen|weist|weisen)(?:\\s+\\p{L}+){1,8}\\s+zurück',
    negation: 'kein|keine|keinen|keinem|keiner|nicht|nie',
    called: 'aufgerufen|aufrufen|ruft|rief|riefen|aufruf|ausgerufen|angekündigt|kündigte|kündigt|beschlossen|angesetzt',
    // "still" (events.lang 1.28.0: "die Suche dauert noch immer an", "weiterhin")
    underWay: 'dauert|dauerte\\s+an|hält\\s+an|läuft|laufende[nr]?|andauernde[nr]?|seit\\s+\\p{L}+\\s+im\\s+ausstand|noch\\s+immer|immer\\s+noch|weiterhin|(?:bleibt|bleiben|ist|sind)\\s+in\\s+kraft|(?:bleibt|bleiben)\\s+bestehen',
    possible: 'bereit|könnte|könnten|kann|können|möglicherweise|eventuell|womöglich|vielleicht',
    condition: 'falls',
    // another happening of its kind: "la seconde grève", "una seconda volta" (events.lang 1.28.0)
    another: 'zweite|zweiten|zweiter|zweites|dritte|dritten|dritter|vierte|vierten|andere|anderen|anderer|anderes|weitere|weiteren|weiterer',
    again: 'zum\\s+(?:zweiten|dritten)\\s+Mal|ein\\s+(?:zweites|drittes)\\s+Mal',
    after: 'nach',
  },
};
